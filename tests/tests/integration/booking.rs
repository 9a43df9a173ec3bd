//! Reception sites and bookings through the API: slots across clock changes, the deadline,
//! concurrency, emails with calendar files, cancel and move by the owner's link, rate limits.

use equilibre_tests::reception::{add_site, nur};
use equilibre_tests::smtp::{plain_text, MailServer};
use equilibre_tests::{spawn_app, spawn_app_with, spawn_app_with_demo};
use serde_json::{json, Value};

const NO_LIMIT: (&str, &str) = ("EQUILIBRE_BOOKING_RATE_PER_MINUTE", "1000000");

async fn slots(app: &equilibre_tests::TestApp, site: i64, from: &str, to: &str) -> Vec<Value> {
    let res = app.get(&format!("/api/v1/sites/{site}/slots?from={from}&to={to}")).await;
    assert_eq!(res.status(), 200);
    res.json::<Vec<Value>>().await.unwrap()
}

fn booking(site: i64, start: &str, nur: &str, registered: &str) -> Value {
    json!({"site_id": site, "start": start, "motive": "interview", "nur": nur, "registration_date": registered,
           "name": "Amina Benali", "email": "amina@example.fr"})
}

#[tokio::test]
async fn the_demo_network_has_about_thirty_sites_with_hours() {
    let app = spawn_app_with_demo(2016).await;
    let all: Vec<Value> = app.get("/api/v1/sites").await.json().await.unwrap();
    assert!((25..=40).contains(&all.len()), "{}", all.len());
    let bookable = all.iter().filter(|s| s["bookable"] == true).count();
    assert!(bookable >= 20);
    assert!(all.iter().filter(|s| s["bookable"] == true).all(|s| !s["hours"].as_array().unwrap().is_empty()));
    let communes: std::collections::HashSet<&str> = all.iter().map(|s| s["insee_code"].as_str().unwrap()).collect();
    assert!(communes.len() >= 20, "spread over the metropole");
    let arabic: Vec<Value> = app.get("/api/v1/sites?language=ar&step_free=true").await.json().await.unwrap();
    assert!(!arabic.is_empty() && arabic.iter().all(|s| s["languages"].as_array().unwrap().contains(&json!("ar")) && s["step_free"] == true));
    let roubaix: Vec<Value> = app.get("/api/v1/sites?commune=59512").await.json().await.unwrap();
    assert!(!roubaix.is_empty() && roubaix.iter().all(|s| s["commune"] == "Roubaix"));
    // Slots across sites for two months: free seats only, in time order.
    let today = server::http::today();
    let to = today.add_days(60);
    let res = app.get(&format!("/api/v1/slots?from={today}&to={to}")).await;
    assert_eq!(res.status(), 200);
    let s: Vec<Value> = res.json().await.unwrap();
    assert!(s.len() > 500, "{}", s.len());
    assert!(s.windows(2).all(|w| w[0]["start"].as_str() <= w[1]["start"].as_str() || w[0]["start"].as_str().unwrap()[..19] <= w[1]["start"].as_str().unwrap()[..19]));
    assert!(s.iter().all(|x| x["available"].as_u64().unwrap() > 0));
}

