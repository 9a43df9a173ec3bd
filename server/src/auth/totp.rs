//! Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the format
//! authenticator apps read from an `otpauth://` URI.

use hmac::{Hmac, Mac};
use sha1::Sha1;

pub const STEP_SECONDS: i64 = 30;
const DIGITS: u32 = 6;

/// A new secret: 160 random bits, base32 as authenticator apps expect.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    if let Err(e) = getrandom::getrandom(&mut bytes) {
        panic!("operating system random generator failed: {e}");
    }
    data_encoding::BASE32_NOPAD.encode(&bytes)
}

/// The code for a time step (RFC 4226 dynamic truncation).
pub fn code_at(secret: &[u8], step: i64) -> u32 {
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(secret) else { return u32::MAX };
    mac.update(&step.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let offset = (h[19] & 0x0f) as usize;
    let bin = u32::from_be_bytes([h[offset] & 0x7f, h[offset + 1], h[offset + 2], h[offset + 3]]);
    bin % 10u32.pow(DIGITS)
}

/// The step of a Unix time.
pub fn step_of(unix: i64) -> i64 {
    unix.div_euclid(STEP_SECONDS)
}

/// The step a typed code matches, allowing one step of clock drift either way, and only if it
/// is later than `last_step` (a code is accepted once).
pub fn verify(secret_b32: &str, code: &str, unix: i64, last_step: Option<i64>) -> Option<i64> {
    let code = code.trim().replace(' ', "");
    if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let typed: u32 = code.parse().ok()?;
    let secret = data_encoding::BASE32_NOPAD.decode(secret_b32.as_bytes()).ok()?;
    let now = step_of(unix);
    (now - 1..=now + 1)
        .filter(|s| last_step.is_none_or(|l| *s > l))
        .find(|s| code_at(&secret, *s) == typed)
}

/// The URI an authenticator app scans or imports.
pub fn otpauth_uri(secret_b32: &str, account: &str, issuer: &str) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => (b as char).to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    format!(
        "otpauth://totp/{}:{}?secret={secret_b32}&issuer={}&algorithm=SHA1&digits=6&period=30",
        enc(issuer),
        enc(account),
        enc(issuer)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1 (the 8-digit values, last six digits).
    #[test]
    fn rfc_6238_vectors() {
        let secret = b"12345678901234567890";
        for (t, expected) in [(59, 94287082u32), (1111111109, 7081804), (1111111111, 14050471), (1234567890, 89005924), (2000000000, 69279037)] {
            assert_eq!(code_at(secret, step_of(t)), expected % 1_000_000, "t = {t}");
        }
    }

    #[test]
    fn verify_accepts_drift_and_refuses_replay() {
        let b32 = data_encoding::BASE32_NOPAD.encode(b"12345678901234567890");
        let code = format!("{:06}", code_at(b"12345678901234567890", step_of(1111111109)));
        let step = verify(&b32, &code, 1111111109, None).expect("valid now");
        assert_eq!(verify(&b32, &code, 1111111109 + 30, None), Some(step), "one step late is fine");
        assert_eq!(verify(&b32, &code, 1111111109 + 90, None), None, "three steps late is not");
        assert_eq!(verify(&b32, &code, 1111111109, Some(step)), None, "a code works once");
        assert_eq!(verify(&b32, "12345", 1111111109, None), None);
        assert_eq!(verify(&b32, "abcdef", 1111111109, None), None);
    }

    #[test]
    fn secrets_and_uris() {
        let s = new_secret();
        assert_eq!(s.len(), 32);
        assert!(data_encoding::BASE32_NOPAD.decode(s.as_bytes()).is_ok());
        let uri = otpauth_uri("ABC", "marie@lille.fr", "Équilibre MEL");
        assert_eq!(uri, "otpauth://totp/%C3%89quilibre%20MEL:marie@lille.fr?secret=ABC&issuer=%C3%89quilibre%20MEL&algorithm=SHA1&digits=6&period=30");
    }
}
