use crate::components::layout::href;
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{i18n.t("not-found-title")}</h1>
        <p>{i18n.t("not-found-text")}</p>
        <p><a href=href(i18n.locale, "")>{i18n.t("not-found-home")}</a></p>
    }
}

/// A request refused or failed, explained (forbidden, expired form, too many attempts…).
#[component]
pub fn ErrorPage(code: crate::api::error::ErrorCode) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{i18n.t("common-error-title")}</h1>
        <p>{i18n.t(&code.message_id())}</p>
        <p><a href=href(i18n.locale, "")>{i18n.t("not-found-home")}</a></p>
    }
}
