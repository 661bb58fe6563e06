//! The command line: parses arguments and runs the headless commands over the core; errors are
//! printed once, in the language asked for, with the hint a command-line user needs.

pub mod args;
pub mod cmd;
pub mod options;
pub mod output;
pub mod print;
mod render;
mod table;

pub use args::{Cli, Command};

use crate::assessment::Assessment;
use crate::chart::ChartError;
use crate::error::FileError;
use crate::export::ExportError;
use crate::framework::Framework;
use crate::i18n::Msg;
use crate::lang::Lang;
use anyhow::Result;
use std::fmt;
use std::path::PathBuf;
use std::process::ExitCode;

/// What every command works with: the framework and the language.
pub struct Context {
    /// The framework (built in, or `--framework`).
    pub framework: Framework,
    /// The language of every text printed or written.
    pub lang: Lang,
}

/// A message of the command line itself, rendered in the user's language when printed.
#[derive(Debug)]
pub struct CliError(pub Msg);

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for CliError {}

/// The language of a run: `--lang`, else the system's.
pub fn lang_of(cli: &Cli) -> Lang {
    cli.lang.unwrap_or_else(Lang::system)
}

/// Runs a headless command; returns the process exit code.
pub fn run(cli: &Cli, command: &Command) -> Result<ExitCode> {
    let ctx = Context {
        framework: load_framework(cli)?,
        lang: lang_of(cli),
    };
    match command {
        Command::New(a) => cmd::new::run(&ctx, a),
        Command::Validate(a) => cmd::validate::run(&ctx, a),
        Command::Score(a) => cmd::score::run(&ctx, a),
        Command::Compare(a) => cmd::compare::run(&ctx, a),
        Command::Export(a) => cmd::export::run(&ctx, a),
        Command::Portfolio(a) => cmd::portfolio::run(&ctx, a),
        Command::Report(a) => cmd::report::run(&ctx, a),
        Command::Consolidate(a) => cmd::consolidate::run(&ctx, a),
        Command::Schema => cmd::schema::run(),
    }
}

/// The framework of the run: `--framework FILE`, else the built-in one.
pub fn load_framework(cli: &Cli) -> Result<Framework> {
    match &cli.framework {
        Some(p) => Ok(Framework::load(p)?),
        None => Ok(Framework::builtin().clone()),
    }
}

/// Loads every file, or fails on the first that cannot be loaded.
pub(crate) fn load_all(
    files: &[PathBuf],
    framework: &Framework,
) -> Result<Vec<(PathBuf, Assessment)>> {
    files
        .iter()
        .map(|f| Ok((f.clone(), Assessment::load(f, framework)?)))
        .collect()
}

/// An error as the command line prints it: each cause in `lang`, with hints for the flags
/// that solve it.
pub fn error_text(e: &anyhow::Error, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in e.chain() {
        let text = if let Some(f) = cause.downcast_ref::<FileError>() {
            let mut s = f.render(lang);
            if matches!(f, FileError::Exists { .. }) {
                s.push_str(&format!(" ({})", lang.t("cli-hint-force")));
            }
            if f.has_problem("assessment-framework-mismatch") {
                s.push_str(&format!(" ({})", lang.t("cli-hint-framework")));
            }
            s
        } else if let Some(x) = cause.downcast_ref::<ExportError>() {
            x.render(lang)
        } else if let Some(c) = cause.downcast_ref::<ChartError>() {
            c.render(lang)
        } else if let Some(c) = cause.downcast_ref::<CliError>() {
            c.0.render(lang)
        } else {
            cause.to_string()
        };
        parts.push(text);
    }
    crate::text::terminal_safe(&parts.join(": ")).into_owned()
}
