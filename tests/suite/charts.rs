//! Charts read back: PNGs decoded and checked pixel by pixel, SVGs parsed, comparisons of 2 and 6.

use retail_maturity::chart::{self, ChartData, ChartKind, style::SERIES};
use retail_maturity::{Assessment, Framework, Lang, Scorecard};
use std::path::Path;

fn fw() -> &'static Framework {
    Framework::builtin()
}

fn example(name: &str) -> Assessment {
    let p = format!("{}/data/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    Assessment::load(Path::new(&p), fw()).unwrap()
}

fn single(a: &Assessment, lang: Lang) -> ChartData {
    ChartData::single(fw(), a, &Scorecard::compute(fw(), a), lang)
}

struct Image {
    w: u32,
    h: u32,
    rgb: Vec<u8>,
}

impl Image {
    fn decode(png_bytes: &[u8]) -> Image {
        let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        assert_eq!(info.color_type, png::ColorType::Rgb);
        buf.truncate(info.buffer_size());
        Image {
            w: info.width,
            h: info.height,
            rgb: buf,
        }
    }

    fn px(&self, x: f64, y: f64) -> [u8; 3] {
        let i = ((y.round() as u32 * self.w + x.round() as u32) * 3) as usize;
        [self.rgb[i], self.rgb[i + 1], self.rgb[i + 2]]
    }

    fn non_white(&self) -> usize {
        self.rgb.chunks(3).filter(|p| p != &[255, 255, 255]).count()
    }

    fn has_colour(&self, c: [u8; 3]) -> bool {
        self.rgb.chunks(3).any(|p| p == c)
    }
}

fn rgb(c: plotters::style::RGBColor) -> [u8; 3] {
    [c.0, c.1, c.2]
}

#[test]
fn png_has_the_size_asked_and_is_not_blank() {
    let a = example("maison-dupont-2025");
    for (w, h) in [(1600, 1000), (800, 500)] {
        for kind in [ChartKind::Profile, ChartKind::Radar, ChartKind::All] {
            let img = Image::decode(&chart::render_png(&single(&a, Lang::FR), kind, w, h).unwrap());
            assert_eq!((img.w, img.h), (w, h));
            assert!(
                img.non_white() > (w * h / 50) as usize,
                "{kind:?} at {w}x{h} is nearly blank"
            );
        }
    }
}

/// The reached-level marker of every row lies in the cell of its level, and in no other cell.
#[test]
fn profile_markers_land_in_the_cell_of_the_reached_level() {
    let a = example("maison-dupont-2025");
    let data = single(&a, Lang::EN);
    for (w, h) in [(1600, 1000), (800, 500)] {
        let img = Image::decode(&chart::render_png(&data, ChartKind::Profile, w, h).unwrap());
        let ((ox, oy), g) = chart::profile_page_layout(&data, w, h);
        let blue = rgb(SERIES[0]);
        for (i, level) in data.series[0].levels.iter().enumerate() {
            let y = oy + g.row_y(i);
            for l in 0..=5u8 {
                let here = img.px(ox + g.level_x(l), y) == blue;
                assert_eq!(
                    here,
                    *level == Some(l),
                    "row {i}, level {l} at {w}x{h} (reached {level:?})"
                );
            }
        }
    }
}

#[test]
fn changing_one_level_changes_that_row_only() {
    let a = example("maison-dupont-2025");
    let mut b = a.clone();
    b.answer_mut("pre-sales").level = Some(5); // row 3, was 3
    let (w, h) = (1600, 1000);
    let ia =
        Image::decode(&chart::render_png(&single(&a, Lang::FR), ChartKind::Profile, w, h).unwrap());
    let ib =
        Image::decode(&chart::render_png(&single(&b, Lang::FR), ChartKind::Profile, w, h).unwrap());
    let data = single(&a, Lang::FR);
    let ((ox, oy), g) = chart::profile_page_layout(&data, w, h);
    assert_ne!(ib.px(ox + g.level_x(3), oy + g.row_y(3)), rgb(SERIES[0]));
    assert_eq!(ib.px(ox + g.level_x(5), oy + g.row_y(3)), rgb(SERIES[0]));
    // Below the header, every changed pixel lies in the row or the rows next to it (lines join
    // neighbours, and the markers there are redrawn over the moved line).
    let grid_from = oy + g.grid_top;
    let (lo, hi) = (
        oy + g.grid_top + 2.0 * g.row_height,
        oy + g.grid_top + 5.0 * g.row_height,
    );
    let mut changed = 0;
    for y in (grid_from as u32)..h {
        for x in 0..w {
            let i = ((y * w + x) * 3) as usize;
            // Antialiasing may shift a pixel by a unit or two; a drawn change is more than that.
            let diff: i32 = (0..3)
                .map(|k| (i32::from(ia.rgb[i + k]) - i32::from(ib.rgb[i + k])).abs())
                .sum();
            if diff > 24 {
                changed += 1;
                let y = f64::from(y);
                assert!(
                    y >= lo && y <= hi,
                    "pixel ({x}, {y}) changed outside rows 2–4: {:?} -> {:?}",
                    &ia.rgb[i..i + 3],
                    &ib.rgb[i..i + 3]
                );
            }
        }
    }
    assert!(changed > 50);
}

#[test]
fn svg_is_well_formed_and_carries_its_texts() {
    let a = example("maison-dupont-2025");
    for lang in Lang::all() {
        let svg = chart::render_svg(&single(&a, lang), ChartKind::All, 1600, 1000).unwrap();
        let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
        let texts: Vec<String> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text().map(str::to_string))
            .collect();
        let all = texts.join("\n");
        for f in &fw().families {
            // Long names may wrap on the radar; the profile keeps them whole at this size.
            assert!(
                all.contains(f.name.get(lang)),
                "{} missing in {lang:?} SVG",
                f.name.get(lang)
            );
        }
        let score = Scorecard::compute(fw(), &a).overall;
        let shown = format!("{score:.1}").replace('.', &lang.decimal().to_string());
        assert!(all.contains(&shown), "score {shown} missing");
        assert!(all.contains("Maison Dupont"));
    }
}

