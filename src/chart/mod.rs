//! Charts drawn once with plotters, generic over the backend: PNG and SVG files, and RGB pixels
//! for the screen. Profile, radar, comparison deltas and score over time, under a summary header.

pub mod data;
pub mod deltas;
mod forward;
pub mod look;
pub mod matrix;
pub mod profile;
pub mod radar;
mod raster;
pub mod style;
mod svg;
pub mod trend;

pub use data::ChartData;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use style::{Area, Drawn, ellipsize, text};

/// Which chart to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    /// The profile against the complexity axis.
    Profile,
    /// The radar of family scores.
    Radar,
    /// Per-family changes (comparisons).
    Deltas,
    /// Maturity score over time (dated comparisons).
    Trend,
    /// The impact / effort matrix of the action plan (one assessment).
    Matrix,
    /// Every chart that applies, on one page.
    All,
}

impl ChartKind {
    /// Lowercase name, for file names.
    pub fn name(self) -> &'static str {
        match self {
            ChartKind::Profile => "profile",
            ChartKind::Radar => "radar",
            ChartKind::Deltas => "deltas",
            ChartKind::Trend => "trend",
            ChartKind::Matrix => "matrix",
            ChartKind::All => "all",
        }
    }
}

/// Why a chart could not be drawn.
#[derive(Debug)]
pub enum ChartError {
    /// The requested size is outside what the charts support.
    Size(u32, u32),
    /// The backend failed.
    Draw(String),
}

impl ChartError {
    /// The error in `lang`.
    pub fn render(&self, lang: crate::lang::Lang) -> String {
        match self {
            ChartError::Size(w, h) => crate::tr!(
                lang,
                "chart-size",
                width = *w,
                height = *h,
                min_width = MIN_SIZE.0,
                min_height = MIN_SIZE.1,
                max = MAX_SIDE
            ),
            ChartError::Draw(e) => crate::tr!(lang, "chart-draw", detail = e.as_str()),
        }
    }
}

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(crate::lang::Lang::EN))
    }
}

impl std::error::Error for ChartError {}

impl crate::error::Localized for ChartError {
    fn render(&self, lang: crate::lang::Lang) -> String {
        ChartError::render(self, lang)
    }
}

/// Smallest image size.
pub const MIN_SIZE: (u32, u32) = (200, 150);
/// Largest image size on either side: a PNG of 6000×6000 is drawn in about 110 MB of memory.
pub const MAX_SIDE: u32 = 6000;

fn check_size(w: u32, h: u32) -> Result<(), ChartError> {
    if w < MIN_SIZE.0 || h < MIN_SIZE.1 || w > MAX_SIDE || h > MAX_SIDE {
        Err(ChartError::Size(w, h))
    } else {
        Ok(())
    }
}

/// Height of the summary header in a `w × h` image.
pub fn header_height(h: u32) -> u32 {
    (f64::from(h) * 0.085).clamp(40.0, 96.0) as u32
}

/// Draws a whole page: the header, then the chart(s) of `kind`.
pub fn draw_page<DB: DrawingBackend>(
    area: &Area<DB>,
    data: &ChartData,
    kind: ChartKind,
) -> Drawn<DB> {
    style::register_font();
    area.fill(&data.look.palette.background)?;
    let (w, h) = area.dim_in_pixel();
    let hh = header_height(h);
    let (head, body) = area.split_vertically(hh);
    draw_header(&head, data)?;
    let margin = (f64::from(w) * 0.012) as i32;
    draw_body(&body.margin(0, margin, margin, margin), data, kind, margin)
}

/// The least height (in pixels) at which `kind` of `data`, `w` pixels wide, keeps every label
/// readable and apart: the profile's rows one line of text high at least, the radar as high as
/// its width asks (its labels round it). The screen gives a chart at least this, and scrolls.
pub fn min_height(data: &ChartData, kind: ChartKind, w: f64) -> f64 {
    match kind {
        ChartKind::Profile => {
            let rows = data.rows.len().max(1);
            let mut h = w * 0.4;
            for _ in 0..60 {
                let g = profile::ProfileGeometry::new(
                    w,
                    h,
                    rows,
                    profile::legend_lines(data, w, h),
                    data.look.min_font,
                );
                // A row holds its label's lines (two on a narrow chart), with some air.
                let lines = if g.label_lines == 2 { 2.5 } else { 1.5 };
                if g.row_height >= g.font * lines {
                    break;
                }
                h *= 1.06;
            }
            h
        }
        ChartKind::Radar => {
            let mut h = w * 0.5;
            for _ in 0..60 {
                let r = radar::layout(data, w, h);
                // Tall enough when the width, not the height, bounds the radius, with a line
                // to spare above and below for labels moved apart.
                let spare = (h - r.legend_h) / 2.0 - 2.6 * r.f - r.radius;
                if r.radius >= w / 2.0 - r.label_w - r.f - 1.0 && spare >= 1.2 * r.f {
                    break;
                }
                h *= 1.06;
            }
            h
        }
        _ => 0.0,
    }
}

