//! Server-side rendering of a whole document (ssr only).

use crate::components::layout::{Assets, Document, PageMeta};
use crate::i18n::{sources, Locale};
use leptos::prelude::*;

/// Renders `body` inside the portal's document for `locale`. Each call has its own reactive
/// owner, so concurrent requests never share state.
pub fn render_document<V, F>(locale: Locale, assets: &Assets, meta: PageMeta, body: F) -> String
where
    F: FnOnce() -> V,
    V: IntoView + 'static,
{
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(sources::i18n(locale));
        provide_context(assets.clone());
        let content = body();
        view! { <Document meta=meta>{content}</Document> }.to_html()
    });
    // Dropping the owner disposes everything the page created.
    drop(owner);
    format!("<!DOCTYPE html>{html}")
}
