//! `score`: one assessment's results, as a readable table or as JSON.

use crate::assessment::Assessment;
use crate::cli::Context;
use crate::cli::Result;
use crate::cli::print::out;
use crate::results::Results;
use crate::score::Scorecard;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `score`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Assessment file.
    pub file: PathBuf,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Runs `score`.
pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let a = Assessment::load(&args.file, &ctx.framework)?;
    let card = Scorecard::compute(&ctx.framework, &a);
    let r = Results::new(&ctx.framework, &a, &card, ctx.lang);
    if args.json {
        out!("{}", r.to_json())?;
    } else {
        out!("{}", crate::cli::render::results_text(&r))?;
    }
    Ok(ExitCode::SUCCESS)
}
