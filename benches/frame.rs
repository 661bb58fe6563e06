//! CPU time of one frame of the desktop app, headless (kittest, 1280×800): the questionnaire
//! with live results, and the Compare view with three assessments; mean (criterion) and worst.
//! kittest always builds the AccessKit tree and feeds it to its own reader; the app does that only
//! while a screen reader listens, so the idle frame is also timed as eframe runs it without one
//! (the frame, then its tessellation into triangles; the GPU's part is not measured).

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use retail_maturity::gui::settings::Settings;
use retail_maturity::gui::{App, Options};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The app's allocator (`src/main.rs`): the frames are timed as the app runs them.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn example(name: &str) -> PathBuf {
    PathBuf::from(format!(
        "{}/data/examples/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
}

/// The app in French, without file dialogs.
fn app(options: Options) -> App {
    App::new(
        Options {
            lang: Some(retail_maturity::Lang::FR),
            dialogs: false,
            ..options
        },
        Settings::default(),
    )
}

fn harness(options: Options) -> Harness<'static, App> {
    let app = app(options);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut App| app.show(ui), app);
    h.run();
    h
}

/// The app in a bare egui context, stepped as eframe steps it: input, the frame, tessellation.
struct Bare {
    ctx: egui::Context,
    app: App,
    time: f64,
}

impl Bare {
    fn new(options: Options) -> Bare {
        let mut bare = Bare {
            ctx: egui::Context::default(),
            app: app(options),
            time: 0.0,
        };
        // The first frames lay out, load fonts and render the charts.
        for _ in 0..5 {
            bare.step();
        }
        bare
    }

    fn step(&mut self) -> usize {
        self.time += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            time: Some(self.time),
            predicted_dt: 1.0 / 60.0,
            ..Default::default()
        };
        let app = &mut self.app;
        let mut output = self.ctx.run_ui(input, |ui| app.show(ui));
        // No renderer here to take the font atlas.
        output.textures_delta.clear();
        self.ctx
            .tessellate(output.shapes, output.pixels_per_point)
            .len()
    }
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

/// A key event as kittest takes it.
fn key(key: egui::Key, pressed: bool) -> egui::Event {
    egui::Event::Key {
        key,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    }
}

/// A key pressed and released, a frame each.
fn press(h: &mut Harness<'static, App>, k: egui::Key) {
    h.event(key(k, true));
    h.step();
    h.event(key(k, false));
    h.step();
}

/// Times the frame in which a digit answers the current track (kittest runs one frame per event:
/// the key's press is timed, its release is not); `k` is the last digit used.
fn time_key_answers(c: &mut Criterion, name: &str, q: &mut Harness<'static, App>, k: &mut usize) {
    let digits = [
        egui::Key::Num1,
        egui::Key::Num2,
        egui::Key::Num3,
        egui::Key::Num4,
    ];
    c.bench_function(name, |b| {
        b.iter_custom(|n| {
            let mut spent = Duration::ZERO;
            for _ in 0..n {
                *k = (*k + 1) % digits.len();
                q.event(key(digits[*k], true));
                let t = Instant::now();
                q.step();
                spent += t.elapsed();
                q.event(key(digits[*k], false));
                q.step();
            }
            spent
        })
    });
}

fn bench(c: &mut Criterion) {
    // With a data folder: the autosave runs as in the app.
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut q = harness(Options {
        open: Some(example("maison-dupont-2025")),
        data_dir: Some(data.path().to_path_buf()),
        ..Options::default()
    });
    c.bench_function("frame: questionnaire + live results (idle)", |b| {
        b.iter(|| q.step())
    });
    let bare_data = tempfile::tempdir().expect("a temporary folder");
    let mut bare = Bare::new(Options {
        open: Some(example("maison-dupont-2025")),
        data_dir: Some(bare_data.path().to_path_buf()),
        ..Options::default()
    });
    c.bench_function(
        "frame: questionnaire idle, as eframe runs it (no screen reader; tessellated)",
        |b| b.iter(|| std::hint::black_box(bare.step())),
    );
    drop(bare);
    eprintln!(
        "worst of 1000 idle questionnaire frames: {:?}",
        worst_frame(&mut q, 1000)
    );
    // A digit answers the current track: key, command, editor, scores, chart data, chart shapes.
    let mut k = 0;
    time_key_answers(
        c,
        "frame: a key answers a level (scores and chart redrawn)",
        &mut q,
        &mut k,
    );
    let mut level = 0u8;
    c.bench_function("frame: an edit applied (scores and chart redrawn)", |b| {
        b.iter(|| {
            level = (level + 1) % 6;
            q.state_mut()
                .edit(retail_maturity::assessment::Edit::Level {
                    track: "e-commerce".into(),
                    level: Some(level),
                });
            q.step();
        })
    });
    // Unsaved changes from here on: the autosave watches the answers' generation every frame.
    c.bench_function("frame: idle with unsaved changes", |b| b.iter(|| q.step()));
    // The key I opens the guidance of the current track's level under it in the ladder: its
    // meaning, its signs, effort and impact.
    press(&mut q, egui::Key::I);
    let meaning = {
        let app = q.state();
        let (_, track) = app.framework().tracks().nth(app.track()).expect("a track");
        let level = track.level(app.assessment().level(&track.id));
        level
            .and_then(|l| l.guidance.as_ref())
            .map(|g| g.meaning.fr.clone())
            .expect("the current level has guidance")
    };
    assert!(q.query_by_label(&meaning).is_some(), "the guidance is open");
    c.bench_function("frame: a level's guidance open in the ladder (idle)", |b| {
        b.iter(|| q.step())
    });
    time_key_answers(
        c,
        "frame: a key answers a level, its guidance open",
        &mut q,
        &mut k,
    );
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
