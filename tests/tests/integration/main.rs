//! One integration-test binary (one link step), a module per area.
mod agent;
mod api;
mod bilan;
mod booking;
mod booking_pages;
mod cli;
mod copy;
mod data;
mod faults;
mod import;
mod instances;
mod indicators;
mod pages;
mod platform;
mod schema;
mod security;
mod staff;
