//! The holes of the outside review (issue 16), each proven closed: the register cannot be
//! rewritten from outside one's remit, and the public bilan gives no small count back.

use app::domain::access::{Principal, Role};
use equilibre_tests::staff::sign_in_new;
use equilibre_tests::{spawn_app, TestApp};
use serde_json::Value;
use server::import::spec::Kind;
use server::import::{import, import_within, Options, Problem};

const OPTS: Options<'static> = Options { dry_run: false, source: "test", as_of: "2026-11-30" };
const HEADER: &str = "landlord_id;reference;decided_on;insee_code;band;kind;aci";
const FORM: &str = "/fr/staff/register/new";

async fn load(app: &TestApp, text: &str) -> server::import::Report {
    import(&app.pool, Kind::Attributions, text.as_bytes(), &OPTS, &mut |_, _| {}).await.expect("import ran")
}

async fn load_as(app: &TestApp, p: &Principal, text: &str) -> server::import::Report {
    import_within(&app.pool, Kind::Attributions, text.as_bytes(), &OPTS, Some(p), &mut |_, _| {}).await.expect("import ran")
}

fn principal(role: Role, scope: &str) -> Principal {
    Principal { user_id: 1, email: "x@y.fr".into(), name: "X".into(), role, scope: vec![scope.into()] }
}

/// (commune, landlord) of each line with this reference.
async fn lines(app: &TestApp, reference: &str) -> Vec<(String, String)> {
    sqlx::query_as("SELECT insee_code, landlord_id FROM attributions WHERE reference = $1 ORDER BY landlord_id")
        .bind(reference)
        .fetch_all(&app.pool)
        .await
        .unwrap()
}

async fn count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM attributions").fetch_one(&app.pool).await.unwrap()
}

fn entry<'a>(reference: &'a str, insee: &'a str, situations: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("reference", reference),
        ("decided_on", "2026-05-04"),
        ("insee_code", insee),
        ("quartier_id", ""),
        ("landlord_id", "lmh"),
        ("kind", "first_access"),
        ("adults", "2"),
        ("dependants", "1"),
        ("monthly_resources", "1500"),
        ("aci", "1"),
        ("aci_situations", situations),
    ]
}

/// A form value with `;` and a line break once wrote a second line into the one-line file the
/// form built (aligned on the file's columns, so that the importer took it). Rows are now given
/// to the importer as data: the value is one cell, refused as an unknown situation code.
#[tokio::test]
async fn a_form_value_cannot_add_lines_to_the_register() {
    let app = spawn_app().await;
    let lille = sign_in_new(&app, "lille@ville.fr", "commune", &["59350"]).await;
    let injected = "sans_logement;;;\r\nINJ-2;2026-05-04;59350;;lmh;;;;2;1;;1500;;first_access;1;sans_logement";
    let res = lille.browser.submit(FORM, FORM, &entry("INJ-1", "59350", injected)).await;
    assert_eq!(res.status(), 422);
    assert_eq!(count(&app).await, 0, "neither the entered line nor an injected one is written");
    // The same entry with a plain value goes in, alone.
    let res = lille.browser.submit(FORM, FORM, &entry("INJ-1", "59350", "sans_logement")).await;
    assert_eq!(res.status(), 303);
    assert_eq!(count(&app).await, 1);
}

/// Staff may only replace lines already in their remit: commune staff could once move another
/// commune's line into theirs by importing its key with their commune.
#[tokio::test]
async fn a_scoped_import_cannot_replace_a_line_outside_its_remit() {
    let app = spawn_app().await;
    let r = load(&app, &format!("{HEADER}\nlmh;R-1;2026-03-02;59512;modeste;first_access;0\n")).await;
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let lille = principal(Role::Commune, "59350");
    let r = load_as(&app, &lille, &format!("{HEADER}\nlmh;R-1;2026-03-02;59350;superieur;first_access;0\n")).await;
    assert_eq!(r.errors.len(), 1);
    assert_eq!((r.errors[0].column.as_deref(), r.errors[0].problem), (Some("reference"), Problem::OutOfScope));
    assert_eq!(lines(&app, "R-1").await, vec![("59512".to_owned(), "lmh".to_owned())], "untouched");
    // Within the remit, a correction goes through and lists what changed, never the values.
    let r = load(&app, &format!("{HEADER}\nlmh;R-2;2026-03-02;59350;modeste;first_access;0\n")).await;
    assert!(r.errors.is_empty());
    let r = load_as(&app, &lille, &format!("{HEADER}\nlmh;R-2;2026-03-02;59350;superieur;first_access;0\n")).await;
    assert_eq!((r.errors.len(), r.updated), (0, 1));
    assert_eq!(r.changes.len(), 1);
    assert_eq!(r.changes[0].audit_detail(), "updated key=lmh/R-2 fields=band old_scope=commune:59350,landlord:lmh");
    // A landlord's staff: their own lines only, whatever the commune.
    let other = principal(Role::Landlord, "vilogia");
    let r = load_as(&app, &other, &format!("{HEADER}\nlmh;R-2;2026-03-02;59350;modeste;first_access;0\n")).await;
    assert_eq!(r.errors[0].problem, Problem::OutOfScope);
}