fn six() -> Vec<Assessment> {
    let base = example("maison-dupont-2024");
    (0..6)
        .map(|k| {
            let mut a = base.clone();
            a.date = Some(format!("20{:02}-01-15", 20 + k));
            for t in a.tracks.iter_mut() {
                let top = fw().track(&t.track).unwrap().1.top();
                t.level = Some(((k as u8) + t.level.unwrap_or(0)).min(top));
            }
            a
        })
        .collect()
}

#[test]
fn comparison_of_two_draws_both_series() {
    let a = example("maison-dupont-2024");
    let b = example("boutique-lumiere-2025");
    let data = ChartData::comparison(fw(), &[&a, &b], Lang::EN);
    assert!(!data.is_time_series(), "two retailers are no time series");
    let img = Image::decode(&chart::render_png(&data, ChartKind::All, 1600, 1000).unwrap());
    assert!(img.has_colour(rgb(SERIES[0])) && img.has_colour(rgb(SERIES[1])));
    let svg = chart::render_svg(&data, ChartKind::All, 800, 500).unwrap();
    roxmltree::Document::parse(&svg).unwrap();
    assert!(svg.contains("Boutique Lumière (2025-06-02)"));
}

#[test]
fn comparison_of_six_uses_six_distinct_styles() {
    let all = six();
    let refs: Vec<&Assessment> = all.iter().collect();
    let data = ChartData::comparison(fw(), &refs, Lang::FR);
    assert!(data.is_time_series());
    for (w, h) in [(1600, 1000), (800, 500)] {
        let img = Image::decode(&chart::render_png(&data, ChartKind::All, w, h).unwrap());
        for c in SERIES {
            assert!(
                img.has_colour(rgb(c)),
                "series colour {c:?} missing at {w}x{h}"
            );
        }
    }
    let svg = chart::render_svg(&data, ChartKind::Trend, 1600, 1000).unwrap();
    assert!(svg.contains("2025-01-15") && svg.contains("Score de maturité dans le temps"));
}

#[test]
fn absurd_sizes_are_refused() {
    let a = example("maison-dupont-2025");
    assert!(chart::render_png(&single(&a, Lang::FR), ChartKind::All, 10, 10).is_err());
    assert!(chart::render_svg(&single(&a, Lang::FR), ChartKind::All, 9000, 1000).is_err());
}

