//! Several `equilibre serve` processes on one database behave as one portal: one seat is
//! booked once, each email is sent once, a session opened on one is valid on the other, and an
//! import through one is seen at once by the other's cached pages. Run on SQLite (one file,
//! several processes) and, in the PostgreSQL pass, on PostgreSQL.

use equilibre_tests::process::{serve, serve_with};
use equilibre_tests::reception::{add_site, nur};
use equilibre_tests::smtp::MailServer;
use equilibre_tests::staff::{sign_in_new, Browser};
use equilibre_tests::{bin, fresh_database, TestApp};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::process::Command;
use std::time::Duration;

/// A database with its schema and the reference communes, by the CLI.
fn database(dir: &std::path::Path, name: &str) -> String {
    let url = fresh_database(dir, name);
    let out = Command::new(bin()).arg("migrate").env("DATABASE_URL", &url).env("EQUILIBRE_DEMO_SEED", "off").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    url
}

/// Several instances deployed at once on a new PostgreSQL database: each migrates (sqlx's
/// advisory lock) and loads what is missing (the loads' own lock): all start, and the data is
/// there once. (A SQLite file is one machine's: its first start is one process's.)
#[tokio::test]
async fn instances_started_together_on_a_new_database_load_everything_once() {
    if !equilibre_tests::on_postgres() {
        eprintln!("PostgreSQL only");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database(dir.path(), "together");
    let demo = [("EQUILIBRE_DEMO_SEED", "2016")];
    let (_a, _b, _c) = tokio::join!(serve_with(&url, &demo), serve_with(&url, &demo), serve_with(&url, &demo));
    let db = server::db::connect(&url).await.unwrap();
    let kinds: Vec<(String, i64)> =
        sqlx::query_as("SELECT kind, COUNT(*) FROM datasets GROUP BY kind ORDER BY kind").fetch_all(&db).await.unwrap();
    assert_eq!(kinds, vec![("attributions".to_owned(), 1), ("communes".to_owned(), 1), ("demo".to_owned(), 1)]);
    let communes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM communes").fetch_one(&db).await.unwrap();
    assert_eq!(communes, 95);
}

/// Two instances on a new database, a site whose Tuesday slots have `capacity` seats, and
/// `people` booking the 12 January 2027 09:00 slot at once, half on each instance: the answers
/// (status, error code) and the seats taken.
async fn rush(name: &str, capacity: i64, people: u32) -> (Vec<(u16, String)>, Vec<i64>) {
    let dir = tempfile::tempdir().unwrap();
    let url = database(dir.path(), name);
    let (a, b) = (serve(&url).await, serve(&url).await);
    let db = server::db::connect(&url).await.unwrap();
    let site = add_site(&TestApp::attach(a.base.clone(), db.clone()), &[2], 30, capacity).await;
    let client = reqwest::Client::new();
    let mut tasks = vec![];
    for i in 0..people {
        let base = if i % 2 == 0 { a.base.clone() } else { b.base.clone() };
        let body = json!({"site_id": site, "start": "2027-01-12T09:00:00+01:00", "nur": nur(11, 26, i + 1),
                          "registration_date": "2026-11-02", "name": "Essai", "email": format!("p{i}@example.org")});
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            let res = client.post(format!("{base}/api/v1/bookings")).json(&body).send().await.unwrap();
            let status = res.status().as_u16();
            let v: Value = res.json().await.unwrap_or_default();
            (status, v["error"]["code"].as_str().unwrap_or_default().to_owned())
        }));
    }
    let mut answers = vec![];
    for t in tasks {
        answers.push(t.await.unwrap());
    }
    let seats = sqlx::query_scalar("SELECT seat FROM bookings WHERE site_id = $1 AND active = 1 ORDER BY seat").bind(site).fetch_all(&db).await.unwrap();
    (answers, seats)
}