/// A reference is the landlord's: nobody else can occupy it. Commune staff entering a landlord's
/// reference do not block the landlord's own import, and another landlord's line with the same
/// reference is another line.
#[tokio::test]
async fn a_landlords_reference_cannot_be_occupied_by_anyone_else() {
    let app = spawn_app().await;
    let lille = sign_in_new(&app, "lille@ville.fr", "commune", &["59350"]).await;
    assert_eq!(lille.browser.submit(FORM, FORM, &entry("FUT-1", "59350", "sans_logement")).await.status(), 303);
    // Another landlord's line with the same reference: a line of its own.
    let vilogia = principal(Role::Landlord, "vilogia");
    let r = load_as(&app, &vilogia, &format!("{HEADER}\nvilogia;FUT-1;2026-04-01;59512;modeste;first_access;0\n")).await;
    assert_eq!((r.errors.len(), r.inserted), (0, 1), "{:?}", r.errors);
    // The landlord's own import corrects the line the commune entered.
    let lmh = principal(Role::Landlord, "lmh");
    let r = load_as(&app, &lmh, &format!("{HEADER}\nlmh;FUT-1;2026-05-04;59350;modeste;first_access;1\n")).await;
    assert_eq!((r.errors.len(), r.updated), (0, 1), "{:?}", r.errors);
    assert_eq!(lines(&app, "FUT-1").await, vec![("59350".to_owned(), "lmh".to_owned()), ("59512".to_owned(), "vilogia".to_owned())]);
}

/// "This reference already exists" is said only of lines in the user's remit; a line outside
/// it gets the same answer as any line outside it, which names nothing of what is there.
#[tokio::test]
async fn the_exists_check_reveals_nothing_outside_the_remit() {
    let app = spawn_app().await;
    let r = load(&app, &format!("{HEADER}\nlmh;SECRET-1;2026-03-02;59512;modeste;first_access;0\nlmh;MINE-1;2026-03-02;59350;modeste;first_access;0\n")).await;
    assert!(r.errors.is_empty());
    let lille = sign_in_new(&app, "lille@ville.fr", "commune", &["59350"]).await;
    let mine = lille.browser.submit(FORM, FORM, &entry("MINE-1", "59350", "sans_logement")).await.text().await.unwrap();
    assert!(mine.contains("déjà enregistrée pour ce bailleur"), "within the remit: said");
    let theirs = lille.browser.submit(FORM, FORM, &entry("SECRET-1", "59350", "sans_logement")).await;
    assert_eq!(theirs.status(), 422);
    let theirs = theirs.text().await.unwrap();
    assert!(!theirs.contains("déjà enregistrée"), "outside the remit: not said");
    assert!(theirs.contains("Hors de votre périmètre"));
    assert_eq!(lines(&app, "SECRET-1").await, vec![("59512".to_owned(), "lmh".to_owned())]);
    // The audit trail: the entered key, never the household's situations.
    lille.browser.submit(FORM, FORM, &entry("NEW-1", "59350", "sans_logement")).await;
    let details: Vec<String> = sqlx::query_scalar("SELECT detail FROM audit_log WHERE action = 'register_entry'").fetch_all(&app.pool).await.unwrap();
    assert_eq!(details, vec!["inserted key=lmh/NEW-1".to_owned()]);
}

