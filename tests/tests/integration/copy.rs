//! `equilibre copy --to URL`: a SQLite portal moved to PostgreSQL (in the PostgreSQL pass; to
//! another SQLite file in the SQLite pass) keeps every row, and the copy serves.

use equilibre_tests::process::serve;
use equilibre_tests::{bin, fresh_database};
use std::process::Command;

/// Per table: the number of rows and a digest of their content read in key order, the same
/// query on both databases.
async fn fingerprint(pool: &server::db::Pool) -> Vec<(String, i64, String)> {
    let mut out = vec![];
    for table in server::copy::TABLES {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(pool).await.unwrap();
        let rows = sqlx::query(&format!("SELECT * FROM {table}")).fetch_all(pool).await.unwrap();
        let mut lines: Vec<String> = rows
            .iter()
            .map(|r| {
                use sqlx::Row;
                (0..r.len())
                    .map(|i| {
                        r.try_get::<Option<i64>, _>(i)
                            .map(|v| format!("{v:?}"))
                            .or_else(|_| r.try_get::<Option<String>, _>(i).map(|v| format!("{v:?}")))
                            .unwrap_or_else(|e| panic!("{table}.{i}: {e}"))
                    })
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect();
        lines.sort();
        let digest = lines.iter().fold(0u64, |h, l| l.bytes().fold(h, |h, b| h.wrapping_mul(1_099_511_628_211).wrapping_add(u64::from(b))));
        out.push((table.to_owned(), n, format!("{digest:x}")));
    }
    out
}

/// Books the `n`-th free slot of the next two months; returns the answer's status.
async fn book_free_slot(base: &str, n: usize, seq: u32) -> u16 {
    let from = server::http::today();
    let slots: Vec<serde_json::Value> =
        reqwest::get(format!("{base}/api/v1/slots?from={from}&to={}", from.add_days(61))).await.unwrap().json().await.unwrap();
    let body = serde_json::json!({"site_id": slots[n]["site_id"], "start": slots[n]["start"], "nur": equilibre_tests::reception::nur(11, 26, seq),
                                  "registration_date": "2026-11-02", "name": "Essai", "email": format!("essai{seq}@example.org")});
    reqwest::Client::new().post(format!("{base}/api/v1/bookings")).json(&body).send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn a_sqlite_portal_copied_to_another_database_keeps_every_row_and_serves() {
    let dir = tempfile::tempdir().unwrap();
    let source = format!("sqlite://{}/source.db", dir.path().display());
    let cli = |args: &[&str], url: &str| {
        let out = Command::new(bin()).args(args).env("DATABASE_URL", url).env("EQUILIBRE_PUBLIC_URL", "https://logement.example").output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    cli(&["demo-data"], &source);
    cli(&["users", "add", "--email", "agent@ccas.fr", "--role", "agent", "--site", "1"], &source);
    // A booking, and its confirmation in the outbox.
    {
        let s = serve(&source).await;
        assert_eq!(book_free_slot(&s.base, 0, 1).await, 201);
    }
    let target = fresh_database(dir.path(), "target");
    let report = cli(&["copy", "--to", &target], &source);
    assert!(report.contains("attributions"), "{report}");
    let (from_db, to_db) = (server::db::connect(&source).await.unwrap(), server::db::connect(&target).await.unwrap());
    // Every table of the schema is copied.
    let mut tables: Vec<String> = sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'")
        .fetch_all(&from_db)
        .await
        .unwrap();
    tables.sort();
    let mut listed: Vec<String> = server::copy::TABLES.iter().map(|t| t.to_string()).collect();
    listed.sort();
    assert_eq!(tables, listed, "copy::TABLES names every table");
    let (a, b) = (fingerprint(&from_db).await, fingerprint(&to_db).await);
    assert!(a.iter().any(|(t, n, _)| t == "bookings" && *n == 1) && a.iter().any(|(t, n, _)| t == "attributions" && *n > 10_000));
    assert_eq!(a, b);
    // A second copy is refused: the target has data now.
    let again = Command::new(bin()).args(["copy", "--to", &target]).env("DATABASE_URL", &source).output().unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already holds data"));
    // The copy serves, and new rows get new ids (the sequences moved past the copied ones).
    let s = serve(&target).await;
    assert_eq!(reqwest::get(format!("{}/fr/communes/59512", s.base)).await.unwrap().status(), 200);
    assert_eq!(book_free_slot(&s.base, 1, 2).await, 201);
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM bookings ORDER BY id").fetch_all(&to_db).await.unwrap();
    assert_eq!(ids.len(), 2);
    assert!(ids[1] > ids[0]);
}
