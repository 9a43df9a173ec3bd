//! Admin tools: accounts, the audit trail, imports.

use super::*;
use crate::audit;
use crate::auth::users::{self, NewUser, UserError};
use crate::http::client::ClientIp;
use app::api::error::FieldErrors;
use app::components::layout::href;
use app::domain::access::Role;
use app::pages::staff::{AuditPage, AuditQuery, AuditRow, ImportsPage, NewUserForm, UserRow, UsersPage};
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::routing::{get, post};

/// Import files can be large (an RPLS extract of the metropole): 64 MiB.
pub const UPLOAD_LIMIT: usize = 64 * 1024 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/staff/users", get(users_page).post(users_post))
        .route("/{lang}/staff/users/{id}/{action}", post(user_action))
        .route("/{lang}/staff/audit", get(audit_page))
}

pub fn upload_routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/staff/imports", get(imports_page).post(imports_post))
        .layer(DefaultBodyLimit::max(UPLOAD_LIMIT))
}

#[derive(serde::Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: String,
}

async fn users_response(state: &AppState, me: SignedIn, form: NewUserForm, errors: FieldErrors, notice: Option<String>) -> Response {
    let l = me.locale;
    let listed = match users::list(&state.pool).await {
        Ok(u) => u,
        Err(e) => return internal(state, l, e),
    };
    let rows = listed
        .into_iter()
        .filter_map(|u| {
            Some(UserRow {
                id: u.id,
                email: u.email,
                name: u.name,
                role: Role::parse(&u.role)?,
                scope: u.scope,
                active: u.active,
                totp: u.totp,
                disabled: u.disabled,
                sessions: u.sessions,
            })
        })
        .collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let (principal, csrf) = (me.principal, me.session.csrf);
    render(state, l, status, "staff-users-title", pages::USERS_PATH, move || {
        view! { <UsersPage principal=principal csrf=csrf users=rows form=form errors=errors notice=notice/> }
    })
}

async fn users_page(State(state): State<AppState>, me: SignedIn, Query(q): Query<Done>) -> Response {
    if let Err(r) = me.require(&state, Resource::Users) {
        return r;
    }
    let notice = match q.done.as_str() {
        "created" | "link" | "disabled" | "enabled" => Some(app::i18n::sources::catalog(me.locale).t(&format!("staff-notice-{}", q.done))),
        _ => None,
    };
    users_response(&state, me, NewUserForm::default(), FieldErrors::new(), notice).await
}

/// Scope codes typed in one field, separated by commas, semicolons or spaces.
fn scope_list(s: &str) -> Vec<String> {
    s.split([',', ';', ' ']).map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned).collect()
}

async fn users_post(State(state): State<AppState>, me: SignedIn, ClientIp(ip): ClientIp, body: String) -> Response {
    if let Err(r) = me.require(&state, Resource::Users) {
        return r;
    }
    let f = Fields::parse(&body);
    if let Err(r) = me.check_csrf(&state, f.get("csrf")) {
        return r;
    }
    let form = NewUserForm {
        email: f.get("email").trim().to_owned(),
        name: f.get("name").trim().to_owned(),
        role: f.get("role").to_owned(),
        scope: f.get("scope").trim().to_owned(),
    };
    let mut errors = FieldErrors::new();
    let Some(role) = Role::parse(&form.role) else {
        errors.insert("role".into(), ErrorCode::UnknownRole);
        return users_response(&state, me, form, errors, None).await;
    };
    let new = NewUser { email: form.email.clone(), name: form.name.clone(), role, scope: scope_list(&form.scope), locale: me.locale };
    let actor = me.actor(&ip);
    match users::create(&state.pool, &new, &actor, &state.config.public_url, state.config.staff.link_hours).await {
        Ok(_) => {
            state.mail.wake();
            see_other(&format!("{}?done=created", href(me.locale, pages::USERS_PATH)))
        }
        Err(e) => {
            let (field, code) = match e {
                UserError::InvalidEmail => ("email", ErrorCode::InvalidEmail),
                UserError::EmailTaken => ("email", ErrorCode::EmailTaken),
                UserError::NameRequired => ("name", ErrorCode::Required),
                UserError::NameTooLong => ("name", ErrorCode::TooLarge),
                UserError::ScopeTooLong => ("scope", ErrorCode::TooLarge),
                UserError::ScopeRequired => ("scope", ErrorCode::ScopeRequired),
                UserError::UnknownScope(_) => ("scope", ErrorCode::UnknownScope),
                UserError::Db(e) => return internal(&state, me.locale, e),
            };
            errors.insert(field.into(), code);
            users_response(&state, me, form, errors, None).await
        }
    }
}

