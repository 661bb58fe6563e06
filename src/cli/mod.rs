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
use crate::error::CommandError;
use crate::framework::Framework;
use crate::lang::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

/// What every command works with: the framework and the language.
pub struct Context {
    /// The framework (built in, or `--framework`).
    pub framework: Framework,
    /// The language of every text printed or written.
    pub lang: Lang,
}

/// What the commands return: their result, or any core error, said in the user's language.
pub type Result<T> = std::result::Result<T, CommandError>;

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
        Command::Guide(a) => cmd::guide::run(&ctx, a),
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

/// An error as the command line prints it: in `lang`, with the hint of the flag that solves it,
/// control characters made visible.
pub fn error_text(e: &CommandError, lang: Lang) -> String {
    crate::text::terminal_safe(&e.render(lang)).into_owned()
}
