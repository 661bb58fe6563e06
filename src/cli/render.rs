//! Text renderings of a scorecard and of a comparison, for the terminal.

use super::table::{Align, Table};
use crate::chart::data::{number, signed};
use crate::compare::{Comparison, Direction};
use crate::framework::Framework;
use crate::lang::Lang;
use crate::results::Results;

/// A readable report of one assessment's results.
pub fn results_text(r: &Results) -> String {
    let l = r.lang;
    let mut s = String::new();
    let name = if r.retailer.is_empty() {
        "?".into()
    } else {
        crate::text::short(&r.retailer, 200)
    };
    s.push_str(&name);
    if let Some(d) = &r.date {
        s.push_str(&format!(" — {d}"));
    }
    if !r.assessor.is_empty() {
        s.push_str(" — ");
        s.push_str(&crate::tr!(
            l,
            "cli-assessed-by",
            assessor = crate::text::short(&r.assessor, 200).into_owned()
        ));
    }
    s.push('\n');
    s.push_str(&crate::tr!(
        l,
        "cli-score-line",
        score = number(r.overall_score, l),
        stage = r.stage.name.as_str()
    ));
    s.push('\n');
    let tracks: Vec<_> = r
        .families
        .iter()
        .filter(|f| f.applicable)
        .flat_map(|f| &f.tracks)
        .collect();
    s.push_str(&crate::tr!(
        l,
        "cli-coverage-line",
        percent = format!("{:.0}", r.in_store_coverage * 100.0),
        yes = tracks.iter().filter(|t| t.in_store == Some(true)).count(),
        tracks = tracks.len(),
        unanswered = r.in_store_unanswered
    ));
    s.push('\n');
    if r.gap > 0.0 {
        s.push_str(&crate::tr!(
            l,
            "cli-target-line",
            target = number(r.target_score, l),
            gap = number(r.gap, l)
        ));
        s.push('\n');
    }
    if r.answered_tracks < r.total_tracks {
        s.push_str(&crate::tr!(
            l,
            "cli-answered-line",
            answered = r.answered_tracks,
            total = r.total_tracks
        ));
        s.push('\n');
    }
    s.push('\n');
    let mut t = Table::new(&[
        (l.t("col-family"), Align::Left),
        (l.t("col-level"), Align::Right),
        (l.t("col-score"), Align::Right),
        (l.t("col-target"), Align::Right),
        (l.t("col-gap"), Align::Right),
        (l.t("col-in-store-short"), Align::Left),
        (l.t("col-reached-practice"), Align::Left),
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
                        l,
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
                t.row(vec![label, l.t("not-applicable-short").into()]);
                continue;
            }
            let multi = f.tracks.len() > 1;
            t.row(vec![
                label,
                crate::cells::level_cell(l, true, tr.level, tr.top, [tr.answered]),
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
    if !r.plan.is_empty() {
        s.push('\n');
        s.push_str(l.t(if r.plan.iter().any(|p| p.suggested) {
            "cli-plan-suggested-title"
        } else {
            "cli-plan-title"
        }));
        s.push('\n');
        let mut t = Table::new(&[
            ("#", Align::Right),
            (l.t("col-quadrant"), Align::Left),
            (l.t("col-effort-impact"), Align::Left),
            (l.t("col-track"), Align::Left),
            (l.t("col-from-to"), Align::Left),
            (l.t("col-practice"), Align::Left),
        ]);
        for step in &r.plan {
            let rating = match (step.effort, step.impact) {
                (Some(e), Some(i)) => format!("{e} / {i}"),
                _ => String::new(),
            };
            let move_ = if step.foundation {
                crate::tr!(l, "cli-plan-foundation", level = step.next)
            } else {
                format!("{} > {}", step.from, step.to)
            };
            t.row(vec![
                step.rank.to_string(),
                step.quadrant
                    .map_or(String::new(), |q| l.t(q.key()).to_string()),
                rating,
                step.name.clone(),
                move_,
                step.practice.clone(),
            ]);
        }
        s.push_str(&t.render());
    }
    s
}

/// A readable comparison: the assessments, then per-family levels and deltas.
pub fn comparison_text(c: &Comparison, framework: &Framework, lang: Lang) -> String {
    let l = lang;
    let mut s = String::new();
    s.push_str(&crate::tr!(
        l,
        "chart-comparison-title",
        count = c.items.len()
    ));
    s.push('\n');
    for (i, it) in c.items.iter().enumerate() {
        s.push_str(&format!(
            "  #{}  {}  score {}  {}  ({})\n",
            i + 1,
            it.label(),
            number(it.overall, l),
            framework.stages.get(it.stage).map_or("", |s| s.name.get(l)),
            it.source
        ));
    }
    s.push('\n');
    let mut cols: Vec<(String, Align)> = vec![(l.t("col-family").into(), Align::Left)];
    for i in 0..c.items.len() {
        cols.push((format!("#{}", i + 1), Align::Right));
    }
    // Different retailers stand against each other (the best, ties named), not "change".
    let standing = c.different_retailers();
    if standing {
        cols.push((l.t("ui-best").into(), Align::Left));
    } else {
        cols.push((l.t("col-delta-level").into(), Align::Right));
        cols.push((l.t("col-delta-score").into(), Align::Right));
        cols.push((String::new(), Align::Left));
    }
    let col_refs: Vec<(&str, Align)> = cols.iter().map(|(h, a)| (h.as_str(), *a)).collect();
    let mut t = Table::new(&col_refs);
    for (fi, (row, f)) in c.families.iter().zip(&framework.families).enumerate() {
        let mut cells = vec![f.name.get(l).to_string()];
        let na = l.t("not-applicable-short");
        cells.extend(
            row.levels
                .iter()
                .zip(&row.answered)
                .map(|(v, answered)| match v {
                    None => na.into(),
                    Some(_) if !answered => "-".into(),
                    Some(v) => v.to_string(),
                }),
        );
        if standing {
            let best: Vec<String> = c
                .best_of(fi)
                .iter()
                .map(|i| format!("#{}", i + 1))
                .collect();
            cells.push(best.join(", "));
            t.row(cells);
            continue;
        }
        let applies = row.levels.first().is_some_and(Option::is_some)
            && row.levels.last().is_some_and(Option::is_some);
        let none = if applies { "-" } else { na };
        cells.push(row.level_delta.map_or(none.into(), |d| {
            if d == 0 { "0".into() } else { format!("{d:+}") }
        }));
        cells.push(row.score_delta.map_or(none.into(), |d| signed(d, l)));
        cells.push(
            row.score_delta
                .map_or(String::new(), |d| Direction::of(d).word(l).into()),
        );
        t.row(cells);
    }
    s.push_str(&t.render());
    s.push('\n');
    if standing {
        s.push_str(l.t("cli-standing-title"));
        s.push('\n');
        for st in c.standing() {
            s.push_str("  ");
            s.push_str(&crate::tr!(
                l,
                "cli-standing-line",
                rank = st.rank,
                item = st.item + 1,
                who = c.items[st.item].label(),
                score = number(c.items[st.item].overall, l),
                best = signed(st.to_best, l),
                mean = signed(st.to_mean, l)
            ));
            s.push('\n');
        }
    } else {
        s.push_str(&crate::tr!(
            l,
            "cli-overall-delta",
            delta = signed(c.overall_delta, l),
            direction = Direction::of(c.overall_delta).word(l)
        ));
        s.push('\n');
    }
    if let Some(tr) = &c.trend {
        s.push_str(&crate::tr!(
            l,
            "cli-trend-line",
            trend = signed(tr.per_year, l)
        ));
        s.push('\n');
    }
    for n in &c.notes {
        s.push_str(&crate::tr!(l, "cli-note", note = n.text(l)));
        s.push('\n');
    }
    s
}
