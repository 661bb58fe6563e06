//! CPU time of one frame of the desktop app, headless (kittest, 1280×800): the questionnaire
//! with live results, and the Compare view with three assessments; mean (criterion) and worst.

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use retail_maturity::gui::settings::Settings;
use retail_maturity::gui::{App, Options};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn example(name: &str) -> PathBuf {
    PathBuf::from(format!(
        "{}/data/examples/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
}

fn harness(options: Options) -> Harness<'static, App> {
    let app = App::new(
        Options {
            lang: Some(retail_maturity::Lang::FR),
            dialogs: false,
            ..options
        },
        Settings::default(),
    );
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut App| app.show(ui), app);
    h.run();
    h
}

/// The slowest of `n` idle frames, after the first (which renders the charts).
fn worst_frame(h: &mut Harness<'static, App>, n: usize) -> Duration {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            h.step();
            t.elapsed()
        })
        .max()
        .unwrap_or_default()
}

fn bench(c: &mut Criterion) {
    let mut q = harness(Options {
        open: Some(example("maison-dupont-2025")),
        ..Options::default()
    });
    c.bench_function("frame: questionnaire + live results (idle)", |b| {
        b.iter(|| q.step())
    });
    eprintln!(
        "worst of 1000 idle questionnaire frames: {:?}",
        worst_frame(&mut q, 1000)
    );
    let mut level = 0u8;
    c.bench_function("frame: answer changed (chart re-rendered)", |b| {
        b.iter(|| {
            level = (level + 1) % 6;
            q.state_mut().doc.assessment.answer_mut("e-commerce").level = Some(level);
            q.step();
        })
    });
    let files = [
        "maison-dupont-2024",
        "maison-dupont-2025",
        "maison-dupont-2026",
    ]
    .map(example)
    .to_vec();
    let mut v = harness(Options {
        compare: files,
        ..Options::default()
    });
    c.bench_function("frame: compare view, 3 assessments (idle)", |b| {
        b.iter(|| v.step())
    });
    eprintln!(
        "worst of 1000 idle compare frames: {:?}",
        worst_frame(&mut v, 1000)
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