#[tokio::test]
async fn slots_keep_their_wall_clock_time_across_clock_changes() {
    let app = spawn_app().await;
    let site = add_site(&app, &[1, 2, 6, 7], 60, 1).await;
    for (from, to, before, after) in [
        ("2027-03-23", "2027-03-30", "2027-03-23T09:00:00+01:00", "2027-03-30T09:00:00+02:00"),
        ("2027-10-26", "2027-11-02", "2027-10-26T09:00:00+02:00", "2027-11-02T09:00:00+01:00"),
    ] {
        let s = slots(&app, site, from, to).await;
        let starts: Vec<&str> = s.iter().map(|x| x["start"].as_str().unwrap()).collect();
        assert!(starts.contains(&before) && starts.contains(&after), "{starts:?}");
        // The clock-change Sunday itself: 09:00 local as well.
        assert!(starts.iter().filter(|x| x.starts_with("2027-03-28") || x.starts_with("2027-10-31")).all(|x| x.contains("T09:") || x.contains("T10:") || x.contains("T11:")));
    }
    // Easter Monday 2027 (29 March) and 1 November 2027 are public holidays: closed.
    assert!(slots(&app, site, "2027-03-29", "2027-03-29").await.is_empty());
    let nov = slots(&app, site, "2027-11-01", "2027-11-01").await;
    assert!(nov.is_empty(), "{nov:?}");
    // Periods are bounded and checked.
    assert_eq!(app.get(&format!("/api/v1/sites/{site}/slots?from=2027-01-01&to=2027-12-31")).await.status(), 422);
    assert_eq!(app.get(&format!("/api/v1/sites/{site}/slots?from=nope")).await.status(), 422);
    assert_eq!(app.get("/api/v1/sites/999/slots").await.status(), 404);
}

/// Searches are kept until the next commit: a booking, or a closure written by anyone, is
/// seen by the very next search.
#[tokio::test]
async fn a_search_sees_each_booking_and_closure_at_once() {
    let app = spawn_app_with(&[NO_LIMIT]).await;
    let site = add_site(&app, &[2], 30, 2).await;
    let search = || async { app.get("/api/v1/slots?from=2027-01-12&to=2027-01-19").await.json::<Vec<Value>>().await.unwrap() };
    let first = search().await;
    assert_eq!(search().await, first, "the same answer twice");
    let start = "2027-01-12T09:00:00+01:00";
    let seats = |v: &[Value]| v.iter().find(|x| x["start"] == start).map(|x| x["available"].as_u64().unwrap());
    assert_eq!(seats(&first), Some(2));
    let res = app.client.post(app.url("/api/v1/bookings")).json(&booking(site, start, &nur(11, 26, 1), "2026-11-02")).send().await.unwrap();
    assert_eq!(res.status(), 201);
    assert_eq!(seats(&search().await), Some(1));
    sqlx::query("INSERT INTO site_closures (site_id, from_date, to_date, reason) VALUES ($1, '2027-01-19', '2027-01-19', 'x')")
        .bind(site)
        .execute(&app.pool)
        .await
        .unwrap();
    assert!(search().await.iter().all(|x| !x["start"].as_str().unwrap().starts_with("2027-01-19")), "closed day gone");
}

#[tokio::test]
async fn two_hundred_attempts_on_one_seat_make_one_booking() {
    let app = spawn_app_with(&[NO_LIMIT]).await;
    let site = add_site(&app, &[2], 30, 1).await;
    let start = "2027-01-12T09:00:00+01:00";
    let mut tasks = vec![];
    for i in 0..200u32 {
        let client = app.client.clone();
        let url = app.url("/api/v1/bookings");
        let body = booking(site, start, &nur(11, 26, i), "2026-11-02");
        tasks.push(tokio::spawn(async move { client.post(url).json(&body).send().await.unwrap() }));
    }
    let mut created = 0;
    let mut full = 0;
    for t in tasks {
        let res = t.await.unwrap();
        match res.status().as_u16() {
            201 => created += 1,
            409 => {
                let v: Value = res.json().await.unwrap();
                assert_eq!(v["error"]["code"], "slot_full");
                assert!(v["error"]["message"].as_str().unwrap().contains("vient d'être pris"));
                full += 1;
            }
            other => panic!("unexpected {other}: {}", res.text().await.unwrap()),
        }
    }
    assert_eq!((created, full), (1, 199));
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM bookings").fetch_one(&app.pool).await.unwrap();
    assert_eq!(rows, 1);
    // The slot now shows no free seat.
    let s = slots(&app, site, "2027-01-12", "2027-01-12").await;
    assert_eq!(s[0]["available"], 0);
}

