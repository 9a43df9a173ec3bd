//! One integration-test binary (one link step), a module per area.
mod api;
mod cli;
mod pages;
mod platform;
