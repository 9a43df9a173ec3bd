//! Fluent glue: locales, message catalogs and the lookup used by every view.
//!
//! The server decides the locale from the URL prefix and renders with it; islands receive the
//! locale and the messages they need as props, so hydration never disagrees with the server.

#[cfg(feature = "ssr")]
use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::{borrow::Cow, sync::Arc};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    Fr,
    En,
    Ar,
}

impl Locale {
    /// French first: it is the reference language.
    pub const ALL: [Locale; 3] = [Locale::Fr, Locale::En, Locale::Ar];
    pub const DEFAULT: Locale = Locale::Fr;

    pub fn code(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::En => "en",
            Locale::Ar => "ar",
        }
    }

    /// How amounts are written on this locale's pages (and so how typed ones are read).
    pub fn decimal_mark(self) -> crate::domain::money::DecimalMark {
        match self {
            Locale::Fr => crate::domain::money::DecimalMark::Comma,
            Locale::En | Locale::Ar => crate::domain::money::DecimalMark::Point,
        }
    }

    /// Position in [`Locale::ALL`], for per-locale tables.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn parse(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// Text direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language's own name, shown in the switcher whatever the page language is.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Fr => "Français",
            Locale::En => "English",
            Locale::Ar => "العربية",
        }
    }

    #[cfg(feature = "ssr")]
    pub fn langid(self) -> unic_langid::LanguageIdentifier {
        match self {
            Locale::Fr => unic_langid::langid!("fr"),
            Locale::En => unic_langid::langid!("en"),
            Locale::Ar => unic_langid::langid!("ar"),
        }
    }

    /// Picks the best supported locale from an `Accept-Language` header (RFC 9110 weights).
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut best: Option<(u16, Locale)> = None;
        for part in accept_language.split(',') {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let weight = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map(parse_weight)
                .unwrap_or(1000);
            let primary = tag.split('-').next().unwrap_or("");
            if let Some(locale) = Locale::parse(primary) {
                if weight > 0 && best.is_none_or(|(w, _)| weight > w) {
                    best = Some((weight, locale));
                }
            }
        }
        best.map(|(_, l)| l)
    }
}

/// `q` values in thousandths; anything unreadable counts as 0 (ignored).
fn parse_weight(q: &str) -> u16 {
    q.parse::<f32>().map(|v| (v.clamp(0.0, 1.0) * 1000.0) as u16).unwrap_or(0)
}

/// Looking messages up: Fluent on the server, flat templates in islands.
pub trait Translate: Send + Sync + std::fmt::Debug {
    fn has(&self, id: &str) -> bool;
    /// The message's value; a missing id shows itself (tests make sure none is missing).
    fn t(&self, id: &str) -> String;
    fn t_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String;
}

/// One locale's messages (Fluent, server side).
#[cfg(feature = "ssr")]
pub struct Catalog {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

#[cfg(feature = "ssr")]
impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("locale", &self.locale).finish()
    }
}

/// A value passed to a message.
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}
impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}
impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(n.into())
    }
}

#[cfg(feature = "ssr")]
impl Catalog {
    /// Parses a locale's Fluent source. Errors name the broken entries.
    pub fn from_source(locale: Locale, source: &str) -> Result<Catalog, String> {
        let resource = FluentResource::try_new(source.to_owned())
            .map_err(|(_, errs)| format!("{}: {} syntax error(s): {:?}", locale.code(), errs.len(), errs))?;
        let mut bundle = FluentBundle::new_concurrent(vec![locale.langid()]);
        // Right to left, every value put into a message (a phone number, an address, an amount, a
        // name) is isolated (FSI … PDI), so "03 53 01 10 01" keeps its order inside Arabic text,
        // on pages and in plain-text emails alike. Left to right nothing needs it.
        bundle.set_use_isolating(locale.dir() == "rtl");
        bundle
            .add_resource(resource)
            .map_err(|errs| format!("{}: duplicate messages: {:?}", locale.code(), errs))?;
        Ok(Catalog { locale, bundle })
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    pub fn t(&self, id: &str) -> String {
        self.format(id, None, None)
    }

    pub fn t_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fargs.set(*name, FluentValue::from(s.as_ref())),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        self.format(id, None, Some(&fargs))
    }

    /// An attribute of a message (`id.attr`).
    pub fn attr(&self, id: &str, attr: &str) -> String {
        self.format(id, Some(attr), None)
    }

