//! The home page: what the portal offers, with a link to each part that exists.

use super::ELIGIBILITY_PATH;
use crate::components::layout::href;
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    view! {
        <h1>{i18n.t("home-title")}</h1>
        <p class="lead">{i18n.t("home-intro")}</p>
        <ul class="cards">
            <li class="card">
                <h2><a href=href(l, ELIGIBILITY_PATH)>{i18n.t("home-eligibility-title")}</a></h2>
                <p>{i18n.t("home-eligibility-text")}</p>
            </li>
            <li class="card">
                <h2><a href=href(l, super::communes::COMMUNES_PATH)>{i18n.t("home-communes-title")}</a></h2>
                <p>{i18n.t("home-communes-text")}</p>
            </li>
        </ul>
        <section aria-labelledby="coming">
            <h2 id="coming">{i18n.t("home-coming-title")}</h2>
            <p>{i18n.t("home-coming-text")}</p>
        </section>
        <section aria-labelledby="register">
            <h2 id="register">{i18n.t("home-register-title")}</h2>
            <p>{i18n.t("home-register-text")}</p>
            <p><a href="https://www.demande-logement-social.gouv.fr/" rel="external">{i18n.t("home-register-link")}</a></p>
        </section>
    }
}
