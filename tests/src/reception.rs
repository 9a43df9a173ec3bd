//! Reception sites for tests: a site with chosen weekly ranges, written straight to the database.

use crate::TestApp;

/// A bookable site in Roubaix open every `weekdays` (1 = Monday) from 09:00 to 12:00 with
/// `slot` minutes and `capacity` seats, valid from 2026-01-01; returns its id.
pub async fn add_site(app: &TestApp, weekdays: &[i64], slot: i64, capacity: i64) -> i64 {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO sites (name, insee_code, address, postcode, kind, tier, step_free, languages, services, phone) \
         VALUES ('CCAS de test', '59512', '1 rue du Test', '59100', 'ccas', 'labellise', 1, 'fr;ar', 'demande', '03 53 01 99 99') RETURNING id",
    )
    .fetch_one(&app.pool)
    .await
    .expect("site");
    for w in weekdays {
        sqlx::query("INSERT INTO site_ranges (site_id, weekday, start_min, end_min, slot_minutes, capacity, valid_from) VALUES ($1, $2, 540, 720, $3, $4, '2026-01-01')")
            .bind(id)
            .bind(w)
            .bind(slot)
            .bind(capacity)
            .execute(&app.pool)
            .await
            .expect("range");
    }
    id
}

/// A demand number registered in `month`/`year` (20yy), with a distinct sequence.
pub fn nur(month: u8, year: u8, seq: u32) -> String {
    format!("059{month:02}{year:02}{seq:06}GDPUB")
}