/// Draws the chart(s) of `kind` without a header (`margin` between charts side by side).
pub fn draw_body<DB: DrawingBackend>(
    body: &Area<DB>,
    data: &ChartData,
    kind: ChartKind,
    margin: i32,
) -> Drawn<DB> {
    style::register_font();
    let (bw, bh) = body.dim_in_pixel();
    let comparison = data.series.len() > 1;
    match kind {
        ChartKind::Profile => profile::draw(body, data),
        ChartKind::Radar => radar::draw(body, data),
        ChartKind::Deltas => deltas::draw(body, data),
        ChartKind::Trend => trend::draw(body, data),
        ChartKind::Matrix => matrix::draw(body, data),
        ChartKind::All if !comparison => {
            let (left, right) = body.split_horizontally((f64::from(bw) * 0.58) as u32);
            profile::draw(&left, data)?;
            radar::draw(&right.margin(0, 0, margin, 0), data)
        }
        // Different retailers: the profiles and radars, no "change" from one to another.
        ChartKind::All if !data.one_retailer() => {
            let (left, right) = body.split_horizontally((f64::from(bw) * 0.58) as u32);
            profile::draw(&left, data)?;
            radar::draw(&right.margin(0, 0, margin, 0), data)
        }
        ChartKind::All => {
            let (left, right) = body.split_horizontally((f64::from(bw) * 0.55) as u32);
            profile::draw(&left, data)?;
            let right = right.margin(0, 0, margin, 0);
            let (top, bottom) = right.split_vertically((f64::from(bh) * 0.52) as u32);
            radar::draw(&top, data)?;
            if data.is_time_series() {
                let (rw, _) = bottom.dim_in_pixel();
                let (a, b) = bottom.split_horizontally(rw / 2);
                deltas::draw(&a, data)?;
                trend::draw(&b.margin(0, 0, margin, 0), data)
            } else {
                deltas::draw(&bottom, data)
            }
        }
    }
}

/// Where the profile grid lies on a page of `kind` [`ChartKind::Profile`] of size `w × h`:
/// the page offset of the profile area and its geometry (used to read pixels back in tests).
pub fn profile_page_layout(
    data: &ChartData,
    w: u32,
    h: u32,
) -> ((f64, f64), profile::ProfileGeometry) {
    let hh = header_height(h);
    let margin = (f64::from(w) * 0.012) as u32;
    let (bw, bh) = (f64::from(w - 2 * margin), f64::from(h - hh - margin));
    let lines = profile::legend_lines(data, bw, bh);
    (
        (f64::from(margin), f64::from(hh)),
        profile::ProfileGeometry::new(bw, bh, data.rows.len(), lines, data.look.min_font),
    )
}

fn draw_header<DB: DrawingBackend>(area: &Area<DB>, data: &ChartData) -> Drawn<DB> {
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let pal = &data.look.palette;
    area.fill(&pal.header)?;
    let big = (h * 0.36).clamp(13.0, 30.0);
    let small = (h * 0.22).clamp(9.0, 18.0);
    let x = (w * 0.012).max(6.0);
    let title = ellipsize(&data.title, big, w - 2.0 * x);
    text(
        area,
        &title,
        ((x) as i32, (h * 0.34) as i32),
        big,
        &pal.ink,
        HPos::Left,
        VPos::Center,
    )?;
    let sub = ellipsize(&data.subtitle, small, w - 2.0 * x);
    text(
        area,
        &sub,
        (x as i32, (h * 0.76) as i32),
        small,
        &pal.muted,
        HPos::Left,
        VPos::Center,
    )?;
    area.draw(&PathElement::new(
        vec![(0, h as i32 - 1), (w as i32, h as i32 - 1)],
        pal.grid,
    ))
}

fn draw_err<E: std::fmt::Debug>(e: E) -> ChartError {
    ChartError::Draw(format!("{e:?}"))
}

/// Renders into an RGB buffer (3 bytes a pixel, rows top to bottom).
pub fn render_rgb(
    data: &ChartData,
    kind: ChartKind,
    w: u32,
    h: u32,
) -> Result<Vec<u8>, ChartError> {
    check_size(w, h)?;
    let mut buf = vec![255u8; (w * h * 3) as usize];
    {
        let backend = raster::Raster::new(&mut buf, (w, h));
        let area = backend.into_drawing_area();
        draw_page(&area, data, kind).map_err(draw_err)?;
        area.present().map_err(draw_err)?;
    }
    Ok(buf)
}

/// Renders a PNG file's bytes.
pub fn render_png(
    data: &ChartData,
    kind: ChartKind,
    w: u32,
    h: u32,
) -> Result<Vec<u8>, ChartError> {
    let rgb = render_rgb(data, kind, w, h)?;
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::Fast);
        let mut writer = enc.write_header().map_err(draw_err)?;
        writer.write_image_data(&rgb).map_err(draw_err)?;
        writer.finish().map_err(draw_err)?;
    }
    Ok(out)
}

/// Renders an SVG document.
pub fn render_svg(data: &ChartData, kind: ChartKind, w: u32, h: u32) -> Result<String, ChartError> {
    check_size(w, h)?;
    let mut s = String::new();
    {
        let backend = svg::Svg::new(&mut s, (w, h));
        let area = backend.into_drawing_area();
        draw_page(&area, data, kind).map_err(draw_err)?;
        area.present().map_err(draw_err)?;
    }
    Ok(s)
}

/// An SVG of the chart(s) of `kind` without the header band, for documents that have their own
/// headings (the report), its text in `font_family`.
pub fn render_svg_body(
    data: &ChartData,
    kind: ChartKind,
    w: u32,
    h: u32,
    font_family: &str,
) -> Result<String, ChartError> {
    check_size(w, h)?;
    let mut s = String::new();
    {
        let backend = svg::Svg::new(&mut s, (w, h));
        let area = backend.into_drawing_area();
        area.fill(&data.look.palette.background).map_err(draw_err)?;
        draw_body(&area, data, kind, (f64::from(w) * 0.012) as i32).map_err(draw_err)?;
        area.present().map_err(draw_err)?;
    }
    let generic = format!("font-family=\"{}\"", style::FONT);
    Ok(s.replace(
        &generic,
        &format!("font-family=\"{}\"", crate::text::xml_safe(font_family)),
    ))
}
