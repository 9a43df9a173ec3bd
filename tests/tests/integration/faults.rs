//! Faults (`make faults`): the real binary killed with SIGKILL under booking load, a live backup
//! under load, a database that cannot be written. Nothing acknowledged is lost, nothing is half
//! written, and the portal recovers.
//! (SMTP down during bookings is `booking::smtp_down_…`, also run by `make faults`.)

use equilibre_tests::bin;
use equilibre_tests::process::{serve, serve_with};
use serde_json::{json, Value};
use std::process::Command;
use std::time::Duration;


/// A database with the demo sites (and register), by the CLI.
fn demo_database(dir: &std::path::Path) -> String {
    let url = equilibre_tests::fresh_database(dir, "faults");
    let out = Command::new(bin()).arg("demo-data").env("DATABASE_URL", &url).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    url
}

/// Booking requests on distinct free seats of the next two months.
async fn bookings(base: &str, n: usize) -> Vec<Value> {
    let from = server::http::today();
    let to = from.add_days(61);
    let slots: Vec<Value> = reqwest::get(format!("{base}/api/v1/slots?from={from}&to={to}")).await.unwrap().json().await.unwrap();
    let mut out = vec![];
    for s in slots {
        for _ in 0..s["available"].as_u64().unwrap_or(1) {
            if out.len() == n {
                return out;
            }
            let seq = out.len() as u32 + 1;
            out.push(json!({
                "site_id": s["site_id"], "start": s["start"], "nur": equilibre_tests::reception::nur(11, 26, seq),
                "registration_date": "2026-11-02", "name": "Essai", "email": format!("essai{seq}@example.org"),
            }));
        }
    }
    out
}

/// Posts every body, `parallel` at a time; returns the bodies answered 201.
async fn post_all(base: String, bodies: Vec<Value>, parallel: usize) -> Vec<Value> {
    let client = reqwest::Client::new();
    let sem = std::sync::Arc::new(tokio::sync::Semaphore::new(parallel));
    let mut tasks = vec![];
    for body in bodies {
        let (client, sem, url) = (client.clone(), sem.clone(), format!("{base}/api/v1/bookings"));
        tasks.push(tokio::spawn(async move {
            let _permit = sem.acquire().await.ok()?;
            let res = client.post(url).json(&body).timeout(Duration::from_secs(10)).send().await.ok()?;
            (res.status() == 201).then_some(body)
        }));
    }
    let mut acknowledged = vec![];
    for t in tasks {
        if let Ok(Some(b)) = t.await {
            acknowledged.push(b);
        }
    }
    acknowledged
}

async fn pool(url: &str) -> server::db::Pool {
    server::db::connect(url).await.unwrap()
}

/// SQLite's own check of its file (PostgreSQL keeps its files itself: nothing to ask).
async fn integrity(url: &str) -> String {
    if equilibre_tests::on_postgres() {
        return "ok".into();
    }
    sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&pool(url).await).await.unwrap()
}

/// The tests of SQLite's file (backup by `VACUUM INTO`, pragmas that make it read-only or
/// full) have no PostgreSQL counterpart: the server's administrator owns those.
fn sqlite_only() -> bool {
    if equilibre_tests::on_postgres() {
        eprintln!("SQLite's file only: not run on PostgreSQL");
        return false;
    }
    true
}

#[tokio::test]
async fn sigkill_under_booking_load_loses_no_acknowledged_booking() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_database(dir.path());
    let mut s = serve(&url).await;
    let bodies = bookings(&s.base, 400).await;
    assert!(bodies.len() >= 200, "enough free seats");
    // Kill the server without warning while the requests are in flight.
    let load = tokio::spawn(post_all(s.base.clone(), bodies, 16));
    tokio::time::sleep(Duration::from_millis(700)).await;
    s.child.kill().expect("SIGKILL");
    s.child.wait().unwrap();
    let acknowledged = load.await.unwrap();
    assert!(!acknowledged.is_empty(), "some bookings were acknowledged before the kill");
    assert_eq!(integrity(&url).await, "ok");
    // After a restart, every acknowledged booking is there, once.
    let mut again = serve(&url).await;
    let db = pool(&url).await;
    for b in &acknowledged {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM bookings WHERE nur = $1 AND active = 1").bind(b["nur"].as_str()).fetch_one(&db).await.unwrap();
        assert_eq!(n, 1, "{}", b["nur"]);
    }
    let doubles: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM (SELECT 1 FROM bookings WHERE active = 1 GROUP BY site_id, start_at, seat HAVING COUNT(*) > 1) AS d")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(doubles, 0);
    assert_eq!(reqwest::get(format!("{}/healthz", again.base)).await.unwrap().status(), 200);
    again.child.kill().ok();
    again.child.wait().ok();
}

