//! A portfolio's workbook: the ranking, and per family how many assessments reached each level
//! (a stacked bar chart).

use super::{
    Styles, TABLE_ROW, date, headers, print_setup, sheet_name, sheet_title, table, user_text,
    widths,
};
use crate::framework::Framework;
use crate::lang::Lang;
use crate::portfolio::Portfolio;
use rust_xlsxwriter::{Chart, ChartType, Workbook, XlsxError};

pub(super) fn sheets(
    wb: &mut Workbook,
    s: &Styles,
    framework: &Framework,
    p: &Portfolio,
    l: Lang,
) -> Result<(), XlsxError> {
    let ws = wb
        .add_worksheet()
        .set_name(sheet_name(l, "xlsx-sheet-ranking"))?;
    sheet_title(
        ws,
        &crate::tr!(l, "xlsx-ranking-title", count = p.entries.len()),
        s,
    )?;
    let cols = [
        "col-rank",
        "col-retailer",
        "col-date",
        "col-score",
        "col-stage",
        "report-coverage",
        "col-checked",
        "col-file",
    ];
    for (i, e) in p.entries.iter().enumerate() {
        let row = TABLE_ROW + 1 + i as u32;
        ws.write_number_with_format(row, 0, (i + 1) as f64, &s.integer)?;
        user_text(ws, row, 1, &e.retailer, &s.text)?;
        date(ws, row, 2, e.date.as_deref(), s)?;
        ws.write_number_with_format(row, 3, e.score, &s.score)?;
        user_text(ws, row, 4, framework.stages[e.stage].name.get(l), &s.text)?;
        ws.write_number_with_format(row, 5, e.in_store_coverage, &s.percent)?;
        ws.write_number_with_format(row, 6, e.checked_share, &s.percent)?;
        user_text(ws, row, 7, &e.path.display().to_string(), &s.text)?;
    }
    table(ws, l, &cols, TABLE_ROW + p.entries.len().max(1) as u32, s)?;
    ws.set_freeze_panes(TABLE_ROW + 1, 0)?;
    widths(ws, &[7.0, 28.0, 12.0, 9.0, 14.0, 14.0, 12.0, 60.0])?;
    print_setup(ws);

    let name = sheet_name(l, "xlsx-sheet-distribution");
    let ws = wb.add_worksheet().set_name(&name)?;
    let mut titles = vec![l.t("col-family").to_string(), "n".to_string()];
    titles.extend((0..=5).map(|k| crate::tr!(l, "xlsx-level-n", level = k)));
    titles.push(l.t("col-mean").into());
    titles.push(l.t("col-median").into());
    let refs: Vec<&str> = titles.iter().map(String::as_str).collect();
    sheet_title(ws, l.t("cli-portfolio-levels"), s)?;
    headers(ws, TABLE_ROW, 0, &refs, s)?;
    for (r, (f, d)) in framework.families.iter().zip(&p.distributions).enumerate() {
        let row = TABLE_ROW + 1 + r as u32;
        user_text(ws, row, 0, f.name.get(l), &s.text)?;
        ws.write_number_with_format(row, 1, d.applicable as f64, &s.integer)?;
        for (k, count) in d.counts.iter().enumerate() {
            ws.write_number_with_format(row, 2 + k as u16, *count as f64, &s.integer)?;
        }
        ws.write_number_with_format(row, 8, d.mean, &s.score)?;
        ws.write_number_with_format(row, 9, d.median, &s.score)?;
    }
    let first = TABLE_ROW + 1;
    let last = TABLE_ROW + framework.families.len() as u32;
    let mut chart = Chart::new(ChartType::BarStacked);
    chart.title().set_name(l.t("cli-portfolio-levels"));
    for k in 0..=5u16 {
        chart
            .add_series()
            .set_name((name.as_str(), TABLE_ROW, 2 + k))
            .set_categories((name.as_str(), first, 0, last, 0))
            .set_values((name.as_str(), first, 2 + k, last, 2 + k));
    }
    chart.y_axis().set_reverse();
    chart.set_width(640).set_height(520);
    chart.set_alt_text(crate::tr!(
        l,
        "xlsx-distribution-alt",
        count = p.entries.len()
    ));
    ws.insert_chart(TABLE_ROW, 11, &chart)?;
    ws.set_freeze_panes(TABLE_ROW + 1, 1)?;
    widths(ws, &[30.0, 6.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0])?;
    print_setup(ws);
    Ok(())
}
