//! Staff access: accounts, one-time links, sign-in, second factor, sessions, CSRF, throttling,
//! the authorization matrix, the audit trail, uploads and emails.

use equilibre_tests::smtp::{plain_text, MailServer};
use equilibre_tests::staff::{self, csrf_in, location, sign_in_new, Browser, PASSWORD};
use equilibre_tests::{spawn_app, spawn_app_with};

async fn audit_actions(app: &equilibre_tests::TestApp) -> Vec<String> {
    sqlx::query_scalar("SELECT action FROM audit_log ORDER BY id").fetch_all(&app.pool).await.unwrap()
}

#[tokio::test]
async fn one_time_link_sets_a_strong_password_once() {
    let app = spawn_app().await;
    let link = staff::create_user(&app, "marie@ville-roubaix.fr", "commune", &["59512"]).await;
    let b = Browser::new(&app);
    let page = b.get(&link).await;
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers()["cache-control"], "no-store");
    assert_eq!(page.headers()["referrer-policy"], "same-origin");
    // Weak, too short, mismatched: refused with the reason, nothing saved.
    for (pw, pw2, message) in [
        ("123456789012", "123456789012", "trop facile à deviner"),
        ("court", "court", "au moins 12 caractères"),
        (PASSWORD, "autre chose encore", "ne sont pas identiques"),
    ] {
        let res = b.submit(&link, &link, &[("password", pw), ("password2", pw2)]).await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains(message), "{message}");
    }
    let hash: Option<String> = sqlx::query_scalar("SELECT password_hash FROM users").fetch_one(&app.pool).await.unwrap();
    assert!(hash.is_none());
    let res = b.submit(&link, &link, &[("password", PASSWORD), ("password2", PASSWORD)]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/fr/staff/login?done=password");
    let hash: String = sqlx::query_scalar("SELECT password_hash FROM users").fetch_one(&app.pool).await.unwrap();
    assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    // Reuse: the link is spent.
    let again = b.get(&link).await;
    assert_eq!(again.status(), 410);
    assert!(again.text().await.unwrap().contains("Ce lien n'est plus valable"));
    let res = b.post(&link, &[("password", "Un autre mot de passe solide"), ("password2", "Un autre mot de passe solide"), ("csrf", "x")]).await;
    assert_eq!(res.status(), 403, "no pre-session token match");
    // Expiry: a fresh link that is past its time does not work.
    let link2 = staff::create_user(&app, "paul@ville-roubaix.fr", "commune", &["59512"]).await;
    sqlx::query("UPDATE one_time_tokens SET expires_at = 0 WHERE used_at IS NULL").execute(&app.pool).await.unwrap();
    assert_eq!(b.get(&link2).await.status(), 410);
}

#[tokio::test]
async fn sign_in_rotates_the_session_and_sets_a_safe_cookie() {
    let app = spawn_app().await;
    let site = equilibre_tests::reception::add_site(&app, &[2], 30, 1).await.to_string();
    let s = sign_in_new(&app, "agent@ccas-lille.fr", "agent", &[&site]).await;
    // Anonymous: sent to sign-in.
    let anon = Browser::new(&app);
    let res = anon.get("/fr/staff").await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/fr/staff/login");
    // Wrong password: translated message, 401.
    let res = anon.login("agent@ccas-lille.fr", "pas le bon mot de passe").await;
    assert_eq!(res.status(), 401);
    assert!(res.text().await.unwrap().contains("Adresse électronique ou mot de passe incorrect"));
    let res = anon.submit("/en/staff/login", "/en/staff/login", &[("email", "nobody@x.fr"), ("password", "whatever at all")]).await;
    assert!(res.text().await.unwrap().contains("Wrong email address or password"));
    // The cookie: HttpOnly, SameSite, not Secure over plain HTTP, no prefix.
    let b = Browser::new(&app);
    let res = b.login(&s.email, PASSWORD).await;
    assert_eq!(res.status(), 303);
    let cookie = res.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).find(|c| c.starts_with("equilibre-session=")).unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"), "{cookie}");
    let first = cookie.split(';').next().unwrap().trim_start_matches("equilibre-session=").to_owned();
    assert!(first.len() >= 43, "256-bit id");
    // Session fixation: signing in again from the same browser yields a new id, the old one dies.
    let res = b.login(&s.email, PASSWORD).await;
    let cookie = res.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).find(|c| c.starts_with("equilibre-session=")).unwrap();
    let second = cookie.split(';').next().unwrap().trim_start_matches("equilibre-session=").to_owned();
    assert_ne!(first, second);
    let planted = app.client.get(app.url("/fr/staff")).header("cookie", format!("equilibre-session={first}")).send().await.unwrap();
    assert_eq!(planted.status(), 303, "the old id no longer opens a session");
    let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM sessions WHERE id_hash = $1").bind(&first).fetch_one(&app.pool).await.unwrap();
    assert_eq!(stored, 0, "ids are stored hashed");
    let actions = audit_actions(&app).await;
    assert!(actions.contains(&"login".to_owned()) && actions.contains(&"login_failed".to_owned()));
}