#[tokio::test]
async fn a_live_backup_under_load_restores_to_a_consistent_database() {
    if !sqlite_only() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let url = demo_database(dir.path());
    let mut s = serve(&url).await;
    let bodies = bookings(&s.base, 300).await;
    let sent = bodies.len();
    let load = tokio::spawn(post_all(s.base.clone(), bodies, 8));
    tokio::time::sleep(Duration::from_millis(300)).await;
    let copy = dir.path().join("backup.db");
    // Off the test's thread: the requests in flight go on meanwhile.
    let (c, u) = (copy.clone(), url.clone());
    let out = tokio::task::spawn_blocking(move || Command::new(bin()).arg("backup").arg(&c).env("DATABASE_URL", &u).output().unwrap()).await.unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let acknowledged = load.await.unwrap();
    // Another process opening the database left the server alone (it once died of SIGBUS: see
    // `VersionProbe`), so every request was answered.
    assert!(matches!(s.child.try_wait(), Ok(None)), "the server is still running: {:?}", s.child.try_wait());
    assert_eq!(acknowledged.len(), sent, "every booking made");
    s.child.kill().ok();
    s.child.wait().ok();
    // The copy is whole: integrity, constraints, and every booking it holds has its outbox email.
    let copy_url = format!("sqlite://{}", copy.display());
    assert_eq!(integrity(&copy_url).await, "ok");
    let db = pool(&copy_url).await;
    let fk: Vec<(String,)> = sqlx::query_as("PRAGMA foreign_key_check").fetch_all(&db).await.unwrap_or_default();
    assert!(fk.is_empty(), "{fk:?}");
    let in_copy: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM bookings WHERE active = 1").fetch_one(&db).await.unwrap();
    assert!(in_copy as usize <= acknowledged.len());
    // A second backup to the same file is refused rather than overwriting it.
    let again = Command::new(bin()).arg("backup").arg(&copy).env("DATABASE_URL", &url).output().unwrap();
    assert!(!again.status.success());
    // The copy serves.
    db.close().await;
    let mut restored = serve(&copy_url).await;
    assert_eq!(reqwest::get(format!("{}/fr/accueil", restored.base)).await.unwrap().status(), 200);
    restored.child.kill().ok();
    restored.child.wait().ok();
}

async fn count(url: &str, sql: &str) -> i64 {
    let db = pool(url).await;
    let n = sqlx::query_scalar(sql).fetch_one(&db).await.unwrap();
    db.close().await;
    n
}

/// A read-only database: a booking gets a clear, translated "unavailable" answer and leaves
/// nothing behind; reading goes on; once writable, the same request succeeds.
#[tokio::test]
async fn a_read_only_database_gets_a_clear_error_then_recovers() {
    if !sqlite_only() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let url = demo_database(dir.path());
    let client = reqwest::Client::new();
    let mut s = serve_with(&url, &[("EQUILIBRE_SQLITE_PRAGMAS", "query_only=ON")]).await;
    let body = bookings(&s.base, 1).await.remove(0);
    let res = client.post(format!("{}/api/v1/bookings", s.base)).header("accept-language", "en").json(&body).send().await.unwrap();
    assert_eq!(res.status(), 503);
    let err: Value = res.json().await.unwrap();
    assert_eq!(err["error"]["code"], "database_unavailable");
    assert!(err["error"]["message"].as_str().unwrap().contains("temporarily unavailable"), "{err}");
    assert_eq!(reqwest::get(format!("{}/fr/communes", s.base)).await.unwrap().status(), 200, "reading goes on");
    s.child.kill().ok();
    s.child.wait().ok();
    assert_eq!(count(&url, "SELECT COUNT(*) FROM bookings").await, 0, "nothing half-written");
    assert_eq!(count(&url, "SELECT COUNT(*) FROM outbox").await, 0, "no email for a booking not made");
    let mut rw = serve(&url).await;
    let res = client.post(format!("{}/api/v1/bookings", rw.base)).json(&body).send().await.unwrap();
    assert_eq!(res.status(), 201);
    rw.child.kill().ok();
    rw.child.wait().ok();
}

/// A full disk (the database may not grow): bookings succeed while there is room, then get
/// the clear "unavailable" answer; every acknowledged one is whole, no other is there at all;
/// with room again, the refused ones go through.
#[tokio::test]
async fn a_full_database_refuses_cleanly_then_recovers() {
    if !sqlite_only() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let url = demo_database(dir.path());
    let pages = count(&url, "PRAGMA page_count").await;
    let client = reqwest::Client::new();
    let mut s = serve_with(&url, &[("EQUILIBRE_SQLITE_PRAGMAS", &format!("max_page_count={pages}"))]).await;
    let bodies = bookings(&s.base, 400).await;
    let mut acknowledged = vec![];
    let mut refused = None;
    for b in &bodies {
        let res = client.post(format!("{}/api/v1/bookings", s.base)).json(b).send().await.unwrap();
        match res.status().as_u16() {
            201 => acknowledged.push(b["nur"].as_str().unwrap().to_owned()),
            503 => {
                refused = Some(b.clone());
                break;
            }
            other => panic!("unexpected {other}"),
        }
    }
    s.child.kill().ok();
    s.child.wait().ok();
    let refused = refused.expect("the database filled up");
    assert_eq!(count(&url, "SELECT COUNT(*) FROM bookings").await, acknowledged.len() as i64, "nothing half-written");
    assert_eq!(integrity(&url).await, "ok");
    let mut rw = serve(&url).await;
    let res = client.post(format!("{}/api/v1/bookings", rw.base)).json(&refused).send().await.unwrap();
    assert_eq!(res.status(), 201, "room again: it goes through");
    rw.child.kill().ok();
    rw.child.wait().ok();
}
