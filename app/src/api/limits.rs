//! The longest value each text field accepts, in characters: one list, checked by the server
//! before anything is stored or logged (and given to the browser as `maxlength` where it helps).
//! `docs/security.md` lists them.

/// Email addresses (RFC 5321's path limit).
pub const EMAIL: usize = crate::domain::contact::MAX_EMAIL_CHARS;
/// Names of people (applicants, staff).
pub const NAME: usize = 100;
/// Phone numbers as typed (6 to 15 digits, with spaces and punctuation).
pub const PHONE: usize = 30;
/// Free-text reasons (a cancellation, a move, a closure).
pub const REASON: usize = 500;
/// A staff account's scope: codes separated by commas.
pub const SCOPE: usize = 2_000;
/// Passwords (longer is refused at once, at sign-in too: never hashed).
pub const PASSWORD: usize = 128;
/// A register or import cell.
pub const CELL: usize = 200;

/// Whether `s` fits in `max` characters.
pub fn fits(s: &str, max: usize) -> bool {
    s.chars().nth(max).is_none()
}

/// A person's name as people write names: one line of letters of any script (Arabic and
/// combining marks included), spaces, apostrophes, hyphens and dots (initials), at most
/// [`NAME`] characters; nothing that reads as a web address or a phone number. Names are printed
/// in the portal's own emails, so they must not carry a message of their own.
pub fn valid_name(name: &str) -> bool {
    let mark = |c: char| matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}');
    let allowed = |c: char| c.is_alphabetic() || mark(c) || matches!(c, ' ' | '\'' | '’' | '-' | '.');
    let chars: Vec<char> = name.chars().collect();
    // A dot followed by a letter ("exemple.fr", "www.x") is a domain, not an initial.
    let domain_like = chars.windows(2).any(|w| w[0] == '.' && w[1].is_alphabetic());
    !name.trim().is_empty() && fits(name, NAME) && chars.iter().all(|c| allowed(*c)) && !domain_like && !name.contains("  ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_every_script_and_nothing_else() {
        for good in ["Marie Dupont", "Jean-Pierre N'Diaye", "J. Dupont", "Zoë Ørsted", "فاطمة الزهراء", "مُحَمَّد", "Nguyễn Văn A", "O’Brien", "e\u{301}lodie"] {
            assert!(valid_name(good), "{good}");
        }
        for bad in [
            "",
            "Marie\nVOTRE DOSSIER EST SUSPENDU",
            "Appelez le 0899 00 00 00",
            "www.exemple.fr",
            "http://x",
            "Marie <b>",
            "a@b.fr",
            "Marie\tDupont",
            "Marie\u{202E}tnupuD",
        ] {
            assert!(!valid_name(bad), "{bad:?}");
        }
        assert!(valid_name(&"a".repeat(NAME)) && !valid_name(&"a".repeat(NAME + 1)));
    }

    #[test]
    fn fits_counts_characters_not_bytes() {
        assert!(fits("ééé", 3) && !fits("éééé", 3) && fits("", 0));
    }
}
