//! Integration-test helpers: the real server on port 0 with a fresh SQLite file per test, a
//! real SMTP server, and staff "browsers" that keep cookies.
pub mod reception;
pub mod smtp;
pub mod staff;

use server::config::Config;
use server::Application;

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub pool: server::db::Pool,
    _dir: tempfile::TempDir,
}

/// Where the wasm bundle was built (so pages link it like in production), if anywhere.
fn site_dir() -> String {
    std::env::var("EQUILIBRE_SITE_DIR").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../target/site").into())
}

/// A fresh app with the reference communes only (fast).
pub async fn spawn_app() -> TestApp {
    spawn(Some("off"), &[]).await
}

/// A fresh app with the demonstration dataset of `seed`.
pub async fn spawn_app_with_demo(seed: u64) -> TestApp {
    spawn(Some(&seed.to_string()), &[]).await
}

/// A fresh app (reference communes only) with some configuration changed, e.g.
/// `("EQUILIBRE_SMTP_URL", …)`.
pub async fn spawn_app_with(overrides: &[(&str, &str)]) -> TestApp {
    spawn(Some("off"), overrides).await
}

async fn spawn(demo: Option<&str>, overrides: &[(&str, &str)]) -> TestApp {
    let demo = demo.map(str::to_owned);
    let overrides: Vec<(String, String)> = overrides.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let db = format!("sqlite://{}/test.db", dir.path().display());
    let site = site_dir();
    let config = Config::from_lookup(|k| match k {
        _ if overrides.iter().any(|(o, _)| o == k) => overrides.iter().find(|(o, _)| o == k).map(|(_, v)| v.clone()),
        "EQUILIBRE_OUTBOX_POLL_MS" => Some("100".into()),
        "EQUILIBRE_ADDR" => Some("127.0.0.1:0".into()),
        "DATABASE_URL" => Some(db.clone()),
        "EQUILIBRE_SITE_DIR" => Some(site.clone()),
        "EQUILIBRE_DEMO_SEED" => demo.clone(),
        _ => None,
    })
    .expect("config");
    let app = Application::build(config).await.expect("build app");
    let base = format!("http://127.0.0.1:{}", app.port());
    let pool = app.pool.clone();
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    TestApp { base, client, pool, _dir: dir }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    pub async fn post_form(&self, path: &str, body: &str) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.to_owned())
            .send()
            .await
            .expect("POST")
    }

    pub async fn post_json(&self, path: &str, body: &serde_json::Value, lang: &str) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("accept-language", lang)
            .json(body)
            .send()
            .await
            .expect("POST")
    }
}

/// The `equilibre` binary `make` built (`EQUILIBRE_BIN`, else in the cargo target dir).
pub fn bin() -> String {
    let path = std::env::var("EQUILIBRE_BIN").unwrap_or_else(|_| {
        let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../target").into());
        format!("{target}/debug/equilibre")
    });
    assert!(std::path::Path::new(&path).exists(), "{path} is missing: build it with `cargo build -p server` (make test does)");
    path
}
