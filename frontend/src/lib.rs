//! The browser entry point: hydrates the islands of the server-rendered page.
// Linking the app crate registers its islands' wasm-bindgen exports.
extern crate app;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
