//! Integration-test helpers: the real server on port 0 with a fresh database per test (a SQLite
//! file; or, when `EQUILIBRE_TEST_POSTGRES` names a PostgreSQL server, a new database on it), a
//! real SMTP server, and staff "browsers" that keep cookies.
pub mod process;
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

/// A fresh app configured as a real deployment is by default (no `EQUILIBRE_DEMO_SEED`).
pub async fn spawn_app_as_deployed() -> TestApp {
    spawn(None, &[]).await
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
    let db = fresh_database(dir.path(), "test");
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
    /// A handle on a server running elsewhere (another process) and its database.
    pub fn attach(base: String, pool: server::db::Pool) -> TestApp {
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
        TestApp { base, client, pool, _dir: tempfile::tempdir().expect("temp dir") }
    }

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

/// The PostgreSQL server the suite runs against (`EQUILIBRE_TEST_POSTGRES`, an admin URL), if any.
pub fn postgres() -> Option<String> {
    std::env::var("EQUILIBRE_TEST_POSTGRES").ok().filter(|u| !u.is_empty())
}

/// Whether the suite runs on PostgreSQL (tests of SQLite's own files skip then).
pub fn on_postgres() -> bool {
    postgres().is_some()
}

/// The URL of a new, empty database: a SQLite file `name.db` in `dir`, or a new database on the
/// PostgreSQL test server (named `eqtest_…`; `scripts/postgres.sh` drops those of earlier runs).
/// Synchronous (its own thread and runtime), so that plain `#[test]`s of the CLI use it too.
pub fn fresh_database(dir: &std::path::Path, name: &str) -> String {
    let Some(admin) = postgres() else { return format!("sqlite://{}/{name}.db", dir.display()) };
    static COUNT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
    let db = format!(
        "eqtest_{}_{}_{nanos}_{name}",
        std::process::id(),
        COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    let sql = format!("CREATE DATABASE {db}");
    let url = admin.clone();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        rt.block_on(async {
            let pool = server::db::connect(&url).await.expect("connect to the PostgreSQL test server");
            sqlx::query(&sql).execute(&pool).await.expect("create a test database");
            pool.close().await;
        })
    })
    .join()
    .expect("test database created");
    let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
    format!("{base}/{db}")
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
