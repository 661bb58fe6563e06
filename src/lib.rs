//! retail-maturity: a digital-commerce maturity self-assessment. Everything but `gui` is the
//! core, free of egui, shared by the desktop app, the command line and the browser.
#![deny(missing_docs)]

pub mod i18n;

pub mod assessment;
pub mod cells;
pub mod chart;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod compare;
pub mod error;
pub mod examples;
pub mod export;
pub mod framework;
#[cfg(feature = "gui")]
pub mod gui;
pub mod lang;
pub mod link;
pub mod plan;
pub mod platform;
pub mod portfolio;
pub mod reference;
pub mod report;
pub mod request;
pub mod results;
pub mod schema;
pub mod score;
pub mod store;
pub mod team;
pub mod text;

pub use assessment::Assessment;
pub use error::FileError;
pub use framework::Framework;
pub use lang::{Lang, Text};
pub use score::Scorecard;
