//! CPU time of one frame of the desktop app (questionnaire + live results), headless (kittest).

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use retail_maturity::gui::settings::Settings;
use retail_maturity::gui::{App, Options};
use std::path::PathBuf;

fn app() -> App {
    let example = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/examples/maison-dupont-2025.json"
    ));
    App::new(
        Options {
            open: Some(example),
            lang: Some(retail_maturity::Lang::Fr),
            dialogs: false,
            ..Options::default()
        },
        Settings::default(),
    )
}

fn bench(c: &mut Criterion) {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut App| app.show(ui), app());
    h.run();
    c.bench_function("frame: questionnaire + live results (idle)", |b| {
        b.iter(|| h.step())
    });
    // A frame in which an answer changes: scores recomputed and the chart re-rendered.
    let mut level = 0u8;
    c.bench_function("frame: answer changed (chart re-rendered)", |b| {
        b.iter(|| {
            level = (level + 1) % 6;
            h.state_mut().doc.assessment.answer_mut("e-commerce").level = Some(level);
            h.step();
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
