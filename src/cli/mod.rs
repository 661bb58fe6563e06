//! The command line: parses arguments and runs the headless commands over the core.

pub mod args;
pub mod output;
mod portfolio;
pub mod print;
mod render;
mod table;

pub use args::{Cli, Command};

use crate::assessment::{ASSESSMENT_VERSION, Assessment};
use crate::chart::{self, ChartData};
use crate::compare::Comparison;
use crate::framework::Framework;
use crate::lang::Lang;
use crate::report::Results;
use crate::score::Scorecard;
use crate::store::{self, Overwrite};
use anyhow::{Context, Result, bail};
use args::ImageArgs;
use print::{errln, out, outln};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Runs a headless command; returns the process exit code.
pub fn run(cli: &Cli, command: &Command) -> Result<ExitCode> {
    let framework = load_framework(cli)?;
    let lang = cli.lang.unwrap_or_else(Lang::system);
    match command {
        Command::New {
            file,
            output,
            retailer,
            force,
        } => {
            let output = file.as_ref().or(output.as_ref());
            let mut a = Assessment::blank(&framework);
            if let Some(r) = retailer {
                a.retailer = r.clone();
            }
            match output {
                Some(path) => {
                    a.save(path, overwrite(*force))?;
                    errln!(
                        "{}",
                        lang.pick(
                            &format!("Évaluation vierge écrite dans {}", path.display()),
                            &format!("Blank assessment written to {}", path.display()),
                        )
                    );
                }
                None => out!("{}", a.to_json())?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Validate { files } => {
            let mut bad = 0;
            for f in files {
                match Assessment::load_versioned(f, &framework) {
                    Ok((a, ASSESSMENT_VERSION)) => {
                        outln!("ok       {} — {}", f.display(), a.label())?
                    }
                    Ok((a, v)) => outln!(
                        "ok       {} — {} ({})",
                        f.display(),
                        a.label(),
                        lang.pick(
                            &format!("format version {v}, lu en version {ASSESSMENT_VERSION}"),
                            &format!("format version {v}, read as version {ASSESSMENT_VERSION}"),
                        )
                    )?,
                    Err(e) => {
                        bad += 1;
                        outln!("invalid  {e}")?;
                    }
                }
            }
            if bad > 0 {
                errln!("{bad} of {} files invalid", files.len());
                Ok(ExitCode::FAILURE)
            } else {
                Ok(ExitCode::SUCCESS)
            }
        }
        Command::Score { file, json } => {
            let a = Assessment::load(file, &framework)?;
            let card = Scorecard::compute(&framework, &a);
            let r = Results::new(&framework, &a, &card, lang);
            if *json {
                out!("{}", r.to_json())?;
            } else {
                out!("{}", render::results_text(&r))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Compare {
            files,
            json,
            images,
            force,
        } => {
            let loaded = load_all(files, &framework)?;
            let refs: Vec<&Assessment> = loaded.iter().map(|(_, a)| a).collect();
            if images.png.is_some() || images.svg.is_some() {
                let data = ChartData::comparison(&framework, &refs, lang);
                let stem = crate::export::comparison_stem(&refs, images.chart.name());
                let outputs = chart_outputs(&data, images, &stem)?;
                write_outputs(&outputs, *force)?;
            }
            let inputs: Vec<(String, &Assessment)> = loaded
                .iter()
                .map(|(p, a)| (p.display().to_string(), a))
                .collect();
            let c = Comparison::new(&framework, &inputs);
            if *json {
                outln!("{}", serde_json::to_string_pretty(&c)?)?;
            } else {
                let names: Vec<String> = framework
                    .families
                    .iter()
                    .map(|f| f.name.get(lang).to_string())
                    .collect();
                let stages: Vec<String> = framework
                    .stages
                    .iter()
                    .map(|s| s.name.get(lang).to_string())
                    .collect();
                out!("{}", render::comparison_text(&c, &names, &stages, lang))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Export(x) => {
            if x.json.is_none()
                && x.csv.is_none()
                && x.images.png.is_none()
                && x.images.svg.is_none()
            {
                bail!(
                    "export: nothing to write; give --json, --csv, --png and/or --svg (each with an optional OUT path)"
                );
            }
            let a = Assessment::load(&x.file, &framework)?;
            let card = Scorecard::compute(&framework, &a);
            let r = Results::new(&framework, &a, &card, lang);
            let stem = crate::export::stem(&a);
            let mut outputs: Vec<(PathBuf, Vec<u8>)> = Vec::new();
            if let Some(p) = &x.json {
                outputs.push((
                    output::resolve(p, &format!("{stem}-results"), "json")?,
                    r.to_json().into_bytes(),
                ));
            }
            if let Some(p) = &x.csv {
                outputs.push((
                    output::resolve(p, &format!("{stem}-results"), "csv")?,
                    r.to_csv(x.delimiter.byte()),
                ));
            }
            let data = ChartData::single(&framework, &a, &card, lang);
            outputs.extend(chart_outputs(
                &data,
                &x.images,
                &format!("{stem}-{}", x.images.chart.name()),
            )?);
            write_outputs(&outputs, x.force)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Portfolio(x) => portfolio::run(cli, x, &framework, lang),
        Command::Schema => {
            outln!("{}", crate::schema::assessment_schema_json())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn overwrite(force: bool) -> Overwrite {
    if force {
        Overwrite::Allow
    } else {
        Overwrite::Refuse
    }
}

/// Renders the requested PNG and SVG of `data`, with their paths.
fn chart_outputs(
    data: &ChartData,
    images: &ImageArgs,
    stem: &str,
) -> Result<Vec<(PathBuf, Vec<u8>)>> {
    let (w, h) = images.size;
    let mut out = Vec::new();
    if let Some(p) = &images.png {
        out.push((
            output::resolve(p, stem, "png")?,
            chart::render_png(data, images.chart, w, h)?,
        ));
    }
    if let Some(p) = &images.svg {
        out.push((
            output::resolve(p, stem, "svg")?,
            chart::render_svg(data, images.chart, w, h)?.into_bytes(),
        ));
    }
    Ok(out)
}

/// Writes every output atomically, after checking none would be overwritten without `--force`,
/// so that a refused run writes nothing at all.
pub(crate) fn write_outputs(outputs: &[(PathBuf, Vec<u8>)], force: bool) -> Result<()> {
    if !force && let Some((p, _)) = outputs.iter().find(|(p, _)| p.exists()) {
        return Err(crate::error::FileError::Exists {
            path: p.to_path_buf(),
        }
        .into());
    }
    for (p, bytes) in outputs {
        store::write_atomic(p, bytes, overwrite(force))?;
        let mut err = std::io::stderr();
        let _ = writeln!(err, "wrote {}", p.display());
    }
    Ok(())
}

fn load_framework(cli: &Cli) -> Result<Framework> {
    match &cli.framework {
        Some(p) => Ok(Framework::load(p)?),
        None => Ok(Framework::builtin().clone()),
    }
}

fn load_all(
    files: &[std::path::PathBuf],
    framework: &Framework,
) -> Result<Vec<(std::path::PathBuf, Assessment)>> {
    files
        .iter()
        .map(|f| {
            Ok((
                f.clone(),
                Assessment::load(f, framework).with_context(|| "cannot compare")?,
            ))
        })
        .collect()
}
