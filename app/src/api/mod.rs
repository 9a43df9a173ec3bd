//! Shapes shared by the JSON API, the pages and the browser: request parsing, response DTOs and
//! error codes. Parsing lives here once, so the API, the no-JavaScript form and the island agree.
pub mod eligibility;
pub mod error;
pub mod indicators;
pub mod limits;
pub mod reception;
pub mod urlencoded;
