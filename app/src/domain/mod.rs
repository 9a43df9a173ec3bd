//! The rules, pure: no IO, no Leptos. The same code runs on the server and in the browser.
pub mod access;
pub mod aci;
pub mod band;
pub mod bilan;
pub mod contact;
pub mod date;
pub mod disclosure;
pub mod eligibility;
pub mod holidays;
pub mod household;
pub mod money;
pub mod nur;
pub mod publication;
pub mod quota;
pub mod rules;
pub mod schedule;
