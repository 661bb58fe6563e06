//! The PDF report, read back as a reader would: its text (every family, every practice reached,
//! the plan), its fonts, its pages; markup in users' texts printed as it is; a broken template
//! refused with its line.
#![cfg(feature = "report")]

use retail_maturity::export::{self, Format, Options, Subject};
use retail_maturity::plan::action_plan;
use retail_maturity::report::{ReportError, Template};
use retail_maturity::{Assessment, Framework, Lang, Scorecard};
use std::process::Command;
use std::sync::Arc;

fn fw() -> &'static Framework {
    Framework::builtin()
}

fn example(name: &str) -> Assessment {
    Assessment::load(
        std::path::Path::new(&format!(
            "{}/data/examples/{name}.json",
            env!("CARGO_MANIFEST_DIR")
        )),
        fw(),
    )
    .unwrap()
}

fn corpus(name: &str) -> Assessment {
    let p = format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
    Assessment::load(std::path::Path::new(&p), fw()).unwrap()
}

fn pdf(subject: &Subject<'_>, lang: Lang) -> Vec<u8> {
    export::render(fw(), subject, Format::Pdf, &Options::new(lang)).unwrap()
}

/// The PDF's text with every space, line break and hyphen taken out, so that words broken at
/// the end of a line or wrapped in a table cell are found whole.
fn text(bytes: &[u8]) -> String {
    let raw = pdf_extract::extract_text_from_mem(bytes).expect("a readable PDF");
    squash(&raw)
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{ad}')
        .collect()
}

fn pages(bytes: &[u8]) -> usize {
    lopdf::Document::load_mem(bytes).unwrap().get_pages().len()
}

#[test]
fn the_assessment_report_holds_the_whole_diagnosis_in_each_language() {
    let a = example("maison-dupont-2025");
    let card = Scorecard::compute(fw(), &a);
    for lang in [Lang::FR, Lang::EN] {
        let bytes = pdf(
            &Subject::Assessment {
                assessment: &a,
                reference: None,
            },
            lang,
        );
        assert!(bytes.starts_with(b"%PDF-"));
        let t = text(&bytes);
        assert!(t.contains("MaisonDupont"));
        let score = format!("{:.1}", card.overall).replace('.', &lang.decimal().to_string());
        assert!(t.contains(&squash(&score)), "score {score} in {lang:?}");
        assert!(t.contains(&squash(fw().stages[card.stage].name.get(lang))));
        for f in &fw().families {
            assert!(
                t.contains(&squash(f.name.get(lang))),
                "{} missing",
                f.name.get(lang)
            );
        }
        for (f, fs) in fw().families.iter().zip(&card.families) {
            for (tr, ts) in f.tracks.iter().zip(&fs.tracks) {
                if let (true, Some(level)) = (fs.applicable && ts.answered, tr.level(ts.level)) {
                    let practice = squash(level.text.get(lang));
                    assert!(
                        t.contains(&practice),
                        "practice {practice} missing in {lang:?}"
                    );
                }
            }
        }
        for step in action_plan(fw(), &card, lang) {
            assert!(
                t.contains(&squash(&step.practice)),
                "plan step {} missing",
                step.practice
            );
        }
        let n = pages(&bytes);
        assert!((8..=26).contains(&n), "{n} pages");
        // The last page's footer: "page 10 / 10".
        let last = format!("{} {n} / {n}", lang.t("report-page"));
        assert!(t.contains(&squash(&last)), "page numbers: {last} missing");
    }
}

#[test]
fn the_french_report_has_no_english_headings() {
    let a = example("maison-dupont-2025");
    let t = text(&pdf(
        &Subject::Assessment {
            assessment: &a,
            reference: None,
        },
        Lang::FR,
    ));
    for english in [
        "Executivesummary",
        "Actionplan",
        "Appendix",
        "Contents",
        "Reached",
        "Maturityscore",
    ] {
        assert!(!t.contains(english), "{english} in the French report");
    }
    for french in [
        "Synthèse",
        "Pland'action",
        "Annexe",
        "Sommaire",
        "Niveausuivant",
    ] {
        assert!(t.contains(french), "{french} missing");
    }
}

