//! Per-address rate limiting of the booking endpoints, in memory (fixed one-minute windows).
//! The limit is configuration (`EQUILIBRE_BOOKING_RATE_PER_MINUTE`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Clone)]
pub struct RateLimiter {
    per_minute: u32,
    windows: Arc<Mutex<HashMap<String, (i64, u32)>>>,
}

impl RateLimiter {
    pub fn new(per_minute: u32) -> RateLimiter {
        RateLimiter { per_minute, windows: Arc::new(Mutex::new(HashMap::new())) }
    }

    /// Counts a request from `key`; `false` when over the limit for the current minute.
    pub fn allow(&self, key: &str, now: i64) -> bool {
        let minute = now.div_euclid(60);
        let Ok(mut w) = self.windows.lock() else { return true };
        if w.len() > 100_000 {
            // Forget old windows rather than grow without bound.
            w.retain(|_, (m, _)| *m == minute);
        }
        let entry = w.entry(key.to_owned()).or_insert((minute, 0));
        if entry.0 != minute {
            *entry = (minute, 0);
        }
        entry.1 += 1;
        entry.1 <= self.per_minute
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_key_and_minute() {
        let r = RateLimiter::new(2);
        assert!(r.allow("a", 60) && r.allow("a", 61));
        assert!(!r.allow("a", 62));
        assert!(r.allow("b", 62), "another address");
        assert!(r.allow("a", 120), "a new minute");
    }
}