/// Cells are bounded before anything is stored: a 100 kB reference is refused, and the
/// report quotes at most 200 characters of it.
#[tokio::test]
async fn import_cells_are_bounded() {
    let app = spawn_app().await;
    let long = "R".repeat(100_000);
    let r = load(&app, &format!("{HEADER}\nlmh;{long};2026-03-02;59512;modeste;first_access;0\n")).await;
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.errors[0].problem, Problem::TooLong);
    assert!(r.errors[0].value.as_deref().unwrap_or_default().chars().count() <= 200);
    assert_eq!(count(&app).await, 0);
}

/// The public asks whole semesters and years that have ended, without `remaining`, and gets no
/// guidance: day ranges (one day's bands from two ranges), open periods (one day's from two
/// answers a day apart) and guidance (worked out from exact counts) gave small counts back.
#[tokio::test]
async fn the_public_bilan_answers_only_closed_whole_periods_without_guidance() {
    let app = spawn_app().await;
    let mut file = format!("{HEADER}\n");
    for n in 0..40 {
        let band = ["tres_modeste", "modeste", "intermediaire", "superieur"][n % 4];
        file.push_str(&format!("lmh;P-{n};2025-0{}-1{};59350;{band};first_access;0\n", 1 + n % 6, n % 9));
    }
    assert!(load(&app, &file).await.errors.is_empty());
    for asked in [
        "period=2025-01-01..2025-06-30&scope=commune:59350",
        "period=2025-01-01..2025-06-29&scope=commune:59350",
        "period=2026-S2&scope=commune:59350",
        "period=2026&scope=metropole",
        "period=2025&scope=metropole&remaining=100",
    ] {
        let res = app.get(&format!("/api/v1/bilan?{asked}")).await;
        assert_eq!(res.status(), 422, "{asked}");
        assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "not_public", "{asked}");
        let page = app.get(&format!("/fr/bilan?{asked}")).await;
        assert_eq!(page.status(), 422, "page {asked}");
    }
    let b: Value = app.get("/api/v1/bilan?period=2025-S1&scope=commune:59350").await.json().await.unwrap();
    assert_eq!(b["total"], 40);
    assert!(b["guidance"].is_null());
    assert!(b["rules"].as_array().unwrap().iter().all(|r| r["guidance"].is_null()));
    // The default is the last semester that has ended; the page offers only ended periods.
    let default: Value = app.get("/api/v1/bilan").await.json().await.unwrap();
    let today = server::http::today();
    let expected = app::domain::bilan::Period::last_closed_semester(today).id();
    assert_eq!(default["period"], expected);
    let html = app.get("/fr/bilan").await.text().await.unwrap();
    let open = app::domain::bilan::Period::semester_of(today).id();
    assert!(!html.contains(&format!("value=\"{open}\"")), "the open semester is not offered");
    // Staff keep every question, with guidance.
    let admin = sign_in_new(&app, "admin@mel.fr", "admin", &[]).await;
    let full: Value = admin.browser.get("/api/v1/bilan?period=2025-01-01..2025-06-29&scope=commune:59350&remaining=10").await.json().await.unwrap();
    assert!(full["guidance"].is_object());
}

async fn written(app: &TestApp) -> (i64, i64) {
    let audit: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log").fetch_one(&app.pool).await.unwrap();
    let failures: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM auth_failures").fetch_one(&app.pool).await.unwrap();
    (audit, failures)
}

