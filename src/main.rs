//! Entry point: the desktop app with no command, the headless commands otherwise.

use clap::Parser;
use retail_maturity::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    let result = match &args.command {
        Some(command) => cli::run(&args, command),
        None => {
            eprintln!(
                "retail-maturity: the desktop app is not built yet; use a command (see --help)"
            );
            Ok(ExitCode::from(2))
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
