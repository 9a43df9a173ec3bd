//! Reception agents: their bookings, outcomes, schedules and closures that never drop a booking
//! silently, booking for someone at the desk, and the deadline-at-risk list by scope.

use equilibre_tests::reception::{add_site, nur};
use equilibre_tests::spawn_app_with;
use equilibre_tests::staff::{location, sign_in_new};
use serde_json::{json, Value};

const NO_LIMIT: (&str, &str) = ("EQUILIBRE_BOOKING_RATE_PER_MINUTE", "1000000");

async fn book(app: &equilibre_tests::TestApp, site: i64, start: &str, n: u32, registered: &str) -> Value {
    let body = json!({"site_id": site, "start": start, "nur": nur(11, 26, n), "registration_date": registered, "name": format!("Personne {}", ["Zéro", "Un", "Deux", "Trois", "Quatre", "Cinq", "Six", "Sept", "Huit", "Neuf"][n as usize % 10]), "email": "p@example.fr"});
    let res = app.post_json("/api/v1/bookings", &body, "fr").await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    res.json().await.unwrap()
}

#[tokio::test]
async fn a_closure_over_booked_slots_lists_them_until_each_is_moved_or_cancelled() {
    let app = spawn_app_with(&[NO_LIMIT]).await;
    let site = add_site(&app, &[2], 30, 2).await;
    let agent = sign_in_new(&app, "agent@ccas.fr", "agent", &[&site.to_string()]).await;
    let b1 = book(&app, site, "2027-01-12T09:00:00+01:00", 1, "2026-11-02").await;
    book(&app, site, "2027-01-12T10:00:00+01:00", 2, "2026-11-02").await;
    let schedule = format!("/fr/staff/sites/{site}/schedule");
    let closure = [("from", "2027-01-11"), ("to", "2027-01-15"), ("reason", "Formation de l'équipe")];
    let res = agent.browser.submit(&schedule, &format!("{schedule}/closures"), &closure).await;
    assert_eq!(res.status(), 409);
    let html = res.text().await.unwrap();
    assert!(html.contains("Des rendez-vous sont concernés") && html.contains("Personne Un") && html.contains("Personne Deux"), "{html}");
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM site_closures").fetch_one(&app.pool).await.unwrap();
    assert_eq!(n, 0, "nothing dropped silently");
    // Cancel one with a reason (reason required), move the other.
    let id1 = b1["id"].as_i64().unwrap();
    let cancel = format!("/fr/staff/sites/{site}/bookings/{id1}/cancel");
    assert_eq!(agent.browser.submit(&schedule, &cancel, &[("reason", "")]).await.status(), 422);
    let res = agent.browser.submit(&schedule, &cancel, &[("reason", "Fermeture pour formation")]).await;
    assert_eq!(res.status(), 303);
    let id2: i64 = sqlx::query_scalar("SELECT id FROM bookings WHERE status = 'confirmed'").fetch_one(&app.pool).await.unwrap();
    let move_page = format!("/fr/staff/sites/{site}/bookings/{id2}/move");
    let html = agent.browser.get(&move_page).await.text().await.unwrap();
    let target = html.split("name=\"slot\" value=\"").skip(1).map(|r| r.split('"').next().unwrap().to_owned())
        .find(|v| v.ends_with(&equilibre_tests_instant("2027-01-19T09:00:00+01:00")))
        .expect("the 19 January slot is offered");
    let res = agent.browser.submit(&move_page, &move_page, &[("slot", target.as_str()), ("reason", "Fermeture pour formation")]).await;
    assert_eq!(res.status(), 303, "{}", location(&res));
    // Both applicants are told, with the reason.
    let mails: Vec<(String, String)> = sqlx::query_as("SELECT subject, body FROM outbox ORDER BY id").fetch_all(&app.pool).await.unwrap();
    assert!(mails.iter().any(|(s, b)| s.contains("annulé") && b.contains("Fermeture pour formation")));
    assert!(mails.iter().any(|(s, b)| s.contains("déplacé") && b.contains("Fermeture pour formation")));
    // Now the closure goes through, and its days have no slot.
    let res = agent.browser.submit(&schedule, &format!("{schedule}/closures"), &closure).await;
    assert_eq!(location(&res), format!("{schedule}?done=schedule"));
    let slots: Vec<Value> = app.get(&format!("/api/v1/sites/{site}/slots?from=2027-01-11&to=2027-01-15")).await.json().await.unwrap();
    assert!(slots.is_empty());
    let actions: Vec<String> = sqlx::query_scalar("SELECT action FROM audit_log").fetch_all(&app.pool).await.unwrap();
    assert!(["closure_added", "booking_cancelled", "booking_moved"].iter().all(|a| actions.contains(&a.to_string())));
}

