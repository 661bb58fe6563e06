//! The integration tests, one module per subject, linked into one test binary: one link instead
//! of one per file, and a fraction of the disk (each binary carries the whole app).

#[cfg(feature = "gui")]
mod common;

#[cfg(feature = "gui")]
mod a11y;
mod charts;
mod charts_gui;
mod cli;
mod compare_gui;
mod corpus;
mod crash_safety;
mod framework_seed;
mod gui;
mod guidance;
mod hostile;
mod journey3;
mod journey_gui;
#[cfg(feature = "gui")]
mod layout;
#[cfg(feature = "gui")]
mod links;
mod pipeline;
mod properties;
mod reliability;
mod report;
mod safety_gui;
mod schema;
mod team;
mod trust;
mod workbook;