async fn user_action(
    State(state): State<AppState>,
    me: SignedIn,
    ClientIp(ip): ClientIp,
    Path((_, id, action)): Path<(String, i64, String)>,
    body: String,
) -> Response {
    if let Err(r) = me.require(&state, Resource::Users) {
        return r;
    }
    if let Err(r) = me.check_csrf(&state, Fields::parse(&body).get("csrf")) {
        return r;
    }
    let actor = me.actor(&ip);
    let result = match action.as_str() {
        // An admin cannot lock themself out.
        "disable" if id == me.principal.user_id => return error_page(&state, me.locale, ErrorCode::NotPermitted),
        "disable" => users::set_disabled(&state.pool, id, true, &actor).await,
        "enable" => users::set_disabled(&state.pool, id, false, &actor).await,
        "link" => users::send_link(&state.pool, id, &actor, &state.config.public_url, state.config.staff.link_hours).await.map(|l| l.is_some()),
        _ => return error_page(&state, me.locale, ErrorCode::NotFound),
    };
    match result {
        Ok(true) => {
            state.mail.wake();
            let done = match action.as_str() {
                "disable" => "disabled",
                "enable" => "enabled",
                _ => "link",
            };
            see_other(&format!("{}?done={done}", href(me.locale, pages::USERS_PATH)))
        }
        Ok(false) => error_page(&state, me.locale, ErrorCode::NotFound),
        Err(e) => internal(&state, me.locale, e),
    }
}

#[derive(serde::Deserialize, Default)]
pub struct AuditParams {
    #[serde(default)]
    action: String,
    #[serde(default)]
    actor: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

use crate::reception::paris;

/// The first second of a day in Lille (`end`: the last one), as Unix seconds.
fn day_bound(s: &str, end: bool) -> Option<i64> {
    let d: jiff::civil::Date = s.parse().ok()?;
    let d = if end { d.tomorrow().ok()? } else { d };
    let t = d.to_zoned(paris()).ok()?.timestamp().as_second();
    Some(if end { t - 1 } else { t })
}

async fn audit_page(State(state): State<AppState>, me: SignedIn, Query(q): Query<AuditParams>) -> Response {
    if let Err(r) = me.require(&state, Resource::Users) {
        return r;
    }
    let filter = audit::Filter { action: q.action.clone(), actor: q.actor.trim().to_owned(), from: day_bound(&q.from, false), to: day_bound(&q.to, true) };
    let (entries, actions) = match tokio::try_join!(audit::list(&state.pool, &filter, 500), audit::actions(&state.pool)) {
        Ok(x) => x,
        Err(e) => return internal(&state, me.locale, e),
    };
    let tz = paris();
    let rows = entries
        .into_iter()
        .map(|e| AuditRow {
            at: jiff::Timestamp::from_second(e.at).map(|t| t.to_zoned(tz.clone()).strftime("%Y-%m-%d %H:%M:%S").to_string()).unwrap_or_default(),
            actor: e.actor,
            action: e.action,
            target: e.target,
            ip: e.ip,
            detail: e.detail,
        })
        .collect();
    let query = AuditQuery { action: q.action, actor: q.actor, from: q.from, to: q.to };
    let (principal, csrf) = (me.principal, me.session.csrf);
    render(&state, me.locale, StatusCode::OK, "staff-audit-title", pages::AUDIT_PATH, move || {
        view! { <AuditPage principal=principal csrf=csrf rows=rows actions=actions query=query/> }
    })
}

fn imports_response(state: &AppState, me: SignedIn, selected: String, report: Option<(Vec<String>, bool)>, errors: FieldErrors) -> Response {
    let status = match (&report, errors.is_empty()) {
        (_, false) | (Some((_, false)), _) => StatusCode::UNPROCESSABLE_ENTITY,
        _ => StatusCode::OK,
    };
    let (lines, ok) = match report {
        Some((lines, ok)) => (lines, Some(ok)),
        None => (vec![], None),
    };
    let (principal, csrf) = (me.principal, me.session.csrf);
    let kinds = crate::import::FILE_KINDS.to_vec();
    render(state, me.locale, status, "staff-imports-title", pages::IMPORTS_PATH, move || {
        view! { <ImportsPage principal=principal csrf=csrf kinds=kinds selected=selected report=lines ok=ok errors=errors/> }
    })
}

async fn imports_page(State(state): State<AppState>, me: SignedIn) -> Response {
    if let Err(r) = me.require(&state, Resource::Imports) {
        return r;
    }
    imports_response(&state, me, String::new(), None, FieldErrors::new())
}

/// The parts of the upload form.
#[derive(Default)]
struct Upload {
    csrf: String,
    kind: String,
    file: Vec<u8>,
    source: String,
    as_of: String,
    dry_run: bool,
}

async fn read_upload(mut m: Multipart) -> Result<Upload, axum::extract::multipart::MultipartError> {
    let mut u = Upload::default();
    while let Some(field) = m.next_field().await? {
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "file" => {
                if u.source.is_empty() {
                    u.source = field.file_name().unwrap_or_default().to_owned();
                }
                u.file = field.bytes().await?.to_vec();
            }
            "csrf" => u.csrf = field.text().await?,
            "kind" => u.kind = field.text().await?,
            "source" => {
                let s = field.text().await?;
                if !s.trim().is_empty() {
                    u.source = s.trim().to_owned();
                }
            }
            "as_of" => u.as_of = field.text().await?.trim().to_owned(),
            "dry_run" => u.dry_run = !field.text().await?.is_empty(),
            _ => {}
        }
    }
    Ok(u)
}