#[test]
fn fonts_are_embedded() {
    let a = example("maison-dupont-2025");
    let bytes = pdf(
        &Subject::Assessment {
            assessment: &a,
            reference: None,
        },
        Lang::FR,
    );
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let mut fonts = 0;
    for (_, obj) in doc.objects.iter() {
        if let Ok(dict) = obj.as_dict()
            && dict.get(b"Type").ok().and_then(|t| t.as_name().ok())
                == Some(b"FontDescriptor".as_slice())
        {
            fonts += 1;
            let embedded = [b"FontFile".as_slice(), b"FontFile2", b"FontFile3"]
                .iter()
                .any(|k| dict.has(k));
            assert!(embedded, "a font is not embedded: {dict:?}");
        }
    }
    assert!(fonts >= 3, "text, bold and chart fonts ({fonts})");
}

#[test]
fn the_comparison_report_holds_each_assessment_and_its_date() {
    let all = [
        example("maison-dupont-2024"),
        example("maison-dupont-2025"),
        example("maison-dupont-2026"),
    ];
    let inputs: Vec<(String, &Assessment)> = all.iter().map(|a| (a.label(), a)).collect();
    for lang in [Lang::FR, Lang::EN] {
        let t = text(&pdf(&Subject::Comparison { inputs: &inputs }, lang));
        for a in &all {
            assert!(
                t.contains(&squash(a.date.as_deref().unwrap())),
                "{:?}",
                a.date
            );
        }
        for f in &fw().families {
            assert!(t.contains(&squash(f.name.get(lang))));
        }
    }
}

/// One retailer whose name is written in two cases is one retailer, as the comparison sees it
/// (a trend, not "2 retailers").
#[test]
fn a_retailer_written_in_two_cases_is_one_retailer() {
    let mut later = example("maison-dupont-2025");
    later.retailer = "MAISON DUPONT".into();
    let all = [example("maison-dupont-2024"), later];
    let inputs: Vec<(String, &Assessment)> = all.iter().map(|a| (a.label(), a)).collect();
    let t = text(&pdf(&Subject::Comparison { inputs: &inputs }, Lang::EN));
    assert!(!t.contains(&squash("2 retailers")), "counted twice");
}

#[test]
fn markup_in_names_and_notes_prints_as_it_is() {
    let a = corpus("ok-markup-in-text.json");
    let t = text(&pdf(
        &Subject::Assessment {
            assessment: &a,
            reference: None,
        },
        Lang::EN,
    ));
    assert!(
        t.contains(&squash(&a.retailer)),
        "the retailer's name, literally"
    );
    let note = &a.answer("e-commerce").unwrap().note;
    assert!(t.contains(&squash(note)), "the note, literally: {note}");
}

#[test]
fn a_broken_template_is_refused_with_its_line_and_typsts_message() {
    let a = example("maison-dupont-2025");
    let subject = Subject::Assessment {
        assessment: &a,
        reference: None,
    };
    let broken = |source: &str| {
        let options = Options {
            template: Some(Arc::new(Template {
                name: "mine.typ".into(),
                source: source.into(),
                folder: None,
            })),
            ..Options::new(Lang::EN)
        };
        match export::render(fw(), &subject, Format::Pdf, &options) {
            Err(export::ExportError::Report(e)) => e,
            other => panic!("{other:?}"),
        }
    };
    let e = broken("= Title\n\n#let x = (\n");
    assert!(
        matches!(e, ReportError::Template { line: Some(3), .. }),
        "{e:?}"
    );
    assert!(
        e.to_string().starts_with("template mine.typ, line 3"),
        "{e}"
    );
    let e = broken("#let d = sys.inputs\nHello\n#d.no_such_field\n");
    assert!(
        matches!(e, ReportError::Template { line: Some(3), .. }),
        "{e:?}"
    );
    assert!(e.to_string().contains("no_such_field"), "{e}");
}

#[test]
fn the_report_command_writes_nothing_when_the_template_is_broken() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("mine.typ");
    std::fs::write(&template, "#let broken = (\n").unwrap();
    let file = format!(
        "{}/data/examples/maison-dupont-2025.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let o = Command::new(env!("CARGO_BIN_EXE_retail-maturity"))
        .current_dir(dir.path())
        .args([
            "report",
            &file,
            "--template",
            template.to_str().unwrap(),
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("mine.typ") && err.contains("line 1"), "{err}");
    assert!(
        !dir.path().join("exports").exists()
            || std::fs::read_dir(dir.path().join("exports"))
                .unwrap()
                .count()
                == 0
    );
    let o = Command::new(env!("CARGO_BIN_EXE_retail-maturity"))
        .current_dir(dir.path())
        .args(["report", &file, "--lang", "en"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let written: Vec<_> = std::fs::read_dir(dir.path().join("exports"))
        .unwrap()
        .collect();
    assert_eq!(written.len(), 1);
}