/// A 900 kB address once grew the database by megabytes per attempt (twice in the audit trail,
/// once in the failures); locked-out attempts still wrote. Now: bounded before anything is
/// written, the typed address stored once per failure, nothing written while locked.
#[tokio::test]
async fn sign_in_inputs_are_bounded_and_written_once() {
    use equilibre_tests::staff::Browser;
    let app = equilibre_tests::spawn_app_with(&[("EQUILIBRE_LOGIN_SLOW_STEP_MS", "1")]).await;
    let b = Browser::new(&app);
    let huge = format!("{}@lille.fr", "a".repeat(900_000));
    let res = b.login(&huge, "x").await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().len() < 200_000, "the page does not echo it either");
    assert_eq!(written(&app).await, (0, 0), "nothing written");
    // A failure: one audit entry (the address as its target), the failures keyed by digests.
    assert_eq!(b.login("nobody@lille.fr", "mauvais mot de passe").await.status(), 401);
    let entries: Vec<(String, String)> = sqlx::query_as("SELECT actor, target FROM audit_log").fetch_all(&app.pool).await.unwrap();
    assert_eq!(entries, vec![("-".to_owned(), "nobody@lille.fr".to_owned())]);
    let keys: Vec<String> = sqlx::query_scalar("SELECT key FROM auth_failures").fetch_all(&app.pool).await.unwrap();
    assert_eq!(keys.len(), 2);
    assert!(keys.iter().all(|k| !k.contains("nobody")), "{keys:?}");
    // Until locked; then attempts write nothing.
    let mut status = 401;
    for _ in 0..20 {
        status = b.login("nobody@lille.fr", "mauvais mot de passe").await.status().as_u16();
        if status == 429 {
            break;
        }
    }
    assert_eq!(status, 429);
    let actions: Vec<String> = sqlx::query_scalar("SELECT action FROM audit_log ORDER BY id").fetch_all(&app.pool).await.unwrap();
    assert_eq!(actions.iter().filter(|a| *a == "login_locked").count(), 1, "{actions:?}");
    let before = written(&app).await;
    for _ in 0..3 {
        assert_eq!(b.login("nobody@lille.fr", "mauvais mot de passe").await.status(), 429);
    }
    assert_eq!(written(&app).await, before, "locked attempts write nothing");
    // An over-long password is refused without being hashed, and counts as a failure.
    let other = Browser::new(&app);
    assert_eq!(other.login("else@lille.fr", &"p".repeat(100_000)).await.status(), 401);
}

/// The audit trail has a retention, anonymous actors' addresses go sooner, and emails that were
/// never sent do not keep their links for ever.
#[tokio::test]
async fn housekeeping_bounds_the_audit_trail_and_unsent_emails() {
    let app = spawn_app().await;
    equilibre_tests::staff::create_user(&app, "admin@mel.fr", "admin", &[]).await;
    let staff: i64 = sqlx::query_scalar("SELECT id FROM users").fetch_one(&app.pool).await.unwrap();
    let now = server::clock::now();
    let day = 86_400;
    for (at, actor_id, ip) in [(now - 400 * day, None, "203.0.113.1"), (now - 40 * day, None, "203.0.113.2"), (now - 40 * day, Some(staff), "203.0.113.3"), (now - day, None, "203.0.113.4")] {
        sqlx::query("INSERT INTO audit_log (at, actor_id, actor, action, target, ip, detail) VALUES ($1, $2, $3, 'booking_cancelled', 'booking:1', $4, '')")
            .bind(at)
            .bind(actor_id)
            .bind(if actor_id.is_some() { "staff" } else { "owner" })
            .bind(ip)
            .execute(&app.pool)
            .await
            .unwrap();
    }
    for (created, sent) in [(now - 8 * day, None::<i64>), (now - day, None), (now - 8 * day, Some(now - 8 * day))] {
        sqlx::query("INSERT INTO outbox (created_at, recipient, subject, body, next_attempt_at, sent_at) VALUES ($1, 'a@b.fr', 's', 'https://portal/fr/rendez-vous/secret', $1, $2)")
            .bind(created)
            .bind(sent)
            .execute(&app.pool)
            .await
            .unwrap();
    }
    let config = server::config::Config::from_lookup(|k| match k {
        "DATABASE_URL" => Some("sqlite://unused.db".into()),
        _ => None,
    })
    .unwrap();
    server::chores::once(&app.pool, &config).await.unwrap();
    let ips: Vec<String> = sqlx::query_scalar("SELECT ip FROM audit_log WHERE action = 'booking_cancelled' ORDER BY at").fetch_all(&app.pool).await.unwrap();
    // The 400-day-old entry is gone; anonymous addresses older than 30 days are wiped.
    assert_eq!(ips.len(), 3);
    assert_eq!(ips.iter().filter(|ip| ip.is_empty()).count(), 1, "{ips:?}");
    assert!(ips.contains(&"203.0.113.3".to_owned()), "a staff member's address stays for the retention");
    assert!(ips.contains(&"203.0.113.4".to_owned()), "a recent address stays");
    let unsent: Vec<i64> = sqlx::query_scalar("SELECT created_at FROM outbox WHERE sent_at IS NULL AND subject = 's'").fetch_all(&app.pool).await.unwrap();
    assert_eq!(unsent, vec![now - day], "unsent for a week: dropped");
}

