//! Chart styling: the embedded font, colour-blind-safe palette, line styles, text measuring and fitting.

use ab_glyph::{Font, FontRef, ScaleFont};
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::sync::OnceLock;

/// The font family name the charts use; it is the Ubuntu Light that egui ships.
pub const FONT: &str = "sans-serif";

/// Registers egui's Ubuntu Light with plotters (once), so no system font is needed. (In a
/// browser plotters has no font of its own to register: every backend here measures and draws
/// text itself, with [`text_box`].)
#[cfg(target_arch = "wasm32")]
pub fn register_font() {}

/// Registers egui's Ubuntu Light with plotters (once), so no system font is needed.
#[cfg(not(target_arch = "wasm32"))]
pub fn register_font() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        use plotters::style::FontStyle;
        for style in [FontStyle::Normal, FontStyle::Bold] {
            plotters::style::register_font(FONT, style, epaint_default_fonts::UBUNTU_LIGHT)
                .unwrap_or_else(|_| unreachable!("egui's Ubuntu Light is a valid font"));
        }
    });
}

pub(crate) fn font() -> &'static FontRef<'static> {
    static F: OnceLock<FontRef<'static>> = OnceLock::new();
    F.get_or_init(|| {
        FontRef::try_from_slice(epaint_default_fonts::UBUNTU_LIGHT)
            .unwrap_or_else(|_| unreachable!("egui's Ubuntu Light is a valid font"))
    })
}

/// How much smaller the font's em is than a size as the charts give it (ab_glyph's sizes are the
/// font's whole height, ascent to descent; egui's and typst's are its em): drawing text of size
/// `s` with a renderer that takes em sizes needs `s × em_per_size()`.
pub fn em_per_size() -> f32 {
    static RATIO: OnceLock<f32> = OnceLock::new();
    *RATIO.get_or_init(|| {
        let f = font();
        f.units_per_em().unwrap_or(1000.0) / f.height_unscaled()
    })
}

/// The box plotters lays `text` out in at `size` (whole pixels, as plotters truncates them):
/// the width of its advances, `size / 1.24` high. Every backend measures with this, so that
/// text is placed the same on the desktop, in a browser and in every export.
pub fn text_box(text: &str, size: f64) -> (u32, u32) {
    (text_width(text, size) as u32, (size / 1.24) as u32)
}

/// Width in pixels of `text` at `size`, measured as plotters lays it out.
pub fn text_width(text: &str, size: f64) -> f64 {
    measure(text, size, f64::INFINITY).width
}

/// What measuring the start of a text found.
struct Measured {
    /// Width of what was measured (all of the text if it fits the limit).
    width: f64,
    /// Whether the whole text was measured within the limit.
    fits: bool,
    /// The longest start of the text that, trimmed and followed by an ellipsis, fits the limit
    /// (its byte length).
    cut: usize,
}

/// Measures `text` glyph by glyph, stopping as soon as it is wider than `limit`: the work is
/// linear in what can be shown, whatever the length of the text.
fn measure(text: &str, size: f64, limit: f64) -> Measured {
    let f = font().as_scaled(size as f32);
    let ellipsis = f.glyph_id('…');
    let ellipsis_w = f64::from(f.h_advance(ellipsis));
    let mut w = 0.0f64;
    let mut prev = None;
    // The text up to its last non-space character: its end, width and last glyph.
    let mut solid: Option<(usize, f64, ab_glyph::GlyphId)> = None;
    let mut cut = 0;
    for (i, c) in text.char_indices() {
        #[cfg(test)]
        tests::GLYPHS.with(|n| n.set(n.get() + 1));
        let g = f.glyph_id(c);
        if let Some(p) = prev {
            w += f64::from(f.kern(p, g));
        }
        w += f64::from(f.h_advance(g));
        prev = Some(g);
        if !c.is_whitespace() {
            solid = Some((i + c.len_utf8(), w, g));
        }
        if w > limit {
            return Measured {
                width: w,
                fits: false,
                cut,
            };
        }
        // Whether this start, trimmed, with "…", fits.
        let with_ellipsis = match solid {
            Some((_, sw, sg)) => sw + f64::from(f.kern(sg, ellipsis)) + ellipsis_w,
            None => ellipsis_w,
        };
        if with_ellipsis <= limit {
            cut = i + c.len_utf8();
        }
    }
    Measured {
        width: w,
        fits: true,
        cut,
    }
}

