//! `consolidate`: several respondents of one retailer, one consolidated assessment; the
//! disagreements first, then every track; the result as a valid assessment file and exports.

use crate::cli::Result;
use crate::cli::print::errln;
use crate::cli::print::out;
use crate::cli::table::{Align, Table};
use crate::cli::{Context, load_all, output};
use crate::export::{self, Format, Options, Subject};
use crate::store::{FileId, Plan};
use crate::team::{Consolidation, TrackView, consolidate};
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `consolidate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The respondents' assessment files (one retailer).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Write the consolidated assessment (a valid assessment file) to FILE.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print the consolidation as JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Write the consolidation as CSV (to OUT, or to a generated name in exports/).
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub csv: Option<Option<PathBuf>>,
    /// Draw the profile with the respondents' range as PNG (to OUT, or into exports/).
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub png: Option<Option<PathBuf>>,
    /// The same as SVG.
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub svg: Option<Option<PathBuf>>,
    /// Write the workbook (consolidated assessment and the team's sheet).
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub xlsx: Option<Option<PathBuf>>,
    /// Write the PDF report (consolidated assessment and the team's section).
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub pdf: Option<Option<PathBuf>>,
    /// Overwrite existing output files.
    #[arg(long)]
    pub force: bool,
}

/// Runs `consolidate`.
pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    // One file given twice (under two spellings, a link) is one respondent.
    let mut files: Vec<PathBuf> = Vec::new();
    let mut seen = Vec::new();
    for f in &args.files {
        match FileId::of(f) {
            Some(id) if seen.contains(&id) => errln!(
                "{}",
                crate::tr!(ctx.lang, "cli-team-given-twice", path = f.display())
            ),
            id => {
                seen.extend(id);
                files.push(f.clone());
            }
        }
    }
    let loaded = load_all(&files, &ctx.framework)?;
    let inputs: Vec<(String, &crate::assessment::Assessment)> = loaded
        .iter()
        .map(|(p, a)| (p.display().to_string(), a))
        .collect();
    let team = consolidate(&ctx.framework, &inputs)?;
    let subject = Subject::Team { team: &team };
    let options = Options::new(ctx.lang);
    let wanted = output::wanted([
        (Format::Csv, &args.csv),
        (Format::Png, &args.png),
        (Format::Svg, &args.svg),
        (Format::Xlsx, &args.xlsx),
        (Format::Pdf, &args.pdf),
    ]);
    // Every output checked first, then all written (or none).
    let mut plan = Plan::new(output::overwrite(args.force));
    plan.reading(&args.files);
    let mut slots = Vec::new();
    if let Some(path) = &args.output {
        slots.push((plan.given(path)?, None));
    }
    for (format, given) in &wanted {
        let stem = export::file_stem(&subject, *format, &options);
        slots.push((
            output::add(&mut plan, *given, &stem, format.ext())?,
            Some(*format),
        ));
    }
    for (i, format) in slots {
        let bytes = match format {
            None => assessment_bytes(&team, args.output.as_deref())?,
            Some(f) => export::render(&ctx.framework, &subject, f, &options)?,
        };
        plan.set(i, bytes);
    }
    output::commit(plan, ctx.lang)?;
    if args.json {
        let bytes = export::render(&ctx.framework, &subject, Format::Json, &options)?;
        out!("{}", String::from_utf8_lossy(&bytes))?;
    } else {
        out!("{}", text(ctx, &team))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The consolidated assessment's file: never one the app would refuse to open again (over the
/// size every loader accepts).
fn assessment_bytes(team: &Consolidation, path: Option<&std::path::Path>) -> Result<Vec<u8>> {
    let bytes = team.assessment.to_json().into_bytes();
    let limit = crate::store::MAX_FILE_BYTES;
    if bytes.len() as u64 > limit {
        let path = path.unwrap_or(std::path::Path::new("-"));
        return Err(crate::FileError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit,
        }
        .into());
    }
    Ok(bytes)
}

/// The disagreements first (track, each respondent's level, spread), then every track.
fn text(ctx: &Context, t: &Consolidation) -> String {
    let l = ctx.lang;
    let fw = &ctx.framework;
    let mut s = crate::tr!(
        l,
        "cli-team-summary",
        retailer = crate::text::short(&t.assessment.retailer, 80).into_owned(),
        count = t.respondents.len()
    );
    s.push('\n');
    for (i, name) in t.respondents.iter().enumerate() {
        s.push_str(&format!("  R{}  {name}  ({})\n", i + 1, t.sources[i]));
    }
    let table = |rows: &[&TrackView]| {
        let mut cols: Vec<(String, Align)> = vec![(l.t("col-track").into(), Align::Left)];
        cols.extend((0..t.respondents.len()).map(|i| (format!("R{}", i + 1), Align::Right)));
        cols.push((l.t("col-consolidated").into(), Align::Right));
        cols.push((l.t("col-spread").into(), Align::Right));
        cols.push((String::new(), Align::Left));
        let refs: Vec<(&str, Align)> = cols.iter().map(|(h, a)| (h.as_str(), *a)).collect();
        let mut table = Table::new(&refs);
        for v in rows {
            let name = fw
                .track(&v.track)
                .map(|(f, tr)| f.track_label(tr, l))
                .unwrap_or_default();
            let mut cells = vec![name];
            cells.extend(
                v.levels
                    .iter()
                    .map(|x| x.map_or("-".into(), |x| x.to_string())),
            );
            cells.push(v.level.map_or("-".into(), |x| x.to_string()));
            cells.push(v.spread.to_string());
            cells.push(v.remarks(l));
            table.row(cells);
        }
        table.render()
    };
    let disagreements = t.disagreements();
    s.push('\n');
    if disagreements.is_empty() {
        s.push_str(l.t("report-no-disagreement"));
        s.push('\n');
    } else {
        s.push_str(&crate::tr!(
            l,
            "cli-team-disagreements",
            count = disagreements.len()
        ));
        s.push('\n');
        s.push_str(&table(&disagreements));
    }
    s.push('\n');
    s.push_str(l.t("cli-team-all"));
    s.push('\n');
    let all: Vec<&TrackView> = t.tracks.iter().collect();
    s.push_str(&table(&all));
    s
}