#[tokio::test]
async fn the_deadline_is_two_months_clamped_and_said() {
    let app = spawn_app_with(&[NO_LIMIT]).await;
    let site = add_site(&app, &[1, 2, 3, 4, 5], 30, 3).await;
    // Registered 30 Nov 2026 → deadline 30 Jan 2027; a slot on 1 Feb is past it.
    let res = app.post_json("/api/v1/bookings", &booking(site, "2027-02-01T09:00:00+01:00", &nur(11, 26, 1), "2026-11-30"), "fr").await;
    assert_eq!(res.status(), 201);
    let v: Value = res.json().await.unwrap();
    assert_eq!((v["deadline"].as_str(), v["within_deadline"].as_bool()), (Some("2027-01-30"), Some(false)));
    assert_eq!(v["start"], "2027-02-01T09:00:00+01:00");
    assert_eq!(v["end"], "2027-02-01T09:30:00+01:00");
    // The deadline day itself is within.
    let res = app.post_json("/api/v1/bookings", &booking(site, "2027-01-29T09:00:00+01:00", &nur(11, 26, 2), "2026-11-29"), "fr").await;
    let v: Value = res.json().await.unwrap();
    assert_eq!((v["deadline"].as_str(), v["within_deadline"].as_bool()), (Some("2027-01-29"), Some(true)));
    // Registration help has no deadline and no demand number.
    let help = json!({"site_id": site, "start": "2027-01-29T09:30:00+01:00", "motive": "registration_help", "name": "M. Durand", "email": "durand@example.fr"});
    let v: Value = app.post_json("/api/v1/bookings", &help, "fr").await.json().await.unwrap();
    assert_eq!((v["deadline"].clone(), v["within_deadline"].as_bool()), (Value::Null, Some(true)));
}

#[tokio::test]
async fn bad_requests_are_refused_with_reasons_and_change_nothing() {
    let app = spawn_app_with(&[NO_LIMIT]).await;
    let site = add_site(&app, &[2], 30, 1).await;
    let cases = [
        (json!({"site_id": site}), 422, "validation_failed"),
        (booking(site, "2027-01-12T09:00:00+01:00", "123", "2026-11-02"), 422, "validation_failed"),
        (booking(site, "2027-01-12T09:00:00+01:00", &nur(11, 26, 1), "2099-01-01"), 422, "validation_failed"),
        (booking(site, "2027-01-12T09:10:00+01:00", &nur(11, 26, 1), "2026-11-02"), 422, "validation_failed"),
        (booking(site, "2027-01-13T09:00:00+01:00", &nur(11, 26, 1), "2026-11-02"), 422, "validation_failed"),
        (booking(999, "2027-01-12T09:00:00+01:00", &nur(11, 26, 1), "2026-11-02"), 422, "validation_failed"),
    ];
    for (body, status, code) in cases {
        let res = app.post_json("/api/v1/bookings", &body, "en").await;
        assert_eq!(res.status(), status, "{body}");
        let v: Value = res.json().await.unwrap();
        assert_eq!(v["error"]["code"], code, "{body}");
    }
    let v: Value = app.post_json("/api/v1/bookings", &booking(site, "2027-01-12T09:00:00+01:00", "123", "2099-01-01"), "en").await.json().await.unwrap();
    assert_eq!(v["error"]["fields"]["nur"]["code"], "invalid_nur");
    assert_eq!(v["error"]["fields"]["registration_date"]["code"], "registration_in_future");
    let v: Value = app.post_json("/api/v1/bookings", &booking(site, "2027-01-13T09:00:00+01:00", &nur(11, 26, 1), "2026-11-02"), "en").await.json().await.unwrap();
    assert_eq!(v["error"]["fields"]["start"]["code"], "slot_unavailable");
    // Tomorrow morning is inside the minimum notice only if it is less than 24 h away: a slot in the past is always refused.
    let v: Value = app.post_json("/api/v1/bookings", &booking(site, "2026-01-13T09:00:00+01:00", &nur(12, 25, 1), "2025-12-01"), "en").await.json().await.unwrap();
    assert_eq!(v["error"]["fields"]["start"]["code"], "slot_unavailable");
    let res = app.client.post(app.url("/api/v1/bookings")).body("{not json").send().await.unwrap();
    assert_eq!(res.status(), 400);
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM bookings").fetch_one(&app.pool).await.unwrap();
    assert_eq!(rows, 0);
    // The same demand number and email twice: the owner already has a booking (and its link).
    assert_eq!(app.post_json("/api/v1/bookings", &booking(site, "2027-01-12T09:00:00+01:00", &nur(11, 26, 7), "2026-11-02"), "fr").await.status(), 201);
    let res = app.post_json("/api/v1/bookings", &booking(site, "2027-01-12T09:30:00+01:00", &nur(11, 26, 7), "2026-11-02"), "fr").await;
    assert_eq!(res.status(), 409);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["error"]["code"], "nur_already_booked");
    // An information-only site cannot be booked.
    sqlx::query("UPDATE sites SET tier = 'relais'").execute(&app.pool).await.unwrap();
    let v: Value = app.post_json("/api/v1/bookings", &booking(site, "2027-01-19T09:00:00+01:00", &nur(11, 26, 8), "2026-11-02"), "fr").await.json().await.unwrap();
    assert_eq!(v["error"]["fields"]["site_id"]["code"], "not_bookable");
}

