//! Statutory information pages: accessibility statement and privacy notice. Their text is a
//! list of sections in the locale files (`<page>-s<N>-title`, `<page>-s<N>-p<M>`).

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Renders `prefix-title`, `prefix-intro`, then every section found in the catalog.
#[component]
pub fn InfoPage(prefix: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let mut sections = vec![];
    for s in 1..=12 {
        let title_id = format!("{prefix}-s{s}-title");
        if !i18n.catalog.has(&title_id) {
            break;
        }
        let mut paragraphs = vec![];
        for p in 1..=12 {
            let id = format!("{prefix}-s{s}-p{p}");
            if !i18n.catalog.has(&id) {
                break;
            }
            paragraphs.push(view! { <p>{i18n.t(&id)}</p> });
        }
        let heading_id = format!("s{s}");
        sections.push(view! {
            <section aria-labelledby=heading_id.clone()>
                <h2 id=heading_id.clone()>{i18n.t(&title_id)}</h2>
                {paragraphs}
            </section>
        });
    }
    view! {
        <h1>{i18n.t(&format!("{prefix}-title"))}</h1>
        <p class="lead">{i18n.t(&format!("{prefix}-intro"))}</p>
        {sections}
    }
}