async fn imports_post(State(state): State<AppState>, me: SignedIn, ClientIp(ip): ClientIp, multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>) -> Response {
    if let Err(r) = me.require(&state, Resource::Imports) {
        return r;
    }
    let upload = match multipart {
        Ok(m) => read_upload(m).await,
        Err(_) => return error_page(&state, me.locale, ErrorCode::CsrfRejected),
    };
    let Ok(u) = upload else { return error_page(&state, me.locale, ErrorCode::PayloadTooLarge) };
    if let Err(r) = me.check_csrf(&state, &u.csrf) {
        return r;
    }
    let mut errors = FieldErrors::new();
    if !crate::import::FILE_KINDS.contains(&u.kind.as_str()) {
        errors.insert("kind".into(), ErrorCode::UnknownKind);
    }
    if u.file.is_empty() {
        errors.insert("file".into(), ErrorCode::FileRequired);
    }
    let today = crate::http::today().to_string();
    let as_of = if u.as_of.is_empty() { today } else { u.as_of.clone() };
    if as_of.parse::<jiff::civil::Date>().is_err() {
        errors.insert("as_of".into(), ErrorCode::InvalidDate);
    }
    if !errors.is_empty() {
        return imports_response(&state, me, u.kind, None, errors);
    }
    let opts = crate::import::Options { dry_run: u.dry_run, source: &u.source, as_of: &as_of };
    let actor = me.actor(&ip);
    match crate::import::import_file(&state.pool, &u.kind, &u.file, None, &opts, &actor, &mut |_, _| {}).await {
        Ok(Some(report)) => {
            let ok = report.errors.is_empty();
            let lines = crate::import::describe(&report, me.locale);
            imports_response(&state, me, u.kind, Some((lines, ok)), FieldErrors::new())
        }
        Ok(None) => imports_response(&state, me, u.kind, None, FieldErrors::from([("kind".into(), ErrorCode::UnknownKind)])),
        Err(e) => internal(&state, me.locale, e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_lists() {
        assert_eq!(scope_list("59350, 59512;59009  "), vec!["59350", "59512", "59009"]);
        assert!(scope_list(" , ").is_empty());
    }

    #[test]
    fn day_bounds_are_paris_days() {
        // 2026-07-01 00:00 in Paris is 2026-06-30 22:00 UTC.
        assert_eq!(day_bound("2026-07-01", false), Some(1_782_856_800));
        assert_eq!(day_bound("2026-07-01", true), Some(1_782_856_800 + 86_400 - 1));
        assert_eq!(day_bound("nope", false), None);
    }
}
