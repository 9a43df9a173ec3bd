//! Data tables.

use crate::i18n::I18n;
use leptos::prelude::*;

/// A captioned table in a keyboard-reachable scroll region; column headers are message ids.
pub fn data_table(i18n: &I18n, id: &str, caption: String, columns: &[&str], body: impl IntoView + 'static) -> impl IntoView {
    let head = columns.iter().map(|c| view! { <th scope="col">{i18n.t(c)}</th> }).collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=id.to_owned()>
            <table class="table">
                <caption id=id.to_owned()>{caption}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

