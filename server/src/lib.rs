//! The Équilibre server: configuration, database, HTTP routes and the CLI.
#![recursion_limit = "512"]
pub mod assets;
pub mod audit;
pub mod bench;
pub mod auth;
pub mod chores;
pub mod cli;
pub mod clock;
pub mod config;
pub mod copy;
pub mod db;
pub mod demo;
pub mod error;
pub mod http;
pub mod import;
pub mod indicators;
pub mod mail;
pub mod reception;
pub mod reference;
pub mod spreadsheet;
pub mod register;
pub mod startup;

pub use startup::Application;
