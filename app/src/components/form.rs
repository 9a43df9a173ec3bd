//! Form pieces for server-rendered forms: labelled inputs with their error, the problem summary
//! at the top of a form, and the hidden CSRF field.

use crate::api::error::{ErrorCode, FieldErrors};
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The hidden field that carries the form's anti-forgery token (works without JavaScript).
#[component]
pub fn CsrfField(token: String) -> impl IntoView {
    view! { <input type="hidden" name="csrf" value=token/> }
}

/// One labelled input; its error (if any) is announced with it through `aria-describedby`.
#[component]
pub fn Input(
    name: &'static str,
    /// Message id of the label.
    label: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = String::new())] value: String,
    #[prop(default = "off")] autocomplete: &'static str,
    /// Message id of a hint, if any.
    #[prop(optional)]
    hint: Option<&'static str>,
    #[prop(default = None)] error: Option<ErrorCode>,
    #[prop(default = false)] required: bool,
    #[prop(optional)] inputmode: Option<&'static str>,
    /// The most characters the server accepts (email fields: 254 unless given).
    #[prop(optional)]
    maxlength: Option<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let maxlength = maxlength.or((kind == "email").then_some(crate::domain::contact::MAX_EMAIL_CHARS));
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described: Vec<String> =
        [hint.map(|_| hint_id.clone()), error.map(|_| error_id.clone())].into_iter().flatten().collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    view! {
        <div class="field" class:field--error=error.is_some()>
            <label for=name>{i18n.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{i18n.t(h)}</p> })}
            {error.map(|c| view! { <p class="field-error" id=error_id>{i18n.t(&c.message_id())}</p> })}
            <input
                id=name
                name=name
                type=kind
                value=value
                autocomplete=autocomplete
                inputmode=inputmode
                maxlength=maxlength
                required=required
                aria-describedby=described
                aria-invalid=error.map(|_| "true")
            />
        </div>
    }
}

/// The problems of a posted form, each linking to its field; `label` gives a field's label id.
#[component]
pub fn Problems(errors: FieldErrors, label: fn(&str) -> &'static str) -> impl IntoView {
    let i18n = use_i18n();
    (!errors.is_empty()).then(|| {
        let items = errors
            .iter()
            .map(|(field, code)| {
                let text = i18n.t_with(
                    "common-error-item",
                    &[("label", i18n.t(label(field)).into()), ("message", i18n.t(&code.message_id()).into())],
                );
                view! { <li><a href=format!("#{field}")>{text}</a></li> }
            })
            .collect_view();
        view! {
            <div class="problems" role="alert" tabindex="-1">
                <h2>{i18n.t("common-errors-title")}</h2>
                <ul>{items}</ul>
            </div>
        }
    })
}

/// A request-level message (not tied to a field), e.g. "wrong email or password".
#[component]
pub fn Alert(code: Option<ErrorCode>) -> impl IntoView {
    let i18n = use_i18n();
    code.map(|c| {
        view! {
            <div class="problems" role="alert">
                <p>{i18n.t(&c.message_id())}</p>
            </div>
        }
    })
}

/// A labelled `<select>` whose options are the children.
#[component]
pub fn Select(name: &'static str, label: &'static str, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for=name>{i18n.t(label)}</label>
            <select id=name name=name>{children()}</select>
        </div>
    }
}
