//! The anti-forgery token of forms shown to people without a session (sign-in, one-time links,
//! booking): a random value in a `SameSite=Strict` cookie that the form must echo. Signed-in
//! staff forms use their session's token instead.

use super::cookies;
use super::AppState;
use crate::auth::token;
use axum::http::{HeaderMap, HeaderValue};

const COOKIE: &str = "equilibre-csrf";

fn cookie_name(state: &AppState) -> String {
    cookies::name(COOKIE, state.config.is_https())
}

/// The token for a form: the cookie's, or a new one with the cookie to set.
pub fn token_for(state: &AppState, headers: &HeaderMap) -> (String, Option<HeaderValue>) {
    match cookies::get(headers, &cookie_name(state)).filter(|t| t.len() >= 32) {
        Some(t) => (t, None),
        None => {
            let t = token::random();
            let c = cookies::set(&cookie_name(state), &t, None, "Strict", state.config.is_https());
            (t, c)
        }
    }
}

/// Whether a posted form echoes the cookie's token.
pub fn valid(state: &AppState, headers: &HeaderMap, sent: &str) -> bool {
    cookies::get(headers, &cookie_name(state)).is_some_and(|c| token::same(&c, sent))
}