#[tokio::test]
async fn two_instances_booking_one_seat_at_once_book_it_once() {
    let (answers, seats) = rush("seat", 1, 24).await;
    assert_eq!(answers.iter().filter(|(s, _)| *s == 201).count(), 1, "{answers:?}");
    assert!(answers.iter().all(|(s, code)| *s == 201 || code == "slot_full"), "the others are told the slot is full: {answers:?}");
    assert_eq!(seats, vec![1]);
}

#[tokio::test]
async fn two_instances_fill_a_slot_of_several_seats_without_refusing_a_free_one() {
    let (answers, seats) = rush("seats", 6, 10).await;
    assert_eq!(answers.iter().filter(|(s, _)| *s == 201).count(), 6, "every seat taken, none twice: {answers:?}");
    assert_eq!(seats, (1..=6).collect::<Vec<i64>>());
}

#[tokio::test]
async fn two_outbox_workers_send_every_email_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let url = database(dir.path(), "outbox");
    let db = server::db::connect(&url).await.unwrap();
    let smtp = MailServer::start().await;
    let settings = [("EQUILIBRE_SMTP_URL", smtp.url()), ("EQUILIBRE_OUTBOX_POLL_MS", "10".to_owned())];
    let settings: Vec<(&str, &str)> = settings.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (_a, _b) = (serve_with(&url, &settings).await, serve_with(&url, &settings).await);
    // Queued by a third party (as another instance's bookings would be), in bursts, while both
    // workers look every 10 ms: they claim at the same moments.
    const N: usize = 300;
    for burst in 0..N / 10 {
        for i in burst * 10..burst * 10 + 10 {
            let email = server::mail::Email { to: format!("r{i}@example.org"), subject: format!("Message {i}"), body: "Bonjour".into(), attachment: None };
            server::mail::enqueue(&db, &email).await.unwrap();
        }
        tokio::time::sleep(Duration::from_millis(7)).await;
    }
    let mails = smtp.wait_for(N, 60).await;
    assert!(mails.len() >= N);
    // Time for a second sending of anything, were there one.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let received = smtp.received.lock().unwrap().clone();
    let mut per_recipient: HashMap<String, usize> = HashMap::new();
    for m in &received {
        for to in &m.to {
            *per_recipient.entry(to.clone()).or_default() += 1;
        }
    }
    assert_eq!(per_recipient.len(), N, "every message sent");
    let twice: Vec<_> = per_recipient.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "each exactly once, but {} twice or more: {twice:?}", twice.len());
    let unsent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetch_one(&db).await.unwrap();
    assert_eq!(unsent, 0);
}

/// The claim itself, made to overlap: worker A has claimed in a transaction not yet committed
/// when worker B claims. B gets other messages, never A's (without `SKIP LOCKED`, PostgreSQL
/// made B wait for A's commit and then hand it the very same rows).
#[tokio::test]
async fn messages_claimed_by_one_worker_are_not_claimed_by_another() {
    let dir = tempfile::tempdir().unwrap();
    let url = database(dir.path(), "claim");
    let db = server::db::connect(&url).await.unwrap();
    let backend = server::db::Backend::of(&db);
    for i in 0..10 {
        let email = server::mail::Email { to: format!("r{i}@example.org"), subject: "S".into(), body: "B".into(), attachment: None };
        server::mail::enqueue(&db, &email).await.unwrap();
    }
    let now = server::clock::now();
    let mut a_tx = db.begin().await.unwrap();
    let a = server::mail::outbox::claim(&mut *a_tx, backend, now, 5).await.unwrap();
    let other = db.clone();
    let b = tokio::spawn(async move { server::mail::outbox::claim(&other, backend, now, 5).await.unwrap() });
    tokio::time::sleep(Duration::from_millis(300)).await;
    a_tx.commit().await.unwrap();
    let b = b.await.unwrap();
    let ids = |q: &[server::mail::outbox::Queued]| q.iter().map(|m| m.id).collect::<std::collections::BTreeSet<i64>>();
    assert_eq!((a.len(), b.len()), (5, 5));
    assert!(ids(&a).is_disjoint(&ids(&b)), "A {:?}, B {:?}", ids(&a), ids(&b));
}

