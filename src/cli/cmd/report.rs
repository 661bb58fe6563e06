//! `report`: the PDF report of one assessment, or of a comparison of several (in date order),
//! laid out by the built-in template or by the one given.

use crate::cli::Result;
use crate::cli::{Context, load_all, output};
use crate::export::{Format, Options, Subject};
use crate::report::Template;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// Options of `report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// One assessment file (its report), or several (their comparison).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Write the PDF to OUT (default: a generated name in exports/, printed).
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub pdf: Option<Option<PathBuf>>,
    /// A typst template to use instead of the built-in one (README, "Report templates").
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,
    /// Compare one assessment with this reference or earlier assessment in its summary.
    #[arg(long, value_name = "FILE")]
    pub reference: Option<PathBuf>,
    /// Overwrite an existing output file.
    #[arg(long)]
    pub force: bool,
}

/// Runs `report`.
pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let template = match &args.template {
        Some(p) => Template::load(p)?,
        None => Template::builtin(),
    };
    let loaded = load_all(&args.files, &ctx.framework)?;
    let reference = args
        .reference
        .as_deref()
        .map(|p| crate::reference::Reference::load_pinnable(p, &ctx.framework))
        .transpose()?;
    let inputs: Vec<(String, &crate::assessment::Assessment)> = loaded
        .iter()
        .map(|(p, a)| (p.display().to_string(), a))
        .collect();
    let subject = match inputs.as_slice() {
        [(_, one)] => Subject::Assessment {
            assessment: one,
            reference: reference.as_ref(),
        },
        _ => Subject::Comparison { inputs: &inputs },
    };
    let options = Options {
        template: Some(Arc::new(template)),
        ..Options::new(ctx.lang)
    };
    let given = args.pdf.as_ref().and_then(|p| p.as_deref());
    let mut read: Vec<&std::path::Path> = args.files.iter().map(|p| p.as_path()).collect();
    read.extend(args.template.as_deref());
    read.extend(args.reference.as_deref());
    output::write_exports(
        ctx,
        &subject,
        &[(Format::Pdf, given)],
        &options,
        args.force,
        &read,
    )?;
    Ok(ExitCode::SUCCESS)
}
