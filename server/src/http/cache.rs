//! Rendered indicator pages, downloads and API answers, kept in memory per data version: they
//! change only when data is imported, so a new dataset (a new version) empties the cache. Only
//! bodies and their content headers are kept; security headers are added after, per response.

use axum::body::Bytes;
use axum::http::HeaderValue;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Entries kept at most; past that the cache starts again (simple, and bounded).
const MAX_ENTRIES: usize = 2_000;

#[derive(Clone, Debug)]
pub struct Cached {
    pub content_type: Option<HeaderValue>,
    pub disposition: Option<HeaderValue>,
    pub body: Bytes,
}

#[derive(Clone, Default)]
pub struct PageCache(Arc<Mutex<(i64, HashMap<String, Cached>)>>);

impl PageCache {
    pub fn get(&self, version: i64, key: &str) -> Option<Cached> {
        let mut inner = self.0.lock().ok()?;
        if inner.0 != version {
            *inner = (version, HashMap::new());
            return None;
        }
        inner.1.get(key).cloned()
    }

    pub fn put(&self, version: i64, key: String, value: Cached) {
        let Ok(mut inner) = self.0.lock() else { return };
        if inner.0 != version || inner.1.len() >= MAX_ENTRIES {
            *inner = (version, HashMap::new());
        }
        inner.1.insert(key, value);
    }

    pub fn len(&self) -> usize {
        self.0.lock().map(|i| i.1.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(s: &'static str) -> Cached {
        Cached { content_type: None, disposition: None, body: Bytes::from_static(s.as_bytes()) }
    }

    #[test]
    fn a_new_version_empties_the_cache() {
        let c = PageCache::default();
        c.put(1, "a".into(), entry("x"));
        assert_eq!(c.get(1, "a").map(|e| e.body), Some(Bytes::from_static(b"x")));
        assert!(c.get(2, "a").is_none());
        assert!(c.is_empty());
    }
}
