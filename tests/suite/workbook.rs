//! The Excel workbook read back as a spreadsheet would (calamine) and as its zip parts: sheets,
//! numbers that are numbers, every family, the native charts and the cells they point at, the
//! action plan, and users' texts that stay text.

use calamine::{Data, Reader, Xlsx};
use retail_maturity::export::{self, Format, Options, Subject};
use retail_maturity::plan::action_plan;
use retail_maturity::{Assessment, Framework, Lang, Scorecard};
use std::io::{Cursor, Read};

fn fw() -> &'static Framework {
    Framework::builtin()
}

fn load(path: &str) -> Assessment {
    Assessment::load(
        std::path::Path::new(&format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))),
        fw(),
    )
    .unwrap()
}

fn workbook(subject: &Subject<'_>, lang: Lang) -> Vec<u8> {
    export::render(fw(), subject, Format::Xlsx, &Options::new(lang)).unwrap()
}

/// The workbook of one assessment, without a reference.
fn of_one(a: &Assessment, lang: Lang) -> Vec<u8> {
    workbook(
        &Subject::Assessment {
            assessment: a,
            reference: None,
        },
        lang,
    )
}

/// The name and text of every part of the workbook whose name starts with `prefix`.
fn parts(bytes: &[u8], prefix: &str) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let names: Vec<String> = zip
        .file_names()
        .filter(|n| n.starts_with(prefix))
        .map(String::from)
        .collect();
    let mut out = Vec::new();
    for n in names {
        let mut s = String::new();
        zip.by_name(&n).unwrap().read_to_string(&mut s).unwrap();
        out.push((n, s));
    }
    out
}

/// The text of every chart part of the workbook.
fn charts(bytes: &[u8]) -> Vec<String> {
    parts(bytes, "xl/charts/chart")
        .into_iter()
        .map(|(_, s)| s)
        .collect()
}

fn cell(range: &calamine::Range<Data>, row: usize, col: usize) -> Data {
    range.get((row, col)).cloned().unwrap_or(Data::Empty)
}

#[test]
fn one_assessment_makes_a_summary_with_charts_families_and_a_plan() {
    let a = load("data/examples/maison-dupont-2025.json");
    let card = Scorecard::compute(fw(), &a);
    let bytes = of_one(&a, Lang::EN);
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Summary", "Families", "Action plan", "Evidence"]
    );
    let summary = book.worksheet_range("Summary").unwrap();
    assert_eq!(cell(&summary, 5, 0), Data::String("Maturity score".into()));
    match cell(&summary, 5, 1) {
        Data::Float(x) => assert!((x - card.overall).abs() < 0.05, "{x}"),
        other => panic!("the score is a number, not {other:?}"),
    }
    assert!(
        matches!(cell(&summary, 4, 1), Data::DateTime(_)),
        "the date is a date"
    );
    assert!(
        matches!(cell(&summary, 7, 1), Data::Float(x) if (x - card.in_store_coverage).abs() < 1e-9)
    );
    let families = book.worksheet_range("Families").unwrap();
    for f in &fw().families {
        let found = families
            .rows()
            .any(|r| r[0] == Data::String(f.name.en.clone()));
        assert!(found, "{} missing", f.name.en);
    }
    // A title, a line, the header, then the tracks.
    assert_eq!(
        cell(&families, 0, 0),
        Data::String("Answers by family and track".into())
    );
    assert_eq!(families.height(), 3 + fw().tracks().count());
    let plan = book.worksheet_range("Action plan").unwrap();
    let steps = action_plan(fw(), &card, Lang::EN);
    assert!(!steps.is_empty());
    let header: Vec<String> = (0..16).map(|c| cell(&plan, 2, c).to_string()).collect();
    for h in [
        "Quadrant",
        "Effort",
        "Impact",
        "What to do first",
        "What to measure",
        "Owner",
    ] {
        assert!(header.iter().any(|x| x == h), "column {h} in {header:?}");
    }
    let col = |h: &str| header.iter().position(|x| x == h).unwrap();
    assert!(
        col("What to measure") < col("Owner"),
        "before the team's columns"
    );
    for (i, step) in steps.iter().enumerate() {
        let row = 3 + i;
        assert_eq!(cell(&plan, row, 0), Data::Float(step.rank as f64));
        assert_eq!(cell(&plan, row, 3), Data::String(step.name.clone()));
        assert_eq!(cell(&plan, row, 6), Data::String(step.practice.clone()));
        let quadrant = Lang::EN.t(step.quadrant.unwrap().key());
        assert_eq!(
            cell(&plan, row, col("Quadrant")),
            Data::String(quadrant.into())
        );
        let todo = cell(&plan, row, col("What to do first")).to_string();
        assert_eq!(todo, step.first_steps.join("\n"));
        let kpis = cell(&plan, row, col("What to measure")).to_string();
        assert_eq!(kpis, step.kpis.join("\n"));
        assert!(!cell(&plan, row, col("Effort")).to_string().is_empty());
        assert_eq!(cell(&plan, row, 14), Data::String("to do".into()));
    }
    // Every chart and image has its text alternative.
    let drawings: Vec<String> = parts(&bytes, "xl/drawings/drawing")
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    let described = drawings
        .iter()
        .map(|d| d.matches(" descr=\"").count())
        .sum::<usize>();
    assert_eq!(
        described, 3,
        "the radar, the bars and the matrix are described"
    );
    assert!(drawings.iter().any(|d| d.contains("Maturity score")));
    let parts = charts(&bytes);
    assert_eq!(parts.len(), 2, "a radar and a bar chart");
    let radar = parts
        .iter()
        .find(|p| p.contains("<c:radarChart>"))
        .expect("a native radar");
    assert!(
        radar.contains("<c:f>Summary!$B$15:$B$29</c:f>"),
        "reached scores"
    );
    assert!(
        radar.contains("<c:f>Summary!$C$15:$C$29</c:f>"),
        "target scores"
    );
    assert!(radar.contains("<c:f>Summary!$A$15:$A$29</c:f>"), "families");
    assert!(parts.iter().any(|p| p.contains("<c:barChart>")));
}

