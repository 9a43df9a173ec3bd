//! Signing in and out: password, second factor, enrolment, one-time links, the home page.

use super::*;
use crate::audit::{self, Actor};
use crate::auth::{password, throttle, totp, users};
use crate::http::client::ClientIp;
use crate::http::csrf;
use app::api::error::FieldErrors;
use app::domain::contact::MAX_EMAIL_CHARS;
use app::components::layout::href;
use app::pages::staff::{CodePage, HomePage, LoginPage, PasswordPage, ScopeItem, TotpPage};
use axum::extract::{Path, Query, State};
use axum::routing::{get, post};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/staff", get(home))
        .route("/{lang}/staff/login", get(login_page).post(login_post))
        .route("/{lang}/staff/login/code", get(code_page).post(code_post))
        .route("/{lang}/staff/totp", get(totp_page).post(totp_post))
        .route("/{lang}/staff/password/{token}", get(password_page).post(password_post))
        .route("/{lang}/staff/logout", post(logout))
        .route("/{lang}/staff/logout-everywhere", post(logout_everywhere))
}

#[derive(serde::Deserialize, Default)]
pub struct LoginQuery {
    #[serde(default)]
    done: String,
}

async fn login_page(State(state): State<AppState>, PageLocale(l): PageLocale, Query(q): Query<LoginQuery>, headers: HeaderMap) -> Response {
    let (csrf, cookie) = csrf::token_for(&state, &headers);
    let notice = match q.done.as_str() {
        "password" => Some("staff-notice-password-set"),
        "logout" => Some("staff-notice-logged-out"),
        _ => None,
    };
    let res = render(&state, l, StatusCode::OK, "staff-login-title", pages::LOGIN_PATH, move || {
        view! { <LoginPage email=String::new() csrf=csrf error=None notice=notice/> }
    });
    with_cookie(res, cookie)
}

fn login_form(state: &AppState, l: Locale, headers: &HeaderMap, email: String, error: ErrorCode, retry: Option<i64>) -> Response {
    let (csrf, cookie) = csrf::token_for(state, headers);
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::UNAUTHORIZED);
    let res = render(state, l, status, "staff-login-title", pages::LOGIN_PATH, move || {
        view! { <LoginPage email=email csrf=csrf error=Some(error) retry_minutes=retry/> }
    });
    with_cookie(res, cookie)
}

/// Applies the throttle to an account and address: waits if slowed, or answers "locked".
async fn throttled(state: &AppState, account: &str, ip: &str) -> Result<Option<i64>, sqlx::Error> {
    let policy = state.config.staff.throttle();
    match throttle::check(&state.pool, &policy, account, ip, crate::clock::now()).await? {
        throttle::Verdict::Locked { retry_after } => Ok(Some((retry_after + 59) / 60)),
        throttle::Verdict::Allow { delay_ms } => {
            if delay_ms > 0 {
                tokio::time::sleep(std::time::Duration::from_millis(delay_ms)).await;
            }
            Ok(None)
        }
    }
}

