//! The command line as `retail-maturity COMMAND …` runs it, but with the report typeset in this
//! process rather than in its worker, and built with symbols: for a profiler, since the release
//! binary has none. `CARGO_PROFILE_BENCH_STRIP=false cargo build --profile bench --example
//! profile_cli`, then `perf record target/release/examples/profile_cli report FILE --pdf OUT`.

use clap::Parser;
use retail_maturity::cli::{self, Cli};
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = Cli::parse();
    let lang = cli::lang_of(&args);
    let Some(command) = &args.command else {
        eprintln!("usage: profile_cli COMMAND …");
        return ExitCode::FAILURE;
    };
    match cli::run(&args, command) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", cli::error_text(&e, lang));
            ExitCode::FAILURE
        }
    }
}
