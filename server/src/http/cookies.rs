//! Reading and writing cookies. Every cookie we set is `HttpOnly` and `SameSite`, and `Secure`
//! when the portal is served over HTTPS.

use axum::http::{header, HeaderMap, HeaderValue};

/// The value of cookie `name`, if sent.
pub fn get(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// A `Set-Cookie` value: `max_age` `None` lasts the browser session, `Some(0)` deletes.
pub fn set(name: &str, value: &str, max_age: Option<i64>, same_site: &str, https: bool) -> Option<HeaderValue> {
    let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite={same_site}");
    if let Some(age) = max_age {
        c.push_str(&format!("; Max-Age={age}"));
    }
    if https {
        c.push_str("; Secure");
    }
    HeaderValue::from_str(&c).ok()
}

/// The name of a cookie, with the `__Host-` prefix over HTTPS (host-only, `Secure`, `Path=/`:
/// a sibling subdomain cannot plant it).
pub fn name(base: &str, https: bool) -> String {
    if https {
        format!("__Host-{base}")
    } else {
        base.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes() {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, HeaderValue::from_static("a=1; equilibre-session=xyz; b=2"));
        assert_eq!(get(&h, "equilibre-session").as_deref(), Some("xyz"));
        assert_eq!(get(&h, "c"), None);
        let v = set("__Host-s", "v", None, "Lax", true).unwrap();
        assert_eq!(v.to_str().unwrap(), "__Host-s=v; Path=/; HttpOnly; SameSite=Lax; Secure");
        assert_eq!(name("s", true), "__Host-s");
        assert_eq!(name("s", false), "s");
    }
}