/// The calendar attachment of a received message, decoded.
fn ics_of(data: &str) -> String {
    let text = plain_text(data);
    let start = text.find("BEGIN:VCALENDAR").expect("a calendar part");
    let end = text.find("END:VCALENDAR").expect("end of calendar") + "END:VCALENDAR".len();
    text[start..end].to_owned()
}

fn link_in(data: &str) -> String {
    let text = plain_text(data);
    let i = text.find("/rendez-vous/").expect("a link");
    let token: String = text[i + "/rendez-vous/".len()..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    token
}

#[tokio::test]
async fn confirmation_email_with_calendar_then_move_and_cancel_by_link() {
    let smtp = MailServer::start().await;
    let app = spawn_app_with(&[NO_LIMIT, ("EQUILIBRE_SMTP_URL", &smtp.url())]).await;
    let site = add_site(&app, &[2, 4], 30, 1).await;
    let mut body = booking(site, "2027-01-12T09:00:00+01:00", &nur(11, 26, 1), "2026-11-02");
    body["locale"] = json!("ar");
    assert_eq!(app.post_json("/api/v1/bookings", &body, "fr").await.status(), 201);
    let mails = smtp.wait_for(1, 10).await;
    assert_eq!(mails[0].to, vec!["amina@example.fr"]);
    let ics = ics_of(&mails[0].data);
    // 09:00 in Lille in January is 08:00 UTC.
    assert!(ics.contains("DTSTART:20270112T080000Z") && ics.contains("DTEND:20270112T083000Z"), "{ics}");
    assert!(ics.contains("STATUS:CONFIRMED"));
    let text = plain_text(&mails[0].data);
    assert!(text.contains("الاسم المقدَّم عند الحجز: \u{2068}Amina Benali\u{2069}"), "the email is in the requested language, the name in a labelled field");
    // Right to left, every value keeps its own order (isolated), but the link stands bare: a
    // mail client would take a closing mark into the URL.
    assert!(text.contains("\u{2068}03 53 01 99 99\u{2069}"), "the phone number is isolated: {text}");
    assert!(!text.contains("\u{2068}http") && !text.contains("\u{2069}\n\n"), "{text}");
    let token = link_in(&mails[0].data);
    assert!(token.len() >= 43, "a 256-bit token: {token}");
    // Move by the link's token: new time, new email, calendar updated.
    let res = app.client.post(app.url(&format!("/api/v1/bookings/{token}/move"))).json(&json!({"start": "2027-01-14T10:00:00+01:00"})).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["start"], "2027-01-14T10:00:00+01:00");
    let mails = smtp.wait_for(2, 10).await;
    assert!(ics_of(&mails[1].data).contains("DTSTART:20270114T090000Z"));
    // The old slot is free again, the new one taken.
    assert_eq!(slots(&app, site, "2027-01-12", "2027-01-12").await[0]["available"], 1);
    // Cancel: 204, the seat is freed, a cancellation email with a cancelled event.
    let res = app.client.delete(app.url(&format!("/api/v1/bookings/{token}"))).send().await.unwrap();
    assert_eq!(res.status(), 204);
    let mails = smtp.wait_for(3, 10).await;
    assert!(ics_of(&mails[2].data).contains("STATUS:CANCELLED"));
    let res = app.client.delete(app.url(&format!("/api/v1/bookings/{token}"))).send().await.unwrap();
    assert_eq!(res.status(), 404, "already cancelled");
    assert_eq!(app.client.delete(app.url("/api/v1/bookings/not-a-token")).send().await.unwrap().status(), 404);
    // The demand number can book again.
    assert_eq!(app.post_json("/api/v1/bookings", &body, "fr").await.status(), 201);
}

