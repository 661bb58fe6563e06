//! The Excel workbook (rust_xlsxwriter): one assessment's summary with native charts, its
//! families as a table, and an action plan to work in; a comparison; a portfolio. Numbers are
//! numbers, dates are dates, and users' texts are text (never formulas).

mod assessment;
mod comparison;
mod portfolio;
mod team;

use crate::export::Subject;
use crate::framework::Framework;
use crate::lang::Lang;
use rust_xlsxwriter::{
    ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

/// The longest text a cell holds (Excel's limit).
const CELL_CHARS: usize = 32_000;

/// The row of a sheet's table header: the sheet's title is on the first row (screen readers
/// and people read it first), a line is left under it.
pub(crate) const TABLE_ROW: u32 = 2;

/// The sheet's title, on its first row.
pub(crate) fn sheet_title(
    ws: &mut Worksheet,
    title: &str,
    styles: &Styles,
) -> Result<(), XlsxError> {
    user_text(ws, 0, 0, title, &styles.title)?;
    ws.set_row_height(0, 24.0)?;
    Ok(())
}

/// The workbook of `subject`, in `lang`.
pub fn workbook(
    framework: &Framework,
    subject: &Subject<'_>,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let styles = Styles::new(lang);
    match subject {
        Subject::Assessment { assessment, .. } => {
            assessment::sheets(&mut wb, &styles, framework, assessment, lang)?
        }
        Subject::Comparison { inputs } => {
            comparison::sheets(&mut wb, &styles, framework, inputs, lang)?
        }
        Subject::Portfolio { portfolio, .. } => {
            portfolio::sheets(&mut wb, &styles, framework, portfolio, lang)?
        }
        Subject::Team { team: t } => {
            assessment::sheets(&mut wb, &styles, framework, &t.assessment, lang)?;
            team::sheet(&mut wb, &styles, framework, t, lang)?
        }
    }
    wb.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_title(lang.t("xlsx-title"))
            .set_author("retail-maturity"),
    );
    wb.save_to_buffer()
}

/// The formats of every sheet.
pub(crate) struct Styles {
    pub title: Format,
    pub table_header: Format,
    pub header: Format,
    pub label: Format,
    pub text: Format,
    pub wrap: Format,
    pub score: Format,
    pub percent: Format,
    pub date: Format,
    pub integer: Format,
    pub muted: Format,
}

impl Styles {
    fn new(lang: Lang) -> Styles {
        let date = if lang.decimal() == ',' {
            "dd/mm/yyyy"
        } else {
            "yyyy-mm-dd"
        };
        Styles {
            title: Format::new()
                .set_bold()
                .set_font_size(16)
                .set_font_color("#0072B2"),
            table_header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            header: Format::new()
                .set_bold()
                .set_background_color("#F3F5F8")
                .set_border_bottom(FormatBorder::Thin)
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            label: Format::new().set_bold().set_align(FormatAlign::Top),
            text: Format::new().set_align(FormatAlign::Top),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            score: Format::new()
                .set_num_format("0.0")
                .set_align(FormatAlign::Top),
            percent: Format::new()
                .set_num_format("0.0%")
                .set_align(FormatAlign::Top),
            date: Format::new()
                .set_num_format(date)
                .set_align(FormatAlign::Left),
            integer: Format::new()
                .set_num_format("0")
                .set_align(FormatAlign::Top),
            muted: Format::new().set_italic().set_font_color("#6E7480"),
        }
    }
}

/// Writes a user's text as text (safe for XML, cut to Excel's limit; a leading `=` stays text).
pub(crate) fn user_text(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    s: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    let safe = crate::text::xml_safe(&crate::text::short(s, CELL_CHARS)).into_owned();
    ws.write_string_with_format(row, col, safe, format)?;
    Ok(())
}

/// Writes a date `YYYY-MM-DD` as an Excel date (as text if it is not one).
pub(crate) fn date(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    d: Option<&str>,
    styles: &Styles,
) -> Result<(), XlsxError> {
    match d.map(|d| (d, ExcelDateTime::parse_from_str(d))) {
        Some((_, Ok(dt))) => {
            ws.write_datetime_with_format(row, col, &dt, &styles.date)?;
        }
        Some((d, Err(_))) => user_text(ws, row, col, d, &styles.text)?,
        None => {}
    }
    Ok(())
}

/// A header row.
pub(crate) fn headers(
    ws: &mut Worksheet,
    row: u32,
    first: u16,
    titles: &[&str],
    styles: &Styles,
) -> Result<(), XlsxError> {
    for (i, t) in titles.iter().enumerate() {
        ws.write_string_with_format(row, first + i as u16, *t, &styles.header)?;
    }
    Ok(())
}

/// An Excel table (filter and sort buttons) over rows `TABLE_ROW..=last` whose headers are the
/// catalogue's `cols` in `lang`.
pub(crate) fn table(
    ws: &mut Worksheet,
    lang: Lang,
    cols: &[&'static str],
    last: u32,
    styles: &Styles,
) -> Result<(), XlsxError> {
    let columns: Vec<rust_xlsxwriter::TableColumn> = cols
        .iter()
        .map(|k| {
            rust_xlsxwriter::TableColumn::new()
                .set_header(lang.t(k))
                .set_header_format(&styles.table_header)
        })
        .collect();
    let table = rust_xlsxwriter::Table::new().set_columns(&columns);
    ws.add_table(TABLE_ROW, 0, last, (cols.len() - 1) as u16, &table)?;
    Ok(())
}

/// Column widths, in characters.
pub(crate) fn widths(ws: &mut Worksheet, widths: &[f64]) -> Result<(), XlsxError> {
    for (i, w) in widths.iter().enumerate() {
        ws.set_column_width(i as u16, *w)?;
    }
    Ok(())
}

/// Printing: landscape A4, one page wide, so a printed sheet (or a PDF of it) is never cut.
pub(crate) fn print_setup(ws: &mut Worksheet) {
    ws.set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0);
}

/// The height of a row whose wrapped cells hold `texts` in columns `widths` wide (characters):
/// spreadsheets do not all grow a row to its wrapped text by themselves.
pub(crate) fn fit_row(
    ws: &mut Worksheet,
    row: u32,
    cells: &[(&str, f64)],
) -> Result<(), XlsxError> {
    let lines = cells
        .iter()
        .map(|(text, width)| {
            let per_line = (width * 1.1).max(4.0) as usize;
            text.split('\n')
                .map(|l| l.chars().count().div_ceil(per_line).max(1))
                .sum::<usize>()
        })
        .max()
        .unwrap_or(1)
        .max(1);
    if lines > 1 {
        ws.set_row_height(row, 15.0 * lines as f64 + 2.0)?;
    }
    Ok(())
}

/// A sheet name from the catalogue, within Excel's 31 characters.
pub(crate) fn sheet_name(lang: Lang, key: &'static str) -> String {
    lang.t(key).chars().take(31).collect()
}
