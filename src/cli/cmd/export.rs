//! `export`: one assessment's results (JSON, CSV) and charts (PNG, SVG), through the export
//! pipeline; every output checked before any is written, all written or none.

use crate::assessment::Assessment;
use crate::cli::Context;
use crate::cli::Result;
use crate::cli::options::WriteArgs;
use crate::cli::output;
use crate::export::{Format, Options, Subject};
use crate::msg;
use crate::reference::Reference;
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
    /// Write the Excel workbook: summary with charts, families, action plan (to OUT, or to a
    /// generated name in exports/).
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub xlsx: Option<Option<PathBuf>>,
    /// Write the PDF report (to OUT, or to a generated name in exports/).
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub pdf: Option<Option<PathBuf>>,
    /// Charts, CSV separators, overwriting.
    #[command(flatten)]
    pub write: WriteArgs,
    /// Draw this reference (or assessment) under the charts.
    #[arg(long, value_name = "FILE")]
    pub reference: Option<PathBuf>,
}

impl Args {
    /// The formats asked for, each with its path if one was given.
    pub fn outputs(&self) -> Vec<(Format, Option<&Path>)> {
        output::wanted([
            (Format::Json, &self.json),
            (Format::Csv, &self.csv),
            (Format::Png, &self.write.images.png),
            (Format::Svg, &self.write.images.svg),
            (Format::Xlsx, &self.xlsx),
            (Format::Pdf, &self.pdf),
        ])
    }
}

/// Runs `export`.
pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let wanted = args.outputs();
    if wanted.is_empty() {
        return Err(msg!("cli-export-nothing").into());
    }
    let a = Assessment::load(&args.file, &ctx.framework)?;
    let reference = args
        .reference
        .as_deref()
        .map(|p| Reference::load_pinnable(p, &ctx.framework))
        .transpose()?;
    let subject = Subject::Assessment {
        assessment: &a,
        reference: reference.as_ref(),
    };
    let options = Options {
        size: args.write.images.size,
        chart: args.write.images.chart.into(),
        csv: args.write.csv_style.style(),
        ..Options::new(ctx.lang)
    };
    let mut read = vec![args.file.as_path()];
    read.extend(args.reference.as_deref());
    output::write_exports(ctx, &subject, &wanted, &options, args.write.force, &read)?;
    Ok(ExitCode::SUCCESS)
}
