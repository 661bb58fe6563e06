//! `export`: one assessment's results (JSON, CSV) and charts (PNG, SVG), through the export
//! pipeline; every output checked before any is written, all written or none.

use crate::assessment::Assessment;
use crate::cli::args::{CsvArgs, ImageArgs};
use crate::cli::output;
use crate::cli::{CliError, Context};
use crate::export::{self, Format, Options, Subject};
use crate::msg;
use crate::reference::Reference;
use crate::store::Plan;
use anyhow::Result;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Options of `export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Assessment file.
    pub file: PathBuf,
    /// Write results as JSON (to OUT, or to a generated name in exports/).
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub json: Option<Option<PathBuf>>,
    /// Write results as CSV, one row per family (to OUT, or to a generated name in exports/).
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub csv: Option<Option<PathBuf>>,
    /// Charts to draw and where.
    #[command(flatten)]
    pub images: ImageArgs,
    /// CSV separators.
    #[command(flatten)]
    pub csv_style: CsvArgs,
    /// Draw this reference (or assessment) under the charts.
    #[arg(long, value_name = "FILE")]
    pub reference: Option<PathBuf>,
    /// Overwrite existing output files.
    #[arg(long)]
    pub force: bool,
}

impl Args {
    /// The formats asked for, each with its path if one was given.
    pub fn outputs(&self) -> Vec<(Format, Option<&Path>)> {
        [
            (Format::Json, &self.json),
            (Format::Csv, &self.csv),
            (Format::Png, &self.images.png),
            (Format::Svg, &self.images.svg),
        ]
        .into_iter()
        .filter_map(|(f, given)| given.as_ref().map(|p| (f, p.as_deref())))
        .collect()
    }
}

/// A reference file, or an assessment pinned as one.
pub fn load_reference(path: &Path, ctx: &Context) -> Result<Reference> {
    Reference::load(path, &ctx.framework).or_else(|e| {
        if e.has_problem("json-wrong-format") {
            Ok(Reference::of_assessment(
                &ctx.framework,
                &Assessment::load(path, &ctx.framework)?,
            ))
        } else {
            Err(e.into())
        }
    })
}

/// Runs `export`.
pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let wanted = args.outputs();
    if wanted.is_empty() {
        return Err(CliError(msg!("cli-export-nothing")).into());
    }
    let a = Assessment::load(&args.file, &ctx.framework)?;
    let reference = args
        .reference
        .as_deref()
        .map(|p| load_reference(p, ctx))
        .transpose()?;
    let subject = Subject::Assessment {
        assessment: &a,
        reference: reference.as_ref(),
    };
    let options = Options {
        size: args.images.size,
        chart: args.images.chart.into(),
        csv: args.csv_style.style(),
        ..Options::new(ctx.lang)
    };
    write(ctx, &subject, &wanted, &options, args.force)?;
    Ok(ExitCode::SUCCESS)
}

/// Checks every output, renders them all, then writes them all (or none).
pub fn write(
    ctx: &Context,
    subject: &Subject<'_>,
    wanted: &[(Format, Option<&Path>)],
    options: &Options,
    force: bool,
) -> Result<()> {
    let mut plan = Plan::new(output::overwrite(force));
    let mut slots = Vec::new();
    for (format, given) in wanted {
        let stem = export::file_stem(subject, *format, options);
        slots.push((
            output::add(&mut plan, *given, &stem, format.ext())?,
            *format,
        ));
    }
    for (i, format) in slots {
        plan.set(i, export::render(&ctx.framework, subject, format, options)?);
    }
    output::commit(plan, ctx.lang)?;
    Ok(())
}
