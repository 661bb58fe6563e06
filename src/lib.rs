//! retail-maturity: a digital-commerce maturity self-assessment — the core, free of any GUI.
#![deny(missing_docs)]

pub mod assessment;
pub mod cli;
pub mod compare;
pub mod error;
pub mod framework;
pub mod lang;
pub mod report;
pub mod schema;
pub mod score;
pub mod store;

pub use assessment::Assessment;
pub use error::FileError;
pub use framework::Framework;
pub use lang::{Lang, Text};
pub use score::Scorecard;