#[test]
fn unanswered_rows_are_not_drawn_as_answers() {
    let mut a = Assessment::blank(fw());
    a.answer_mut("pre-sales").level = Some(0); // answered: not practised yet
    let data = single(&a, Lang::FR);
    let (w, h) = (1600, 1000);
    let img = Image::decode(&chart::render_png(&data, ChartKind::Profile, w, h).unwrap());
    let ((ox, oy), g) = chart::profile_page_layout(&data, w, h);
    let blue = rgb(SERIES[0]);
    for i in 0..data.rows.len() {
        let drawn = img.px(ox + g.level_x(0), oy + g.row_y(i)) == blue;
        assert_eq!(
            drawn,
            i == 3,
            "row {i}: only the answered row has a reached-level marker"
        );
    }
    let svg = chart::render_svg(&data, ChartKind::Profile, w, h).unwrap();
    assert!(svg.contains("Pas encore renseigné"));
}

/// A pinned reference in which no family applies has no outline on the radar, and the
/// assessment's own outline is still drawn (it was not: the drawing stopped there).
#[test]
fn a_reference_with_no_applicable_family_leaves_the_radar_whole() {
    let a = example("maison-dupont-2025");
    let plain = single(&a, Lang::EN);
    let mut with_ref = plain.clone();
    let n = plain.families.len();
    with_ref.reference = Some(chart::data::RefSeries {
        label: "Empty reference".into(),
        levels: vec![None; plain.rows.len()],
        scores: vec![None; n],
    });
    let polygons = |d: &ChartData| {
        let svg = chart::render_svg(d, ChartKind::Radar, 800, 800).unwrap();
        svg.matches("<polygon").count()
    };
    assert!(polygons(&plain) > 0, "the assessment's area is drawn");
    assert_eq!(polygons(&with_ref), polygons(&plain));
    let svg = chart::render_svg(&with_ref, ChartKind::Radar, 800, 800).unwrap();
    assert!(svg.contains("Empty reference"), "the legend is drawn");
}

/// The in-store column's head is read whole at every width: on one line when it fits, else on
/// two ("En" above "magasin"), never cut to "En maga…". With text at least 14 px, as on screen,
/// where the chart's text does not shrink with its width.
#[test]
fn the_in_store_head_is_whole_at_every_width() {
    let mut data = single(&example("maison-dupont-2025"), Lang::FR);
    data.look.min_font = 14.0;
    let mut two_lines = 0;
    for w in (500..=1600).step_by(50) {
        let svg = chart::render_svg(&data, ChartKind::Profile, w, 700).unwrap();
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let texts: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .map(str::trim)
            .collect();
        assert!(
            !texts
                .iter()
                .any(|t| t.starts_with("En mag") && t.ends_with('…')),
            "{w} px: the head is cut"
        );
        if texts.contains(&"En magasin") {
            continue;
        }
        assert!(
            texts.contains(&"En") && texts.contains(&"magasin"),
            "{w} px: no in-store head in {texts:?}"
        );
        two_lines += 1;
    }
    assert!(two_lines > 0, "no width narrow enough for two lines");
}

/// In the in-store column: a filled mark for yes, a ring for no, and nothing where the
/// question is not answered yet.
#[test]
fn in_store_marks_are_yes_no_or_nothing() {
    let mut a = Assessment::blank(fw());
    for (track, in_store) in [
        ("e-commerce", Some(true)),
        ("social-commerce", Some(false)),
        ("promotional-offers", None),
    ] {
        let t = a.answer_mut(track);
        t.level = Some(2);
        t.in_store = in_store;
    }
    let data = single(&a, Lang::EN);
    let (w, h) = (1600, 1000);
    let img = Image::decode(&chart::render_png(&data, ChartKind::Profile, w, h).unwrap());
    let ((ox, oy), g) = chart::profile_page_layout(&data, w, h);
    let dark = |p: [u8; 3]| p.iter().map(|&c| u32::from(c)).sum::<u32>() < 300;
    let marks = |row: usize| {
        let (cx, cy) = (ox + g.store_x(), oy + g.row_y(row));
        let r = g.row_height / 3.0;
        let box_dark = (-r as i32..=r as i32)
            .flat_map(|dx| (-r as i32..=r as i32).map(move |dy| (dx, dy)))
            .filter(|&(dx, dy)| dark(img.px(cx + f64::from(dx), cy + f64::from(dy))))
            .count();
        (dark(img.px(cx, cy)), box_dark)
    };
    let (centre, around) = marks(0);
    assert!(centre && around > 20, "yes: filled ({around} dark pixels)");
    let (centre, around) = marks(1);
    assert!(!centre && around > 10, "no: a ring ({around} dark pixels)");
    assert_eq!(marks(2), (false, 0), "not answered: nothing");
}
