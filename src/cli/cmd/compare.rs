//! `compare`: two or more assessments side by side — per-family changes, overall change,
//! trend — printed, and exported through the export pipeline.

use crate::cli::Result;
use crate::cli::options::WriteArgs;
use crate::cli::print::out;
use crate::cli::{Context, load_all, output};
use crate::compare::Comparison;
use crate::export::{Format, Options, Subject};
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
    /// Write the comparison as an Excel workbook (to OUT, or to a generated name in exports/).
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub xlsx: Option<Option<PathBuf>>,
    /// Charts, CSV separators, overwriting.
    #[command(flatten)]
    pub write: WriteArgs,
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
        size: args.write.images.size,
        chart: args.write.images.chart.into(),
        csv: args.write.csv_style.style(),
        ..Options::new(l)
    };
    let wanted = output::wanted([
        (Format::Csv, &args.csv),
        (Format::Png, &args.write.images.png),
        (Format::Svg, &args.write.images.svg),
        (Format::Xlsx, &args.xlsx),
    ]);
    if !wanted.is_empty() {
        let read: Vec<&std::path::Path> = args.files.iter().map(|p| p.as_path()).collect();
        output::write_exports(ctx, &subject, &wanted, &options, args.write.force, &read)?;
    }
    if args.json {
        let bytes = crate::export::render(&ctx.framework, &subject, Format::Json, &options)?;
        out!("{}", String::from_utf8_lossy(&bytes))?;
    } else {
        let c = Comparison::new(&ctx.framework, &inputs);
        out!(
            "{}",
            crate::cli::render::comparison_text(&c, &ctx.framework, l)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
