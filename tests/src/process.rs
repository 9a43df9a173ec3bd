//! The real `equilibre` binary as a separate process (several of them on one database behave
//! as one portal; a process can be killed without warning).

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    l.local_addr().expect("its address").port()
}

/// An `equilibre serve` process; killed when dropped.
pub struct Server {
    pub child: Child,
    pub base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

/// `equilibre serve` on `url`, once it answers.
pub async fn serve(url: &str) -> Server {
    serve_with(url, &[]).await
}

/// The same with more settings (they override the defaults below).
pub async fn serve_with(url: &str, env: &[(&str, &str)]) -> Server {
    serve_into(url, env, None).await
}

/// The same, its standard output (the log) written to `log`.
pub async fn serve_logged(url: &str, env: &[(&str, &str)], log: &std::path::Path) -> Server {
    serve_into(url, env, Some(log)).await
}

async fn serve_into(url: &str, env: &[(&str, &str)], log: Option<&std::path::Path>) -> Server {
    let port = free_port();
    let stdout = match log {
        Some(path) => Stdio::from(std::fs::File::create(path).expect("log file")),
        None => Stdio::null(),
    };
    let child = Command::new(crate::bin())
        .arg("serve")
        .env("DATABASE_URL", url)
        .env("EQUILIBRE_ADDR", format!("127.0.0.1:{port}"))
        .env("EQUILIBRE_DEMO_SEED", "off")
        .env("EQUILIBRE_BOOKING_RATE_PER_MINUTE", "1000000")
        .env("RUST_LOG", std::env::var("EQUILIBRE_TEST_SERVER_LOG").unwrap_or_else(|_| "error".into()))
        .envs(env.iter().copied())
        .stdout(stdout)
        .stderr(if std::env::var("EQUILIBRE_TEST_SERVER_LOG").is_ok() { Stdio::inherit() } else { Stdio::null() })
        .spawn()
        .expect("server starts");
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(60);
    while reqwest::get(format!("{base}/healthz")).await.map(|r| r.status() != 200).unwrap_or(true) {
        assert!(Instant::now() < deadline, "the server did not answer");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Server { child, base }
}
