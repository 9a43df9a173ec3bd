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
        // In the order people need them: can I, apply, the interview, where, the offer, the results.
        <ul class="cards">
            <li class="card">
                <h2><a href=href(l, ELIGIBILITY_PATH)>{i18n.t("home-eligibility-title")}</a></h2>
                <p>{i18n.t("home-eligibility-text")}</p>
            </li>
            <li class="card">
                <h2><a href="https://www.demande-logement-social.gouv.fr/" rel="external">{i18n.t("home-register-title")}</a></h2>
                <p>{i18n.t("home-register-text")}</p>
                <p class="hint">{i18n.t("home-register-external")}</p>
            </li>
            <li class="card">
                <h2><a href=href(l, super::booking::BOOKING_PATH)>{i18n.t("home-booking-title")}</a></h2>
                <p>{i18n.t("home-booking-text")}</p>
            </li>
            <li class="card">
                <h2><a href=href(l, super::booking::SITES_PATH)>{i18n.t("home-sites-title")}</a></h2>
                <p>{i18n.t("home-sites-text")}</p>
            </li>
            <li class="card">
                <h2><a href=href(l, super::communes::COMMUNES_PATH)>{i18n.t("home-communes-title")}</a></h2>
                <p>{i18n.t("home-communes-text")}</p>
            </li>
            <li class="card">
                <h2><a href=href(l, super::bilan::BILAN_PATH)>{i18n.t("home-bilan-title")}</a></h2>
                <p>{i18n.t("home-bilan-text")}</p>
            </li>
        </ul>
    }
}