async fn login_post(State(state): State<AppState>, PageLocale(l): PageLocale, ClientIp(ip): ClientIp, headers: HeaderMap, body: String) -> Response {
    let f = Fields::parse(&body);
    if !csrf::valid(&state, &headers, f.get("csrf")) {
        return error_page(&state, l, ErrorCode::CsrfRejected);
    }
    let email = f.get("email").trim().to_lowercase();
    // An address longer than any address can be is refused before anything is written (or an
    // anonymous visitor could fill the database and the log with it).
    if email.chars().count() > MAX_EMAIL_CHARS {
        return login_form(&state, l, &headers, String::new(), ErrorCode::InvalidEmail, None);
    }
    // The typed address is written once per failure: as the audit entry's target.
    let anonymous = Actor { id: None, label: "-".into(), ip: ip.clone() };
    match throttled(&state, &email, &ip).await {
        // Locked: refused without writing anything (the failures that locked it are recorded).
        Ok(Some(minutes)) => return login_form(&state, l, &headers, email, ErrorCode::TooManyAttempts, Some(minutes)),
        Ok(None) => {}
        Err(e) => return internal(&state, l, e),
    }
    let creds = match users::credentials(&state.pool, &email).await {
        Ok(c) => c.filter(|c| !c.disabled),
        Err(e) => return internal(&state, l, e),
    };
    let hash = creds.as_ref().and_then(|c| c.password_hash.clone());
    // No password is longer than the longest one can set: not worth hashing.
    let typed = f.get("password");
    let ok = typed.chars().count() <= password::MAX_CHARS && password::verify_blocking(typed.to_owned(), hash).await;
    let Some(creds) = creds.filter(|_| ok) else {
        let now = crate::clock::now();
        if let Err(e) = throttle::record_failure(&state.pool, &email, &ip, now).await {
            return internal(&state, l, e);
        }
        // One entry per failure; the failure that locks says so (later attempts write nothing).
        let policy = state.config.staff.throttle();
        let locks = matches!(throttle::check(&state.pool, &policy, &email, &ip, now).await, Ok(throttle::Verdict::Locked { .. }));
        let _ = audit::record(&state.pool, &anonymous, if locks { "login_locked" } else { "login_failed" }, &email, "").await;
        return login_form(&state, l, &headers, email, ErrorCode::InvalidCredentials, None);
    };
    let role = app::domain::access::Role::parse(&creds.role);
    let stage = if creds.totp_secret.is_some() {
        Stage::SecondFactor
    } else if role.is_some_and(|r| r.requires_totp()) {
        Stage::Enrol
    } else {
        Stage::Full
    };
    let actor = Actor { id: Some(creds.id), label: creds.email.clone(), ip };
    if stage == Stage::Full {
        let _ = throttle::clear_account(&state.pool, &email).await;
    }
    let _ = audit::record(&state.pool, &actor, if stage == Stage::Full { "login" } else { "login_password_ok" }, &creds.email, "").await;
    start_session(&state, l, &headers, creds.id, stage).await
}

/// Opens a new session (a new id: whatever session the browser had is ended, so an id planted
/// before sign-in is worth nothing) and sends the browser where that stage belongs.
async fn start_session(state: &AppState, l: Locale, headers: &HeaderMap, user_id: i64, stage: Stage) -> Response {
    if let Some(old) = cookies::get(headers, &session_cookie(state)) {
        let _ = session::delete(&state.pool, &token::digest(&old)).await;
    }
    match session::create(&state.pool, user_id, stage).await {
        Ok((id, _)) => {
            let cookie = cookies::set(&session_cookie(state), &id, None, "Lax", state.config.is_https());
            with_cookie(see_other(&stage_home(l, stage)), cookie)
        }
        Err(e) => internal(state, l, e),
    }
}

/// A session at a given stage, or the way back to sign-in.
async fn session_at(state: &AppState, l: Locale, headers: &HeaderMap, stages: &[Stage]) -> Result<Session, Response> {
    match current_session(state, headers).await {
        Ok(Some(s)) if stages.contains(&s.stage) => Ok(s),
        Ok(Some(s)) => Err(see_other(&stage_home(l, s.stage))),
        Ok(None) => Err(see_other(&href(l, pages::LOGIN_PATH))),
        Err(e) => Err(internal(state, l, e)),
    }
}

fn code_form(state: &AppState, l: Locale, csrf: String, error: Option<ErrorCode>) -> Response {
    let status = error.map_or(StatusCode::OK, |e| StatusCode::from_u16(e.status()).unwrap_or(StatusCode::UNAUTHORIZED));
    render(state, l, status, "staff-code-title", pages::CODE_PATH, move || view! { <CodePage csrf=csrf error=error/> })
}

async fn code_page(State(state): State<AppState>, PageLocale(l): PageLocale, headers: HeaderMap) -> Response {
    match session_at(&state, l, &headers, &[Stage::SecondFactor]).await {
        Ok(s) => code_form(&state, l, s.csrf, None),
        Err(r) => r,
    }
}