#[test]
fn the_plan_has_a_status_drop_down_and_a_date_check() {
    let a = load("data/examples/maison-dupont-2025.json");
    let bytes = of_one(&a, Lang::FR);
    let [(_, sheet)] = &parts(&bytes, "xl/worksheets/sheet3.xml")[..] else {
        panic!("no action plan sheet");
    };
    assert!(
        sheet.contains(r#"type="list""#) && sheet.contains("à faire,en cours,fait"),
        "status list"
    );
    assert!(sheet.contains(r#"type="date""#), "due dates are dates");
}

#[test]
fn users_texts_stay_text_never_formulas() {
    let a = load("tests/corpus/ok-formula-injection.json");
    let bytes = of_one(&a, Lang::EN);
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
    let summary = book.worksheet_range("Summary").unwrap();
    assert_eq!(cell(&summary, 2, 1), Data::String(a.retailer.clone()));
    let families = book.worksheet_range("Families").unwrap();
    let notes: Vec<String> = families.rows().skip(3).map(|r| r[10].to_string()).collect();
    for t in a.tracks.iter().filter(|t| !t.note.is_empty()) {
        assert!(notes.contains(&t.note), "{:?} kept as text", t.note);
    }
    let sheets = parts(&bytes, "xl/worksheets/sheet");
    assert_eq!(sheets.len(), 4, "four sheets read");
    for (name, xml) in sheets {
        assert!(!xml.contains("<f>"), "{name}: a formula");
    }
}

#[test]
fn a_comparison_has_levels_per_assessment_a_line_over_time_and_clustered_bars() {
    let all = [
        load("data/examples/maison-dupont-2024.json"),
        load("data/examples/maison-dupont-2025.json"),
        load("data/examples/maison-dupont-2026.json"),
    ];
    let inputs: Vec<(String, &Assessment)> = all.iter().map(|a| (a.label(), a)).collect();
    let bytes = workbook(&Subject::Comparison { inputs: &inputs }, Lang::EN);
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
    assert_eq!(book.sheet_names(), ["Comparison"]);
    let sheet = book.worksheet_range("Comparison").unwrap();
    assert_eq!(cell(&sheet, 2, 1), Data::String(all[0].label()));
    assert_eq!(cell(&sheet, 3, 0), Data::String("E-commerce".into()));
    assert!(matches!(cell(&sheet, 3, 1), Data::Float(_)));
    let parts = charts(&bytes);
    assert!(
        parts.iter().any(|p| p.contains("<c:lineChart>")),
        "score over time"
    );
    let bars = parts.iter().find(|p| p.contains("<c:barChart>")).unwrap();
    assert_eq!(
        bars.matches("<c:ser>").count(),
        3,
        "one series per assessment"
    );
}

#[test]
fn a_portfolio_has_its_ranking_and_levels_per_family() {
    let dir = format!("{}/data/examples", env!("CARGO_MANIFEST_DIR"));
    let (files, _) = retail_maturity::portfolio::find_files(&[dir.into()]);
    let p = retail_maturity::portfolio::Portfolio::build(fw(), &files, &|| {});
    let mean = p.reference(fw(), "mean".into());
    let bytes = workbook(
        &Subject::Portfolio {
            portfolio: &p,
            mean: &mean,
        },
        Lang::FR,
    );
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
    assert_eq!(book.sheet_names(), ["Classement", "Niveaux par famille"]);
    let ranking = book.worksheet_range("Classement").unwrap();
    assert_eq!(ranking.height(), 3 + p.entries.len());
    assert_eq!(
        cell(&ranking, 2, 0),
        Data::String("Rang".into()),
        "a French header"
    );
    let parts = charts(&bytes);
    assert!(parts[0].contains("<c:grouping val=\"stacked\"/>"));
}