/// Wraps `text` into at most `max_lines` lines no wider than `width`; a line that does not fit
/// ends with an ellipsis. Only as much of the text as the lines can show is measured.
pub fn fit_lines(text: &str, size: f64, width: f64, max_lines: usize) -> Vec<String> {
    let max_lines = max_lines.max(1);
    let space = text_width(" ", size);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut current_w = 0.0;
    let mut words = text.split_whitespace();
    for word in words.by_ref() {
        let m = measure(word, size, width + 1.0);
        let candidate_w = current_w + space + m.width;
        if current.is_empty() {
            current.push_str(word);
            current_w = m.width;
        } else if m.fits && candidate_w <= width {
            current.push(' ');
            current.push_str(word);
            current_w = candidate_w;
        } else {
            lines.push(std::mem::take(&mut current));
            current.push_str(word);
            current_w = m.width;
        }
        if lines.len() == max_lines {
            break;
        }
    }
    if lines.len() == max_lines {
        // More text than lines: the last line shown takes the rest, cut with an ellipsis;
        // only the start of the rest can show, so only that much is gathered.
        let mut rest = lines.pop().unwrap_or_default();
        let enough = (width / (size * 0.15)).ceil() as usize + 2;
        for word in std::iter::once(current.as_str()).chain(words) {
            if rest.len() > enough * 4 {
                break;
            }
            rest.push(' ');
            rest.push_str(word);
        }
        lines.push(rest);
    } else if !current.is_empty() {
        lines.push(current);
    }
    lines.iter().map(|l| ellipsize(l, size, width)).collect()
}

/// `text` as it is if it fits `width`, else its longest start that fits with a trailing
/// ellipsis; linear in what fits.
pub fn ellipsize(text: &str, size: f64, width: f64) -> String {
    let m = measure(text, size, width);
    if m.fits {
        return text.to_string();
    }
    format!("{}…", text[..m.cut].trim_end())
}

/// How many legend items fit on a line of width `w`, and the width each gets: items are as wide
/// as the longest label (plus `sample` for the line sample), never wider than the line.
pub fn legend_layout(labels: &[String], size: f64, w: f64, sample: f64) -> (usize, f64) {
    let longest = labels
        .iter()
        .map(|l| text_width(l, size))
        .fold(0.0, f64::max);
    let item = longest + sample + size * 1.5;
    let per_line = ((w / item).floor() as usize).clamp(1, labels.len().max(1));
    (per_line, w / per_line as f64)
}

/// Okabe–Ito colours: distinguishable by colour-blind readers.
pub const SERIES: [RGBColor; 6] = [
    RGBColor(0, 114, 178),
    RGBColor(213, 94, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(230, 159, 0),
    RGBColor(86, 180, 233),
];

/// Ink for text and axes.
pub const INK: RGBColor = RGBColor(40, 44, 52);
/// Secondary text.
pub const MUTED: RGBColor = RGBColor(110, 116, 128);
/// Grid lines.
pub const GRID: RGBColor = RGBColor(205, 210, 218);
/// Background of not-applicable rows.
pub const NA_FILL: RGBColor = RGBColor(236, 237, 240);
/// A pinned reference (sector average, another assessment).
pub const REFERENCE: RGBColor = RGBColor(120, 124, 132);
/// Positive change.
pub const UP: RGBColor = RGBColor(0, 114, 178);
/// Negative change.
pub const DOWN: RGBColor = RGBColor(213, 94, 0);

/// A dash pattern: `None` is a solid line, else (dash, gap) in pixels at scale 1.
pub const DASHES: [Option<(f64, f64)>; 6] = [
    None,
    Some((10.0, 6.0)),
    Some((2.0, 4.0)),
    Some((18.0, 6.0)),
    Some((6.0, 3.0)),
    Some((14.0, 4.0)),
];

/// Marker shapes, one per series.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    /// ●
    Circle,
    /// ■
    Square,
    /// ▲
    Triangle,
    /// ◆
    Diamond,
    /// ▼
    TriangleDown,
    /// ✚
    Cross,
}

/// The marker of series `i`.
pub fn marker(i: usize) -> Marker {
    [
        Marker::Circle,
        Marker::Square,
        Marker::Triangle,
        Marker::Diamond,
        Marker::TriangleDown,
        Marker::Cross,
    ][i % 6]
}

