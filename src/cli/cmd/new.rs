//! `new`: a blank assessment to fill in, every track listed and none answered.

use crate::assessment::Assessment;
use crate::cli::Context;
use crate::cli::Result;
use crate::cli::output;
use crate::cli::print::{errln, out};
use crate::store::Plan;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `new`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output file (default: print to standard output); same as -o.
    #[arg(value_name = "FILE", conflicts_with = "output")]
    pub file: Option<PathBuf>,
    /// Output file (default: print to standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Retailer name.
    #[arg(long)]
    pub retailer: Option<String>,
    /// Overwrite an existing file.
    #[arg(long)]
    pub force: bool,
}

/// Runs `new`.
pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let mut a = Assessment::blank(&ctx.framework);
    if let Some(r) = &args.retailer {
        a.retailer = r.clone();
    }
    match args.file.as_ref().or(args.output.as_ref()) {
        Some(path) => {
            let mut plan = Plan::new(output::overwrite(args.force));
            let i = plan.given(path)?;
            plan.set(i, a.to_json().into_bytes());
            plan.commit()?;
            errln!(
                "{}",
                crate::tr!(ctx.lang, "cli-new-written", path = path.display())
            );
        }
        None => out!("{}", a.to_json())?,
    }
    Ok(ExitCode::SUCCESS)
}
