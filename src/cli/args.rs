//! Command-line arguments (clap): the desktop app with no command, the headless commands
//! otherwise.

use super::cmd;
use crate::lang::Lang;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Examples printed under `--help`.
const EXAMPLES: &str = "\
Examples:
  retail-maturity                                     open the desktop app
  retail-maturity new dupont-2026.json --retailer \"Maison Dupont\"
  retail-maturity validate audits/*.json
  retail-maturity score dupont-2026.json --lang en
  retail-maturity export dupont-2026.json --png --svg --csv    (into exports/)
  retail-maturity compare dupont-2025.json dupont-2026.json --png
  retail-maturity portfolio audits/ --csv ranking.csv --reference sector.json
  retail-maturity report dupont-2026.json --pdf dupont-2026.pdf --lang fr
  retail-maturity consolidate team/*.json -o dupont-team.json
  retail-maturity guide rental --level 3 --lang fr";

/// Digital-commerce maturity self-assessment for retailers.
///
/// With no command, opens the desktop app.
#[derive(Debug, Parser)]
#[command(name = "retail-maturity", version, about, long_about = None, after_help = EXAMPLES)]
pub struct Cli {
    /// A framework file to use instead of the built-in one.
    #[arg(long, global = true, value_name = "FILE")]
    pub framework: Option<PathBuf>,
    /// Language of texts and labels (default: the system's).
    #[arg(long, global = true, value_name = "fr|en")]
    pub lang: Option<Lang>,
    /// Options of the desktop app.
    #[command(flatten)]
    pub app: AppArgs,
    /// The command; none opens the desktop app.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options of the desktop app (with no command).
#[derive(Debug, Args)]
pub struct AppArgs {
    /// Desktop app: open this assessment at start (or the answers a link carries, `…#answers=…`).
    #[arg(long, value_name = "FILE")]
    pub open: Option<PathBuf>,
    /// Desktop app: start in the Compare view with these assessments picked.
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub compare: Vec<PathBuf>,
    /// Desktop app: pin this reference (or assessment) under the profile.
    #[arg(long, value_name = "FILE")]
    pub reference: Option<PathBuf>,
    /// Desktop app: close as soon as the first frame is painted (start-up benchmarks).
    #[arg(long, hide = true)]
    pub quit_after_first_frame: bool,
    /// Desktop app: render the window once, save a screenshot to this PNG and exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// Desktop app: light or dark theme (default: the one last chosen).
    #[arg(long, value_enum, value_name = "light|dark")]
    pub theme: Option<ThemeArg>,
    /// Desktop app: window size in points, e.g. 1024x700 (default 1280x800).
    #[arg(long, value_name = "WxH", value_parser = super::output::parse_window)]
    pub window: Option<(u32, u32)>,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a blank assessment to fill in.
    New(cmd::new::Args),
    /// Check assessment files and say why each one is invalid.
    Validate(cmd::validate::Args),
    /// Score an assessment.
    Score(cmd::score::Args),
    /// Compare assessments: per-family deltas, overall delta, trend (ordered by date).
    Compare(cmd::compare::Args),
    /// Export scored results (JSON, CSV) and charts (PNG, SVG).
    Export(cmd::export::Args),
    /// Score every assessment under folders (recursively): ranking, levels per family, failures.
    Portfolio(cmd::portfolio::Args),
    /// Consolidate several respondents of one retailer: one assessment, disagreements first.
    Consolidate(cmd::consolidate::Args),
    /// Make the PDF report of an assessment, or of a comparison of several.
    Report(cmd::report::Args),
    /// Print the guidance of one track, one level of it, or all: what each practice means,
    /// how to tell you do it, why, what to do first, what to measure, effort and impact.
    Guide(cmd::guide::Args),
    /// Print the JSON Schema of the assessment file.
    Schema,
}

/// Light or dark (the desktop app's `--theme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    /// Light.
    Light,
    /// Dark.
    Dark,
}
