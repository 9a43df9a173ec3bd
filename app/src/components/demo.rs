//! The notice every view of demonstration data carries (data, sites, bookings): invented
//! figures, places and appointments must never pass for real ones.

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// What the demonstration data on a page is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Demo {
    /// Figures (indicators, the register behind a bilan).
    Figures,
    /// Reception sites.
    Sites,
    /// Sites, slots and appointments.
    Booking,
}

impl Demo {
    pub fn message_id(self) -> &'static str {
        match self {
            Demo::Figures => "data-demo-notice",
            Demo::Sites => "data-demo-sites",
            Demo::Booking => "data-demo-booking",
        }
    }
}

/// The notice, when `shown`.
#[component]
pub fn DemoNote(shown: bool, what: Demo) -> impl IntoView {
    let i18n = use_i18n();
    shown.then(|| view! { <p class="notice notice--demo" role="note"><strong>{i18n.t(what.message_id())}</strong></p> })
}
