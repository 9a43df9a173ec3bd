//! One integration-test binary (one link step), a module per area.
mod agent;
mod api;
mod bilan;
mod booking;
mod booking_pages;
mod cli;
mod data;
mod faults;
mod import;
mod indicators;
mod pages;
mod platform;
mod staff;
