//! The calendar file attached to confirmations (RFC 5545). Times are written in UTC (`Z`), which
//! every calendar shows in its own zone: the appointment lands at the right local time.

/// Escapes text values (`\`, `;`, `,`, newlines).
fn text(s: &str) -> String {
    s.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

fn utc(unix: i64) -> String {
    jiff::Timestamp::from_second(unix).map(|t| t.strftime("%Y%m%dT%H%M%SZ").to_string()).unwrap_or_default()
}

/// Folds lines longer than 75 octets (continuation lines start with a space).
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for c in line.chars() {
        if len + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += c.len_utf8();
    }
    out
}

pub struct Event<'a> {
    pub uid: String,
    pub start: i64,
    pub end: i64,
    pub summary: &'a str,
    pub location: &'a str,
    pub description: &'a str,
    /// `CONFIRMED` or `CANCELLED` (a cancellation updates the same event).
    pub status: &'a str,
    pub sequence: i64,
}

pub fn calendar(e: &Event<'_>, now: i64) -> String {
    let method = if e.status == "CANCELLED" { "CANCEL" } else { "PUBLISH" };
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Equilibre MEL//Rendez-vous//FR".to_owned(),
        format!("METHOD:{method}"),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", e.uid),
        format!("SEQUENCE:{}", e.sequence),
        format!("DTSTAMP:{}", utc(now)),
        format!("DTSTART:{}", utc(e.start)),
        format!("DTEND:{}", utc(e.end)),
        format!("SUMMARY:{}", text(e.summary)),
        format!("LOCATION:{}", text(e.location)),
        format!("DESCRIPTION:{}", text(e.description)),
        format!("STATUS:{}", e.status),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    lines.iter().map(|l| fold(l)).collect::<Vec<_>>().join("\r\n") + "\r\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_utc_event() {
        let e = Event {
            uid: "b42@equilibre".into(),
            start: 1_796_112_000,
            end: 1_796_113_800,
            summary: "Entretien, CCAS; Roubaix",
            location: "1 rue X, 59100 Roubaix",
            description: "Apportez votre numéro unique.",
            status: "CONFIRMED",
            sequence: 0,
        };
        let ics = calendar(&e, 1_796_000_000);
        assert!(ics.contains("DTSTART:20261201T080000Z\r\n"), "{ics}");
        assert!(ics.contains("SUMMARY:Entretien\\, CCAS\\; Roubaix"));
        assert!(ics.lines().all(|l| l.len() <= 76));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn long_lines_fold() {
        let f = fold(&"é".repeat(100));
        assert!(f.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(f.replace("\r\n ", ""), "é".repeat(100));
    }
}
