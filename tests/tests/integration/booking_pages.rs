//! The booking pages without JavaScript: plain forms, posted and re-rendered by the server.

use equilibre_tests::reception::{add_site, nur};
use equilibre_tests::staff::{csrf_in, location, Browser};
use equilibre_tests::{spawn_app_with, spawn_app_with_demo};

const NO_LIMIT: (&str, &str) = ("EQUILIBRE_BOOKING_RATE_PER_MINUTE", "1000000");

/// The values of the slot radios of a page.
fn slot_values(html: &str) -> Vec<String> {
    html.split("name=\"slot\" value=\"").skip(1).map(|r| r.split('"').next().unwrap().to_owned()).collect()
}

fn registered_days_ago(days: i64) -> String {
    server::http::today().add_days(-days).to_string()
}

async fn step_two(b: &Browser, nur_value: &str, registered: &str) -> reqwest::Response {
    b.submit("/fr/rendez-vous", "/fr/rendez-vous", &[("motive", "interview"), ("nur", nur_value), ("registration_date", registered), ("commune", "59512")]).await
}

#[tokio::test]
async fn the_directory_lists_and_filters_sites() {
    let app = spawn_app_with_demo(2016).await;
    let html = app.get("/fr/accueil").await.text().await.unwrap();
    assert!(html.contains("CCAS de Roubaix") && html.contains("Relais d'information") && html.contains("de 09:00 à 12:00"));
    let html = app.get("/fr/accueil?commune=59512").await.text().await.unwrap();
    assert!(html.contains("CCAS de Roubaix") && !html.contains("CCAS de Seclin"));
    let html = app.get("/en/accueil?language=tr&step_free=1").await.text().await.unwrap();
    assert!(html.contains("Turkish") && !html.contains("CCAS de Seclin"));
    let html = app.get("/ar/accueil").await.text().await.unwrap();
    assert!(html.contains("احجز موعدًا هنا"));
}

