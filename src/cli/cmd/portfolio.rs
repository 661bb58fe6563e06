//! `portfolio`: many assessments at once — ranked, summarised per family, failures listed —
//! and its exports through the export pipeline.

use crate::cli::Context;
use crate::cli::Result;
use crate::cli::options::CsvArgs;
use crate::cli::output;
use crate::cli::print::{errln, out, outln};
use crate::cli::table::{Align, Table};
use crate::export::{self, Format, IMAGE_SIZE, Options, Subject};
use crate::portfolio::{Portfolio, find_files};
use crate::store::Plan;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

/// Files above which a progress bar is shown on a terminal.
const PROGRESS_FROM: usize = 500;

/// Options of `portfolio`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folders to search for assessment files (`*.json`), or files.
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    /// Write the ranking as CSV (one row per assessment, with its family levels).
    #[arg(long, value_name = "OUT")]
    pub csv: Option<PathBuf>,
    /// Write the ranking, distributions and failures as JSON.
    #[arg(long, value_name = "OUT")]
    pub json: Option<PathBuf>,
    /// Draw the mean profile and radar as PNG.
    #[arg(long, value_name = "OUT")]
    pub png: Option<PathBuf>,
    /// Write the ranking and the levels per family as an Excel workbook.
    #[arg(long, value_name = "OUT")]
    pub xlsx: Option<PathBuf>,
    /// Write the mean profile as a reference file the app can pin.
    #[arg(long, value_name = "OUT")]
    pub reference: Option<PathBuf>,
    /// Name of the reference (default: "Portfolio mean (N assessments)").
    #[arg(long)]
    pub label: Option<String>,
    /// Show only the first N of the ranking on the terminal.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// CSV separators.
    #[command(flatten)]
    pub csv_style: CsvArgs,
    /// Overwrite existing output files.
    #[arg(long)]
    pub force: bool,
}

/// Runs `portfolio`: exit 1 when a file failed.
pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let l = ctx.lang;
    let framework = &ctx.framework;
    let (files, mut failures) = find_files(&args.dirs);
    let bar = (std::io::stderr().is_terminal() && files.len() >= PROGRESS_FROM).then(|| {
        let b = indicatif::ProgressBar::new(files.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} eta {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    });
    let tick = || {
        if let Some(b) = &bar {
            b.inc(1);
        }
    };
    let mut p = Portfolio::build(framework, &files, &tick);
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    failures.append(&mut p.failures);
    p.failures = failures;
    if p.entries.is_empty() {
        // Nothing to rank: say why, and write no empty table or file.
        for f in &p.failures {
            errln!("{:<8} {}", l.t("cli-failed"), f.render(l));
        }
        let dirs: Vec<String> = args.dirs.iter().map(|d| d.display().to_string()).collect();
        errln!(
            "{}",
            crate::tr!(
                l,
                "cli-portfolio-empty",
                count = files.len(),
                dirs = dirs.join(", ")
            )
        );
        return Ok(ExitCode::FAILURE);
    }
    print_ranking(ctx, &p, args.limit)?;
    print_distributions(ctx, &p)?;
    for f in &p.failures {
        errln!("{:<8} {}", l.t("cli-failed"), f.render(l));
    }

    let label = args
        .label
        .clone()
        .unwrap_or_else(|| crate::tr!(l, "portfolio-mean-label", count = p.entries.len()));
    let mean = p.reference(framework, label);
    let subject = Subject::Portfolio {
        portfolio: &p,
        mean: &mean,
    };
    let options = Options {
        csv: args.csv_style.style(),
        size: IMAGE_SIZE,
        ..Options::new(l)
    };
    let mut plan = Plan::new(output::overwrite(args.force));
    // No output may replace one of the files read.
    plan.reading(
        p.entries
            .iter()
            .map(|e| &e.path)
            .chain(p.failures.iter().map(|f| &f.path)),
    );
    let mut jobs = Vec::new();
    for (format, given) in [
        (Some(Format::Csv), &args.csv),
        (Some(Format::Json), &args.json),
        (Some(Format::Png), &args.png),
        (Some(Format::Xlsx), &args.xlsx),
        (None, &args.reference),
    ] {
        if let Some(path) = given {
            jobs.push((plan.given(path)?, format));
        }
    }
    for (i, format) in jobs {
        let bytes = match format {
            Some(f) => export::render(framework, &subject, f, &options)?,
            None => mean.to_json().into_bytes(),
        };
        plan.set(i, bytes);
    }
    output::commit(plan, l)?;
    Ok(if p.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn print_ranking(ctx: &Context, p: &Portfolio, limit: Option<usize>) -> Result<()> {
    let l = ctx.lang;
    let stages: Vec<&str> = ctx.framework.stages.iter().map(|s| s.name.get(l)).collect();
    let mut t = Table::new(&[
        ("#", Align::Right),
        (l.t("col-retailer"), Align::Left),
        (l.t("col-date"), Align::Left),
        (l.t("col-score"), Align::Right),
        (l.t("col-stage"), Align::Left),
        (l.t("col-in-store"), Align::Right),
        (l.t("col-checked"), Align::Right),
        (l.t("col-file"), Align::Left),
    ]);
    for (i, e) in p
        .entries
        .iter()
        .take(limit.unwrap_or(usize::MAX))
        .enumerate()
    {
        t.row(vec![
            (i + 1).to_string(),
            crate::text::short(&e.retailer, 60).into_owned(),
            e.date.clone().unwrap_or_default(),
            crate::chart::data::number(e.score, l),
            stages.get(e.stage).copied().unwrap_or("").to_string(),
            format!("{:.0} %", e.in_store_coverage * 100.0),
            format!("{:.0} %", e.checked_share * 100.0),
            e.path.display().to_string(),
        ]);
    }
    outln!(
        "{}",
        crate::tr!(
            l,
            "cli-portfolio-ranked",
            count = p.entries.len(),
            failed = p.failures.len()
        )
    )?;
    out!("{}", t.render())?;
    if let Some(n) = limit.filter(|&n| n < p.entries.len()) {
        outln!(
            "{}",
            crate::tr!(l, "cli-portfolio-more", count = p.entries.len() - n)
        )?;
    }
    Ok(())
}

fn print_distributions(ctx: &Context, p: &Portfolio) -> Result<()> {
    let l = ctx.lang;
    outln!("\n{}", l.t("cli-portfolio-levels"))?;
    let mut d = Table::new(&[
        (l.t("col-family"), Align::Left),
        ("n", Align::Right),
        ("0", Align::Right),
        ("1", Align::Right),
        ("2", Align::Right),
        ("3", Align::Right),
        ("4", Align::Right),
        ("5", Align::Right),
        (l.t("col-mean"), Align::Right),
        (l.t("col-median"), Align::Right),
    ]);
    for (f, dist) in ctx.framework.families.iter().zip(&p.distributions) {
        let mut row = vec![f.name.get(l).to_string(), dist.applicable.to_string()];
        row.extend(dist.counts.iter().map(|c| c.to_string()));
        row.push(crate::i18n::format_number(dist.mean, 2, l.decimal()));
        row.push(crate::i18n::format_number(dist.median, 1, l.decimal()));
        d.row(row);
    }
    out!("{}", d.render())
}
