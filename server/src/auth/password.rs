//! Staff passwords: argon2id with OWASP's parameters, checked for length and estimated strength
//! (CNIL: no composition rules, no forced rotation).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 128;
/// zxcvbn's score (0–4) a password must reach: 3 refuses twelve digits or a dictionary word.
pub const MIN_SCORE: u8 = 3;

/// Why a new password is refused (each maps to a translated message).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weakness {
    TooShort,
    TooLong,
    TooGuessable,
}

fn hasher() -> Argon2<'static> {
    // OWASP Password Storage Cheat Sheet: m = 19 MiB, t = 2, p = 1.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Checks a new password; `context` holds words of the account (email, name) that must not carry it.
pub fn check(password: &str, context: &[&str]) -> Result<(), Weakness> {
    let n = password.chars().count();
    if n < MIN_CHARS {
        return Err(Weakness::TooShort);
    }
    if n > MAX_CHARS {
        return Err(Weakness::TooLong);
    }
    let score = zxcvbn::zxcvbn(password, context).score();
    if u8::from(score) < MIN_SCORE {
        return Err(Weakness::TooGuessable);
    }
    Ok(())
}

/// Hashes a password (CPU- and memory-heavy: call it off the async runtime, see [`hash_blocking`]).
pub fn hash(password: &str) -> Result<String, argon2::password_hash::Error> {
    let mut bytes = [0u8; 16];
    getrandom::getrandom(&mut bytes).map_err(|_| argon2::password_hash::Error::Crypto)?;
    let salt = SaltString::encode_b64(&bytes)?;
    Ok(hasher().hash_password(password.as_bytes(), &salt)?.to_string())
}

/// Whether `password` matches the stored PHC string. A malformed hash never matches.
pub fn verify(password: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => hasher().verify_password(password.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// A hash of a random password, verified against when the account does not exist or has no
/// password yet, so that the answer takes as long as for a real account.
fn decoy() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash(&super::token::random()).unwrap_or_default())
}

/// [`hash`] on the blocking pool.
pub async fn hash_blocking(password: String) -> Option<String> {
    tokio::task::spawn_blocking(move || hash(&password).ok()).await.ok().flatten()
}

/// [`verify`] on the blocking pool; `None` as the hash verifies against the decoy (always false).
pub async fn verify_blocking(password: String, phc: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || match phc {
        Some(h) => verify(&password, &h),
        None => {
            let _ = verify(&password, decoy());
            false
        }
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_and_verify() {
        let h = hash("correct horse battery staple").expect("hash");
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify("correct horse battery staple", &h));
        assert!(!verify("correct horse battery stapl", &h));
        assert!(!verify("x", "not a hash"));
    }

    #[test]
    fn strength_rules() {
        assert_eq!(check("short", &[]), Err(Weakness::TooShort));
        assert_eq!(check("123456789012", &[]), Err(Weakness::TooGuessable));
        assert_eq!(check("motdepasse123", &[]), Err(Weakness::TooGuessable));
        assert_eq!(check(&"a".repeat(129), &[]), Err(Weakness::TooLong));
        assert_eq!(check("marie.dupont@lille.fr", &["marie.dupont@lille.fr"]), Err(Weakness::TooGuessable));
        assert_eq!(check("Tuiles rouges sur la Grand-Place", &[]), Ok(()));
        // Length counts characters, not bytes.
        assert_eq!(check("ééééééééééé", &[]), Err(Weakness::TooShort));
    }
}
