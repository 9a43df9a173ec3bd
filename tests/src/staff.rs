//! Staff sessions in tests: a "browser" that keeps cookies, reads CSRF tokens from forms and
//! goes through the real sign-in pages.

use crate::TestApp;
use server::audit::Actor;
use server::auth::{totp, users};

pub const PASSWORD: &str = "Tuiles rouges sur la Grand-Place";

pub struct Browser {
    pub client: reqwest::Client,
    pub base: String,
}

/// The value of the first `name="csrf"` field of a page.
pub fn csrf_in(html: &str) -> Option<String> {
    let rest = html.split("name=\"csrf\" value=\"").nth(1)?;
    Some(rest.split('"').next()?.to_owned())
}

impl Browser {
    pub fn new(app: &TestApp) -> Browser {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Browser { client, base: app.base.clone() }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.base)).send().await.expect("GET")
    }

    /// Posts a form as a browser on this site would (same Origin).
    pub async fn post(&self, path: &str, pairs: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.base))
            .header("origin", &self.base)
            .form(pairs)
            .send()
            .await
            .expect("POST")
    }

    /// The CSRF token of the form on `page`.
    pub async fn csrf(&self, page: &str) -> String {
        let html = self.get(page).await.text().await.expect("body");
        csrf_in(&html).unwrap_or_else(|| panic!("no csrf field on {page}"))
    }

    /// Opens `page`, fills its form with `pairs` and the page's CSRF token, posts it to `action`.
    pub async fn submit(&self, page: &str, action: &str, pairs: &[(&str, &str)]) -> reqwest::Response {
        let csrf = self.csrf(page).await;
        let mut all = pairs.to_vec();
        all.push(("csrf", &csrf));
        self.post(action, &all).await
    }

    /// Signs in with a password; returns the redirect target.
    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        self.submit("/fr/staff/login", "/fr/staff/login", &[("email", email), ("password", password)]).await
    }
}

pub fn location(res: &reqwest::Response) -> String {
    res.headers().get("location").map(|v| v.to_str().unwrap_or_default().to_owned()).unwrap_or_default()
}

/// The path of a one-time link.
pub fn link_path(link: &str) -> String {
    let i = link.find("/fr/").or_else(|| link.find("/en/")).or_else(|| link.find("/ar/")).expect("a page link");
    link[i..].to_owned()
}

/// Creates an account directly (as the CLI does) and returns the one-time link's path.
pub async fn create_user(app: &TestApp, email: &str, role: &str, scope: &[&str]) -> String {
    let new = users::NewUser {
        email: email.into(),
        name: format!("Test {role}"),
        role: app::domain::access::Role::parse(role).expect("role"),
        scope: scope.iter().map(|s| s.to_string()).collect(),
        locale: app::i18n::Locale::Fr,
    };
    let (_, link) = users::create(&app.pool, &new, &Actor::cli(), "http://portal.test", 48).await.expect("create user");
    link_path(&link)
}

/// A signed-in staff member.
pub struct Staff {
    pub browser: Browser,
    pub email: String,
    pub totp_secret: Option<String>,
}

/// The current TOTP code for a base32 secret, `ahead` steps from now.
pub fn code(secret: &str, ahead: i64) -> String {
    let key = data_encoding::BASE32_NOPAD.decode(secret.as_bytes()).expect("base32 secret");
    let step = totp::step_of(server::clock::now()) + ahead;
    format!("{:06}", totp::code_at(&key, step))
}

/// The secret shown on the enrolment page.
pub fn secret_in(html: &str) -> String {
    let rest = html.split("class=\"secret\"").nth(1).expect("secret on page");
    let inner = rest.split('>').nth(1).expect("secret").split('<').next().expect("secret");
    inner.replace(' ', "")
}

/// Creates an account, sets its password through the link, signs in (enrolling a second
/// factor when the role requires one).
pub async fn sign_in_new(app: &TestApp, email: &str, role: &str, scope: &[&str]) -> Staff {
    let link = create_user(app, email, role, scope).await;
    let browser = Browser::new(app);
    let res = browser.submit(&link, &link, &[("password", PASSWORD), ("password2", PASSWORD)]).await;
    assert_eq!(res.status(), 303, "password set for {email}");
    let res = browser.login(email, PASSWORD).await;
    assert_eq!(res.status(), 303);
    let mut totp_secret = None;
    if location(&res).ends_with("/staff/totp") {
        let html = browser.get("/fr/staff/totp").await.text().await.expect("body");
        let secret = secret_in(&html);
        let csrf = csrf_in(&html).expect("csrf");
        let res = browser.post("/fr/staff/totp", &[("code", &code(&secret, 0)), ("csrf", &csrf)]).await;
        assert_eq!(res.status(), 303, "enrolment");
        totp_secret = Some(secret);
    }
    let home = browser.get("/fr/staff").await;
    assert_eq!(home.status(), 200, "{email} signed in");
    Staff { browser, email: email.into(), totp_secret }
}
