//! The app's views: each draws the narrow state it is given and returns the commands the app
//! applies after the frame; no view knows the app.

pub mod compare;
pub mod comparison;
pub mod help;
pub mod menu;
pub mod plan;
pub mod questionnaire;
pub mod results;
pub mod team;
pub mod tips;
pub mod welcome;
