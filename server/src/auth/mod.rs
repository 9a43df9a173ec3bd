//! Staff authentication: passwords, second factor, sessions, throttling, accounts.
pub mod password;
pub mod session;
pub mod throttle;
pub mod token;
pub mod totp;
pub mod users;
