//! The document shell every page shares: skip link, landmarks, language switcher, footer.

use crate::i18n::{use_i18n, Locale};
use leptos::prelude::*;

/// URLs of the static assets, each carrying its content hash (long-cached, cache-busted).
#[derive(Clone, Debug, Default)]
pub struct Assets {
    pub css: String,
    /// The tiny script that loads the wasm and hydrates the islands; `None` when the wasm
    /// bundle was not built (pages then work exactly as without JavaScript).
    pub boot_js: Option<String>,
    pub pkg_js: String,
    pub pkg_wasm: String,
}

/// What the shell needs to know about the page.
#[derive(Clone, Debug, Default)]
pub struct PageMeta {
    /// Already translated `<title>` (the page's name, then the portal's).
    pub title: String,
    /// Path after the locale prefix, e.g. `/eligibilite` (empty for the home page); the
    /// language switcher sends the visitor to the same page in another language.
    pub path: String,
    /// Whether the page has islands and so loads the wasm.
    pub interactive: bool,
}

/// Link to a page of the portal in the current locale.
pub fn href(locale: Locale, path: &str) -> String {
    format!("/{}{}", locale.code(), path)
}

#[component]
pub fn Document(meta: PageMeta, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let assets = expect_context::<Assets>();
    let locale = i18n.locale;
    let title = i18n.t_with("site-page-title", &[("page", meta.title.clone().into()), ("site", i18n.t("site-name").into())]);
    let boot = meta
        .interactive
        .then_some(assets.boot_js.clone())
        .flatten()
        .map(|src| {
            view! {
                <script type="module" src=src data-pkg-js=assets.pkg_js.clone() data-pkg-wasm=assets.pkg_wasm.clone()></script>
            }
        });
    view! {
        <html lang=locale.code() dir=locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>{title}</title>
                <meta name="description" content=i18n.t("site-tagline")/>
                <link rel="stylesheet" href=assets.css.clone()/>
                {boot}
            </head>
            <body>
                <a class="skip-link" href="#main">{i18n.t("skip-link")}</a>
                <Header path=meta.path.clone()/>
                <main id="main" tabindex="-1">{children()}</main>
                <Footer/>
            </body>
        </html>
    }
}

#[component]
fn Header(path: String) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale;
    view! {
        <header class="masthead">
            <div class="masthead__inner">
                <a class="brand" href=href(locale, "")>
                    <span class="brand__title">{i18n.t("site-name")}</span>
                    <span class="brand__tagline">{i18n.t("site-short-tagline")}</span>
                </a>
                <LanguageSwitcher path=path/>
            </div>
            <nav class="mainnav" aria-label=i18n.t("nav-label")>
                <ul>
                    <li><a href=href(locale, "")>{i18n.t("nav-home")}</a></li>
                    <li><a href=href(locale, "/eligibilite")>{i18n.t("nav-eligibility")}</a></li>
                    <li><a href=href(locale, "/communes")>{i18n.t("nav-communes")}</a></li>
                    <li><a href=href(locale, "/bilan")>{i18n.t("nav-bilan")}</a></li>
                    <li><a href=href(locale, "/rendez-vous")>{i18n.t("nav-booking")}</a></li>
                </ul>
            </nav>
        </header>
    }
}

/// One small form per language: works without JavaScript, and the choice is remembered by a
/// cookie set on POST (no state change behind a GET).
#[component]
fn LanguageSwitcher(path: String) -> impl IntoView {
    let i18n = use_i18n();
    let current = i18n.locale;
    let items = Locale::ALL
        .into_iter()
        .map(|l| {
            let next = format!("/{}{}", l.code(), path);
            if l == current {
                view! {
                    <li><span class="languages__current" lang=l.code() aria-current="true">{l.native_name()}</span></li>
                }
                .into_any()
            } else {
                view! {
                    <li>
                        <form method="post" action="/langue" class="languages__form">
                            <input type="hidden" name="next" value=next/>
                            <button type="submit" name="lang" value=l.code() lang=l.code() class="link-button">
                                {l.native_name()}
                            </button>
                        </form>
                    </li>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <nav class="languages" aria-label=i18n.t("lang-switcher-label")>
            <ul>{items}</ul>
        </nav>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale;
    view! {
        <footer class="colophon">
            <ul class="colophon__links">
                <li><a href=href(locale, "/accessibilite")>{i18n.t("footer-accessibility")}</a></li>
                <li><a href=href(locale, "/confidentialite")>{i18n.t("footer-privacy")}</a></li>
                <li><a href="/api/v1/openapi.json">{i18n.t("footer-api")}</a></li>
                <li><a href=href(locale, "/staff/login")>{i18n.t("footer-staff")}</a></li>
            </ul>
            <p>{i18n.t("footer-publisher")}</p>
        </footer>
    }
}
