//! Which language to answer in, when the URL does not say.

use app::i18n::Locale;
use axum::http::{header, HeaderMap};

pub const COOKIE: &str = "lang";

/// The `lang` cookie's locale, if any.
pub fn cookie_locale(headers: &HeaderMap) -> Option<Locale> {
    super::cookies::get(headers, COOKIE).and_then(|v| Locale::parse(&v))
}

/// Cookie, then `Accept-Language`, then French.
pub fn request_locale(headers: &HeaderMap) -> Locale {
    cookie_locale(headers)
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or(Locale::DEFAULT)
}
