//! Contact details people type: email addresses and phone numbers, checked for plausibility.

/// The longest address there can be (RFC 5321's path limit): every email field's maximum.
pub const MAX_EMAIL_CHARS: usize = 254;

/// A plausible address: one `@`, something either side, a dot in the domain, no spaces.
pub fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.contains(char::is_whitespace)
        && !domain.contains('@')
        && email.len() <= MAX_EMAIL_CHARS
}

/// A phone number: digits with optional `+`, spaces, dots, dashes and parentheses; 6 to 15 digits.
pub fn valid_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    (6..=15).contains(&digits) && phone.chars().all(|c| c.is_ascii_digit() || " +.-()".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert!(valid_email("marie.dupont@ville-lille.fr"));
        for bad in ["", "marie", "@lille.fr", "marie@", "marie@lille", "ma rie@lille.fr", "a@b@c.fr", "a@.fr", "a@lille."] {
            assert!(!valid_email(bad), "{bad}");
        }
    }

    #[test]
    fn phones() {
        assert!(valid_phone("03 20 12 34 56") && valid_phone("+33 6 12 34 56 78") && valid_phone("(0)3.20.12.34.56"));
        assert!(!valid_phone("12345") && !valid_phone("call me") && !valid_phone("0320123456789012"));
    }
}
