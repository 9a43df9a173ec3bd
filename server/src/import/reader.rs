//! Reading CSV files as offices export them: UTF-8 with or without BOM, or Windows-1252;
//! `;` or `,` separators; quoted fields (RFC 4180); CRLF or LF. Never panics, whatever the bytes
//! (a property test feeds it arbitrary input).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1252,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is not text (line {line}): binary or UTF-16 content")]
    NotText { line: usize },
    #[error("line {line}: a quoted field is not closed")]
    UnclosedQuote { line: usize },
    #[error("line {line}: {found} columns where the header has {expected}")]
    ColumnCount { line: usize, expected: usize, found: usize },
}

/// One data row and the line it starts on (1 = the header).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub line: usize,
    pub fields: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub encoding: Encoding,
    pub separator: char,
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

impl Table {
    /// The index of a column, by name, ignoring case and surrounding spaces.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name.trim()))
    }
}

/// UTF-8 (BOM stripped) when the bytes are valid UTF-8, else Windows-1252.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), Encoding::Utf8),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), Encoding::Windows1252)
        }
    }
}

/// `;` unless the header line has more commas than semicolons (outside quotes).
fn separator(header: &str) -> char {
    let (mut semi, mut comma, mut quoted) = (0, 0, false);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => semi += 1,
            ',' if !quoted => comma += 1,
            _ => {}
        }
    }
    if comma > semi {
        ','
    } else {
        ';'
    }
}

/// Splits the text into records of fields, honouring quotes (a quoted field may span lines).
fn records(text: &str, sep: char) -> Result<Vec<(usize, Vec<String>)>, ReadError> {
    let mut out = vec![];
    let mut fields = vec![];
    let mut field = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut start_line = 1;
    let mut chars = text.chars().peekable();
    let mut record_has_content = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                quoted = true;
                record_has_content = true;
            }
            c if c == sep => {
                fields.push(std::mem::take(&mut field));
                record_has_content = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                if record_has_content || !field.is_empty() {
                    fields.push(std::mem::take(&mut field));
                    out.push((start_line, std::mem::take(&mut fields)));
                }
                record_has_content = false;
                line += 1;
                start_line = line;
            }
            _ => {
                field.push(c);
                record_has_content = true;
            }
        }
    }
    if quoted {
        return Err(ReadError::UnclosedQuote { line: start_line });
    }
    if record_has_content || !field.is_empty() {
        fields.push(field);
        out.push((start_line, fields));
    }
    Ok(out)
}

/// Reads a whole file. Control characters other than tab and line breaks mean it is not text.
pub fn read(bytes: &[u8]) -> Result<Table, ReadError> {
    let (text, encoding) = decode(bytes);
    if let Some(pos) = text.find(|c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
        let line = text[..pos].matches('\n').count() + 1;
        return Err(ReadError::NotText { line });
    }
    let first_line = text.lines().next().unwrap_or("");
    if first_line.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    let sep = separator(first_line);
    let mut recs = records(&text, sep)?.into_iter();
    let Some((_, headers)) = recs.next() else {
        return Err(ReadError::Empty);
    };
    let headers: Vec<String> = headers.into_iter().map(|h| h.trim().to_owned()).collect();
    let mut rows = vec![];
    for (line, fields) in recs {
        if fields.len() != headers.len() {
            return Err(ReadError::ColumnCount { line, expected: headers.len(), found: fields.len() });
        }
        rows.push(Row { line, fields });
    }
    Ok(Table { encoding, separator: sep, headers, rows })
}

/// A decimal as written in French files (`12,5`, `1 234,50`) or with a point, to hundredths.
pub fn parse_hundredths(s: &str) -> Option<i64> {
    app::domain::money::Cents::parse(s).ok().map(|c| c.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolons_decimal_commas_and_windows_1252() {
        // "Hénin" and "€" in Windows-1252, CRLF line ends, as a landlord's export would have them.
        let bytes = b"DEPCOM;libcom;LOYER\r\n59350;H\xe9nin;5,62\r\n59512;\"Roubaix; centre\";6,10\r\n";
        let t = read(bytes).unwrap();
        assert_eq!(t.encoding, Encoding::Windows1252);
        assert_eq!(t.separator, ';');
        assert_eq!(t.headers, vec!["DEPCOM", "libcom", "LOYER"]);
        assert_eq!(t.rows[0], Row { line: 2, fields: vec!["59350".into(), "Hénin".into(), "5,62".into()] });
        assert_eq!(t.rows[1].fields[1], "Roubaix; centre");
        assert_eq!(parse_hundredths(&t.rows[0].fields[2]), Some(562));
    }

    #[test]
    fn utf8_with_bom_and_commas() {
        let t = read("\u{feff}a,b\n1,\"x \"\"y\"\"\"\n\n2,z".as_bytes()).unwrap();
        assert_eq!(t.encoding, Encoding::Utf8);
        assert_eq!(t.separator, ',');
        assert_eq!(t.headers, vec!["a", "b"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].fields[1], "x \"y\"");
        assert_eq!(t.rows[1].line, 4);
        assert_eq!(t.column(" B "), Some(1));
    }

    #[test]
    fn broken_files_say_where() {
        assert_eq!(read(b""), Err(ReadError::Empty));
        assert_eq!(read(b"a;b\n1;2\n3\n"), Err(ReadError::ColumnCount { line: 3, expected: 2, found: 1 }));
        assert_eq!(read(b"a;b\n1;\"open\n"), Err(ReadError::UnclosedQuote { line: 2 }));
        // UTF-16 LE: NUL bytes everywhere.
        assert_eq!(read(b"\xff\xfea\x00;\x00b\x00"), Err(ReadError::NotText { line: 1 }));
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..512)) {
            let _ = read(&bytes);
        }

        #[test]
        fn round_trips_quoted_fields(cells in proptest::collection::vec("[a-zA-Z0-9 ;,\"é€]{0,8}", 1..6)) {
            let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
            let header: Vec<String> = (0..cells.len()).map(|i| format!("c{i}")).collect();
            let text = format!("{}\n{}\n", header.join(";"), cells.iter().map(|c| quote(c)).collect::<Vec<_>>().join(";"));
            let t = read(text.as_bytes()).unwrap();
            proptest::prop_assert_eq!(&t.rows[0].fields, &cells);
        }
    }
}
