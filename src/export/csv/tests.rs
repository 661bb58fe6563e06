//! CSV exports: columns, separators, empty cells where nothing applies, formula-safe text.

use super::*;
use crate::assessment::Assessment;
use crate::score::Scorecard;

fn fw() -> &'static Framework {
    Framework::builtin()
}

/// The rows of a CSV export, header first, read back with the csv crate.
fn rows(bytes: &[u8], delimiter: u8) -> Vec<Vec<String>> {
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a byte-order mark");
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(&bytes[3..])
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn results(a: &Assessment, lang: Lang) -> Results {
    Results::new(fw(), a, &Scorecard::compute(fw(), a), lang)
}

#[test]
fn one_row_per_family_quoted_where_it_must() {
    let mut a = Assessment::blank(fw());
    a.answer_mut("e-commerce").level = Some(3);
    a.answer_mut("e-commerce").note = "Drive, \"retrait\" 2h; ok".into();
    let rows = rows(&results_csv(&results(&a, Lang::FR), CsvStyle::COMMA), b',');
    assert_eq!(rows.len(), 16);
    let r = &rows[1..];
    assert_eq!(r[0][1], "E-Commerce");
    assert_eq!(r[0][3], "3");
    assert_eq!(r[0][5], "60.0");
    assert_eq!(r[0][11], "Click and Collect");
    assert_eq!(r[0][12], "Drive, \"retrait\" 2h; ok");
    assert_eq!(
        r[6][10], "",
        "ReCommerce: none of its three tracks answered in store"
    );
}

#[test]
fn in_store_is_yes_no_or_left_blank_when_not_answered() {
    let mut a = Assessment::blank(fw());
    a.answer_mut("e-commerce").in_store = Some(true);
    a.answer_mut("social-commerce").in_store = Some(false);
    a.answer_mut("rental").in_store = Some(true);
    let r = results(&a, Lang::EN);
    let rows = rows(&results_csv(&r, CsvStyle::COMMA), b',');
    let cells: Vec<&str> = rows[1..].iter().map(|r| r[10].as_str()).collect();
    assert_eq!(&cells[..3], ["yes", "no", ""]);
    assert_eq!(rows[1][3], "", "no level answered: no level written");
    assert_eq!(rows[1][5], "0.0", "but the score counts it as 0");
    assert_eq!(cells[6], "1/3", "ReCommerce: one of three");
    let json: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(json["version"], 3);
    assert_eq!(json["in_store_unanswered"], 17 - 3);
    assert_eq!(json["families"][0]["tracks"][0]["answered"], false);
}

#[test]
fn no_target_and_not_applicable_leave_their_cells_empty() {
    let mut a = Assessment::blank(fw());
    a.answer_mut("e-commerce").level = Some(2);
    a.answer_mut("social-commerce").level = Some(1);
    a.answer_mut("social-commerce").target = Some(3);
    a.set_not_applicable("pre-sales", true);
    let rows = rows(&results_csv(&results(&a, Lang::EN), CsvStyle::COMMA), b',');
    let head = &rows[0];
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let ecom = &rows[1];
    assert_eq!(ecom[col("target_level")], "", "no target: no target level");
    assert_eq!(ecom[col("gap")], "");
    let social = &rows[2];
    assert_eq!(social[col("target_level")], "3");
    assert_eq!(social[col("gap")], "40.0");
    let pre = &rows[4];
    assert_eq!(pre[col("applicable")], "no");
    assert_eq!(
        (pre[col("score")].as_str(), pre[col("gap")].as_str()),
        ("", "")
    );
}

#[test]
fn french_spreadsheets_get_semicolons_and_decimal_commas() {
    let mut a = Assessment::blank(fw());
    a.answer_mut("e-commerce").level = Some(3);
    let style = CsvStyle::for_lang(Lang::FR);
    assert_eq!(style, CsvStyle::SEMICOLON);
    let rows = rows(&results_csv(&results(&a, Lang::FR), style), b';');
    assert_eq!(rows[0][0], "family_id");
    assert_eq!(rows[1][5], "60,0");
    assert_eq!(CsvStyle::for_lang(Lang::EN), CsvStyle::COMMA);
}

#[test]
fn user_text_never_becomes_a_formula() {
    let mut a = Assessment::blank(fw());
    a.retailer = "=HYPERLINK(\"http://x\",\"y\")".into();
    a.answer_mut("e-commerce").note = "+33 1 23".into();
    a.answer_mut("social-commerce").note = "@SUM(A1:A9)".into();
    a.answer_mut("promotional-offers").note = "-1".into();
    let bytes = results_csv(&results(&a, Lang::EN), CsvStyle::COMMA);
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(text.contains("\"'+33 1 23\""), "{text}");
    let rows = rows(&bytes, b',');
    for (row, note) in [(1, "'+33 1 23"), (2, "'@SUM(A1:A9)"), (3, "'-1")] {
        assert_eq!(rows[row][12], note);
    }
    let b = a.clone();
    let cmp = Comparison::new(fw(), &[("a".into(), &a), ("b".into(), &b)]);
    let rows = self::rows(&comparison_csv(fw(), &cmp, Lang::EN, CsvStyle::COMMA), b',');
    assert!(rows[0][2].starts_with("'="), "{:?}", rows[0]);
}

#[test]
fn a_comparison_leaves_a_family_not_answered_empty_and_without_change() {
    let mut a = Assessment::blank(fw());
    a.answer_mut("e-commerce").level = Some(1);
    let mut b = a.clone();
    b.answer_mut("e-commerce").level = Some(3);
    b.answer_mut("social-commerce").level = Some(2);
    b.set_not_applicable("pre-sales", true);
    let cmp = Comparison::new(fw(), &[("a".into(), &a), ("b".into(), &b)]);
    let rows = rows(&comparison_csv(fw(), &cmp, Lang::EN, CsvStyle::COMMA), b',');
    assert_eq!(rows[1][2..], ["1", "3", "+2", "+40.0"]);
    assert_eq!(rows[2][2..], ["", "2", "", ""], "not answered in the first");
    assert_eq!(
        rows[4][2..],
        ["", "n/a", "n/a", "n/a"],
        "does not apply in the last"
    );
}