/// Unix seconds of an RFC 3339 instant, as the slot radios carry them.
fn equilibre_tests_instant(rfc: &str) -> String {
    rfc.parse::<jiff_like::Ts>().map(|t| t.0.to_string()).unwrap()
}

mod jiff_like {
    /// A tiny RFC 3339 reader for these tests (date, time, ±HH:MM offset).
    pub struct Ts(pub i64);
    impl std::str::FromStr for Ts {
        type Err = ();
        fn from_str(s: &str) -> Result<Ts, ()> {
            let date = app::domain::date::Date::parse(&s[..10]).ok_or(())?;
            let h: i64 = s[11..13].parse().map_err(|_| ())?;
            let m: i64 = s[14..16].parse().map_err(|_| ())?;
            let sign = if &s[19..20] == "-" { -1 } else { 1 };
            let oh: i64 = s[20..22].parse().map_err(|_| ())?;
            let om: i64 = s[23..25].parse().map_err(|_| ())?;
            Ok(Ts(date.to_days() * 86_400 + h * 3600 + m * 60 - sign * (oh * 3600 + om * 60)))
        }
    }
}

#[tokio::test]
async fn schedules_are_validated_and_ranges_over_bookings_kept() {
    let app = spawn_app_with(&[NO_LIMIT]).await;
    let site = add_site(&app, &[2], 30, 1).await;
    let agent = sign_in_new(&app, "agent@ccas.fr", "agent", &[&site.to_string()]).await;
    let schedule = format!("/fr/staff/sites/{site}/schedule");
    let add = format!("{schedule}/ranges");
    // Thursday afternoons, 45 minutes, two agents: fine.
    let ok = [("weekday", "4"), ("start", "14:00"), ("end", "17:00"), ("slot_minutes", "45"), ("capacity", "2"), ("valid_from", "2026-12-01"), ("valid_to", "")];
    assert_eq!(location(&agent.browser.submit(&schedule, &add, &ok).await), format!("{schedule}?done=schedule"));
    let slots: Vec<Value> = app.get(&format!("/api/v1/sites/{site}/slots?from=2027-01-14&to=2027-01-14")).await.json().await.unwrap();
    assert_eq!(slots.len(), 4);
    assert_eq!(slots[0]["start"], "2027-01-14T14:00:00+01:00");
    assert_eq!(slots[0]["available"], 2);
    // Overlapping, inverted, odd slot length: refused with reasons.
    for (pairs, message) in [
        (vec![("weekday", "4"), ("start", "16:00"), ("end", "18:00"), ("slot_minutes", "30"), ("capacity", "1")], "chevauche"),
        (vec![("weekday", "5"), ("start", "12:00"), ("end", "09:00"), ("slot_minutes", "30"), ("capacity", "1")], "n'est pas dans les limites"),
        (vec![("weekday", "5"), ("start", "9h"), ("end", "12:00"), ("slot_minutes", "7"), ("capacity", "1")], "Début"),
    ] {
        let res = agent.browser.submit(&schedule, &add, &pairs).await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains(message), "{message}");
    }
    // Removing the Tuesday range while a Tuesday is booked: refused, the booking listed.
    book(&app, site, "2027-01-12T09:00:00+01:00", 1, "2026-11-02").await;
    let tuesday: i64 = sqlx::query_scalar("SELECT id FROM site_ranges WHERE weekday = 2").fetch_one(&app.pool).await.unwrap();
    let res = agent.browser.submit(&schedule, &format!("{schedule}/ranges/{tuesday}/delete"), &[]).await;
    assert_eq!(res.status(), 409);
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM site_ranges").fetch_one(&app.pool).await.unwrap();
    assert_eq!(n, 2);
}