/// Behind one trusted proxy, the client is the entry the proxy added: never an earlier one the
/// client wrote itself, even when the proxy's entry is not an address. IPv6 clients count by
/// their /64 in the booking rate limit.
#[tokio::test]
async fn forwarded_addresses_are_read_exactly_and_ipv6_counts_by_64() {
    let app = equilibre_tests::spawn_app_with(&[("EQUILIBRE_TRUSTED_PROXIES", "1"), ("EQUILIBRE_BOOKING_RATE_PER_MINUTE", "2")]).await;
    let post = |xff: &'static str| {
        app.client.post(app.url("/api/v1/bookings")).header("x-forwarded-for", xff).header("content-type", "application/json").body("{}").send()
    };
    // Three addresses of one /64: the third request is over the limit of two.
    assert_eq!(post("2001:db8:1:2::1").await.unwrap().status(), 422);
    assert_eq!(post("2001:db8:1:2::2").await.unwrap().status(), 422);
    assert_eq!(post("2001:db8:1:2::3").await.unwrap().status(), 429);
    assert_eq!(post("2001:db8:1:3::1").await.unwrap().status(), 422, "another /64");
    // "6.6.6.6" is the client's own claim; the proxy appended "unknown": no guess, the peer.
    for _ in 0..2 {
        post("6.6.6.6, unknown").await.unwrap();
    }
    assert_eq!(post("6.6.6.6").await.unwrap().status(), 422, "6.6.6.6 was never counted");
    assert_eq!(post("127.0.0.1").await.unwrap().status(), 429, "the peer was");
}

/// The language switcher goes to paths of this site only.
#[tokio::test]
async fn the_language_switcher_never_leaves_the_site() {
    let app = spawn_app().await;
    for (next, expected) in [("/en/communes", "/en/communes"), ("/\t/evil.example", "/en"), ("//evil.example", "/en"), ("/\\evil.example", "/en")] {
        let res = app
            .client
            .post(app.url("/langue"))
            .header("origin", &app.base)
            .form(&[("lang", "en"), ("next", next)])
            .send()
            .await
            .unwrap();
        let location = res.headers().get("location").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
        assert_eq!(location, expected, "{next:?}");
    }
}

/// Downloads neutralise cells a spreadsheet would run as formulas; numbers stay numbers.
#[tokio::test]
async fn csv_downloads_neutralise_formulas() {
    let app = spawn_app().await;
    let r = import(
        &app.pool,
        Kind::Quartiers,
        "id;name;insee_code;population;is_qpv\nq-x;\"=HYPERLINK(\"\"http://evil.example\"\";\"\"ici\"\")\";59350;-1;0\n".as_bytes(),
        &OPTS,
        &mut |_, _| {},
    )
    .await
    .unwrap();
    assert!(!r.errors.is_empty(), "a negative population is refused");
    let r = import(
        &app.pool,
        Kind::Quartiers,
        "id;name;insee_code;population;is_qpv\nq-x;\"=HYPERLINK(\"\"http://evil.example\"\";\"\"ici\"\")\";59350;1200;0\nq-y;@SUM(A1);59350;800;0\n".as_bytes(),
        &OPTS,
        &mut |_, _| {},
    )
    .await
    .unwrap();
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let csv = app.get("/fr/communes/59350?format=csv&table=quartiers").await.text().await.unwrap();
    assert!(csv.contains("\"'=HYPERLINK(") && csv.contains(";'@SUM(A1);"), "{csv}");
    assert!(csv.contains(";1200;") && csv.contains(";800;"), "numbers untouched: {csv}");
    // The export reads back as it was.
    let out = server::import::export(&app.pool, Kind::Quartiers).await.unwrap();
    assert!(String::from_utf8_lossy(&out).contains("'@SUM(A1)"));
    let again = import(&app.pool, Kind::Quartiers, &out, &OPTS, &mut |_, _| {}).await.unwrap();
    assert_eq!((again.errors.len(), again.unchanged), (0, 2), "round trip");
}