/// Area type used by every chart.
pub type Area<DB> = DrawingArea<DB, plotters::coord::Shift>;
/// A point in whole pixels.
pub fn p(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// The size of `area` in pixels, as numbers to compute with.
pub fn area_size<DB: DrawingBackend>(area: &Area<DB>) -> (f64, f64) {
    let (w, h) = area.dim_in_pixel();
    (f64::from(w), f64::from(h))
}

/// Result of drawing on a backend.
pub type Drawn<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Draws a text anchored at `(x, y)`.
pub fn text<DB: DrawingBackend>(
    area: &Area<DB>,
    s: &str,
    (x, y): (i32, i32),
    size: f64,
    color: &RGBColor,
    h: HPos,
    v: VPos,
) -> Drawn<DB> {
    let style = (FONT, size).into_font().color(color).pos(Pos::new(h, v));
    area.draw(&Text::new(
        crate::text::xml_safe(s).into_owned(),
        (x, y),
        style,
    ))
}

/// Draws a polyline, solid or dashed.
pub fn line<DB: DrawingBackend>(
    area: &Area<DB>,
    points: &[(i32, i32)],
    color: RGBAColor,
    width: u32,
    dash: Option<(f64, f64)>,
    scale: f64,
) -> Drawn<DB> {
    if points.len() < 2 {
        return Ok(());
    }
    let style = ShapeStyle::from(color).stroke_width(width);
    match dash {
        // Segment by segment: a polyline's mitred joins spike at sharp turns.
        None => points
            .windows(2)
            .try_for_each(|seg| area.draw(&PathElement::new(seg.to_vec(), style))),
        // Each segment starts its own dash pattern, so a change in one place of the line does
        // not shift the dashes of the rest.
        Some((d, g)) => points.windows(2).try_for_each(|seg| {
            area.draw(&DashedPathElement::new(
                seg.iter().copied(),
                ((d * scale).max(1.0)) as i32,
                ((g * scale).max(1.0)) as i32,
                style,
            ))
        }),
    }
}

/// Draws a marker centred on `c`, filled or hollow.
pub fn draw_marker<DB: DrawingBackend>(
    area: &Area<DB>,
    m: Marker,
    (x, y): (i32, i32),
    r: i32,
    color: RGBAColor,
    filled: bool,
) -> Drawn<DB> {
    let style = if filled {
        ShapeStyle::from(color).filled()
    } else {
        ShapeStyle::from(color).stroke_width(if r < 6 { 1 } else { 2 })
    };
    let poly = |pts: Vec<(i32, i32)>| -> Drawn<DB> {
        if filled {
            area.draw(&Polygon::new(pts, style))
        } else {
            let mut closed = pts.clone();
            closed.push(pts[0]);
            area.draw(&PathElement::new(closed, style))
        }
    };
    match m {
        Marker::Circle => area.draw(&Circle::new((x, y), r, style)),
        Marker::Square => poly(vec![
            (x - r, y - r),
            (x + r, y - r),
            (x + r, y + r),
            (x - r, y + r),
        ]),
        Marker::Triangle => poly(vec![(x, y - r - 1), (x + r + 1, y + r), (x - r - 1, y + r)]),
        Marker::TriangleDown => poly(vec![(x, y + r + 1), (x + r + 1, y - r), (x - r - 1, y - r)]),
        Marker::Diamond => poly(vec![
            (x, y - r - 2),
            (x + r + 2, y),
            (x, y + r + 2),
            (x - r - 2, y),
        ]),
        Marker::Cross => {
            let t = (r / 3).max(1);
            poly(vec![
                (x - t, y - r),
                (x + t, y - r),
                (x + t, y - t),
                (x + r, y - t),
                (x + r, y + t),
                (x + t, y + t),
                (x + t, y + r),
                (x - t, y + r),
                (x - t, y + t),
                (x - r, y + t),
                (x - r, y - t),
                (x - t, y - t),
            ])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        /// Glyphs measured on this thread, to count the work of fitting a text.
        pub(super) static GLYPHS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    #[test]
    fn a_huge_name_is_cut_in_time_linear_in_what_shows() {
        for name in ["Maison ".repeat(150_000), "M".repeat(1_000_000)] {
            GLYPHS.with(|n| n.set(0));
            let lines = fit_lines(&name, 14.0, 300.0, 2);
            let one = ellipsize(&name, 14.0, 300.0);
            assert!(lines.last().unwrap().ends_with('…') && one.ends_with('…'));
            assert!(
                lines
                    .iter()
                    .chain([&one])
                    .all(|l| text_width(l, 14.0) <= 300.0)
            );
            // Two lines of 300 px hold well under 200 glyphs at 14 px.
            let measured = GLYPHS.with(|n| n.get());
            assert!(
                measured < 2_000,
                "{measured} glyphs measured for {} characters",
                name.len()
            );
        }
    }

    #[test]
    fn cuts_are_the_longest_start_that_fits() {
        for text in [
            "ReCommerce – Location Ponctuelle",
            "Social Commerce",
            "a  b   c",
        ] {
            for width in [20.0, 60.0, 90.0, 140.0, 400.0] {
                let cut = ellipsize(text, 14.0, width);
                assert!(text_width(&cut, 14.0) <= width || cut == "…", "{cut}");
                // One more character would not fit (or the text was whole).
                if let Some(stem) = cut.strip_suffix('…') {
                    let next = text[stem.len()..].chars().next().unwrap();
                    let longer = format!("{stem}{next}…");
                    assert!(
                        text_width(longer.trim_end(), 14.0) > width || next == ' ',
                        "{longer}"
                    );
                }
            }
        }
    }

    #[test]
    fn long_names_wrap_then_ellipsize() {
        let name = "ReCommerce – Location Ponctuelle";
        let lines = fit_lines(name, 14.0, 120.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(
            lines.iter().all(|l| text_width(l, 14.0) <= 120.0),
            "{lines:?}"
        );
        let one = fit_lines(name, 14.0, 120.0, 1);
        assert_eq!(one.len(), 1);
        assert!(one[0].ends_with('…'), "{one:?}");
        assert!(text_width("Préventes", 20.0) > text_width("Préventes", 10.0));
    }
}
