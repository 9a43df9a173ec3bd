//! The demonstration dataset in the database: magnitudes, determinism, provenance.
use equilibre_tests::{spawn_app_with_demo, TestApp};

/// One integer (a sum of 64-bit integers is a decimal on PostgreSQL: brought back to an integer).
async fn scalar(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT CAST(({sql}) AS BIGINT)")).fetch_one(&app.pool).await.unwrap()
}

/// A stable fingerprint of the demo tables.
async fn fingerprint(app: &TestApp) -> Vec<i64> {
    let mut out = vec![];
    for sql in [
        "SELECT COUNT(*) FROM quartiers",
        "SELECT SUM(units * (id % 7 + 1)) FROM stock",
        "SELECT SUM(vacant_units + let_in_year + median_rent_cents_m2) FROM stock",
        "SELECT SUM(pending_first_access * 3 + pending_mutation * 5 + attributions * 7 + wait_median_tenths) FROM demand_stats",
        "SELECT SUM(is_qpv * population) FROM quartiers",
        "SELECT COUNT(*) FROM quartier_fragility WHERE class = 'fragile'",
    ] {
        out.push(scalar(app, sql).await);
    }
    out
}

#[tokio::test]
async fn demo_dataset_has_the_magnitudes_of_the_mel() {
    let app = spawn_app_with_demo(2016).await;
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM communes").await, 95);
    let units = scalar(&app, "SELECT SUM(units) FROM stock").await;
    assert!((125_000..=135_000).contains(&units), "{units}");
    let qpv = scalar(&app, "SELECT SUM(s.units) FROM stock s JOIN quartiers q ON q.id = s.quartier_id WHERE q.is_qpv = 1").await;
    let share = qpv * 100 / units;
    assert!((41..=45).contains(&share), "{share} % in QPV");
    let pending = scalar(
        &app,
        "SELECT SUM(pending_first_access + pending_mutation) FROM demand_stats \
         WHERE typology = 'all' AND quartier_id IS NULL AND month = (SELECT MAX(month) FROM demand_stats)",
    )
    .await;
    assert!((50_000..=58_000).contains(&pending), "{pending} pending");
    let year = scalar(
        &app,
        "SELECT SUM(attributions) FROM demand_stats WHERE typology = 'all' AND month > '2025-10'",
    )
    .await;
    assert!((10_000..=14_000).contains(&year), "{year} attributions in 12 months");
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM quartiers WHERE npru_site IS NOT NULL").await, 9);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM landlords WHERE is_ciet_signatory = 1").await, 15);
    // Every figure says where it comes from, and demo figures say so.
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM stock s JOIN datasets d ON d.id = s.dataset_id WHERE d.is_demo = 0").await, 0);
    let source: String = sqlx::query_scalar("SELECT source FROM datasets WHERE kind = 'demo'").fetch_one(&app.pool).await.unwrap();
    assert!(source.contains("démonstration") && source.contains("2016"));
}

#[tokio::test]
async fn same_seed_same_database_content() {
    let a = spawn_app_with_demo(7).await;
    let b = spawn_app_with_demo(7).await;
    let c = spawn_app_with_demo(8).await;
    let (fa, fb, fc) = (fingerprint(&a).await, fingerprint(&b).await, fingerprint(&c).await);
    assert_eq!(fa, fb);
    assert_ne!(fa, fc);
}

/// Transactions that read then write start as writers (`BEGIN IMMEDIATE`): concurrent ones wait
/// for each other instead of failing with "database is locked".
#[tokio::test]
async fn concurrent_read_then_write_transactions_all_succeed() {
    let app = equilibre_tests::spawn_app().await;
    let mut tasks = vec![];
    for i in 0..24 {
        let pool = app.pool.clone();
        tasks.push(tokio::spawn(async move {
            let new = server::auth::users::NewUser {
                email: format!("agent{i}@lille.fr"),
                name: format!("Agent {i}"),
                role: app::domain::access::Role::Commune,
                scope: vec!["59350".into()],
                locale: app::i18n::Locale::Fr,
            };
            server::auth::users::create(&pool, &new, &server::audit::Actor::cli(), "http://x.test", 48).await.map(|_| ())
        }));
    }
    for t in tasks {
        t.await.unwrap().expect("every account is created");
    }
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM users").fetch_one(&app.pool).await.unwrap();
    assert_eq!(n, 24);
}