    fn format(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> String {
        let Some(msg) = self.bundle.get_message(id) else {
            return id.to_owned();
        };
        let pattern = match attr {
            Some(a) => msg.get_attribute(a).map(|a| a.value()),
            None => msg.value(),
        };
        let Some(pattern) = pattern else {
            return id.to_owned();
        };
        let mut errors = vec![];
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }
}

#[cfg(feature = "ssr")]
impl Translate for Catalog {
    fn has(&self, id: &str) -> bool {
        Catalog::has(self, id)
    }
    fn t(&self, id: &str) -> String {
        Catalog::t(self, id)
    }
    fn t_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        Catalog::t_with(self, id, args)
    }
}

/// Messages flattened to templates (`text {$var} text`), for islands: the browser then needs no
/// Fluent runtime. Only messages without selectors can be flattened (a test checks the island's).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Templates(pub BTreeMap<String, String>);

impl Translate for Templates {
    fn has(&self, id: &str) -> bool {
        self.0.contains_key(id)
    }
    fn t(&self, id: &str) -> String {
        self.0.get(id).cloned().unwrap_or_else(|| id.to_owned())
    }
    fn t_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let Some(template) = self.0.get(id) else {
            return id.to_owned();
        };
        let mut out = template.clone();
        for (name, value) in args {
            let v = match value {
                Arg::Str(s) => s.to_string(),
                Arg::Num(n) => n.to_string(),
            };
            out = out.replace(&format!("{{${name}}}"), &v);
        }
        out
    }
}

/// What views use: the page's locale and its messages, provided as Leptos context.
#[derive(Clone, Debug)]
pub struct I18n {
    pub locale: Locale,
    pub catalog: Arc<dyn Translate>,
}

impl I18n {
    pub fn t(&self, id: &str) -> String {
        self.catalog.t(id)
    }
    pub fn t_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.catalog.t_with(id, args)
    }
}

/// The I18n of the view being rendered.
pub fn use_i18n() -> I18n {
    leptos::prelude::expect_context::<I18n>()
}

/// The Fluent sources, compiled into the server (islands get what they need as props).
#[cfg(feature = "ssr")]
pub mod sources {
    use super::*;
    use std::sync::OnceLock;

    pub fn source(locale: Locale) -> &'static str {
        match locale {
            Locale::Fr => include_str!("../../locales/fr/main.ftl"),
            Locale::En => include_str!("../../locales/en/main.ftl"),
            Locale::Ar => include_str!("../../locales/ar/main.ftl"),
        }
    }

    /// Parsed once; the sources are part of the binary, so a parse failure is a build defect
    /// that the i18n tests catch before any release.
    pub fn catalog(locale: Locale) -> Arc<Catalog> {
        static CATALOGS: OnceLock<Vec<Arc<Catalog>>> = OnceLock::new();
        let all = CATALOGS.get_or_init(|| {
            Locale::ALL
                .iter()
                .map(|l| Arc::new(Catalog::from_source(*l, source(*l)).unwrap_or_else(|e| panic!("{e}"))))
                .collect()
        });
        all[locale.index()].clone()
    }

    pub fn i18n(locale: Locale) -> I18n {
        I18n { locale, catalog: catalog(locale) }
    }

    /// The messages whose id starts with one of `prefixes`, flattened for an island.
    /// Errors name a message that cannot be flattened (it has a selector or a reference).
    pub fn templates(locale: Locale, prefixes: &[&str]) -> Result<Templates, String> {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
        let res = fluent_syntax::parser::parse(source(locale)).map_err(|(_, e)| format!("{e:?}"))?;
        let mut out = BTreeMap::new();
        for entry in &res.body {
            let Entry::Message(m) = entry else { continue };
            let id = m.id.name;
            if !prefixes.iter().any(|p| id.starts_with(p)) {
                continue;
            }
            let Some(pattern) = &m.value else { continue };
            let mut text = String::new();
            for el in &pattern.elements {
                match el {
                    PatternElement::TextElement { value } => text.push_str(value),
                    // Isolated right to left, as the catalog does.
                    PatternElement::Placeable { expression: Expression::Inline(InlineExpression::VariableReference { id: v }) } => {
                        if locale.dir() == "rtl" {
                            text.push_str(&format!("\u{2068}{{${}}}\u{2069}", v.name));
                        } else {
                            text.push_str(&format!("{{${}}}", v.name));
                        }
                    }
                    PatternElement::Placeable { expression: Expression::Inline(InlineExpression::StringLiteral { value }) } => {
                        text.push_str(value);
                    }
                    _ => return Err(format!("{}: {id} cannot be flattened for an island", locale.code())),
                }
            }
            out.insert(id.to_owned(), text);
        }
        Ok(Templates(out))
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests;
