//! Entry point: the desktop app with no command, the headless commands otherwise (in the
//! browser, the app alone).

#[cfg(not(target_arch = "wasm32"))]
use clap::Parser;
#[cfg(not(target_arch = "wasm32"))]
use retail_maturity::cli::{self, Cli};
#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

/// mimalloc: the portfolio's many small allocations across threads cost a third less than with
/// the system allocator (BENCHMARKS.md).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    // The report's engine, in a process of its own (retail_maturity::report::isolate).
    #[cfg(engine)]
    {
        if std::env::args_os().nth(1).is_some_and(|a| a == "__typeset") {
            return retail_maturity::report::isolate::worker();
        }
        if let Ok(exe) = std::env::current_exe() {
            retail_maturity::report::isolate::isolate_in(exe);
        }
    }
    let args = Cli::parse();
    let lang = cli::lang_of(&args);
    let result = match &args.command {
        Some(command) => cli::run(&args, command),
        None => run_app(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let error = lang.t("cli-error");
            cli::print::stderr(format_args!("{error}: {}\n", cli::error_text(&e, lang)));
            ExitCode::FAILURE
        }
    }
}

#[cfg(all(feature = "gui", not(target_arch = "wasm32")))]
fn run_app(args: &Cli) -> Result<ExitCode, retail_maturity::error::CommandError> {
    retail_maturity::gui::native::run(args)?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(all(not(feature = "gui"), not(target_arch = "wasm32")))]
fn run_app(_: &Cli) -> Result<ExitCode, retail_maturity::error::CommandError> {
    Err(retail_maturity::msg!("cli-no-gui").into())
}

#[cfg(target_arch = "wasm32")]
fn main() {
    retail_maturity::gui::web::start();
}
