//! The desktop app (eframe/egui): questionnaire, live results, comparison, files. Only this
//! module uses egui; it is built with the `gui` feature.

pub mod app;
/// egui's accessibility tree as the browser's mirror of ARIA elements should hold it.
pub mod aria_map;
pub mod autosave;
pub mod chart_painter;
pub mod chart_view;
pub mod command;
pub mod compare_state;
pub mod document;
pub mod editor;
pub mod files;
pub mod hotkeys;
pub mod known;
pub mod layout;
#[cfg(not(target_arch = "wasm32"))]
pub mod native;
pub mod platform;
pub mod screenshot;
pub mod settings;
pub mod views;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use app::{App, Options};