async fn code_post(State(state): State<AppState>, PageLocale(l): PageLocale, ClientIp(ip): ClientIp, headers: HeaderMap, body: String) -> Response {
    let s = match session_at(&state, l, &headers, &[Stage::SecondFactor]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let f = Fields::parse(&body);
    if !token::same(&s.csrf, f.get("csrf")) {
        return error_page(&state, l, ErrorCode::CsrfRejected);
    }
    let creds = match users::credentials_by_id(&state.pool, s.user_id).await {
        Ok(Some(c)) => c,
        Ok(None) => return see_other(&href(l, pages::LOGIN_PATH)),
        Err(e) => return internal(&state, l, e),
    };
    match throttled(&state, &creds.email, &ip).await {
        Ok(Some(_)) => return code_form(&state, l, s.csrf, Some(ErrorCode::TooManyAttempts)),
        Ok(None) => {}
        Err(e) => return internal(&state, l, e),
    }
    let now = crate::clock::now();
    let step = creds.totp_secret.as_deref().and_then(|secret| totp::verify(secret, f.get("code"), now, creds.totp_last_step));
    let accepted = match step {
        Some(step) => users::use_totp_step(&state.pool, creds.id, step).await.unwrap_or(false),
        None => false,
    };
    let actor = Actor { id: Some(creds.id), label: creds.email.clone(), ip: ip.clone() };
    if !accepted {
        let _ = throttle::record_failure(&state.pool, &creds.email, &ip, now).await;
        let _ = audit::record(&state.pool, &actor, "login_code_failed", &creds.email, "").await;
        return code_form(&state, l, s.csrf, Some(ErrorCode::InvalidCode));
    }
    let _ = throttle::clear_account(&state.pool, &creds.email).await;
    let _ = audit::record(&state.pool, &actor, "login", &creds.email, "totp").await;
    start_session(&state, l, &headers, creds.id, Stage::Full).await
}

/// Enrolment: required for admins right after their password, optional for others.
async fn totp_page(State(state): State<AppState>, PageLocale(l): PageLocale, headers: HeaderMap) -> Response {
    let s = match session_at(&state, l, &headers, &[Stage::Enrol, Stage::Full]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let secret = match s.pending_totp_secret.clone() {
        Some(secret) => secret,
        None => {
            let secret = totp::new_secret();
            if let Err(e) = session::set_pending_secret(&state.pool, &s.id_hash, &secret).await {
                return internal(&state, l, e);
            }
            secret
        }
    };
    totp_form(&state, l, &s, secret, None).await
}

async fn totp_form(state: &AppState, l: Locale, s: &Session, secret: String, error: Option<ErrorCode>) -> Response {
    let (email, replacing) = match users::credentials_by_id(&state.pool, s.user_id).await {
        Ok(Some(c)) => (c.email, c.totp_secret.is_some()),
        Ok(None) => return see_other(&href(l, pages::LOGIN_PATH)),
        Err(e) => return internal(state, l, e),
    };
    let issuer = app::i18n::sources::catalog(l).t("site-name");
    let uri = totp::otpauth_uri(&secret, &email, &issuer);
    let required = s.stage == Stage::Enrol;
    let csrf = s.csrf.clone();
    let status = error.map_or(StatusCode::OK, |e| if e == ErrorCode::TooManyAttempts { StatusCode::TOO_MANY_REQUESTS } else { StatusCode::UNPROCESSABLE_ENTITY });
    render(state, l, status, "staff-totp-title", pages::TOTP_PATH, move || {
        view! { <TotpPage csrf=csrf secret=secret uri=uri required=required error=error replacing=replacing/> }
    })
}

async fn totp_post(State(state): State<AppState>, PageLocale(l): PageLocale, ClientIp(ip): ClientIp, headers: HeaderMap, body: String) -> Response {
    let s = match session_at(&state, l, &headers, &[Stage::Enrol, Stage::Full]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let f = Fields::parse(&body);
    if !token::same(&s.csrf, f.get("csrf")) {
        return error_page(&state, l, ErrorCode::CsrfRejected);
    }
    let Some(secret) = s.pending_totp_secret.clone() else { return see_other(&href(l, pages::TOTP_PATH)) };
    let creds = match users::credentials_by_id(&state.pool, s.user_id).await {
        Ok(Some(c)) => c,
        Ok(None) => return see_other(&href(l, pages::LOGIN_PATH)),
        Err(e) => return internal(&state, l, e),
    };
    // Replacing a second factor needs the current one: a stolen session alone cannot swap it
    // for the thief's. Wrong codes count as sign-in failures (slowed, then locked), so they
    // cannot be tried at will; the current secret is replaced, so its code needs no spending.
    let now = crate::clock::now();
    if let Some(current) = &creds.totp_secret {
        match throttled(&state, &creds.email, &ip).await {
            Ok(Some(_)) => return totp_form(&state, l, &s, secret, Some(ErrorCode::TooManyAttempts)).await,
            Ok(None) => {}
            Err(e) => return internal(&state, l, e),
        }
        if totp::verify(current, f.get("current_code"), now, creds.totp_last_step).is_none() {
            if let Err(e) = throttle::record_failure(&state.pool, &creds.email, &ip, now).await {
                return internal(&state, l, e);
            }
            return totp_form(&state, l, &s, secret, Some(ErrorCode::InvalidCode)).await;
        }
    }
    let Some(step) = totp::verify(&secret, f.get("code"), now, None) else {
        return totp_form(&state, l, &s, secret, Some(ErrorCode::InvalidCode)).await;
    };
    let email = creds.email;
    let actor = Actor { id: Some(s.user_id), label: email, ip };
    if let Err(e) = users::enable_totp(&state.pool, s.user_id, &secret, step, &actor).await {
        return internal(&state, l, e);
    }
    // Privileges changed: a new session id.
    start_session(&state, l, &headers, s.user_id, Stage::Full).await
}

fn password_form(state: &AppState, l: Locale, headers: &HeaderMap, token: &str, name: Option<String>, errors: FieldErrors) -> Response {
    let (csrf, cookie) = csrf::token_for(state, headers);
    let status = if name.is_none() {
        StatusCode::GONE
    } else if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let path = format!("/staff/password/{token}");
    let mut res = render(state, l, status, "staff-password-title", &path, move || view! { <PasswordPage csrf=csrf name=name errors=errors/> });
    // The link's token must not leak to another site through Referer.
    res.headers_mut().insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    with_cookie(res, cookie)
}

async fn password_page(State(state): State<AppState>, PageLocale(l): PageLocale, Path((_, token)): Path<(String, String)>, headers: HeaderMap) -> Response {
    match users::link_user(&state.pool, &token, crate::clock::now()).await {
        Ok(user) => password_form(&state, l, &headers, &token, user.map(|u| u.2), FieldErrors::new()),
        Err(e) => internal(&state, l, e),
    }
}

async fn password_post(
    State(state): State<AppState>,
    PageLocale(l): PageLocale,
    ClientIp(ip): ClientIp,
    Path((_, token)): Path<(String, String)>,
    headers: HeaderMap,
    body: String,
) -> Response {
    let f = Fields::parse(&body);
    if !csrf::valid(&state, &headers, f.get("csrf")) {
        return error_page(&state, l, ErrorCode::CsrfRejected);
    }
    let user = match users::link_user(&state.pool, &token, crate::clock::now()).await {
        Ok(Some(u)) => u,
        Ok(None) => return password_form(&state, l, &headers, &token, None, FieldErrors::new()),
        Err(e) => return internal(&state, l, e),
    };
    let (new, again) = (f.get("password"), f.get("password2"));
    let mut errors = FieldErrors::new();
    if let Err(w) = password::check(new, &[&user.1, &user.2, "equilibre", "lille", "mel"]) {
        let code = match w {
            password::Weakness::TooShort => ErrorCode::PasswordTooShort,
            password::Weakness::TooLong => ErrorCode::PasswordTooLong,
            password::Weakness::TooGuessable => ErrorCode::PasswordTooGuessable,
        };
        errors.insert("password".into(), code);
    } else if new != again {
        errors.insert("password2".into(), ErrorCode::PasswordsDiffer);
    }
    if !errors.is_empty() {
        return password_form(&state, l, &headers, &token, Some(user.2), errors);
    }
    let Some(hash) = password::hash_blocking(new.to_owned()).await else {
        return internal(&state, l, "password hashing failed");
    };
    match users::set_password(&state.pool, &token, &hash, &ip).await {
        Ok(true) => see_other(&format!("{}?done=password", href(l, pages::LOGIN_PATH))),
        Ok(false) => password_form(&state, l, &headers, &token, None, FieldErrors::new()),
        Err(e) => internal(&state, l, e),
    }
}

#[derive(serde::Deserialize, Default)]
pub struct HomeQuery {
    #[serde(default)]
    done: String,
}

async fn home(State(state): State<AppState>, me: SignedIn, Query(q): Query<HomeQuery>) -> Response {
    let l = me.locale;
    let scope = match scope_items(&state, &me.principal).await {
        Ok(s) => s,
        Err(e) => return internal(&state, l, e),
    };
    let totp = match users::credentials_by_id(&state.pool, me.principal.user_id).await {
        Ok(c) => c.is_some_and(|c| c.totp_secret.is_some()),
        Err(e) => return internal(&state, l, e),
    };
    let notice = (q.done == "totp").then_some("staff-notice-totp");
    let (principal, csrf) = (me.principal, me.session.csrf);
    render(&state, l, StatusCode::OK, "staff-home-title", pages::STAFF_PATH, move || {
        view! { <HomePage principal=principal csrf=csrf scope=scope totp=totp notice=notice/> }
    })
}

/// The names of what a scoped principal may see.
async fn scope_items(state: &AppState, p: &Principal) -> Result<Vec<ScopeItem>, sqlx::Error> {
    use app::domain::access::ScopeKind;
    let sql = match p.role.scope_kind() {
        Some(ScopeKind::Commune) => "SELECT name FROM communes WHERE insee_code = $1",
        Some(ScopeKind::Landlord) => "SELECT name FROM landlords WHERE id = $1",
        Some(ScopeKind::Site) | None => "SELECT $1",
    };
    let mut out = vec![];
    for key in &p.scope {
        let name: Option<String> = sqlx::query_scalar(sql).bind(key).fetch_optional(&state.pool).await?;
        out.push(ScopeItem { key: key.clone(), name: name.unwrap_or_else(|| key.clone()) });
    }
    Ok(out)
}

async fn logout(State(state): State<AppState>, me: SignedIn, ClientIp(ip): ClientIp, body: String) -> Response {
    if let Err(r) = me.check_csrf(&state, Fields::parse(&body).get("csrf")) {
        return r;
    }
    if let Err(e) = session::delete(&state.pool, &me.session.id_hash).await {
        return internal(&state, me.locale, e);
    }
    let _ = audit::record(&state.pool, &me.actor(&ip), "logout", &me.principal.email, "").await;
    signed_out(&state, me.locale)
}

async fn logout_everywhere(State(state): State<AppState>, me: SignedIn, ClientIp(ip): ClientIp, body: String) -> Response {
    if let Err(r) = me.check_csrf(&state, Fields::parse(&body).get("csrf")) {
        return r;
    }
    let n = match session::delete_all(&state.pool, me.principal.user_id).await {
        Ok(n) => n,
        Err(e) => return internal(&state, me.locale, e),
    };
    let _ = audit::record(&state.pool, &me.actor(&ip), "logout_everywhere", &me.principal.email, &format!("sessions={n}")).await;
    signed_out(&state, me.locale)
}

fn signed_out(state: &AppState, l: Locale) -> Response {
    let clear = cookies::set(&session_cookie(state), "", Some(0), "Lax", state.config.is_https());
    with_cookie(see_other(&format!("{}?done=logout", href(l, pages::LOGIN_PATH))), clear)
}
