//! The app's views: each draws the state it is given (by reference where it only reads) and
//! returns the commands it asks for (`#[must_use] fn …_ui(…) -> Vec<Command>`), which the app
//! applies as soon as the view is drawn; no view knows the app.

pub mod compare;
pub mod comparison;
pub mod dialogs;
pub mod help;
pub mod ladder;
pub mod menu;
pub mod plan;
pub mod questionnaire;
pub mod results;
pub mod table;
pub mod team;
pub mod tips;