#[tokio::test]
async fn sessions_expire_when_idle_and_after_twelve_hours() {
    let app = spawn_app().await;
    let s = sign_in_new(&app, "c@lille.fr", "commune", &["59350"]).await;
    let now = server::clock::now();
    sqlx::query("UPDATE sessions SET last_seen_at = $1").bind(now - 31 * 60).execute(&app.pool).await.unwrap();
    let res = s.browser.get("/fr/staff").await;
    assert_eq!(res.status(), 303, "idle for 31 minutes");
    let res = s.browser.login(&s.email, PASSWORD).await;
    assert_eq!(res.status(), 303);
    assert_eq!(s.browser.get("/fr/staff").await.status(), 200);
    // Active all along, but opened 12 h 1 min ago.
    sqlx::query("UPDATE sessions SET created_at = $1, last_seen_at = $2").bind(now - 12 * 3600 - 60).bind(now).execute(&app.pool).await.unwrap();
    assert_eq!(s.browser.get("/fr/staff").await.status(), 303, "absolute timeout");
    // 29 minutes idle is fine.
    s.browser.login(&s.email, PASSWORD).await;
    sqlx::query("UPDATE sessions SET last_seen_at = $1").bind(now - 29 * 60).execute(&app.pool).await.unwrap();
    assert_eq!(s.browser.get("/fr/staff").await.status(), 200);
    // Housekeeping removes what expired without a visit, and keeps live sessions.
    let older: String = sqlx::query_scalar("SELECT id_hash FROM sessions").fetch_one(&app.pool).await.unwrap();
    let other = Browser::new(&app);
    other.login(&s.email, PASSWORD).await;
    // The first browser's session goes stale without a visit.
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2").bind(now - 3600).bind(&older).execute(&app.pool).await.unwrap();
    let config = server::config::Config::from_lookup(|_| None).unwrap();
    server::chores::once(&app.pool, &config).await.unwrap();
    let left: i64 = sqlx::query_scalar("SELECT count(*) FROM sessions").fetch_one(&app.pool).await.unwrap();
    assert_eq!(left, 1);
    assert_eq!(other.get("/fr/staff").await.status(), 200);
}

