//! HTML pages: the locale comes from the URL prefix; every form posts back to its page.

use super::locale::{request_locale, COOKIE};
use super::{today, AppState};
use app::api::eligibility::EligibilityForm;
use app::components::layout::PageMeta;
use app::i18n::{sources, Locale};
use app::pages::{self, eligibility, home, info, not_found};
use app::render::render_document;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use leptos::prelude::*;

/// The locale of a page URL (`/{lang}/…`); anything else is the 404 page, in the visitor's language.
pub struct PageLocale(pub Locale);

impl axum::extract::FromRequestParts<AppState> for PageLocale {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &AppState) -> Result<Self, Response> {
        let first = parts.uri.path().trim_start_matches('/').split('/').next().unwrap_or("");
        match Locale::parse(first).filter(|l| l.code() == first) {
            Some(l) => Ok(PageLocale(l)),
            None => Err(not_found_response(state, request_locale(&parts.headers))),
        }
    }
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(root))
        .route("/langue", post(set_language))
        .route("/{lang}", get(home_page))
        .route("/{lang}/", get(trailing_slash))
        .route(
            &format!("/{{lang}}{}", pages::ELIGIBILITY_PATH),
            get(eligibility_page).post(eligibility_post),
        )
        .route(&format!("/{{lang}}{}", pages::ACCESSIBILITY_PATH), get(accessibility_page))
        .route(&format!("/{{lang}}{}", pages::PRIVACY_PATH), get(privacy_page))
}

/// `/` → the visitor's language: cookie, then `Accept-Language`, then French.
async fn root(headers: HeaderMap) -> Response {
    let locale = request_locale(&headers);
    let mut res = Redirect::to(&format!("/{}", locale.code())).into_response();
    res.headers_mut().insert(header::VARY, HeaderValue::from_static("Cookie, Accept-Language"));
    res
}

async fn trailing_slash(PageLocale(l): PageLocale) -> Response {
    Redirect::permanent(&format!("/{}", l.code())).into_response()
}

#[derive(serde::Deserialize)]
struct LanguageChoice {
    lang: String,
    next: Option<String>,
}

/// Where the switcher goes next: a path of this site only — one `/` then visible ASCII without
/// a backslash (browsers drop tabs and line breaks inside URLs, so `/\t/evil.example` would be
/// `//evil.example`, another site), at most 2 000 characters; else the home page.
fn safe_next(next: Option<&str>, locale: Locale) -> String {
    let local = |n: &str| {
        n.len() <= 2_000
            && n.starts_with('/')
            && !n.starts_with("//")
            && n.bytes().all(|b| (0x21..=0x7e).contains(&b) && b != b'\\')
            && !n.contains("://")
    };
    match next {
        Some(n) if local(n) => n.to_owned(),
        _ => format!("/{}", locale.code()),
    }
}

#[cfg(test)]
mod next_tests {
    use super::*;

    #[test]
    fn the_switcher_goes_only_to_paths_of_this_site() {
        let next = |n: &str| safe_next(Some(n), Locale::Fr);
        assert_eq!(next("/fr/communes?q=lille"), "/fr/communes?q=lille");
        for bad in ["//evil.example", "/\t/evil.example", "/\\evil.example", "\\/evil.example", "https://evil.example", "/\n/evil.example", "/x y", "evil.example", ""] {
            assert_eq!(next(bad), "/fr", "{bad:?}");
        }
        assert_eq!(next(&format!("/{}", "a".repeat(3_000))), "/fr");
    }
}

/// The language switcher's form: remembers the choice and goes to the page in that language.
async fn set_language(State(state): State<AppState>, Form(choice): Form<LanguageChoice>) -> Response {
    let Some(locale) = Locale::parse(&choice.lang) else {
        return not_found_response(&state, Locale::DEFAULT);
    };
    let secure = if state.config.is_https() { "; Secure" } else { "" };
    let cookie = format!("{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}", locale.code());
    let mut res = Redirect::to(&safe_next(choice.next.as_deref(), locale)).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

/// Renders a page of the portal.
pub(crate) fn page<V: IntoView + 'static>(
    state: &AppState,
    locale: Locale,
    title_id: &str,
    path: &str,
    interactive: bool,
    body: impl FnOnce() -> V,
) -> String {
    let meta = PageMeta {
        title: sources::catalog(locale).t(title_id),
        path: path.to_owned(),
        interactive,
    };
    render_document(locale, &state.page_assets, meta, body)
}

