//! Équilibre: pages, components, islands and the pure rules of the MEL's Plan de gestion.
//!
//! Rendering model: pages are server-rendered Leptos views; only `#[island]` components are
//! hydrated in the browser, so information pages ship no JavaScript at all.
#![recursion_limit = "256"]

pub mod api;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod render;