/// Replacing the second factor needs the current one's code: a stolen session alone cannot
/// swap it for the thief's.
#[tokio::test]
async fn replacing_the_second_factor_needs_the_current_code() {
    use equilibre_tests::staff::{code, csrf_in, secret_in};
    let app = spawn_app().await;
    let admin = sign_in_new(&app, "admin@mel.fr", "admin", &[]).await;
    let old = admin.totp_secret.clone().expect("admins enrol");
    let html = admin.browser.get("/fr/staff/totp").await.text().await.unwrap();
    assert!(html.contains("name=\"current_code\""));
    let new = secret_in(&html);
    let csrf = csrf_in(&html).unwrap();
    let res = admin.browser.post("/fr/staff/totp", &[("code", &code(&new, 0)), ("csrf", &csrf)]).await;
    assert_eq!(res.status(), 422, "without the current code");
    let res = admin.browser.post("/fr/staff/totp", &[("current_code", "000000"), ("code", &code(&new, 0)), ("csrf", &csrf)]).await;
    assert_eq!(res.status(), 422, "with a wrong one");
    let stored: Option<String> = sqlx::query_scalar("SELECT totp_secret FROM users").fetch_one(&app.pool).await.unwrap();
    assert_eq!(stored.as_deref(), Some(old.as_str()), "unchanged");
    // The current code: the code used at enrolment (step 0) is spent, the next one works.
    let res = admin.browser.post("/fr/staff/totp", &[("current_code", &code(&old, 1)), ("code", &code(&new, 0)), ("csrf", &csrf)]).await;
    assert_eq!(res.status(), 303);
    let stored: Option<String> = sqlx::query_scalar("SELECT totp_secret FROM users").fetch_one(&app.pool).await.unwrap();
    assert_eq!(stored.as_deref(), Some(new.as_str()));
}

fn api_booking(site: i64, start: &str, nur: Option<&str>, name: &str, email: &str) -> Value {
    match nur {
        Some(n) => serde_json::json!({"site_id": site, "start": start, "motive": "interview", "nur": n, "registration_date": "2026-11-02", "name": name, "email": email}),
        None => serde_json::json!({"site_id": site, "start": start, "motive": "registration_help", "name": name, "email": email}),
    }
}

/// Whoever knows someone's demand number (their structure is guessable) could book with it and
/// lock its owner out, and the refusal confirmed the number had a booking. Now the owner books
/// too (both flagged for an identity check at the desk), the answer is the same whether or not
/// the number holds a booking, and hoarding stays bounded.
#[tokio::test]
async fn a_demand_number_cannot_be_squatted() {
    use equilibre_tests::reception::{add_site, nur};
    let app = spawn_app().await;
    let site = add_site(&app, &[1, 2, 3, 4, 5], 30, 4).await;
    let number = nur(11, 26, 42);
    let squat = app.post_json("/api/v1/bookings", &api_booking(site, "2027-01-12T09:00:00+01:00", Some(&number), "Jean Martin", "squat@example.org"), "fr").await;
    assert_eq!(squat.status(), 201);
    let owner = app.post_json("/api/v1/bookings", &api_booking(site, "2027-01-12T09:30:00+01:00", Some(&number), "Amina Benali", "amina@example.fr"), "fr").await;
    assert_eq!(owner.status(), 201, "the owner is not locked out");
    let flags: Vec<i64> = sqlx::query_scalar("SELECT identity_check FROM bookings WHERE nur = $1").bind(&number).fetch_all(&app.pool).await.unwrap();
    assert_eq!(flags, vec![1, 1], "both flagged for the desk");
    // A number without a booking answers the same as one with a booking.
    let fresh = app.post_json("/api/v1/bookings", &api_booking(site, "2027-01-12T10:00:00+01:00", Some(&nur(11, 26, 43)), "Lina Haddad", "lina@example.fr"), "fr").await;
    assert_eq!(fresh.status(), 201);
    let flag: i64 = sqlx::query_scalar("SELECT identity_check FROM bookings WHERE nur = $1").bind(nur(11, 26, 43)).fetch_one(&app.pool).await.unwrap();
    assert_eq!(flag, 0);
    // Bounded: a third email for the same number is refused.
    let third = app.post_json("/api/v1/bookings", &api_booking(site, "2027-01-12T10:30:00+01:00", Some(&number), "Paul Durand", "third@example.org"), "fr").await;
    assert_eq!(third.status(), 409);
    assert_eq!(third.json::<Value>().await.unwrap()["error"]["code"], "nur_already_booked");
    // At the desk (identity checked), an agent books for the owner whatever the number holds.
    equilibre_tests::staff::create_user(&app, "agent@ccas.fr", "agent", &[&site.to_string()]).await;
    let agent_id: i64 = sqlx::query_scalar("SELECT id FROM users").fetch_one(&app.pool).await.unwrap();
    let body = api_booking(site, "2027-01-12T11:00:00+01:00", Some(&number), "Amina Benali", "amina@example.fr");
    let today = app::domain::date::Date::parse("2026-12-01").unwrap();
    let valid = app::api::reception::BookingInput::from_json(&body).validate(today, app::i18n::Locale::Fr).unwrap();
    let start = 1799748000; // 2027-01-12T11:00:00+01:00
    let actor = server::audit::Actor { id: Some(agent_id), label: "agent@ccas.fr".into(), ip: String::new() };
    let desk = server::reception::bookings::create(&app.pool, &valid, start, "http://portal.test", Some(&actor), Default::default()).await;
    assert!(desk.is_ok(), "{desk:?}");
}

