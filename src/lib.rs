//! retail-maturity: a digital-commerce maturity self-assessment. Everything but `gui` is the
//! core, free of egui, shared by the desktop app and the command line.
#![deny(missing_docs)]

pub mod assessment;
pub mod cells;
pub mod chart;
pub mod cli;
pub mod compare;
pub mod error;
pub mod export;
pub mod framework;
pub mod gui;
pub mod lang;
pub mod portfolio;
pub mod reference;
pub mod report;
pub mod schema;
pub mod score;
pub mod store;

pub use assessment::Assessment;
pub use error::FileError;
pub use framework::Framework;
pub use lang::{Lang, Text};
pub use score::Scorecard;