#[tokio::test]
async fn bookings_succeed_while_smtp_is_down_and_emails_arrive_after() {
    // A port with nobody listening yet.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = format!("smtp://127.0.0.1:{port}");
    let app = spawn_app_with(&[NO_LIMIT, ("EQUILIBRE_SMTP_URL", &url), ("EQUILIBRE_OUTBOX_RETRY_SECONDS", "1")]).await;
    let site = add_site(&app, &[2], 30, 3).await;
    for i in 0..3 {
        let res = app.post_json("/api/v1/bookings", &booking(site, "2027-01-12T09:00:00+01:00", &nur(11, 26, i), "2026-11-02"), "fr").await;
        assert_eq!(res.status(), 201);
    }
    // The worker tried and failed: the messages wait with their error.
    for _ in 0..50 {
        let failed: i64 = sqlx::query_scalar("SELECT count(*) FROM outbox WHERE attempts > 0 AND sent_at IS NULL").fetch_one(&app.pool).await.unwrap();
        if failed == 3 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let failed: i64 = sqlx::query_scalar("SELECT count(*) FROM outbox WHERE attempts > 0 AND sent_at IS NULL").fetch_one(&app.pool).await.unwrap();
    assert_eq!(failed, 3);
    let smtp = MailServer::start_on(port).await;
    let mails = smtp.wait_for(3, 20).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(smtp.received.lock().unwrap().len(), 3, "each exactly once");
    assert!(mails.iter().all(|m| m.data.contains("BEGIN:VCALENDAR") || plain_text(&m.data).contains("BEGIN:VCALENDAR")));
}

#[tokio::test]
async fn booking_endpoints_are_rate_limited() {
    let app = spawn_app_with(&[("EQUILIBRE_BOOKING_RATE_PER_MINUTE", "2")]).await;
    let site = add_site(&app, &[2], 30, 5).await;
    let mut statuses = vec![];
    for i in 0..3 {
        statuses.push(app.post_json("/api/v1/bookings", &booking(site, "2027-01-12T09:00:00+01:00", &nur(11, 26, i), "2026-11-02"), "en").await);
    }
    assert_eq!(statuses.iter().map(|r| r.status().as_u16()).collect::<Vec<_>>(), vec![201, 201, 429]);
    let v: Value = statuses.pop().unwrap().json().await.unwrap();
    assert_eq!(v["error"]["code"], "rate_limited");
    assert!(v["error"]["message"].as_str().unwrap().contains("Too many requests"));
    // Reading slots is not limited.
    assert_eq!(app.get(&format!("/api/v1/sites/{site}/slots?from=2027-01-12&to=2027-01-12")).await.status(), 200);
}

/// A real deployment starts without demonstration data; where the demonstration dataset is
/// loaded, every public page made from it, the API, the booking emails and their calendar files
/// say so, and its phone numbers ring no one (ARCEP's block for fiction).
#[tokio::test]
async fn demonstration_data_says_so_wherever_it_appears() {
    let deployed = equilibre_tests::spawn_app_as_deployed().await;
    let sites: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sites").fetch_one(&deployed.pool).await.unwrap();
    let lines: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM attributions").fetch_one(&deployed.pool).await.unwrap();
    assert_eq!((sites, lines), (0, 0), "no demonstration data unless asked");

    let smtp = MailServer::start().await;
    let app = spawn_app_with(&[NO_LIMIT, ("EQUILIBRE_SMTP_URL", &smtp.url()), ("EQUILIBRE_DEMO_SEED", "11")]).await;
    let quartier: String = sqlx::query_scalar("SELECT id FROM quartiers ORDER BY id LIMIT 1").fetch_one(&app.pool).await.unwrap();
    for path in [
        "/fr/accueil".to_owned(),
        "/fr/rendez-vous".into(),
        "/fr/communes".into(),
        "/fr/communes/59512".into(),
        format!("/fr/quartiers/{quartier}"),
        "/fr/bilan?period=2025&scope=metropole".into(),
        "/en/accueil".into(),
        "/ar/rendez-vous".into(),
    ] {
        let html = app.get(&path).await.text().await.unwrap();
        assert!(html.contains("notice--demo"), "{path} says it shows demonstration data");
    }
    for file in ["/fr/bilan?period=2025&scope=metropole&format=csv", "/fr/communes?format=csv", "/fr/communes/59512?format=csv&table=demand"] {
        let csv = app.get(file).await.text().await.unwrap();
        assert!(csv.contains("Données de démonstration"), "{file} says so too");
    }
    // Staff see it too, with the rule set's standing over the period.
    let admin = equilibre_tests::staff::sign_in_new(&app, "admin@mel.fr", "admin", &[]).await;
    let dashboard = admin.browser.get("/fr/staff/dashboard").await.text().await.unwrap();
    assert!(dashboard.contains("notice--demo") && dashboard.contains("avaient pris fin avant cette période"));
    let all: Vec<Value> = app.get("/api/v1/sites").await.json().await.unwrap();
    assert!(all.iter().all(|s| s["demonstration"] == true && s["phone"].as_str().unwrap().starts_with("03 53 01 ")));
    let bilan: Value = app.get("/api/v1/bilan?period=2025&scope=metropole").await.json().await.unwrap();
    assert_eq!(bilan["demonstration"], true);
    // A booking at a demonstration site: its email and calendar file say so first.
    let today = server::http::today();
    let free: Vec<Value> = app.get(&format!("/api/v1/slots?from={today}&to={}", today.add_days(60))).await.json().await.unwrap();
    let slot = &free[0];
    let body = booking(slot["site_id"].as_i64().unwrap(), slot["start"].as_str().unwrap(), &nur(today.month, (today.year % 100) as u8, 7), &today.to_string());
    assert_eq!(app.post_json("/api/v1/bookings", &body, "fr").await.status(), 201);
    // The admin's password link went first.
    let mails = smtp.wait_for(2, 10).await;
    let mail = mails.iter().find(|m| m.to == vec!["amina@example.fr"]).expect("the confirmation");
    let text = plain_text(&mail.data);
    let subject: String = sqlx::query_scalar("SELECT subject FROM outbox WHERE recipient = 'amina@example.fr'").fetch_one(&app.pool).await.unwrap();
    assert!(subject.starts_with("[Démonstration] Rendez-vous confirmé"), "{subject}");
    assert!(text.contains("DÉMONSTRATION : ce lieu d'accueil et ce rendez-vous sont inventés"), "body");
    assert!(ics_of(&mail.data).contains("SUMMARY:[Démonstration]"), "calendar file");
    let token = link_in(&mail.data);
    let page = app.get(&format!("/fr/rendez-vous/{token}")).await.text().await.unwrap();
    assert!(page.contains("notice--demo"), "the booking's own page");
}
