//! `portfolio`: many assessments at once — ranked, summarised per family, failures listed.

use super::print::{errln, out, outln};
use super::table::{Align, Table};
use super::{Cli, write_outputs};
use crate::chart::{self, ChartData, ChartKind};
use crate::cli::args::PortfolioArgs;
use crate::export::IMAGE_SIZE;
use crate::framework::Framework;
use crate::lang::Lang;
use crate::portfolio::{Portfolio, find_files};
use anyhow::Result;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

/// Files above which a progress bar is shown on a terminal.
const PROGRESS_FROM: usize = 500;

/// Runs `portfolio`.
pub fn run(_cli: &Cli, x: &PortfolioArgs, framework: &Framework, lang: Lang) -> Result<ExitCode> {
    let l = lang;
    let (files, mut failures) = find_files(&x.dirs);
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
            errln!("failed   {}", f.reason);
        }
        let dirs: Vec<String> = x.dirs.iter().map(|d| d.display().to_string()).collect();
        let dirs = dirs.join(", ");
        let found = files.len();
        errln!(
            "{}",
            match (l, found) {
                (Lang::Fr, 0) => format!("aucun fichier d'évaluation (*.json) dans {dirs}"),
                (Lang::En, 0) => format!("no assessment file (*.json) in {dirs}"),
                (Lang::Fr, 1) =>
                    format!("le seul fichier de {dirs} n'est pas une évaluation valide"),
                (Lang::En, 1) => format!("the only file in {dirs} is not a valid assessment"),
                (Lang::Fr, n) =>
                    format!("aucune évaluation valide parmi les {n} fichiers de {dirs}"),
                (Lang::En, n) => format!("no valid assessment among the {n} files in {dirs}"),
            }
        );
        return Ok(ExitCode::FAILURE);
    }

    let stages: Vec<&str> = framework.stages.iter().map(|s| s.name.get(l)).collect();
    let mut t = Table::new(&[
        ("#", Align::Right),
        (l.pick("Enseigne", "Retailer"), Align::Left),
        ("Date", Align::Left),
        ("Score", Align::Right),
        (l.pick("Étape", "Stage"), Align::Left),
        (l.pick("Magasin", "In store"), Align::Right),
        (l.pick("Fichier", "File"), Align::Left),
    ]);
    for (i, e) in p
        .entries
        .iter()
        .take(x.limit.unwrap_or(usize::MAX))
        .enumerate()
    {
        t.row(vec![
            (i + 1).to_string(),
            e.retailer.clone(),
            e.date.clone().unwrap_or_default(),
            format!("{:.1}", e.score),
            stages.get(e.stage).copied().unwrap_or("").to_string(),
            format!("{:.0} %", e.in_store_coverage * 100.0),
            e.path.display().to_string(),
        ]);
    }
    let failed = if p.failures.is_empty() {
        String::new()
    } else {
        format!(
            " ({} {})",
            p.failures.len(),
            l.pick("fichiers en échec", "files failed")
        )
    };
    outln!(
        "{} {}{failed}",
        p.entries.len(),
        l.pick(
            "évaluations classées par score",
            "assessments ranked by score"
        ),
    )?;
    out!("{}", t.render())?;
    if let Some(n) = x.limit.filter(|&n| n < p.entries.len()) {
        outln!(
            "… {} {}",
            p.entries.len() - n,
            l.pick("de plus (--limit)", "more (--limit)")
        )?;
    }
    outln!(
        "\n{}",
        l.pick(
            "Niveaux par famille (familles applicables)",
            "Levels per family (where the family applies)"
        )
    )?;
    let mut d = Table::new(&[
        (l.pick("Famille", "Family"), Align::Left),
        ("n", Align::Right),
        ("0", Align::Right),
        ("1", Align::Right),
        ("2", Align::Right),
        ("3", Align::Right),
        ("4", Align::Right),
        ("5", Align::Right),
        (l.pick("moyenne", "mean"), Align::Right),
        (l.pick("médiane", "median"), Align::Right),
    ]);
    for (f, dist) in framework.families.iter().zip(&p.distributions) {
        let mut row = vec![f.name.get(l).to_string(), dist.applicable.to_string()];
        row.extend(dist.counts.iter().map(|c| c.to_string()));
        row.push(format!("{:.2}", dist.mean));
        row.push(format!("{:.1}", dist.median));
        d.row(row);
    }
    out!("{}", d.render())?;
    for f in &p.failures {
        errln!("failed   {}", f.reason);
    }

    let label = x.label.clone().unwrap_or_else(|| {
        format!(
            "{} ({} {})",
            l.pick("Moyenne du portefeuille", "Portfolio mean"),
            p.entries.len(),
            l.pick("évaluations", "assessments")
        )
    });
    let reference = p.reference(framework, label);
    let mut outputs: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    if let Some(path) = &x.csv {
        outputs.push((path.clone(), ranking_csv(&p, framework, l)));
    }
    if let Some(path) = &x.json {
        let mut s = serde_json::to_string_pretty(&p)?;
        s.push('\n');
        outputs.push((path.clone(), s.into_bytes()));
    }
    if let Some(path) = &x.reference {
        outputs.push((path.clone(), reference.to_json().into_bytes()));
    }
    if let Some(path) = &x.png {
        let data = ChartData::reference_only(framework, &reference, l);
        outputs.push((
            path.clone(),
            chart::render_png(&data, ChartKind::All, IMAGE_SIZE.0, IMAGE_SIZE.1)?,
        ));
    }
    write_outputs(&outputs, x.force)?;
    Ok(if p.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn ranking_csv(p: &Portfolio, framework: &Framework, l: Lang) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let mut header = vec![
        "rank".to_string(),
        l.pick("enseigne", "retailer").into(),
        "date".into(),
        "score".into(),
        l.pick("etape", "stage").into(),
        l.pick("couverture_magasin", "in_store_coverage").into(),
        l.pick("fichier", "file").into(),
    ];
    header.extend(framework.families.iter().map(|f| f.id.clone()));
    w.write_record(&header).expect("writing to memory");
    for (i, e) in p.entries.iter().enumerate() {
        let mut row = vec![
            (i + 1).to_string(),
            e.retailer.clone(),
            e.date.clone().unwrap_or_default(),
            format!("{:.2}", e.score),
            framework.stages[e.stage].name.get(l).to_string(),
            format!("{:.4}", e.in_store_coverage),
            e.path.display().to_string(),
        ];
        row.extend(e.profile.families.iter().map(|f| {
            if f.applicable {
                f.level.to_string()
            } else {
                "n/a".into()
            }
        }));
        w.write_record(&row).expect("writing to memory");
    }
    w.into_inner().expect("writing to memory")
}
