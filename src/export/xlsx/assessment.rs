//! One assessment's workbook: Summary (key figures, a native radar with the target, a bar chart
//! of the family scores), Families (one row per track, as an Excel table), Action plan (the
//! roadmap or suggested steps, with columns to fill in: owner, due date, status, comment).

use super::{
    Styles, TABLE_ROW, date, fit_row, headers, print_setup, sheet_name, sheet_title, table,
    user_text, widths,
};
use crate::assessment::Assessment;
use crate::chart::ChartData;
use crate::framework::{Framework, Track};
use crate::lang::Lang;
use crate::plan::action_plan;
use crate::score::Scorecard;
use rust_xlsxwriter::{
    Chart, ChartType, ConditionalFormat3ColorScale, ConditionalFormatType, DataValidation,
    DataValidationRule, ExcelDateTime, Image, Url, Workbook, XlsxError,
};

/// The first row of the family scores on the Summary sheet (0-based): the charts point there.
pub const SCORES_ROW: u32 = 14;

pub(super) fn sheets(
    wb: &mut Workbook,
    styles: &Styles,
    framework: &Framework,
    a: &Assessment,
    l: Lang,
) -> Result<(), XlsxError> {
    let card = Scorecard::compute(framework, a);
    let charts = ChartData::single(framework, a, &card, l);
    summary(wb, styles, framework, a, &card, &charts, l)?;
    families(wb, styles, framework, a, &card, l)?;
    plan(wb, styles, framework, &card, &charts, l)?;
    evidence(wb, styles, framework, a, l)
}

fn summary(
    wb: &mut Workbook,
    s: &Styles,
    framework: &Framework,
    a: &Assessment,
    card: &Scorecard,
    charts: &ChartData,
    l: Lang,
) -> Result<(), XlsxError> {
    let name = sheet_name(l, "xlsx-sheet-summary");
    let ws = wb.add_worksheet().set_name(&name)?;
    let retailer = if a.retailer.trim().is_empty() {
        l.t("chart-unnamed")
    } else {
        a.retailer.trim()
    };
    user_text(ws, 0, 0, retailer, &s.title)?;
    let rows: [(&str, u32); 9] = [
        ("col-retailer", 2),
        ("report-assessor", 3),
        ("col-date", 4),
        ("maturity-score", 5),
        ("col-stage", 6),
        ("report-coverage", 7),
        ("report-target", 8),
        ("report-gap", 9),
        ("report-framework", 10),
    ];
    for (key, row) in rows {
        user_text(ws, row, 0, l.t(key), &s.label)?;
    }
    user_text(ws, 2, 1, a.retailer.trim(), &s.text)?;
    user_text(ws, 3, 1, a.assessor.trim(), &s.text)?;
    date(ws, 4, 1, a.date.as_deref(), s)?;
    ws.write_number_with_format(5, 1, round1(card.overall), &s.score)?;
    user_text(ws, 6, 1, framework.stages[card.stage].name.get(l), &s.text)?;
    ws.write_number_with_format(7, 1, card.in_store_coverage, &s.percent)?;
    ws.write_number_with_format(8, 1, round1(card.target_overall), &s.score)?;
    ws.write_number_with_format(9, 1, round1(card.gap()), &s.score)?;
    // The framework's long name on a row of its own under its label, wrapped in the first
    // column (no merged cells: a screen reader reads a sheet cell by cell).
    let framework_name = format!(
        "{} ({} {})",
        framework.title.get(l),
        framework.id,
        framework.version
    );
    user_text(ws, 11, 0, &framework_name, &s.wrap)?;
    fit_row(ws, 11, &[(&framework_name, 30.0)])?;
    // The family scores the charts draw.
    let first = SCORES_ROW;
    headers(
        ws,
        first - 1,
        0,
        &[l.t("col-family"), l.t("col-score"), l.t("report-target")],
        s,
    )?;
    for (i, (f, fs)) in framework.families.iter().zip(&card.families).enumerate() {
        let row = first + i as u32;
        user_text(ws, row, 0, f.name.get(l), &s.text)?;
        if fs.applicable {
            ws.write_number_with_format(row, 1, round1(fs.score), &s.score)?;
            ws.write_number_with_format(row, 2, round1(fs.target_score), &s.score)?;
        } else {
            user_text(ws, row, 3, l.t("not-applicable"), &s.muted)?;
        }
    }
    let last = first + framework.families.len() as u32 - 1;
    widths(ws, &[30.0, 14.0, 12.0, 16.0])?;
    let mut radar = Chart::new(ChartType::RadarWithMarkers);
    radar.title().set_name(l.t("xlsx-radar"));
    radar
        .add_series()
        .set_name(l.t("chart-legend-reached-score"))
        .set_categories((name.as_str(), first, 0, last, 0))
        .set_values((name.as_str(), first, 1, last, 1));
    if card.has_targets {
        radar
            .add_series()
            .set_name(l.t("chart-legend-target-score"))
            .set_categories((name.as_str(), first, 0, last, 0))
            .set_values((name.as_str(), first, 2, last, 2));
    }
    radar.y_axis().set_min(0).set_max(100);
    radar.set_width(560).set_height(420);
    radar.set_alt_text(&charts.alt);
    ws.insert_chart(0, 4, &radar)?;
    let mut bars = Chart::new(ChartType::Bar);
    bars.title().set_name(l.t("xlsx-family-scores"));
    bars.add_series()
        .set_name(l.t("col-score"))
        .set_categories((name.as_str(), first, 0, last, 0))
        .set_values((name.as_str(), first, 1, last, 1));
    bars.x_axis().set_min(0).set_max(100);
    bars.y_axis().set_reverse();
    bars.legend().set_hidden();
    bars.set_width(560).set_height(420);
    bars.set_alt_text(&charts.alt);
    ws.insert_chart(22, 4, &bars)?;
    print_setup(ws);
    Ok(())
}