#[tokio::test]
async fn agents_book_at_the_desk_and_record_outcomes() {
    let app = spawn_app_with(&[NO_LIMIT]).await;
    let site = add_site(&app, &[1, 2, 3, 4, 5, 6, 7], 30, 1).await;
    sqlx::query("UPDATE sites SET open_on_holidays = 1").execute(&app.pool).await.unwrap();
    let agent = sign_in_new(&app, "agent@ccas.fr", "agent", &[&site.to_string()]).await;
    let page = format!("/fr/staff/sites/{site}/book");
    let html = agent.browser.get(&page).await.text().await.unwrap();
    let first = html.split("name=\"slot\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    let start: i64 = first.split(':').nth(1).unwrap().parse().unwrap();
    assert!(start < server::clock::now() + 24 * 3600 + 86_400 * 2, "the desk can book soon slots");
    let res = agent.browser.submit(&page, &page, &[("motive", "registration_help"), ("slot", first.as_str()), ("name", "Youssef A."), ("email", "youssef@example.fr")]).await;
    assert_eq!(res.status(), 303, "{}", location(&res));
    let (booked_by, status): (Option<i64>, String) = sqlx::query_as("SELECT booked_by, status FROM bookings").fetch_one(&app.pool).await.unwrap();
    assert!(booked_by.is_some() && status == "confirmed");
    // Outcomes only once the time has come.
    let id: i64 = sqlx::query_scalar("SELECT id FROM bookings").fetch_one(&app.pool).await.unwrap();
    let day = format!("/fr/staff/sites/{site}");
    let res = agent.browser.submit(&day, &format!("{day}/bookings/{id}/no-show"), &[]).await;
    assert_eq!(res.status(), 422, "not yet");
    sqlx::query("UPDATE bookings SET start_at = start_at - 86400 * 7, end_at = end_at - 86400 * 7").execute(&app.pool).await.unwrap();
    let res = agent.browser.submit(&day, &format!("{day}/bookings/{id}/no-show"), &[]).await;
    assert_eq!(res.status(), 303);
    let status: String = sqlx::query_scalar("SELECT status FROM bookings").fetch_one(&app.pool).await.unwrap();
    assert_eq!(status, "no_show");
    // The week view lists it.
    let html = agent.browser.get(&format!("{day}?view=week")).await.text().await.unwrap();
    assert!(html.contains("Semaine du"));
}

#[tokio::test]
async fn the_deadline_at_risk_list_follows_each_scope() {
    let app = spawn_app_with(&[NO_LIMIT]).await;
    let roubaix = add_site(&app, &[1, 2, 3, 4, 5], 30, 3).await;
    let lille = add_site(&app, &[1, 2, 3, 4, 5], 30, 3).await;
    sqlx::query("UPDATE sites SET insee_code = '59350', name = 'Site de Lille' WHERE id = $1").bind(lille).execute(&app.pool).await.unwrap();
    // Registered 2 Nov 2026: deadline 2 Jan 2027; 12 January is late.
    book(&app, roubaix, "2027-01-12T09:00:00+01:00", 1, "2026-11-02").await;
    book(&app, lille, "2027-01-12T09:00:00+01:00", 2, "2026-11-02").await;
    book(&app, roubaix, "2026-12-29T09:00:00+01:00", 3, "2026-11-02").await;
    let admin = sign_in_new(&app, "admin@mel.fr", "admin", &[]).await;
    let roubaix_staff = sign_in_new(&app, "roubaix@ville.fr", "commune", &["59512"]).await;
    let lille_agent = sign_in_new(&app, "agent@lille.fr", "agent", &[&lille.to_string()]).await;
    let all = admin.browser.get("/fr/staff/deadline").await.text().await.unwrap();
    assert!(all.contains("Personne Un") && all.contains("Personne Deux") && !all.contains("Personne Trois"));
    let r = roubaix_staff.browser.get("/fr/staff/deadline").await.text().await.unwrap();
    assert!(r.contains("Personne Un") && !r.contains("Personne Deux"), "a commune sees its communes only");
    let l = lille_agent.browser.get("/fr/staff/deadline").await.text().await.unwrap();
    assert!(l.contains("Personne Deux") && !l.contains("Personne Un"), "an agent sees its sites only");
}

#[tokio::test]
async fn a_site_may_open_on_public_holidays() {
    let app = spawn_app_with(&[NO_LIMIT]).await;
    // 1 January 2027 is a Friday and a public holiday.
    let site = add_site(&app, &[5], 30, 1).await;
    let agent = sign_in_new(&app, "agent@ccas.fr", "agent", &[&site.to_string()]).await;
    let url = format!("/api/v1/sites/{site}/slots?from=2027-01-01&to=2027-01-01");
    assert!(app.get(&url).await.json::<Vec<Value>>().await.unwrap().is_empty());
    let schedule = format!("/fr/staff/sites/{site}/schedule");
    let res = agent.browser.submit(&schedule, &format!("{schedule}/holidays"), &[("open", "1")]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.get(&url).await.json::<Vec<Value>>().await.unwrap().len(), 6);
    // Closing again over a booked holiday is refused until the booking is handled.
    book(&app, site, "2027-01-01T09:00:00+01:00", 9, "2026-11-02").await;
    let res = agent.browser.submit(&schedule, &format!("{schedule}/holidays"), &[("open", "0")]).await;
    assert_eq!(res.status(), 409);
}

/// A closure and a booking of the day it closes, at the same moment: whichever commits first,
/// the other sees it (the booking is refused, or the closure lists the booking), never both
/// committed. The first of each pair is held open by hand, as its own code would hold it, to
/// make "the same moment" certain.
#[tokio::test]
async fn a_closure_and_a_booking_of_its_day_at_once_never_both_commit() {
    use app::domain::date::Date;
    use app::i18n::Locale;
    use server::db::{begin_write, lock, Lock, LockMode};
    use server::reception::bookings::BookingError;
    use std::time::Duration;
    let app = spawn_app_with(&[NO_LIMIT]).await;
    let site = add_site(&app, &[2], 30, 2).await;
    let agent = sign_in_new(&app, "agent@ccas.fr", "agent", &[&site.to_string()]).await;
    let count = |sql: &'static str| {
        let pool = app.pool.clone();
        async move { sqlx::query_scalar::<_, i64>(sql).fetch_one(&pool).await.unwrap() }
    };

    // 1. A closure of Tuesday 12 January is being written when a booking of that day arrives.
    let mut closing = begin_write(&app.pool).await.unwrap();
    lock(&mut closing, Lock::Calendar { site }, LockMode::Exclusive).await.unwrap();
    sqlx::query("INSERT INTO site_closures (site_id, from_date, to_date, reason) VALUES ($1, '2027-01-12', '2027-01-12', 'Inventaire')")
        .bind(site)
        .execute(&mut *closing)
        .await
        .unwrap();
    // Through the booking code itself (the HTTP handler's rate limit is a write of its own,
    // which on SQLite would wait for the closure first and hide what the booking does).
    let body = json!({"site_id": site, "start": "2027-01-12T09:00:00+01:00", "nur": nur(11, 26, 1), "registration_date": "2026-11-02", "name": "Personne Un", "email": "p@example.fr"});
    let valid = app::api::reception::BookingInput::from_json(&body).validate(Date::parse("2026-11-30").unwrap(), Locale::DEFAULT).unwrap();
    let start_12: i64 = equilibre_tests_instant("2027-01-12T09:00:00+01:00").parse().unwrap();
    let pool = app.pool.clone();
    let booking = tokio::spawn(async move { server::reception::bookings::create(&pool, &valid, start_12, "http://localhost", None, Default::default()).await });
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(!booking.is_finished(), "the booking waits for the closure");
    closing.commit().await.unwrap();
    let answer = booking.await.unwrap();
    assert!(matches!(answer, Err(BookingError::SlotUnavailable)), "{answer:?}");
    assert_eq!(count("SELECT count(*) FROM bookings").await, 0, "no booking on a closed day");

    // 2. A booking of Tuesday 19 January is being written when a closure of that day is asked for.
    let first = book(&app, site, "2027-01-26T09:00:00+01:00", 2, "2026-11-02").await["id"].as_i64().unwrap();
    let mut booking_tx = begin_write(&app.pool).await.unwrap();
    lock(&mut booking_tx, Lock::Calendar { site }, LockMode::Shared).await.unwrap();
    let start_19: i64 = equilibre_tests_instant("2027-01-19T09:00:00+01:00").parse().unwrap();
    sqlx::query(
        "INSERT INTO bookings (site_id, start_at, end_at, local_date, local_start, seat, motive, within_deadline, name, email, phone, locale, \
         token_hash, created_at, changed_at, purge_after) \
         SELECT site_id, $1, $1 + 1800, '2027-01-19', 540, 1, motive, within_deadline, 'Personne Trois', email, phone, locale, 'x', created_at, changed_at, purge_after \
         FROM bookings WHERE id = $2",
    )
    .bind(start_19)
    .bind(first)
    .execute(&mut *booking_tx)
    .await
    .unwrap();
    let schedule = format!("/fr/staff/sites/{site}/schedule");
    let csrf = agent.browser.csrf(&schedule).await;
    let browser = equilibre_tests::staff::Browser { client: agent.browser.client.clone(), base: agent.browser.base.clone() };
    let action = format!("{schedule}/closures");
    let closure = tokio::spawn(async move {
        browser.post(&action, &[("from", "2027-01-19"), ("to", "2027-01-19"), ("reason", "Inventaire"), ("csrf", &csrf)]).await
    });
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(!closure.is_finished(), "the closure waits for the booking");
    booking_tx.commit().await.unwrap();
    let res = closure.await.unwrap();
    assert_eq!(res.status(), 409, "the closure sees the booking");
    assert!(res.text().await.unwrap().contains("Personne Trois"));
    assert_eq!(count("SELECT count(*) FROM site_closures WHERE from_date = '2027-01-19'").await, 0);
}
