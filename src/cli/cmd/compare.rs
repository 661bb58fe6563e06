//! `compare`: two or more assessments side by side — per-family changes, overall change,
//! trend — printed, and exported through the export pipeline.

use crate::cli::args::{CsvArgs, ImageArgs};
use crate::cli::print::out;
use crate::cli::{Context, load_all};
use crate::compare::Comparison;
use crate::export::{Format, Options, Subject};
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `compare`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Two or more assessment files.
    #[arg(required = true, num_args = 2.., value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Write the comparison as CSV (to OUT, or to a generated name in exports/).
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub csv: Option<Option<PathBuf>>,
    /// Charts to draw and where.
    #[command(flatten)]
    pub images: ImageArgs,
    /// CSV separators.
    #[command(flatten)]
    pub csv_style: CsvArgs,
    /// Overwrite existing output files.
    #[arg(long)]
    pub force: bool,
}

/// Runs `compare`.
pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let l = ctx.lang;
    let loaded = load_all(&args.files, &ctx.framework)?;
    let inputs: Vec<(String, &crate::assessment::Assessment)> = loaded
        .iter()
        .map(|(p, a)| (p.display().to_string(), a))
        .collect();
    let subject = Subject::Comparison { inputs: &inputs };
    let options = Options {
        size: args.images.size,
        chart: args.images.chart.into(),
        csv: args.csv_style.style(),
        ..Options::new(l)
    };
    let wanted: Vec<(Format, Option<&std::path::Path>)> = [
        (Format::Csv, &args.csv),
        (Format::Png, &args.images.png),
        (Format::Svg, &args.images.svg),
    ]
    .into_iter()
    .filter_map(|(f, given)| given.as_ref().map(|p| (f, p.as_deref())))
    .collect();
    if !wanted.is_empty() {
        super::export::write(ctx, &subject, &wanted, &options, args.force)?;
    }
    if args.json {
        let bytes = crate::export::render(&ctx.framework, &subject, Format::Json, &options)?;
        out!("{}", String::from_utf8_lossy(&bytes))?;
    } else {
        let c = Comparison::new(&ctx.framework, &inputs);
        let names: Vec<String> = ctx
            .framework
            .families
            .iter()
            .map(|f| f.name.get(l).to_string())
            .collect();
        let stages: Vec<String> = ctx
            .framework
            .stages
            .iter()
            .map(|s| s.name.get(l).to_string())
            .collect();
        out!(
            "{}",
            crate::cli::render::comparison_text(&c, &names, &stages, l)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
