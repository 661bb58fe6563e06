//! The documents handed to people, in process: the PDF report and the Excel workbook of one
//! assessment, and the consolidation of a team of 1,000 respondents.

use criterion::{Criterion, criterion_group, criterion_main};
use retail_maturity::export::{self, Format, Options, Subject};
use retail_maturity::{Assessment, Framework, Lang};
use std::hint::black_box;
use std::path::Path;

fn example() -> Assessment {
    let p = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/examples/maison-dupont-2025.json"
    );
    Assessment::load(Path::new(p), Framework::builtin()).unwrap()
}

/// `n` respondents: the example with levels shifted a little, person by person.
fn respondents(n: usize) -> Vec<(String, Assessment)> {
    let fw = Framework::builtin();
    let base = example();
    (0..n)
        .map(|i| {
            let mut a = base.clone();
            a.assessor = format!("Respondent {i}");
            for (k, (_, t)) in fw.tracks().enumerate() {
                let level = ((i + k) % (usize::from(t.top()) + 1)) as u8;
                a.answer_mut(&t.id).level = Some(level);
            }
            (format!("respondent-{i}.json"), a)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let fw = Framework::builtin();
    let a = example();
    let subject = Subject::Assessment {
        assessment: &a,
        reference: None,
    };
    let options = Options::new(Lang::FR);
    c.bench_function("workbook (xlsx) of one assessment", |b| {
        b.iter(|| export::render(fw, black_box(&subject), Format::Xlsx, &options).unwrap())
    });
    if cfg!(feature = "report") {
        c.bench_function("report (pdf) of one assessment, warm", |b| {
            b.iter(|| export::render(fw, black_box(&subject), Format::Pdf, &options).unwrap())
        });
    }
    let team = respondents(1000);
    let inputs: Vec<(String, &Assessment)> = team.iter().map(|(s, a)| (s.clone(), a)).collect();
    c.bench_function("consolidate 1,000 respondents", |b| {
        b.iter(|| retail_maturity::team::consolidate(fw, black_box(&inputs)).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
