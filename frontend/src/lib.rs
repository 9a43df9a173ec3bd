//! The browser entry point: hydrates the islands of the server-rendered page.
// Linking the app crate registers its islands' wasm-bindgen exports.
extern crate app;

/// No panic hook: its message formatting would weigh more than the rest of an island, and a
/// panic in an island only leaves the server-rendered page as it was.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}
