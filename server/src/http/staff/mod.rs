//! The staff area under `/{lang}/staff`: sign-in, each role's home, accounts, audit trail,
//! imports, commune dashboards. Every response is `Cache-Control: no-store`; every form carries
//! a CSRF token checked before anything else.
mod admin;
pub use admin::UPLOAD_LIMIT;
mod bilan;
mod commune;
mod login;
mod sites;

use super::cookies;
use super::pages::{page, PageLocale};
use super::AppState;
use crate::auth::session::{self, Session, Stage};
use crate::auth::token;
use app::api::error::ErrorCode;
use app::domain::access::{Principal, Resource};
use app::i18n::Locale;
use app::pages::not_found::ErrorPage;
use app::pages::staff as pages;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Router;
use leptos::prelude::*;

pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(login::routes())
        .merge(admin::routes())
        .merge(commune::routes())
        .merge(sites::routes())
        .merge(bilan::routes())
        .layer(axum::middleware::map_response(no_store))
}

/// Routes that take large uploads (the importers), kept apart for their body limit.
pub fn upload_routes() -> Router<AppState> {
    admin::upload_routes().layer(axum::middleware::map_response(no_store))
}

/// Staff pages hold personal data and act on behalf of someone: never stored by any cache.
async fn no_store(mut res: Response) -> Response {
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

const SESSION_COOKIE: &str = "equilibre-session";

fn session_cookie(state: &AppState) -> String {
    cookies::name(SESSION_COOKIE, state.config.is_https())
}

/// The form fields of a posted `application/x-www-form-urlencoded` body.
pub(crate) struct Fields(Vec<(String, String)>);

impl Fields {
    pub fn parse(body: &str) -> Fields {
        Fields(app::api::urlencoded::parse(body))
    }

    pub fn get(&self, name: &str) -> &str {
        self.0.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
    }

    /// Every value of a repeated field (checkboxes).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
    }
}

/// A staff page, rendered with its status.
fn render<V: IntoView + 'static>(state: &AppState, l: Locale, status: StatusCode, title_id: &str, path: &str, body: impl FnOnce() -> V) -> Response {
    (status, Html(page(state, l, title_id, path, false, body))).into_response()
}

/// A refusal explained on a page (the status says which).
fn error_page(state: &AppState, l: Locale, code: ErrorCode) -> Response {
    let status = StatusCode::from_u16(code.status()).unwrap_or(StatusCode::FORBIDDEN);
    render(state, l, status, "common-error-title", "", move || view! { <ErrorPage code=code/> })
}

fn internal(state: &AppState, l: Locale, e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "staff request failed");
    error_page(state, l, ErrorCode::Internal)
}

fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

fn with_cookie(mut res: Response, cookie: Option<HeaderValue>) -> Response {
    if let Some(c) = cookie {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    res
}

/// Where a session of this stage belongs.
fn stage_home(l: Locale, stage: Stage) -> String {
    let p = match stage {
        Stage::SecondFactor => pages::CODE_PATH,
        Stage::Enrol => pages::TOTP_PATH,
        Stage::Full => pages::STAFF_PATH,
    };
    app::components::layout::href(l, p)
}

/// The session of the request's cookie, whatever its stage.
async fn current_session(state: &AppState, headers: &HeaderMap) -> Result<Option<Session>, sqlx::Error> {
    let Some(id) = cookies::get(headers, &session_cookie(state)) else { return Ok(None) };
    session::load(&state.pool, &id, state.config.staff.timeouts(), crate::clock::now()).await
}

/// The staff member signed in on this request, if any (for routes open to everyone that show
/// more to staff, such as the bilan API).
pub(crate) async fn signed_in_principal(state: &AppState, headers: &HeaderMap) -> Result<Option<Principal>, sqlx::Error> {
    let Some(session) = current_session(state, headers).await? else { return Ok(None) };
    if session.stage != Stage::Full {
        return Ok(None);
    }
    crate::auth::users::principal(&state.pool, session.user_id).await
}

/// A signed-in staff member (password and, where enrolled or required, second factor). Pages
/// that need one send others to the sign-in page.
pub(crate) struct SignedIn {
    pub principal: Principal,
    pub session: Session,
    pub locale: Locale,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let PageLocale(l) = PageLocale::from_request_parts(parts, state).await?;
        let session = current_session(state, &parts.headers).await.map_err(|e| internal(state, l, e))?;
        let Some(session) = session else {
            return Err(see_other(&app::components::layout::href(l, pages::LOGIN_PATH)));
        };
        if session.stage != Stage::Full {
            return Err(see_other(&stage_home(l, session.stage)));
        }
        match crate::auth::users::principal(&state.pool, session.user_id).await {
            Ok(Some(principal)) => Ok(SignedIn { principal, session, locale: l }),
            Ok(None) => Err(see_other(&app::components::layout::href(l, pages::LOGIN_PATH))),
            Err(e) => Err(internal(state, l, e)),
        }
    }
}

impl SignedIn {
    /// The form's token matches the session's.
    pub fn check_csrf(&self, state: &AppState, sent: &str) -> Result<(), Response> {
        if token::same(&self.session.csrf, sent) {
            Ok(())
        } else {
            tracing::warn!(user = self.principal.user_id, "CSRF token mismatch");
            Err(error_page(state, self.locale, ErrorCode::CsrfRejected))
        }
    }

    /// Refuses a principal whose role has no access to `resource`.
    pub fn require(&self, state: &AppState, resource: Resource) -> Result<(), Response> {
        if self.principal.may(resource) {
            Ok(())
        } else {
            Err(self.denied(state))
        }
    }

    pub fn denied(&self, state: &AppState) -> Response {
        tracing::warn!(user = self.principal.user_id, "access denied");
        error_page(state, self.locale, ErrorCode::NotPermitted)
    }

    pub fn actor(&self, ip: &str) -> crate::audit::Actor {
        crate::audit::Actor { id: Some(self.principal.user_id), label: self.principal.email.clone(), ip: ip.to_owned() }
    }
}
