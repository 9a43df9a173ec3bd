//! Cells of the CSV files people open in spreadsheets: a text cell starting with `=`, `+`, `-`,
//! `@`, a tab or a carriage return would be read as a formula (CSV injection, OWASP), so it gets
//! a leading `'`, which spreadsheets hide and our importer strips again (exports round-trip).
//! Numbers stay numbers, signed ones included (a gap of "+7,0" points).

/// Whether `s` is a number as our files write them: an optional sign, digits grouped by three
/// with spaces (or none), a decimal comma or point, an optional `%`. A phone number such as
/// "+33 6 12 34 56 78" is not one.
fn is_number(s: &str) -> bool {
    let body = s.strip_prefix(['+', '-', '−']).unwrap_or(s);
    let body = body.strip_suffix('%').map_or(body, |b| b.trim_end_matches([' ', '\u{a0}', '\u{202f}']));
    let (int, frac) = match body.split_once([',', '.']) {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    let groups: Vec<&str> = int.split([' ', '\u{a0}', '\u{202f}']).collect();
    let grouped = groups.len() == 1 || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    groups.iter().all(|g| digits(g)) && grouped && frac.is_none_or(digits)
}

/// A cell, neutralised if it could be read as a formula, then quoted if it holds the separator,
/// a quote or a line break.
pub fn cell(s: &str) -> String {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(s);
    let s = if risky { format!("'{s}") } else { s.to_owned() };
    if s.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// A cell as read back: the marker [`cell`] adds is taken off again.
pub fn unmark(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_numbers_are_not() {
        assert_eq!(cell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("+33 6 12"), "'+33 6 12", "a phone number is text");
        assert_eq!(cell("-x"), "'-x");
        assert_eq!(cell("\tcmd"), "'\tcmd");
        assert_eq!(cell("\rcmd"), "\"'\rcmd\"", "a carriage return is quoted too");
        assert_eq!(cell("+33 6 12 34 56 78"), "'+33 6 12 34 56 78");
        for n in ["+7,0", "-3,5", "−12", "1 234", "-12 345 678,5", "42", "12,5 %", "-0.25", "+100%"] {
            assert_eq!(cell(n), n, "{n}");
        }
        assert_eq!(cell("Lille"), "Lille");
        assert_eq!(cell("a;b"), "\"a;b\"");
    }

    #[test]
    fn the_marker_comes_off_on_import() {
        for s in ["=1+1", "@x", "-y", "+z", "Lille", "'quoted'", "l'Escaut"] {
            let written = cell(s);
            let unquoted = written.trim_matches('"').replace("\"\"", "\"");
            assert_eq!(unmark(&unquoted), s, "{s}");
        }
    }
}