fn html(status: StatusCode, body: String) -> Response {
    (status, [(header::CACHE_CONTROL, "no-cache")], Html(body)).into_response()
}

async fn home_page(State(state): State<AppState>, PageLocale(l): PageLocale) -> Response {
    html(StatusCode::OK, page(&state, l, "home-title", "", false, || view! { <home::HomePage/> }))
}

async fn accessibility_page(State(state): State<AppState>, PageLocale(l): PageLocale) -> Response {
    let body = page(&state, l, "a11y-title", pages::ACCESSIBILITY_PATH, false, || view! { <info::InfoPage prefix="a11y"/> });
    html(StatusCode::OK, body)
}

async fn privacy_page(State(state): State<AppState>, PageLocale(l): PageLocale) -> Response {
    let body = page(&state, l, "privacy-title", pages::PRIVACY_PATH, false, || view! { <info::InfoPage prefix="privacy"/> });
    html(StatusCode::OK, body)
}

/// An island's messages (those of `prefixes`), flattened once per locale and island (not on
/// every request).
pub(crate) fn island_messages(l: Locale, prefixes: &'static [&'static str]) -> app::i18n::Templates {
    type Cache = std::sync::Mutex<std::collections::HashMap<(usize, Locale), app::i18n::Templates>>;
    static CACHE: std::sync::OnceLock<Cache> = std::sync::OnceLock::new();
    let key = (prefixes.as_ptr() as usize, l);
    let cache = CACHE.get_or_init(Default::default);
    if let Some(t) = cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
        return t;
    }
    // A unit test proves these messages flatten; should one fail, the island shows ids.
    let t = sources::templates(l, prefixes).unwrap_or_else(|e| {
        tracing::error!("island messages: {e}");
        Default::default()
    });
    if let Ok(mut c) = cache.lock() {
        c.insert(key, t.clone());
    }
    t
}

fn render_eligibility(state: &AppState, l: Locale, form: EligibilityForm, submitted: bool) -> Response {
    let messages = island_messages(l, eligibility::MESSAGE_PREFIXES);
    let today = today();
    let invalid = submitted && form.to_request(l.decimal_mark()).is_err();
    let body = page(state, l, "elig-title", pages::ELIGIBILITY_PATH, true, move || {
        view! { <eligibility::EligibilityPage messages=messages form=form submitted=submitted today=today/> }
    });
    // What people typed is never stored, cached or logged.
    let status = if invalid { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    (status, [(header::CACHE_CONTROL, "no-store")], Html(body)).into_response()
}

async fn eligibility_page(State(state): State<AppState>, PageLocale(l): PageLocale) -> Response {
    render_eligibility(&state, l, EligibilityForm::default(), false)
}

async fn eligibility_post(State(state): State<AppState>, PageLocale(l): PageLocale, body: String) -> Response {
    let form = EligibilityForm::from_pairs(&app::api::urlencoded::parse(&body));
    render_eligibility(&state, l, form, true)
}

pub(crate) fn not_found_response(state: &AppState, locale: Locale) -> Response {
    html(StatusCode::NOT_FOUND, page(state, locale, "not-found-title", "", false, || view! { <not_found::NotFoundPage/> }))
}

/// Anything unknown: a JSON error under `/api`, else a page in the URL's (or visitor's) language.
pub async fn not_found(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let first = uri.path().trim_start_matches('/').split('/').next().unwrap_or("");
    let locale = Locale::parse(first).unwrap_or_else(|| request_locale(&headers));
    if uri.path().starts_with("/api/") {
        return crate::error::ApiError::new(app::api::error::ErrorCode::NotFound, locale).into_response();
    }
    not_found_response(&state, locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next(Some("/en/eligibilite"), Locale::En), "/en/eligibilite");
        assert_eq!(safe_next(Some("//evil.example"), Locale::En), "/en");
        assert_eq!(safe_next(Some("https://evil.example"), Locale::Ar), "/ar");
        assert_eq!(safe_next(Some("/\\evil"), Locale::Fr), "/fr");
        assert_eq!(safe_next(None, Locale::Fr), "/fr");
    }
}