#[tokio::test]
async fn a_session_opened_on_one_instance_is_valid_on_the_other_until_signed_out() {
    let dir = tempfile::tempdir().unwrap();
    let url = database(dir.path(), "sessions");
    let (a, b) = (serve(&url).await, serve(&url).await);
    let db = server::db::connect(&url).await.unwrap();
    let s = sign_in_new(&TestApp::attach(a.base.clone(), db), "c@roubaix.fr", "commune", &["59512"]).await;
    // The same browser (cookies are per host, not per port) on the other instance.
    let on_b = Browser { client: s.browser.client.clone(), base: b.base.clone() };
    assert_eq!(on_b.get("/fr/staff").await.status(), 200, "signed in on the other instance");
    let html = s.browser.get("/fr/staff").await.text().await.unwrap();
    let csrf = equilibre_tests::staff::csrf_in(&html).expect("csrf");
    let out = s.browser.post("/fr/staff/logout", &[("csrf", &csrf)]).await;
    assert_eq!(out.status(), 303);
    assert_eq!(on_b.get("/fr/staff").await.status(), 303, "signed out everywhere");
}

#[tokio::test]
async fn an_import_through_one_instance_is_seen_at_once_by_the_others_cached_pages() {
    let dir = tempfile::tempdir().unwrap();
    let url = database(dir.path(), "import");
    let (a, _b) = (serve(&url).await, serve(&url).await);
    let get = |path: &str| reqwest::get(format!("{}{path}", a.base));
    // Twice: the second answer comes from the cache.
    for _ in 0..2 {
        let page = get("/fr/communes/59512").await.unwrap().text().await.unwrap();
        assert!(!page.contains("Quartier du Test"), "not there yet");
    }
    let file = dir.path().join("quartiers.csv");
    std::fs::write(&file, "id;name;insee_code;population;is_qpv\n59512-900;Quartier du Test;59512;2500;1\n").unwrap();
    // The import runs in a third process (the command line), as an administrator's would.
    let out = Command::new(bin()).args(["import", "quartiers", file.to_str().unwrap()]).env("DATABASE_URL", &url).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let page = get("/fr/communes/59512").await.unwrap().text().await.unwrap();
    assert!(page.contains("Quartier du Test"), "the new quartier is on the page at once");
}

/// The booking rate limit is the portal's, not each instance's: an address's requests are
/// counted once whichever instance answers them (the instances share their counts every
/// `ratelimit::SYNC`; here the requests come a few of those apart).
#[tokio::test]
async fn the_booking_rate_limit_counts_an_address_across_instances() {
    let dir = tempfile::tempdir().unwrap();
    let url = database(dir.path(), "ratelimit");
    let limit = [("EQUILIBRE_BOOKING_RATE_PER_MINUTE", "4")];
    let (a, b) = (serve_with(&url, &limit).await, serve_with(&url, &limit).await);
    // The windows are calendar minutes: keep the six requests inside one.
    let second = server::clock::now().rem_euclid(60);
    if second > 50 {
        tokio::time::sleep(Duration::from_secs((61 - second) as u64)).await;
    }
    let client = reqwest::Client::new();
    let mut statuses = vec![];
    for i in 0..6 {
        let base = if i % 2 == 0 { &a.base } else { &b.base };
        statuses.push(client.delete(format!("{base}/api/v1/bookings/no-such-token")).send().await.unwrap().status().as_u16());
        tokio::time::sleep(server::http::ratelimit::SYNC * 4).await;
    }
    assert_eq!(statuses, vec![404, 404, 404, 404, 429, 429], "four requests in the minute, on either instance");
}