/// A booking's name is printed in the portal's own emails: it is one line of letters, never a
/// message of its own.
#[tokio::test]
async fn a_booking_name_cannot_carry_a_message() {
    use equilibre_tests::reception::{add_site, nur};
    let app = spawn_app().await;
    let site = add_site(&app, &[1, 2, 3, 4, 5], 30, 4).await;
    for (i, name) in ["Marie\nVOTRE DOSSIER EST SUSPENDU. Appelez le 0899 00 00 00", "Marie www.exemple.fr", &"a".repeat(101)].iter().enumerate() {
        let res = app.post_json("/api/v1/bookings", &api_booking(site, "2027-01-12T09:00:00+01:00", Some(&nur(11, 26, 50 + i as u32)), name, "m@example.fr"), "fr").await;
        assert_eq!(res.status(), 422, "{name:?}");
        let code = res.json::<Value>().await.unwrap()["error"]["fields"]["name"]["code"].clone();
        assert!(code == "invalid_name" || code == "too_large", "{name:?}: {code}");
    }
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM bookings").fetch_one(&app.pool).await.unwrap();
    assert_eq!(count, 0);
    let ok = app.post_json("/api/v1/bookings", &api_booking(site, "2027-01-12T09:00:00+01:00", Some(&nur(11, 26, 60)), "فاطمة الزهراء", "f@example.fr"), "ar").await;
    assert_eq!(ok.status(), 201, "Arabic names are names");
}

/// "Help to register" needs no demand number: one address at the rate limit could fill two
/// months of seats. It is bounded per site and day, so most seats stay for applicants with a
/// demand.
#[tokio::test]
async fn help_to_register_cannot_exhaust_the_seats() {
    use equilibre_tests::reception::add_site;
    let app = equilibre_tests::spawn_app_with(&[("EQUILIBRE_HELP_BOOKINGS_PER_SITE_DAY", "2")]).await;
    let site = add_site(&app, &[1, 2, 3, 4, 5], 30, 4).await;
    for (i, start) in ["2027-01-12T09:00:00+01:00", "2027-01-12T09:30:00+01:00"].iter().enumerate() {
        let res = app.post_json("/api/v1/bookings", &api_booking(site, start, None, "Jean Martin", &format!("h{i}@example.org")), "fr").await;
        assert_eq!(res.status(), 201);
    }
    let res = app.post_json("/api/v1/bookings", &api_booking(site, "2027-01-12T10:00:00+01:00", None, "Jean Martin", "h3@example.org"), "fr").await;
    assert_eq!(res.status(), 409);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "help_full");
    // Another day, and applicants with a demand that day, still book.
    assert_eq!(app.post_json("/api/v1/bookings", &api_booking(site, "2027-01-13T09:00:00+01:00", None, "Jean Martin", "h4@example.org"), "fr").await.status(), 201);
    let with_demand = api_booking(site, "2027-01-12T10:00:00+01:00", Some(&equilibre_tests::reception::nur(11, 26, 70)), "Amina Benali", "a@example.fr");
    assert_eq!(app.post_json("/api/v1/bookings", &with_demand, "fr").await.status(), 201);
}