#[tokio::test]
async fn forms_without_the_right_token_change_nothing() {
    let app = spawn_app().await;
    let s = sign_in_new(&app, "c@lille.fr", "commune", &["59350"]).await;
    // Logout without a token, or with another session's token: refused, still signed in.
    for token in ["", "forged"] {
        let res = s.browser.post("/fr/staff/logout", &[("csrf", token)]).await;
        assert_eq!(res.status(), 403);
        assert!(res.text().await.unwrap().contains("Ce formulaire a expiré"));
        assert_eq!(s.browser.get("/fr/staff").await.status(), 200);
    }
    // Sign-in without the pre-session cookie's token.
    let b = Browser::new(&app);
    let res = b.post("/fr/staff/login", &[("email", "c@lille.fr"), ("password", PASSWORD), ("csrf", "x")]).await;
    assert_eq!(res.status(), 403);
    // From another site: refused by the Origin check even with the token.
    let csrf = s.browser.csrf("/fr/staff").await;
    let res = s.browser.client.post(app.url("/fr/staff/logout")).header("origin", "https://evil.example").form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(s.browser.get("/fr/staff").await.status(), 200);
    // No state change behind GET.
    assert_eq!(s.browser.get("/fr/staff/logout").await.status(), 405);
    // The right token works.
    let res = s.browser.post("/fr/staff/logout", &[("csrf", &csrf)]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(s.browser.get("/fr/staff").await.status(), 303);
}

#[tokio::test]
async fn failed_sign_ins_slow_down_then_lock_the_account() {
    let app = spawn_app_with(&[("EQUILIBRE_LOGIN_SLOW_STEP_MS", "1")]).await;
    let link = staff::create_user(&app, "c@lille.fr", "commune", &["59350"]).await;
    let b = Browser::new(&app);
    b.submit(&link, &link, &[("password", PASSWORD), ("password2", PASSWORD)]).await;
    for _ in 0..10 {
        assert_eq!(b.login("c@lille.fr", "mauvais mot de passe").await.status(), 401);
    }
    // Locked now, even with the right password; the message says for how long.
    let res = b.login("c@lille.fr", PASSWORD).await;
    assert_eq!(res.status(), 429);
    let html = res.text().await.unwrap();
    assert!(html.contains("Trop de tentatives de connexion. Réessayez dans 15 minute(s)."), "{html}");
    assert!(audit_actions(&app).await.contains(&"login_locked".to_owned()));
    // Counts are in the database: once the window has passed, sign-in works again.
    sqlx::query("UPDATE auth_failures SET at = at - 16 * 60").execute(&app.pool).await.unwrap();
    assert_eq!(b.login("c@lille.fr", PASSWORD).await.status(), 303);
    // The audit trail never holds a password.
    let details: Vec<String> = sqlx::query_scalar("SELECT actor || target || detail FROM audit_log").fetch_all(&app.pool).await.unwrap();
    assert!(details.iter().all(|d| !d.contains("mauvais") && !d.contains("Tuiles")));
}

#[tokio::test]
async fn failures_from_one_address_lock_it_across_accounts() {
    let app = spawn_app_with(&[("EQUILIBRE_LOGIN_IP_LIMIT", "5"), ("EQUILIBRE_LOGIN_SLOW_STEP_MS", "1")]).await;
    let b = Browser::new(&app);
    for i in 0..5 {
        assert_eq!(b.login(&format!("u{i}@lille.fr"), "mauvais mot de passe").await.status(), 401);
    }
    assert_eq!(b.login("someone-else@lille.fr", "mauvais mot de passe").await.status(), 429);
}

#[tokio::test]
async fn admins_must_enrol_a_second_factor_and_use_it() {
    let app = spawn_app().await;
    let link = staff::create_user(&app, "admin@lillemetropole.fr", "admin", &[]).await;
    let b = Browser::new(&app);
    b.submit(&link, &link, &[("password", PASSWORD), ("password2", PASSWORD)]).await;
    let res = b.login("admin@lillemetropole.fr", PASSWORD).await;
    assert_eq!(location(&res), "/fr/staff/totp");
    // No way around enrolment.
    assert_eq!(location(&b.get("/fr/staff").await), "/fr/staff/totp");
    assert_eq!(location(&b.get("/fr/staff/users").await), "/fr/staff/totp");
    let html = b.get("/fr/staff/totp").await.text().await.unwrap();
    let secret = staff::secret_in(&html);
    assert_eq!(secret.len(), 32, "160-bit secret");
    assert!(html.contains("otpauth://totp/"));
    let csrf = csrf_in(&html).unwrap();
    let res = b.post("/fr/staff/totp", &[("code", "000000"), ("csrf", &csrf)]).await;
    assert_eq!(res.status(), 422);
    let res = b.post("/fr/staff/totp", &[("code", &staff::code(&secret, 0)), ("csrf", &csrf)]).await;
    assert_eq!(location(&res), "/fr/staff");
    assert_eq!(b.get("/fr/staff/users").await.status(), 200);
    // Next sign-in asks for a code; a wrong one is refused, a used one too, a new one works.
    let b2 = Browser::new(&app);
    let res = b2.login("admin@lillemetropole.fr", PASSWORD).await;
    assert_eq!(location(&res), "/fr/staff/login/code");
    assert_eq!(location(&b2.get("/fr/staff").await), "/fr/staff/login/code");
    let wrong = b2.submit("/fr/staff/login/code", "/fr/staff/login/code", &[("code", "123456")]).await;
    assert_eq!(wrong.status(), 401);
    assert!(wrong.text().await.unwrap().contains("Ce code n'est pas valide"));
    let replay = b2.submit("/fr/staff/login/code", "/fr/staff/login/code", &[("code", &staff::code(&secret, 0))]).await;
    assert_eq!(replay.status(), 401, "the enrolment code cannot be used again");
    let ok = b2.submit("/fr/staff/login/code", "/fr/staff/login/code", &[("code", &staff::code(&secret, 1))]).await;
    assert_eq!(location(&ok), "/fr/staff");
    assert_eq!(b2.get("/fr/staff").await.status(), 200);
    let actions = audit_actions(&app).await;
    assert!(actions.contains(&"totp_enabled".to_owned()) && actions.contains(&"login_code_failed".to_owned()));
}

#[tokio::test]
async fn optional_second_factor_for_other_roles() {
    let app = spawn_app().await;
    let s = sign_in_new(&app, "c@lille.fr", "commune", &["59350"]).await;
    assert!(s.browser.get("/fr/staff").await.text().await.unwrap().contains("n'est pas activée"));
    let html = s.browser.get("/fr/staff/totp").await.text().await.unwrap();
    let secret = staff::secret_in(&html);
    let res = s.browser.post("/fr/staff/totp", &[("code", &staff::code(&secret, 0)), ("csrf", &csrf_in(&html).unwrap())]).await;
    assert_eq!(res.status(), 303);
    let b = Browser::new(&app);
    assert_eq!(location(&b.login("c@lille.fr", PASSWORD).await), "/fr/staff/login/code");
}

/// Every staff route × every role and scope: allowed (200/303) or denied (403), and
/// anonymous visitors sent to sign-in.
#[tokio::test]
async fn authorization_matrix() {
    let app = spawn_app().await;
    let own = equilibre_tests::reception::add_site(&app, &[2], 30, 1).await;
    let other = equilibre_tests::reception::add_site(&app, &[3], 30, 1).await;
    let admin = sign_in_new(&app, "admin@mel.fr", "admin", &[]).await;
    let commune = sign_in_new(&app, "roubaix@ville.fr", "commune", &["59512"]).await;
    let agent = sign_in_new(&app, "agent@ccas.fr", "agent", &[&own.to_string()]).await;
    let landlord_id: String = sqlx::query_scalar("SELECT id FROM landlords ORDER BY id LIMIT 1").fetch_one(&app.pool).await.unwrap();
    let landlord = sign_in_new(&app, "bailleur@bailleur.fr", "landlord", &[&landlord_id]).await;
    let other_landlord: String = sqlx::query_scalar("SELECT id FROM landlords WHERE id <> $1 ORDER BY id LIMIT 1").bind(&landlord_id).fetch_one(&app.pool).await.unwrap();
    let anon = Browser::new(&app);
    // (path, admin, commune, agent, landlord)
    let gets: Vec<(String, u16, u16, u16, u16)> = vec![
        ("/fr/staff".into(), 200, 200, 200, 200),
        ("/fr/staff/users".into(), 200, 403, 403, 403),
        ("/fr/staff/audit".into(), 200, 403, 403, 403),
        ("/fr/staff/imports".into(), 200, 403, 403, 403),
        ("/fr/staff/communes/59512".into(), 200, 200, 403, 403),
        // A commune user asking for another commune.
        ("/fr/staff/communes/59350".into(), 200, 403, 403, 403),
        ("/fr/staff/communes/99999".into(), 404, 403, 403, 403),
        ("/fr/staff/sites".into(), 200, 403, 200, 403),
        (format!("/fr/staff/sites/{own}"), 200, 403, 200, 403),
        // An agent asking for another site.
        (format!("/fr/staff/sites/{other}"), 200, 403, 403, 403),
        (format!("/fr/staff/sites/{other}/schedule"), 200, 403, 403, 403),
        (format!("/fr/staff/sites/{other}/book"), 200, 403, 403, 403),
        (format!("/fr/staff/sites/{own}/schedule"), 200, 403, 200, 403),
        ("/fr/staff/deadline".into(), 200, 200, 200, 403),
        // The quota engine's views: each role its own scope (bilan, dashboard, register).
        ("/fr/staff/bilan".into(), 200, 200, 403, 200),
        ("/fr/staff/bilan?scope=commune:59512".into(), 200, 200, 403, 403),
        ("/fr/staff/bilan?scope=commune:59350".into(), 200, 403, 403, 403),
        (format!("/fr/staff/bilan?scope=landlord:{landlord_id}"), 200, 403, 403, 200),
        (format!("/fr/staff/bilan?scope=landlord:{other_landlord}"), 200, 403, 403, 403),
        ("/fr/staff/dashboard".into(), 200, 200, 403, 200),
        ("/fr/staff/register".into(), 200, 200, 403, 200),
        ("/fr/staff/register/new".into(), 200, 200, 403, 200),
    ];
    for (path, a, c, g, l) in &gets {
        let path = path.as_str();
        for (who, expected) in [(&admin, *a), (&commune, *c), (&agent, *g), (&landlord, *l)] {
            let res = who.browser.get(path).await;
            assert_eq!(res.status().as_u16(), expected, "{} GET {path}", who.email);
            assert_eq!(res.headers()["cache-control"], "no-store", "{path}");
        }
        let res = anon.get(path).await;
        assert_eq!((res.status().as_u16(), location(&res).as_str()), (303, "/fr/staff/login"), "anonymous GET {path}");
    }
    // An agent cannot change another site's schedule.
    let res = agent.browser.submit("/fr/staff", &format!("/fr/staff/sites/{other}/schedule/closures"), &[("from", "2027-01-01"), ("to", "2027-01-02"), ("reason", "x")]).await;
    assert_eq!(res.status(), 403);
    let closures: i64 = sqlx::query_scalar("SELECT count(*) FROM site_closures").fetch_one(&app.pool).await.unwrap();
    assert_eq!(closures, 0);
    // Denied pages say why, in the page's language.
    let body = commune.browser.get("/en/staff/users").await.text().await.unwrap();
    assert!(body.contains("Your account does not have access to this resource."));
    // State-changing routes: only admins, each with a valid token of their own session.
    let target: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = 'agent@ccas.fr'").fetch_one(&app.pool).await.unwrap();
    let posts = [
        ("/fr/staff/users".to_owned(), vec![("name", "New"), ("email", "new@lille.fr"), ("role", "commune"), ("scope", "59350")]),
        (format!("/fr/staff/users/{target}/link"), vec![]),
    ];
    for (path, pairs) in &posts {
        for who in [&commune, &agent, &landlord] {
            let res = who.browser.submit("/fr/staff", path, pairs).await;
            assert_eq!(res.status(), 403, "{} POST {path}", who.email);
        }
        let res = anon.post(path, pairs).await;
        assert_eq!(res.status(), 303, "anonymous POST {path}");
        let res = admin.browser.submit("/fr/staff/users", path, pairs).await;
        assert_eq!(res.status(), 303, "admin POST {path}");
    }
    // The register: an agent may not enter attributions; commune staff not for another commune.
    let entry = [("reference", "X-1"), ("decided_on", "2026-11-02"), ("insee_code", "59350"), ("landlord_id", landlord_id.as_str()), ("kind", "first_access")];
    assert_eq!(agent.browser.submit("/fr/staff", "/fr/staff/register/new", &entry).await.status(), 403);
    assert_eq!(commune.browser.submit("/fr/staff", "/fr/staff/register/new", &entry).await.status(), 422);
    assert_eq!(landlord.browser.submit("/fr/staff", "/fr/staff/register/new", &entry).await.status(), 303, "a landlord enters its own");
    let entered: Vec<String> = sqlx::query_scalar("SELECT reference FROM attributions").fetch_all(&app.pool).await.unwrap();
    assert_eq!(entered, vec!["X-1".to_owned()]);
    let created: i64 = sqlx::query_scalar("SELECT count(*) FROM users WHERE email = 'new@lille.fr'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(created, 1, "only the admin's request created the account");
    // The data layer filters too: a commune principal gets nothing for another commune.
    let p = server::auth::users::principal(&app.pool, commune_id(&app).await).await.unwrap().unwrap();
    assert!(server::indicators::monthly(&app.pool, &p, "59350").await.unwrap().is_none());
    assert!(server::indicators::monthly(&app.pool, &p, "59512").await.unwrap().is_some());
}

async fn commune_id(app: &equilibre_tests::TestApp) -> i64 {
    sqlx::query_scalar("SELECT id FROM users WHERE email = 'roubaix@ville.fr'").fetch_one(&app.pool).await.unwrap()
}

#[tokio::test]
async fn admins_manage_accounts_and_disabling_ends_sessions() {
    let smtp = MailServer::start().await;
    let app = spawn_app_with(&[("EQUILIBRE_SMTP_URL", &smtp.url()), ("EQUILIBRE_PUBLIC_URL", "http://portal.test")]).await;
    let admin = sign_in_new(&app, "admin@mel.fr", "admin", &[]).await;
    // Invalid input: translated errors, nothing created.
    let res = admin.browser.submit("/fr/staff/users", "/fr/staff/users", &[("name", ""), ("email", "pas-une-adresse"), ("role", "commune"), ("scope", "")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Saisissez une adresse électronique valide"));
    let res = admin.browser.submit("/fr/staff/users", "/fr/staff/users", &[("name", "Léa"), ("email", "lea@tourcoing.fr"), ("role", "commune"), ("scope", "00000")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Un des codes saisis n'existe pas"));
    let res = admin.browser.submit("/fr/staff/users", "/fr/staff/users", &[("name", "Léa"), ("email", "lea@tourcoing.fr"), ("role", "commune"), ("scope", "")]).await;
    assert!(res.text().await.unwrap().contains("Ce rôle demande au moins une commune"));
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM users").fetch_one(&app.pool).await.unwrap();
    assert_eq!(n, 1);
    // Created: the one-time link arrives by email (a real SMTP conversation) and works.
    let res = admin.browser.submit("/fr/staff/users", "/fr/staff/users", &[("name", "Léa Martin"), ("email", "Lea@Tourcoing.fr"), ("role", "commune"), ("scope", "59599")]).await;
    assert_eq!(location(&res), "/fr/staff/users?done=created");
    // (The admin's own activation email is the other one.)
    let mails = smtp.wait_for(2, 10).await;
    let mail = mails.iter().find(|m| m.to == ["lea@tourcoing.fr"]).expect("Léa's email");
    let text = plain_text(&mail.data);
    assert!(text.contains("Bonjour Léa Martin"), "{text}");
    let link = text.split_whitespace().find(|w| w.starts_with("http://portal.test/fr/staff/password/")).expect("link in the email");
    let lea = Browser::new(&app);
    let path = staff::link_path(link);
    assert_eq!(lea.submit(&path, &path, &[("password", PASSWORD), ("password2", PASSWORD)]).await.status(), 303);
    assert_eq!(lea.login("lea@tourcoing.fr", PASSWORD).await.status(), 303);
    assert_eq!(lea.get("/fr/staff").await.status(), 200);
    // The sent message's body is wiped from the outbox.
    let bodies: Vec<String> = sqlx::query_scalar("SELECT body FROM outbox WHERE sent_at IS NOT NULL").fetch_all(&app.pool).await.unwrap();
    assert!(bodies.len() == 2 && bodies.iter().all(String::is_empty));
    // Disabling ends her session at once and refuses new sign-ins.
    let id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = 'lea@tourcoing.fr'").fetch_one(&app.pool).await.unwrap();
    let res = admin.browser.submit("/fr/staff/users", &format!("/fr/staff/users/{id}/disable"), &[]).await;
    assert_eq!(location(&res), "/fr/staff/users?done=disabled");
    assert_eq!(lea.get("/fr/staff").await.status(), 303);
    assert_eq!(lea.login("lea@tourcoing.fr", PASSWORD).await.status(), 401);
    // An admin cannot disable themself.
    let me: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = 'admin@mel.fr'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(admin.browser.submit("/fr/staff/users", &format!("/fr/staff/users/{me}/disable"), &[]).await.status(), 403);
    // Sign out everywhere.
    let other = Browser::new(&app);
    other.login("admin@mel.fr", PASSWORD).await;
    let res = other.submit("/fr/staff/login/code", "/fr/staff/login/code", &[("code", &staff::code(admin.totp_secret.as_deref().unwrap(), 1))]).await;
    assert_eq!(location(&res), "/fr/staff");
    admin.browser.submit("/fr/staff", "/fr/staff/logout-everywhere", &[]).await;
    assert_eq!(other.get("/fr/staff").await.status(), 303);
    // The trail, filterable by action.
    let html = admin_again(&app, admin.totp_secret.as_deref().unwrap()).await.get("/fr/staff/audit?action=user_disabled").await.text().await.unwrap();
    assert!(html.contains("lea@tourcoing.fr") && html.contains("1 événement"), "{html}");
}

async fn admin_again(app: &equilibre_tests::TestApp, secret: &str) -> Browser {
    // Codes work once per 30-second step; this test already used the steps in reach.
    sqlx::query("UPDATE users SET totp_last_step = NULL").execute(&app.pool).await.unwrap();
    let b = Browser::new(app);
    b.login("admin@mel.fr", PASSWORD).await;
    let res = b.submit("/fr/staff/login/code", "/fr/staff/login/code", &[("code", &staff::code(secret, 1))]).await;
    assert_eq!(location(&res), "/fr/staff", "admin signs in again");
    b
}

#[tokio::test]
async fn admins_upload_imports_all_or_nothing() {
    let app = spawn_app().await;
    let admin = sign_in_new(&app, "admin@mel.fr", "admin", &[]).await;
    let csrf = admin.browser.csrf("/fr/staff/imports").await;
    let upload = |kind: &str, body: &str, csrf: &str| {
        let form = reqwest::multipart::Form::new()
            .text("csrf", csrf.to_owned())
            .text("kind", kind.to_owned())
            .part("file", reqwest::multipart::Part::bytes(body.as_bytes().to_vec()).file_name("quartiers.csv"))
            .text("as_of", "2026-01-01");
        admin.browser.client.post(app.url("/fr/staff/imports")).header("origin", &app.base).multipart(form).send()
    };
    let bad = "id;name;insee_code;population;qpv\nQ1;Alma;59512;1200;oui\nQ2;Nulle part;99999;10;non\n";
    let res = upload("quartiers", bad, &csrf).await.unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Fichier refusé"), "{html}");
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM quartiers").fetch_one(&app.pool).await.unwrap();
    assert_eq!(n, 0, "nothing written");
    let good = "id;name;insee_code;population;qpv\nQ1;Alma;59512;1200;oui\n";
    let res = upload("quartiers", good, "forged").await.unwrap();
    assert_eq!(res.status(), 403);
    let res = upload("quartiers", good, &csrf).await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("Import terminé"));
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM quartiers").fetch_one(&app.pool).await.unwrap();
    assert_eq!(n, 1);
    let actions = audit_actions(&app).await;
    assert!(actions.contains(&"import".to_owned()) && actions.contains(&"import_refused".to_owned()));
}