/// The impact / effort matrix of the plan, as an image with its text alternative.
fn matrix_image(charts: &ChartData, l: Lang) -> Result<Image, XlsxError> {
    let png = crate::chart::render_png(charts, crate::chart::ChartKind::Matrix, 1100, 760)
        .map_err(|e| XlsxError::ParameterError(e.to_string()))?;
    let alt = crate::tr!(l, "xlsx-matrix-alt", count = charts.steps.len());
    Ok(Image::new_from_buffer(&png)?
        .set_scale_width(0.62)
        .set_scale_height(0.62)
        .set_alt_text(alt))
}

/// Widths of the Families sheet's columns, in characters.
const FAMILY_WIDTHS: [f64; 16] = [
    24.0, 18.0, 10.0, 36.0, 9.0, 32.0, 10.0, 36.0, 30.0, 18.0, 36.0, 11.0, 12.0, 12.0, 12.0, 36.0,
];

/// Widths of the Action plan's columns, in characters.
const PLAN_WIDTHS: [f64; 16] = [
    7.0, 16.0, 14.0, 26.0, 6.0, 6.0, 40.0, 9.0, 9.0, 48.0, 36.0, 8.0, 18.0, 13.0, 13.0, 30.0,
];

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn families(
    wb: &mut Workbook,
    s: &Styles,
    framework: &Framework,
    a: &Assessment,
    card: &Scorecard,
    l: Lang,
) -> Result<(), XlsxError> {
    let ws = wb
        .add_worksheet()
        .set_name(sheet_name(l, "xlsx-sheet-families"))?;
    sheet_title(ws, l.t("xlsx-families-title"), s)?;
    let cols = [
        "col-family",
        "xlsx-track",
        "xlsx-reached-level",
        "col-reached-practice",
        "col-target",
        "xlsx-target-practice",
        "xlsx-next-level",
        "xlsx-next-practice",
        "col-in-store",
        "xlsx-in-store-answer",
        "report-note",
        "xlsx-applicable",
        "csv-practices",
        "csv-foundations",
        "csv-confidence",
        "csv-evidence",
    ];
    let text = |t: &Track, level: Option<u8>| {
        level
            .and_then(|v| t.level(v))
            .map(|x| x.text.get(l).to_string())
            .unwrap_or_default()
    };
    let mut row = TABLE_ROW + 1;
    let positions = |p: &[u8]| p.iter().map(u8::to_string).collect::<Vec<_>>().join(" ");
    for (f, fs) in framework.families.iter().zip(&card.families) {
        for (t, ts) in f.tracks.iter().zip(&fs.tracks) {
            user_text(ws, row, 0, f.name.get(l), &s.wrap)?;
            let track = t.name.as_ref().map(|n| n.get(l)).unwrap_or_default();
            user_text(ws, row, 1, track, &s.wrap)?;
            if ts.answered {
                ws.write_number_with_format(row, 2, f64::from(ts.level), &s.integer)?;
            }
            user_text(
                ws,
                row,
                3,
                &text(t, ts.answered.then_some(ts.level)),
                &s.wrap,
            )?;
            if let Some(g) = ts.target {
                ws.write_number_with_format(row, 4, f64::from(g), &s.integer)?;
            }
            user_text(ws, row, 5, &text(t, ts.target), &s.wrap)?;
            // No next step where the family does not apply.
            let next = (fs.applicable && ts.level < ts.top).then_some(ts.level + 1);
            if let Some(n) = next {
                ws.write_number_with_format(row, 6, f64::from(n), &s.integer)?;
            }
            user_text(ws, row, 7, &text(t, next), &s.wrap)?;
            user_text(ws, row, 8, t.in_store.get(l), &s.wrap)?;
            let answer = ts.in_store.map_or("", |y| l.yes_no(y));
            user_text(ws, row, 9, answer, &s.text)?;
            let note = a.answer(&t.id).map(|x| x.note.as_str()).unwrap_or_default();
            user_text(ws, row, 10, note, &s.wrap)?;
            user_text(ws, row, 11, l.yes_no(fs.applicable), &s.text)?;
            let answer = a.answer(&t.id);
            if let Some(p) = answer.and_then(|x| x.practices.as_ref()) {
                user_text(ws, row, 12, &positions(p), &s.text)?;
            }
            user_text(ws, row, 13, &positions(&ts.foundations), &s.text)?;
            if let Some(c) = ts.confidence {
                user_text(ws, row, 14, l.t(c.key()), &s.text)?;
            }
            let titles = answer
                .map(|x| {
                    x.evidence
                        .iter()
                        .map(|e| e.title.as_str())
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .unwrap_or_default();
            user_text(ws, row, 15, &titles, &s.wrap)?;
            let texts = [
                (text(t, ts.answered.then_some(ts.level)), FAMILY_WIDTHS[3]),
                (text(t, ts.target), FAMILY_WIDTHS[5]),
                (text(t, next), FAMILY_WIDTHS[7]),
                (t.in_store.get(l).to_string(), FAMILY_WIDTHS[8]),
                (note.to_string(), FAMILY_WIDTHS[10]),
                (f.name.get(l).to_string(), FAMILY_WIDTHS[0]),
                (titles.clone(), FAMILY_WIDTHS[15]),
            ];
            let cells: Vec<(&str, f64)> = texts.iter().map(|(t, w)| (t.as_str(), *w)).collect();
            fit_row(ws, row, &cells)?;
            row += 1;
        }
    }
    let last = row - 1;
    table(ws, l, &cols, last, s)?;
    ws.set_row_height(TABLE_ROW, 32.0)?;
    ws.set_freeze_panes(TABLE_ROW + 1, 1)?;
    widths(ws, &FAMILY_WIDTHS)?;
    print_setup(ws);
    for col in [2u16, 4, 6] {
        let scale = ConditionalFormat3ColorScale::new()
            .set_minimum(ConditionalFormatType::Number, 0)
            .set_midpoint(ConditionalFormatType::Number, 2.5)
            .set_maximum(ConditionalFormatType::Number, 5)
            .set_minimum_color("#F8CBAD")
            .set_midpoint_color("#FFEB9C")
            .set_maximum_color("#A9D08E");
        ws.add_conditional_format(TABLE_ROW + 1, col, last, col, &scale)?;
    }
    Ok(())
}

fn plan(
    wb: &mut Workbook,
    s: &Styles,
    framework: &Framework,
    card: &Scorecard,
    charts: &ChartData,
    l: Lang,
) -> Result<(), XlsxError> {
    let ws = wb
        .add_worksheet()
        .set_name(sheet_name(l, "xlsx-sheet-plan"))?;
    let steps = action_plan(framework, card, l);
    let title = if steps.first().is_some_and(|s| s.suggested) {
        l.t("cli-plan-suggested-title")
    } else {
        l.t("cli-plan-title")
    };
    sheet_title(ws, title, s)?;
    let cols = [
        "xlsx-priority",
        "col-quadrant",
        "xlsx-kind",
        "col-family",
        "xlsx-from",
        "xlsx-to",
        "report-practice",
        "report-effort",
        "report-impact",
        "report-what-to-do",
        "report-kpis",
        "col-gap",
        "xlsx-owner",
        "xlsx-due-date",
        "xlsx-status",
        "xlsx-comment",
    ];
    // Room to add steps under the plan; the table, the drop-down and the date check cover it.
    let first = TABLE_ROW + 1;
    let rows = TABLE_ROW + steps.len().max(1) as u32 + 20;
    let rating = |v: u8| crate::report::rating_word(v, l);
    for step in &steps {
        let row = TABLE_ROW + step.rank as u32;
        ws.write_number_with_format(row, 0, step.rank as f64, &s.integer)?;
        if let Some(q) = step.quadrant {
            user_text(ws, row, 1, l.t(q.key()), &s.wrap)?;
        }
        let kind = if step.foundation {
            "xlsx-kind-foundation"
        } else if step.suggested {
            "xlsx-kind-suggestion"
        } else {
            "xlsx-kind-target"
        };
        user_text(ws, row, 2, l.t(kind), &s.wrap)?;
        user_text(ws, row, 3, &step.name, &s.wrap)?;
        ws.write_number_with_format(row, 4, f64::from(step.from), &s.integer)?;
        ws.write_number_with_format(row, 5, f64::from(step.to), &s.integer)?;
        user_text(ws, row, 6, &step.practice, &s.wrap)?;
        if let Some(e) = step.effort {
            user_text(ws, row, 7, &rating(e), &s.text)?;
        }
        if let Some(i) = step.impact {
            user_text(ws, row, 8, &rating(i), &s.text)?;
        }
        let todo = step.first_steps.join("\n");
        let kpis = step.kpis.join("\n");
        user_text(ws, row, 9, &todo, &s.wrap)?;
        user_text(ws, row, 10, &kpis, &s.wrap)?;
        ws.write_number_with_format(row, 11, round1(step.gap), &s.score)?;
        user_text(ws, row, 14, l.t("xlsx-status-todo"), &s.text)?;
        fit_row(
            ws,
            row,
            &[
                (&step.name, PLAN_WIDTHS[3]),
                (&step.practice, PLAN_WIDTHS[6]),
                (&todo, PLAN_WIDTHS[9]),
                (&kpis, PLAN_WIDTHS[10]),
            ],
        )?;
    }
    table(ws, l, &cols, rows, s)?;
    let status = [
        l.t("xlsx-status-todo"),
        l.t("xlsx-status-doing"),
        l.t("xlsx-status-done"),
    ];
    let dropdown = DataValidation::new()
        .allow_list_strings(&status)?
        .set_input_title(l.t("xlsx-status"))?;
    ws.add_data_validation(first, 14, rows, 14, &dropdown)?;
    let dates = DataValidation::new()
        .allow_date(DataValidationRule::GreaterThan(ExcelDateTime::from_ymd(
            2000, 1, 1,
        )?))
        .set_error_message(l.t("xlsx-date-expected"))?;
    ws.add_data_validation(first, 13, rows, 13, &dates)?;
    for row in first..=rows {
        ws.write_blank(row, 13, &s.date)?;
    }
    if steps.first().is_some_and(|s| s.suggested) {
        user_text(ws, 1, 0, l.t("report-suggested-note"), &s.muted)?;
    }
    ws.set_row_height(TABLE_ROW, 32.0)?;
    ws.set_freeze_panes(TABLE_ROW + 1, 0)?;
    widths(ws, &PLAN_WIDTHS)?;
    // The matrix under the plan.
    ws.insert_image(rows + 2, 0, &matrix_image(charts, l)?)?;
    print_setup(ws);
    Ok(())
}

/// The evidence behind the answers: one row per piece, its reference a link when it is a web
/// address (other references, a file or a ticket, stay text: nothing is opened).
fn evidence(
    wb: &mut Workbook,
    s: &Styles,
    framework: &Framework,
    a: &Assessment,
    l: Lang,
) -> Result<(), XlsxError> {
    let ws = wb
        .add_worksheet()
        .set_name(sheet_name(l, "xlsx-sheet-evidence"))?;
    sheet_title(ws, l.t("report-evidence"), s)?;
    let cols = [
        "col-family",
        "xlsx-track",
        "csv-confidence",
        "xlsx-evidence-title",
        "xlsx-evidence-ref",
        "xlsx-evidence-by",
    ];
    let mut row = TABLE_ROW + 1;
    for (f, t) in framework.tracks() {
        let Some(answer) = a.answer(&t.id) else {
            continue;
        };
        for e in &answer.evidence {
            user_text(ws, row, 0, f.name.get(l), &s.wrap)?;
            let track = t.name.as_ref().map(|n| n.get(l)).unwrap_or_default();
            user_text(ws, row, 1, track, &s.wrap)?;
            if let Some(c) = answer.confidence {
                user_text(ws, row, 2, l.t(c.key()), &s.text)?;
            }
            user_text(ws, row, 3, &e.title, &s.wrap)?;
            if e.is_web_link() {
                let link = crate::text::xml_safe(e.reference.trim()).into_owned();
                ws.write_url_with_format(row, 4, Url::new(link), &s.wrap)?;
            } else {
                user_text(ws, row, 4, &e.reference, &s.wrap)?;
            }
            user_text(ws, row, 5, &e.by, &s.wrap)?;
            row += 1;
        }
    }
    if row == TABLE_ROW + 1 {
        user_text(ws, 1, 0, l.t("report-no-evidence"), &s.muted)?;
    }
    table(ws, l, &cols, row.max(TABLE_ROW + 2) - 1, s)?;
    ws.set_freeze_panes(TABLE_ROW + 1, 0)?;
    widths(ws, &[24.0, 18.0, 12.0, 40.0, 50.0, 20.0])?;
    print_setup(ws);
    Ok(())
}
