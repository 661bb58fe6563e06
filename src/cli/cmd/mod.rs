//! The headless commands, one file each with its arguments and its `run`.

pub mod compare;
pub mod consolidate;
pub mod export;
pub mod guide;
pub mod new;
pub mod portfolio;
pub mod report;
pub mod schema;
pub mod score;
pub mod validate;
