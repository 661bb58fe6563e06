//! Export speed: a 1600×1000 PNG and SVG of profile + radar, in process; scoring one assessment.

use criterion::{Criterion, criterion_group, criterion_main};
use retail_maturity::chart::{self, ChartData, ChartKind};
use retail_maturity::{Assessment, Framework, Lang, Scorecard};
use std::hint::black_box;
use std::path::Path;

fn example() -> Assessment {
    let p = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/examples/maison-dupont-2025.json"
    );
    Assessment::load(Path::new(p), Framework::builtin()).unwrap()
}

fn bench(c: &mut Criterion) {
    let fw = Framework::builtin();
    let a = example();
    let card = Scorecard::compute(fw, &a);
    let data = ChartData::single(fw, &a, &card, Lang::FR);
    c.bench_function("png 1600x1000 profile+radar", |b| {
        b.iter(|| chart::render_png(black_box(&data), ChartKind::All, 1600, 1000).unwrap())
    });
    c.bench_function("svg 1600x1000 profile+radar", |b| {
        b.iter(|| chart::render_svg(black_box(&data), ChartKind::All, 1600, 1000).unwrap())
    });
    c.bench_function("rgb 1000x700 profile (screen)", |b| {
        b.iter(|| chart::render_rgb(black_box(&data), ChartKind::Profile, 1000, 700).unwrap())
    });
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/examples/maison-dupont-2025.json"
    ))
    .unwrap();
    c.bench_function("load+validate+score one assessment", |b| {
        b.iter(|| {
            let a = Assessment::from_bytes(Path::new("x.json"), black_box(&bytes), fw).unwrap();
            Scorecard::compute(fw, &a)
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
