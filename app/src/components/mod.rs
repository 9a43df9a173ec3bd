//! Reusable view pieces.
pub mod chart;
pub mod form;
pub mod table;
pub mod layout;
pub mod demo;
