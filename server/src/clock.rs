//! The current instant, as stored: Unix seconds (UTC).

pub fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}
