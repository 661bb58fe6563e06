//! `validate`: each file checked, and why each invalid one is invalid.

use crate::assessment::{ASSESSMENT_VERSION, Assessment};
use crate::cli::Context;
use crate::cli::Result;
use crate::cli::print::{errln, outln};
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Assessment files.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

/// Runs `validate`: exit 1 when any file is invalid.
pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let l = ctx.lang;
    let mut bad = 0;
    for f in &args.files {
        match Assessment::load_versioned(f, &ctx.framework) {
            Ok((a, v)) => {
                let upgraded = if v == ASSESSMENT_VERSION {
                    String::new()
                } else {
                    format!(
                        " ({})",
                        crate::tr!(
                            l,
                            "cli-validate-upgraded",
                            version = v,
                            current = ASSESSMENT_VERSION
                        )
                    )
                };
                outln!(
                    "{:<8} {} — {}{upgraded}",
                    l.t("cli-validate-ok"),
                    f.display(),
                    a.label()
                )?
            }
            Err(e) => {
                bad += 1;
                outln!("{:<8} {}", l.t("cli-validate-invalid"), e.render(l))?;
            }
        }
    }
    if bad > 0 {
        errln!(
            "{}",
            crate::tr!(
                l,
                "cli-validate-summary",
                bad = bad,
                total = args.files.len()
            )
        );
        Ok(ExitCode::FAILURE)
    } else {
        Ok(ExitCode::SUCCESS)
    }
}
