//! Entry point: the desktop app with no command, the headless commands otherwise.

use clap::Parser;
use retail_maturity::cli::{self, Cli};
use retail_maturity::gui;
use std::process::ExitCode;

/// mimalloc: the portfolio's many small allocations across threads cost a third less than with
/// the system allocator (BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn run_app(args: &Cli) -> anyhow::Result<ExitCode> {
    let framework = match &args.framework {
        Some(p) => Some(retail_maturity::Framework::load(p)?),
        None => None,
    };
    for p in args.open.iter().chain(&args.compare) {
        // Fail early, with the core's message, rather than open a window on a broken file.
        let fw = framework
            .clone()
            .unwrap_or_else(|| retail_maturity::Framework::builtin().clone());
        retail_maturity::Assessment::load(p, &fw)?;
    }
    let options = gui::Options {
        framework,
        open: args.open.clone(),
        lang: args.lang,
        dialogs: args.screenshot.is_none(),
        exports_dir: None,
        theme: args.theme,
        compare: args.compare.clone(),
        reference: args.reference.clone(),
        // A screenshot run leaves no autosave and asks no question about an earlier one.
        data_dir: if args.screenshot.is_none() && !args.quit_after_first_frame {
            eframe::storage_dir("retail-maturity")
        } else {
            None
        },
    };
    gui::run(
        options,
        args.screenshot.clone(),
        args.quit_after_first_frame,
    )?;
    Ok(ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    let args = Cli::parse();
    let result = match &args.command {
        Some(command) => cli::run(&args, command),
        None => run_app(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            retail_maturity::cli::print::stderr(format_args!("error: {e:#}\n"));
            ExitCode::FAILURE
        }
    }
}