/// Appends to an import `file` first-access lines of commune `insee` decided on `date`, `counts`
/// of each band (very modest first); each line gets a reference of its own.
fn band_lines(file: &mut String, date: &str, insee: &str, counts: [usize; 4]) {
    for (band, count) in ["tres_modeste", "modeste", "intermediaire", "superieur"].iter().zip(counts) {
        for _ in 0..count {
            let n = file.lines().count();
            file.push_str(&format!("lmh;L-{n};{date};{insee};{band};first_access;0\n"));
        }
    }
}

/// A year is the sum of its semesters: a year's figure beside a semester's hidden one gave it
/// back (year − the other semester). A public year hides what either semester hides.
#[tokio::test]
async fn a_public_year_gives_no_hidden_semester_count_back() {
    let app = spawn_app().await;
    let mut file = format!("{HEADER}\n");
    for (month, counts) in [("03", [4, 20, 20, 20]), ("09", [30, 20, 20, 20])] {
        band_lines(&mut file, &format!("2025-{month}-10"), "59350", counts);
    }
    assert!(load(&app, &file).await.errors.is_empty());
    let app = &app;
    let get = |period: &'static str| async move {
        let b: Value = app.get(&format!("/api/v1/bilan?period={period}&scope=commune:59350")).await.json().await.unwrap();
        b["bands"]["tres_modeste"]["count"].clone()
    };
    assert!(get("2025-S1").await.is_null());
    assert_eq!(get("2025-S2").await, 30);
    assert!(get("2025").await.is_null(), "34 − 30 would give the first semester's 4 back");
    // Staff see it all.
    let admin = sign_in_new(app, "admin@mel.fr", "admin", &[]).await;
    let full: Value = admin.browser.get("/api/v1/bilan?period=2025&scope=commune:59350").await.json().await.unwrap();
    assert_eq!(full["bands"]["tres_modeste"]["count"], 34);
}

/// The current code asked to replace a second factor cannot be tried at will: wrong codes
/// count as sign-in failures, slowed and then locked.
#[tokio::test]
async fn the_current_code_cannot_be_guessed_at_will() {
    use equilibre_tests::staff::{code, csrf_in, secret_in};
    let app = equilibre_tests::spawn_app_with(&[("EQUILIBRE_LOGIN_SLOW_STEP_MS", "1")]).await;
    let admin = sign_in_new(&app, "admin@mel.fr", "admin", &[]).await;
    let html = admin.browser.get("/fr/staff/totp").await.text().await.unwrap();
    let (new, csrf) = (secret_in(&html), csrf_in(&html).unwrap());
    let mut last = 0;
    for _ in 0..12 {
        last = admin.browser.post("/fr/staff/totp", &[("current_code", "000000"), ("code", &code(&new, 0)), ("csrf", &csrf)]).await.status().as_u16();
        if last == 429 {
            break;
        }
    }
    assert_eq!(last, 429, "locked after the account's limit of failures");
    let old = admin.totp_secret.clone().unwrap();
    let res = admin.browser.post("/fr/staff/totp", &[("current_code", &code(&old, 1)), ("code", &code(&new, 0)), ("csrf", &csrf)]).await;
    assert_eq!(res.status(), 429, "even the right code waits for the lock to pass");
}

/// The metropole is the sum of its communes: a commune's hidden count beside the others' shown
/// ones gave it back (metropole − the others). Every public table of a period is judged
/// together: a hidden count never stands alone in a sum, and what is hidden in a sum adds up to
/// at least 11.
#[tokio::test]
async fn the_metropole_less_the_other_communes_gives_no_hidden_count_back() {
    let app = spawn_app().await;
    let mut file = format!("{HEADER}\n");
    for (insee, low) in [("59350", 40), ("59512", 4), ("59599", 25)] {
        band_lines(&mut file, "2025-03-10", insee, [low, 30, 30, 30]);
    }
    assert!(load(&app, &file).await.errors.is_empty());
    let app = &app;
    let count = |scope: &'static str| async move {
        let b: Value = app.get(&format!("/api/v1/bilan?period=2025-S1&scope={scope}")).await.json().await.unwrap();
        b["bands"]["tres_modeste"]["count"].as_u64()
    };
    assert_eq!(count("metropole").await, Some(69));
    assert_eq!(count("commune:59350").await, Some(40));
    assert_eq!(count("commune:59512").await, None, "4 is hidden");
    assert_eq!(count("commune:59599").await, None, "69 − 40 − 25 would give Roubaix's 4 back");
}
