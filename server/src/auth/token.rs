//! Random secrets (session ids, CSRF tokens, one-time links) and their stored digests.

use sha2::{Digest, Sha256};

/// 256 random bits from the operating system, URL-safe base64 without padding.
pub fn random() -> String {
    let mut bytes = [0u8; 32];
    // The OS generator failing is not something to serve through: every caller needs a secret.
    if let Err(e) = getrandom::getrandom(&mut bytes) {
        panic!("operating system random generator failed: {e}");
    }
    data_encoding::BASE64URL_NOPAD.encode(&bytes)
}

/// The digest stored in place of a secret.
pub fn digest(secret: &str) -> String {
    data_encoding::HEXLOWER.encode(&Sha256::digest(secret.as_bytes()))
}

/// Compares two secrets in time independent of where they differ.
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_and_distinct() {
        let (a, b) = (random(), random());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43); // 256 bits
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_eq!(digest(&a).len(), 64);
        assert!(same(&a, &a.clone()));
        assert!(!same(&a, &b));
        assert!(!same("abc", "abcd"));
    }
}
