//! Text renderings of a scorecard and of a comparison, for the terminal.

use super::table::{Align, Table};
use crate::chart::data::{number, signed};
use crate::compare::{Comparison, Direction};
use crate::lang::Lang;
use crate::report::Results;

/// A readable report of one assessment's results.
pub fn results_text(r: &Results) -> String {
    let l = r.lang;
    let mut s = String::new();
    let name = if r.retailer.is_empty() {
        "?"
    } else {
        &r.retailer
    };
    s.push_str(name);
    if let Some(d) = &r.date {
        s.push_str(&format!(" — {d}"));
    }
    if !r.assessor.is_empty() {
        s.push_str(&format!(
            " — {} {}",
            l.pick("évaluation par", "assessed by"),
            r.assessor
        ));
    }
    s.push('\n');
    let c = l.pick(" :", ":");
    s.push_str(&format!(
        "{}{c} {} / 100 — {}{c} {}\n",
        l.pick("Score de maturité", "Maturity score"),
        number(r.overall_score, l),
        l.pick("étape", "stage"),
        r.stage.name
    ));
    let tracks: Vec<_> = r
        .families
        .iter()
        .filter(|f| f.applicable)
        .flat_map(|f| &f.tracks)
        .collect();
    s.push_str(&format!(
        "{}{c} {:.0} % ({} / {} {}{})\n",
        l.pick("Couverture en magasin", "In-store coverage"),
        r.in_store_coverage * 100.0,
        tracks.iter().filter(|t| t.in_store == Some(true)).count(),
        tracks.len(),
        l.pick("pistes applicables", "applicable tracks"),
        match r.in_store_unanswered {
            0 => String::new(),
            n => format!("; {n} {}", l.pick("sans réponse", "not answered")),
        }
    ));
    if r.gap > 0.0 {
        s.push_str(&format!(
            "{}{c} {} ({} {})\n",
            l.pick("Score cible", "Target score"),
            number(r.target_score, l),
            l.pick("écart", "gap"),
            number(r.gap, l)
        ));
    }
    if r.answered_tracks < r.total_tracks {
        s.push_str(&format!(
            "{}{c} {} / {}\n",
            l.pick("Pistes renseignées", "Tracks answered"),
            r.answered_tracks,
            r.total_tracks
        ));
    }
    s.push('\n');
    let mut t = Table::new(&[
        (l.pick("Famille", "Family"), Align::Left),
        (l.pick("Niveau", "Level"), Align::Right),
        ("Score", Align::Right),
        (l.pick("Cible", "Target"), Align::Right),
        (l.pick("Écart", "Gap"), Align::Right),
        (l.pick("Magasin", "In store"), Align::Left),
        (l.pick("Pratique atteinte", "Reached practice"), Align::Left),
    ]);
    for f in &r.families {
        for (i, tr) in f.tracks.iter().enumerate() {
            let na = !f.applicable;
            let label = if f.tracks.len() > 1 {
                format!("  {}", tr.name)
            } else {
                tr.name.clone()
            };
            if f.tracks.len() > 1 && i == 0 {
                t.row(vec![
                    f.name.clone(),
                    crate::cells::level_cell(
                        !na,
                        f.level,
                        f.top,
                        f.tracks.iter().map(|t| t.answered),
                    ),
                    if na {
                        String::new()
                    } else {
                        format!("{:.0}", f.score)
                    },
                    if na {
                        String::new()
                    } else {
                        format!("{}/{}", f.target_level, f.top)
                    },
                    if na || f.gap == 0.0 {
                        String::new()
                    } else {
                        format!("{:.0}", f.gap)
                    },
                ]);
            }
            if na {
                t.row(vec![label, "n/a".into()]);
                continue;
            }
            let multi = f.tracks.len() > 1;
            t.row(vec![
                label,
                crate::cells::level_cell(true, tr.level, tr.top, [tr.answered]),
                if multi {
                    String::new()
                } else {
                    format!("{:.0}", tr.score)
                },
                tr.target
                    .map(|g| format!("{g}/{}", tr.top))
                    .unwrap_or_default(),
                if multi || f.gap == 0.0 {
                    String::new()
                } else {
                    format!("{:.0}", f.gap)
                },
                crate::cells::in_store_cell(l, &[tr.in_store]),
                tr.practice.clone(),
            ]);
        }
    }
    s.push_str(&t.render());
    if !r.roadmap.is_empty() {
        s.push('\n');
        s.push_str(l.pick(
            "Feuille de route (plus grands écarts d'abord)\n",
            "Roadmap (largest gaps first)\n",
        ));
        for (i, step) in r.roadmap.iter().enumerate() {
            s.push_str(&format!(
                "{:>3}. {} ({} {:.0}): {} {} — « {} »\n",
                i + 1,
                step.name,
                l.pick("écart", "gap"),
                step.gap,
                l.pick("niveau suivant", "next level"),
                step.next,
                step.next_practice
            ));
        }
    }
    s
}

/// A readable comparison: the assessments, then per-family levels and deltas.
pub fn comparison_text(c: &Comparison, names: &[String], stages: &[String], lang: Lang) -> String {
    let l = lang;
    let mut s = String::new();
    s.push_str(&format!(
        "{} {} {}\n",
        l.pick("Comparaison de", "Comparison of"),
        c.items.len(),
        l.pick("évaluations", "assessments")
    ));
    let colon = l.pick(" :", ":");
    for (i, it) in c.items.iter().enumerate() {
        s.push_str(&format!(
            "  #{}  {}  score {}  {}  ({})\n",
            i + 1,
            it.label(),
            number(it.overall, l),
            stages.get(it.stage).map(String::as_str).unwrap_or(""),
            it.source
        ));
    }
    s.push('\n');
    let mut cols: Vec<(String, Align)> = vec![(l.pick("Famille", "Family").into(), Align::Left)];
    for i in 0..c.items.len() {
        cols.push((format!("#{}", i + 1), Align::Right));
    }
    cols.push((l.pick("Δ niveau", "Δ level").into(), Align::Right));
    cols.push((l.pick("Δ score", "Δ score").into(), Align::Right));
    cols.push((String::new(), Align::Left));
    let col_refs: Vec<(&str, Align)> = cols.iter().map(|(h, a)| (h.as_str(), *a)).collect();
    let mut t = Table::new(&col_refs);
    for (row, name) in c.families.iter().zip(names) {
        let mut cells = vec![name.clone()];
        cells.extend(
            row.levels
                .iter()
                .map(|l| l.map_or("n/a".into(), |v| v.to_string())),
        );
        cells.push(row.level_delta.map_or("n/a".into(), |d| {
            if d == 0 { "0".into() } else { format!("{d:+}") }
        }));
        cells.push(row.score_delta.map_or("n/a".into(), |d| signed(d, l)));
        cells.push(
            row.score_delta
                .map_or(String::new(), |d| Direction::of(d).word(l).into()),
        );
        t.row(cells);
    }
    s.push_str(&t.render());
    s.push_str(&format!(
        "\n{}{colon} {} ({})\n",
        l.pick(
            "Écart global du score de maturité",
            "Overall maturity score delta"
        ),
        signed(c.overall_delta, l),
        Direction::of(c.overall_delta).word(l)
    ));
    if let Some(tr) = &c.trend {
        s.push_str(&format!(
            "{}{colon} {} {}\n",
            l.pick("Tendance", "Trend"),
            signed(tr.per_year, l),
            l.pick("points par an", "points per year")
        ));
    }
    for n in &c.notes {
        s.push_str(&format!("Note{colon} {}\n", n.text(l)));
    }
    s
}