#[tokio::test]
async fn book_move_and_cancel_without_javascript() {
    let app = spawn_app_with(&[NO_LIMIT]).await;
    add_site(&app, &[1, 2, 3, 4, 5], 30, 1).await;
    let b = Browser::new(&app);
    // Step 1 with mistakes: each said, in French, nothing booked.
    let res = b.submit("/fr/rendez-vous", "/fr/rendez-vous", &[("motive", "interview"), ("nur", "12"), ("registration_date", "2999-01-01")]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Le numéro de demande compte 18 caractères") && html.contains("ne peut pas être dans le futur"), "{html}");
    // A date before the number's own month and year (1999 typed for 2019): refused, said why.
    let res = b.submit("/fr/rendez-vous", "/fr/rendez-vous", &[("motive", "interview"), ("nur", &nur(11, 26, 42)), ("registration_date", "1999-11-02")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Cette date est antérieure au mois et à l'année inscrits dans votre numéro de demande"));
    // Step 1 right: the deadline and free slots before it.
    let registered = registered_days_ago(10);
    let number = nur(11, 26, 42);
    let res = step_two(&b, &number, &registered).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(html.contains("Vous pouvez être reçu jusqu'au"), "{html}");
    let slots = slot_values(&html);
    assert!(!slots.is_empty());
    let csrf = csrf_in(&html).unwrap();
    let base = [("motive", "interview"), ("nur", number.as_str()), ("registration_date", registered.as_str()), ("commune", "59512"), ("csrf", csrf.as_str())];
    // Step 2 without consent, or with the honeypot filled: refused.
    let mut pairs = base.to_vec();
    pairs.extend([("slot", slots[0].as_str()), ("name", "Marcel Dupuis"), ("email", "niece@example.fr")]);
    let res = b.post("/fr/rendez-vous/confirmer", &pairs).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Cochez la case"));
    let mut bot = pairs.clone();
    bot.extend([("consent", "1"), ("website", "http://spam.example")]);
    assert_eq!(b.post("/fr/rendez-vous/confirmer", &bot).await.status(), 422);
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM bookings").fetch_one(&app.pool).await.unwrap();
    assert_eq!(rows, 0);
    // Booked: to the owner's page, which says so.
    pairs.push(("consent", "1"));
    let res = b.post("/fr/rendez-vous/confirmer", &pairs).await;
    assert_eq!(res.status(), 303);
    let page = location(&res);
    assert!(page.starts_with("/fr/rendez-vous/") && page.ends_with("?fait=reserve"), "{page}");
    assert!(!page.contains(&number) && !page.contains("Marcel"), "nothing personal in the URL");
    let res = b.get(&page).await;
    assert_eq!(res.headers()["cache-control"], "no-store");
    let html = res.text().await.unwrap();
    assert!(html.contains("Votre rendez-vous est réservé") && html.contains("Confirmé") && html.contains("dans votre délai de deux mois"));
    // The same demand number and email again: told so, with where to manage it.
    let html2 = step_two(&b, &number, &registered).await.text().await.unwrap();
    let mut again = base.to_vec();
    let csrf2 = csrf_in(&html2).unwrap();
    again.retain(|(k, _)| *k != "csrf");
    again.extend([("csrf", csrf2.as_str()), ("slot", slots[1].as_str()), ("name", "Marcel Dupuis"), ("email", "niece@example.fr"), ("consent", "1")]);
    let res = b.post("/fr/rendez-vous/confirmer", &again).await;
    assert_eq!(res.status(), 409);
    assert!(res.text().await.unwrap().contains("Ce numéro de demande a déjà un rendez-vous avec cette adresse"));
    // Move with the page's own form.
    let manage = page.trim_end_matches("?fait=reserve").to_owned();
    let moves = slot_values(&html);
    assert!(!moves.is_empty());
    let res = b.submit(&manage, &format!("{manage}/deplacer"), &[("slot", moves[0].as_str())]).await;
    assert_eq!(location(&res), format!("{manage}?fait=deplace"));
    let start: i64 = sqlx::query_scalar("SELECT start_at FROM bookings").fetch_one(&app.pool).await.unwrap();
    assert_eq!(start.to_string(), moves[0].split(':').nth(1).unwrap());
    // Cancel.
    let res = b.submit(&manage, &format!("{manage}/annuler"), &[("reason", "Plus besoin")]).await;
    assert_eq!(location(&res), format!("{manage}?fait=annule"));
    let html = b.get(&manage).await.text().await.unwrap();
    assert!(html.contains("Annulé") && html.contains("Prendre un nouveau rendez-vous"));
    // A cancelled booking is no appointment: no deadline note, no papers to bring.
    assert!(!html.contains("dans votre délai de deux mois") && !html.contains("Apportez une pièce d'identité"), "{html}");
    // A forged form changes nothing.
    assert_eq!(b.post(&format!("{manage}/annuler"), &[("csrf", "forged")]).await.status(), 403);
    assert_eq!(b.get("/fr/rendez-vous/not-a-token").await.status(), 404);
}

#[tokio::test]
async fn a_passed_deadline_is_said_and_later_slots_offered() {
    let app = spawn_app_with(&[NO_LIMIT]).await;
    add_site(&app, &[1, 2, 3, 4, 5], 30, 1).await;
    let b = Browser::new(&app);
    let html = step_two(&b, &nur(8, 26, 1), &registered_days_ago(75)).await.text().await.unwrap();
    assert!(html.contains("Le délai de deux mois après l'enregistrement de votre demande est dépassé"), "{html}");
    assert!(!html.contains("Aucun créneau n'est libre avant la fin de votre délai"), "a passed deadline is said once, truly");
    assert!(!slot_values(&html).is_empty(), "the earliest slots are still offered");
}

#[tokio::test]
async fn the_loser_of_a_race_gets_the_next_free_slots() {
    let app = spawn_app_with(&[NO_LIMIT]).await;
    add_site(&app, &[1, 2, 3, 4, 5], 30, 1).await;
    let (a, b) = (Browser::new(&app), Browser::new(&app));
    let registered = registered_days_ago(5);
    let ha = step_two(&a, &nur(11, 26, 1), &registered).await.text().await.unwrap();
    let hb = step_two(&b, &nur(11, 26, 2), &registered).await.text().await.unwrap();
    let slot = slot_values(&ha)[0].clone();
    for (browser, html, n, expected) in [(&a, &ha, nur(11, 26, 1), 303), (&b, &hb, nur(11, 26, 2), 409)] {
        let csrf = csrf_in(html).unwrap();
        let pairs = [("motive", "interview"), ("nur", n.as_str()), ("registration_date", registered.as_str()), ("commune", "59512"), ("csrf", csrf.as_str()),
            ("slot", slot.as_str()), ("name", "X Y"), ("email", "x@example.fr"), ("consent", "1")];
        let res = browser.post("/fr/rendez-vous/confirmer", &pairs).await;
        assert_eq!(res.status(), expected);
        if expected == 409 {
            let html = res.text().await.unwrap();
            assert!(html.contains("Ce créneau vient d'être pris"));
            assert!(!slot_values(&html).contains(&slot), "the taken slot is no longer offered");
            assert!(!slot_values(&html).is_empty());
        }
    }
}

#[tokio::test]
async fn reminders_go_once_and_old_bookings_are_purged() {
    let app = spawn_app_with(&[NO_LIMIT]).await;
    let site = add_site(&app, &[1, 2, 3, 4, 5, 6, 7], 30, 1).await;
    let now = server::clock::now();
    for (id, start, created, purge) in [(1, now + 40 * 3600, now - 86_400 * 5, now + 86_400), (2, now + 100 * 3600, now - 86_400, now + 86_400), (3, now - 86_400 * 400, now - 86_400 * 410, now - 1)] {
        sqlx::query(
            "INSERT INTO bookings (id, site_id, start_at, end_at, local_date, local_start, seat, motive, name, email, token_hash, created_at, changed_at, purge_after) \
             VALUES ($1, $2, $3, $4, '2026-12-02', 540, 1, 'registration_help', 'N', 'n@example.fr', $5, $6, $7, $8)",
        )
        .bind(id)
        .bind(site)
        .bind(start)
        .bind(start + 1800)
        .bind(format!("hash{id}"))
        .bind(created)
        .bind(created)
        .bind(purge)
        .execute(&app.pool)
        .await
        .unwrap();
    }
    // A message sent 31 days ago: only its envelope was left, and now not even that.
    sqlx::query("INSERT INTO outbox (created_at, recipient, subject, body, next_attempt_at, sent_at) VALUES ($1, 'a@b.fr', 'old', '', 0, $2)")
        .bind(now - 31 * 86_400)
        .bind(now - 31 * 86_400)
        .execute(&app.pool)
        .await
        .unwrap();
    let config = server::config::Config::from_lookup(|_| None).unwrap();
    server::chores::once(&app.pool, &config).await.unwrap();
    server::chores::once(&app.pool, &config).await.unwrap();
    let reminders: Vec<String> = sqlx::query_scalar("SELECT subject FROM outbox").fetch_all(&app.pool).await.unwrap();
    assert_eq!(reminders.len(), 1, "{reminders:?}");
    assert!(reminders[0].starts_with("Rappel"));
    let left: Vec<i64> = sqlx::query_scalar("SELECT id FROM bookings ORDER BY id").fetch_all(&app.pool).await.unwrap();
    assert_eq!(left, vec![1, 2], "the booking past its retention is gone");
}
