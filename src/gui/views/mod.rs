//! The app's views: each draws the narrow state it is given and returns the commands the app
//! applies after the frame; no view knows the app.

pub mod compare;
pub mod menu;
pub mod questionnaire;
pub mod results;
