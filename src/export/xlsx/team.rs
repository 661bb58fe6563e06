//! A team's workbook: the consolidated assessment's sheets, and a Team sheet with each
//! respondent's level per track, the consolidated level, the range, the disagreements marked.

use super::{Styles, TABLE_ROW, headers, print_setup, sheet_name, sheet_title, user_text, widths};
use crate::framework::Framework;
use crate::lang::Lang;
use crate::team::Consolidation;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

pub(super) fn sheet(
    wb: &mut Workbook,
    s: &Styles,
    framework: &Framework,
    t: &Consolidation,
    l: Lang,
) -> Result<(), XlsxError> {
    let ws = wb
        .add_worksheet()
        .set_name(sheet_name(l, "xlsx-sheet-team"))?;
    let n = t.respondents.len() as u16;
    sheet_title(
        ws,
        &crate::tr!(l, "xlsx-team-title", count = t.respondents.len()),
        s,
    )?;
    headers(ws, TABLE_ROW, 0, &[l.t("col-family"), l.t("xlsx-track")], s)?;
    for (i, name) in t.respondents.iter().enumerate() {
        user_text(ws, TABLE_ROW, 2 + i as u16, name, &s.header)?;
    }
    let tail = [
        l.t("xlsx-consolidated"),
        l.t("csv-min"),
        l.t("csv-max"),
        l.t("xlsx-spread"),
        l.t("xlsx-disagreement"),
    ];
    headers(ws, TABLE_ROW, 2 + n, &tail, s)?;
    let flag = Format::new().set_background_color("#FDE2C8").set_bold();
    for (row, ((f, tr), v)) in framework.tracks().zip(&t.tracks).enumerate() {
        let y = TABLE_ROW + 1 + row as u32;
        user_text(ws, y, 0, f.name.get(l), &s.text)?;
        user_text(
            ws,
            y,
            1,
            tr.name.as_ref().map(|x| x.get(l)).unwrap_or_default(),
            &s.text,
        )?;
        for (i, level) in v.levels.iter().enumerate() {
            if let Some(level) = level {
                ws.write_number_with_format(y, 2 + i as u16, f64::from(*level), &s.integer)?;
            }
        }
        for (k, value) in [v.level, v.min, v.max].into_iter().enumerate() {
            if let Some(value) = value {
                ws.write_number_with_format(y, 2 + n + k as u16, f64::from(value), &s.integer)?;
            }
        }
        ws.write_number_with_format(y, 5 + n, f64::from(v.spread), &s.integer)?;
        if v.disagreement {
            user_text(ws, y, 6 + n, l.yes_no(true), &flag)?;
        }
    }
    let mut w = vec![26.0, 18.0];
    w.extend((0..n).map(|_| 14.0));
    w.extend([13.0, 7.0, 7.0, 8.0, 12.0]);
    widths(ws, &w)?;
    ws.set_freeze_panes(TABLE_ROW + 1, 2)?;
    print_setup(ws);
    Ok(())
}
