//! The locale files are complete and consistent: French is the reference.

use super::sources::source;
use super::*;
use crate::api::error::ErrorCode;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

type Vars = BTreeSet<String>;

fn collect_inline(e: &ast::InlineExpression<&str>, out: &mut Vars) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => collect_expr(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, out);
            }
        }
        _ => {}
    }
}

fn collect_expr(e: &ast::Expression<&str>, out: &mut Vars) {
    match e {
        ast::Expression::Inline(i) => collect_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for v in variants {
                collect_pattern(&v.value, out);
            }
        }
    }
}

fn collect_pattern(p: &ast::Pattern<&str>, out: &mut Vars) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            collect_expr(expression, out);
        }
    }
}

/// id (or `id.attr`) → variables referenced.
fn messages(locale: Locale) -> BTreeMap<String, Vars> {
    let res = match fluent_syntax::parser::parse(source(locale)) {
        Ok(r) => r,
        Err((_, errs)) => panic!("{}: syntax errors {errs:?}", locale.code()),
    };
    let mut out = BTreeMap::new();
    for entry in &res.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = Vars::new();
                if let Some(v) = &m.value {
                    collect_pattern(v, &mut vars);
                }
                out.insert(m.id.name.to_owned(), vars);
                for a in &m.attributes {
                    let mut vars = Vars::new();
                    collect_pattern(&a.value, &mut vars);
                    out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                }
            }
            ast::Entry::Junk { content } => panic!("{}: junk {content:?}", locale.code()),
            _ => {}
        }
    }
    out
}

#[test]
fn every_catalog_parses() {
    for l in Locale::ALL {
        Catalog::from_source(l, source(l)).unwrap();
    }
}

#[test]
fn every_french_message_exists_in_every_locale_and_no_more() {
    let fr = messages(Locale::Fr);
    for l in [Locale::En, Locale::Ar] {
        let other = messages(l);
        let missing: Vec<_> = fr.keys().filter(|k| !other.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", l.code());
        let extra: Vec<_> = other.keys().filter(|k| !fr.contains_key(*k)).collect();
        assert!(extra.is_empty(), "{} has messages French lacks: {extra:?}", l.code());
    }
}

#[test]
fn no_message_references_an_unknown_variable() {
    let fr = messages(Locale::Fr);
    for l in [Locale::En, Locale::Ar] {
        for (id, vars) in messages(l) {
            let known = fr.get(&id).cloned().unwrap_or_default();
            let unknown: Vec<_> = vars.difference(&known).collect();
            assert!(unknown.is_empty(), "{}: {id} uses {unknown:?}, unknown in French", l.code());
        }
    }
}

#[test]
fn every_error_code_and_enum_label_has_a_message() {
    let mut ids: Vec<String> = ErrorCode::ALL.iter().map(|c| c.message_id()).collect();
    ids.extend(crate::domain::aci::Situation::ALL.iter().map(|s| s.message_id()));
    ids.extend(crate::domain::aci::Situation::ALL.iter().map(|s| crate::pages::register::situation_label(*s)));
    ids.extend(crate::domain::band::Band::ALL.iter().map(|b| b.message_id().to_owned()));
    ids.extend(crate::domain::band::Band::ALL.iter().map(|b| format!("elig-range-{}", b.id().replace('_', "-"))));
    ids.extend(crate::domain::quota::Ruleset::all().iter().map(|r| crate::pages::bilan::ruleset_note_id(&r.id)));
    ids.extend(crate::domain::quota::Standing::ALL.iter().map(|s| format!("bilan-standing-{}", s.id().replace('_', "-"))));
    for l in Locale::ALL {
        let c = sources::catalog(l);
        for id in &ids {
            assert!(c.has(id), "{}: missing {id}", l.code());
        }
    }
}

const MESSAGE_PREFIXES: [&str; 30] = [
    "site-", "skip-", "nav-", "lang-", "footer-", "home-", "not-found-", "a11y-", "privacy-", "elig-", "band-",
    "aci-", "error-", "import-", "communes-", "commune-", "fragility-", "data-", "typology-", "common-", "quartier-", "chart-", "staff-", "mail-", "languages-", "booking-", "sites-", "agent-", "bilan-", "register-",
];

/// Literals that look like message ids but are not (import kinds).
const NOT_MESSAGES: [&str; 3] = ["commune-fragility", "quartier-fragility", "quartier-iris"];

/// Every string literal in the code that looks like a message id (`prefix-words`) exists in
/// French (and so, by the test above, everywhere). Ids built at run time are covered above.
#[test]
fn every_message_id_used_in_code_exists() {
    let fr = sources::catalog(Locale::Fr);
    let roots = [concat!(env!("CARGO_MANIFEST_DIR"), "/src"), concat!(env!("CARGO_MANIFEST_DIR"), "/../server/src")];
    let mut checked = 0;
    for root in roots {
        let mut stack = vec![std::path::PathBuf::from(root)];
        while let Some(p) = stack.pop() {
            if p.is_dir() {
                for e in std::fs::read_dir(&p).unwrap() {
                    stack.push(e.unwrap().path());
                }
                continue;
            }
            if p.extension().is_none_or(|e| e != "rs") || p.ends_with("i18n/tests.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            // Odd-numbered pieces between quotes are string literals (good enough for this code).
            for (i, lit) in text.split('"').enumerate() {
                let is_id = i % 2 == 1
                    && !NOT_MESSAGES.contains(&lit)
                    && MESSAGE_PREFIXES.iter().any(|pre| lit.starts_with(pre))
                    && lit.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !lit.ends_with('-');
                if is_id {
                    assert!(fr.has(lit), "{}: unknown message id {lit:?}", p.display());
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 50, "the scan found only {checked} ids: the patterns are out of date");
}

#[test]
fn island_messages_flatten_to_templates_in_every_locale() {
    for l in Locale::ALL {
        let table = sources::templates(l, crate::pages::communes::TABLE_MESSAGE_PREFIXES).unwrap();
        assert!(table.has("communes-caption") && table.has("fragility-fragile") && table.has("typology-t5plus"));
        let t = sources::templates(l, crate::pages::eligibility::MESSAGE_PREFIXES).unwrap();
        assert!(t.has("elig-category") && t.has("band-modeste") && t.has("aci-sans-logement") && t.has("error-required"));
        assert!(!t.has("home-title"));
        // Same text as Fluent gives.
        let args = [("persons", Arg::from(4i64)), ("category", Arg::from(5i64))];
        assert_eq!(t.t_with("elig-category", &args), sources::catalog(l).t_with("elig-category", &args));
    }
}

#[test]
fn negotiates_accept_language() {
    assert_eq!(Locale::negotiate("ar-MA,ar;q=0.9,fr;q=0.8"), Some(Locale::Ar));
    assert_eq!(Locale::negotiate("de-DE,en;q=0.5,fr;q=0.7"), Some(Locale::Fr));
    assert_eq!(Locale::negotiate("de, es"), None);
    assert_eq!(Locale::negotiate("en;q=0, fr;q=0.1"), Some(Locale::Fr));
    assert_eq!(Locale::negotiate(""), None);
}

#[test]
fn formats_with_variables() {
    let fr = sources::catalog(Locale::Fr);
    let one = fr.t_with("elig-category", &[("persons", 1i64.into()), ("category", 1i64.into())]);
    assert_eq!(one, "Personnes dans votre foyer : 1. Catégorie de ménage : 1.");
}


#[test]
fn index_matches_the_order_of_all() {
    for (i, l) in Locale::ALL.iter().enumerate() {
        assert_eq!(l.index(), i);
    }
}
