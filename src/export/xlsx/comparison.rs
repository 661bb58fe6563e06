//! A comparison's workbook: one column per assessment (date order) with its per-family levels,
//! the changes from first to last, the family scores of each (a clustered bar chart) and, for
//! dated assessments, the maturity score over time (a line chart).

use super::{Styles, date, headers, print_setup, sheet_name, user_text, widths};
use crate::assessment::Assessment;
use crate::compare::Comparison;
use crate::framework::Framework;
use crate::lang::Lang;
use crate::score::Scorecard;
use rust_xlsxwriter::{Chart, ChartType, Workbook, XlsxError};

pub(super) fn sheets(
    wb: &mut Workbook,
    s: &Styles,
    framework: &Framework,
    inputs: &[(String, &Assessment)],
    l: Lang,
) -> Result<(), XlsxError> {
    let c = Comparison::new(framework, inputs);
    let name = sheet_name(l, "xlsx-sheet-comparison");
    let ws = wb.add_worksheet().set_name(&name)?;
    let n = c.items.len() as u16;
    // Levels per family, one column per assessment.
    user_text(
        ws,
        0,
        0,
        &crate::tr!(l, "chart-comparison-title", count = c.items.len()),
        &s.title,
    )?;
    user_text(ws, 2, 0, l.t("col-family"), &s.header)?;
    for (i, it) in c.items.iter().enumerate() {
        user_text(ws, 2, 1 + i as u16, &it.label(), &s.header)?;
    }
    headers(
        ws,
        2,
        1 + n,
        &[l.t("col-delta-level"), l.t("col-delta-score")],
        s,
    )?;
    for (r, (f, row)) in framework.families.iter().zip(&c.families).enumerate() {
        let y = 3 + r as u32;
        user_text(ws, y, 0, f.name.get(l), &s.text)?;
        for (i, (v, answered)) in row.levels.iter().zip(&row.answered).enumerate() {
            match (v, answered) {
                (None, _) => {
                    user_text(ws, y, 1 + i as u16, l.t("not-applicable-short"), &s.muted)?;
                }
                (Some(_), false) => {}
                (Some(v), true) => {
                    ws.write_number_with_format(y, 1 + i as u16, f64::from(*v), &s.integer)?;
                }
            }
        }
        if let Some(d) = row.level_delta {
            ws.write_number_with_format(y, 1 + n, f64::from(d), &s.integer)?;
        }
        if let Some(d) = row.score_delta {
            ws.write_number_with_format(y, 2 + n, d, &s.score)?;
        }
    }
    let families = framework.families.len() as u32;
    let total = 3 + families;
    user_text(ws, total, 0, l.t("maturity-score"), &s.label)?;
    for (i, it) in c.items.iter().enumerate() {
        ws.write_number_with_format(total, 1 + i as u16, it.overall, &s.score)?;
    }
    ws.write_number_with_format(total, 2 + n, c.overall_delta, &s.score)?;

    // Family scores per assessment, for the clustered bars.
    let scores_top = total + 3;
    user_text(ws, scores_top - 1, 0, l.t("xlsx-family-scores"), &s.label)?;
    user_text(ws, scores_top, 0, l.t("col-family"), &s.header)?;
    let cards: Vec<Scorecard> = sorted(inputs)
        .iter()
        .map(|a| Scorecard::compute(framework, a))
        .collect();
    for (i, it) in c.items.iter().enumerate() {
        user_text(ws, scores_top, 1 + i as u16, &it.label(), &s.header)?;
    }
    for (r, f) in framework.families.iter().enumerate() {
        let y = scores_top + 1 + r as u32;
        user_text(ws, y, 0, f.name.get(l), &s.text)?;
        for (i, card) in cards.iter().enumerate() {
            let fs = &card.families[r];
            if fs.applicable {
                ws.write_number_with_format(y, 1 + i as u16, fs.score, &s.score)?;
            }
        }
    }
    let last = scores_top + families;
    let mut bars = Chart::new(ChartType::Bar);
    bars.title().set_name(l.t("xlsx-family-scores"));
    for i in 0..n {
        bars.add_series()
            .set_name((name.as_str(), scores_top, 1 + i))
            .set_categories((name.as_str(), scores_top + 1, 0, last, 0))
            .set_values((name.as_str(), scores_top + 1, 1 + i, last, 1 + i));
    }
    bars.x_axis().set_min(0).set_max(100);
    bars.y_axis().set_reverse();
    bars.set_width(620).set_height(640);
    let alt = crate::chart::ChartData::comparison(
        framework,
        &inputs.iter().map(|(_, a)| *a).collect::<Vec<_>>(),
        l,
    )
    .alt;
    bars.set_alt_text(crate::tr!(
        l,
        "xlsx-comparison-bars-alt",
        summary = alt.as_str()
    ));
    ws.insert_chart(2, 4 + n, &bars)?;

    // The maturity score over time, for dated assessments of one retailer.
    if c.trend.is_some() {
        let top = last + 3;
        headers(ws, top, 0, &[l.t("col-date"), l.t("maturity-score")], s)?;
        for (i, it) in c.items.iter().enumerate() {
            date(ws, top + 1 + i as u32, 0, it.date.as_deref(), s)?;
            ws.write_number_with_format(top + 1 + i as u32, 1, it.overall, &s.score)?;
        }
        let end = top + c.items.len() as u32;
        let mut line = Chart::new(ChartType::Line);
        line.title().set_name(l.t("chart-trend-title"));
        line.add_series()
            .set_name(l.t("maturity-score"))
            .set_categories((name.as_str(), top + 1, 0, end, 0))
            .set_values((name.as_str(), top + 1, 1, end, 1));
        line.y_axis().set_min(0).set_max(100);
        line.legend().set_hidden();
        line.set_width(620).set_height(320);
        line.set_alt_text(crate::tr!(l, "report-alt-trend", summary = alt.as_str()));
        ws.insert_chart(36, 4 + n, &line)?;
    }
    let mut w = vec![30.0];
    w.extend((0..n).map(|_| 16.0));
    w.extend([10.0, 10.0]);
    widths(ws, &w)?;
    ws.set_freeze_panes(3, 1)?;
    print_setup(ws);
    Ok(())
}

/// The assessments in the comparison's order (by date when all are dated).
fn sorted<'a>(inputs: &[(String, &'a Assessment)]) -> Vec<&'a Assessment> {
    let mut v: Vec<&Assessment> = inputs.iter().map(|(_, a)| *a).collect();
    if v.iter().all(|a| a.date.is_some()) {
        v.sort_by(|a, b| a.date.cmp(&b.date));
    }
    v
}
