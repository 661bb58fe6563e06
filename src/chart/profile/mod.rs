//! The profile against the complexity axis: one row per track, one column per level, the reached
//! levels joined into a line, targets dashed, the in-store counterpart in its own column.

use super::data::ChartData;
use super::look::Look;
use super::style::*;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

mod axes;
mod legend;
mod team;

use legend::legend;
pub use legend::legend_lines;

/// Geometry of the profile grid, shared by the drawing and by tests that read pixels back.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProfileGeometry {
    /// Left edge of column 0 (level "not yet").
    pub grid_left: f64,
    /// Width of column 0.
    pub zero_width: f64,
    /// Width of a level column.
    pub col_width: f64,
    /// Top of the first row.
    pub grid_top: f64,
    /// Height of a row.
    pub row_height: f64,
    /// Left edge of the in-store column.
    pub store_left: f64,
    /// Width of the in-store column.
    pub store_width: f64,
    /// Font size of labels.
    pub font: f64,
    /// Width of the row labels.
    pub label_width: f64,
    /// Height of the legend band at the bottom.
    pub legend_height: f64,
    /// The lines a row's label is given room for (two on a narrow chart, a phone's).
    pub label_lines: usize,
}

/// Below this many fonts wide, a chart is narrow (a phone's column): its labels get
/// [`LABEL_FONTS`] (at most [`LABEL_SHARE`] of its width) and two lines, where 31 % of it and
/// one line cut them to about 11 characters.
const NARROW_FONTS: f64 = 24.0;

/// A narrow chart's label column, in fonts: "Showroom & Commerce" on a line.
const LABEL_FONTS: f64 = 8.8;

/// The most of a narrow chart's width its labels take.
const LABEL_SHARE: f64 = 0.46;

/// The in-store column's width on a narrow chart, in level columns.
const STORE_COLS: f64 = 2.1;

impl ProfileGeometry {
    /// Lays the profile out in a `w × h` area for `rows` rows, its text no smaller than
    /// `min_font`.
    pub fn new(w: f64, h: f64, rows: usize, legend_lines: usize, min_font: f64) -> ProfileGeometry {
        let font = Look {
            min_font,
            ..Look::PRINT
        }
        .font(h / (rows as f64 + 6.0) * 0.42, 9.0, 15.0);
        let header = font * 3.4;
        let legend_height = font * 1.8 * legend_lines as f64 + font * 0.6;
        let narrow = w < font * NARROW_FONTS;
        let label_width = if narrow {
            (w * 0.31).max((font * LABEL_FONTS).min(w * LABEL_SHARE))
        } else {
            w * 0.31
        }
        .max(80.0);
        let pad = font * 0.6;
        let grid_w = w - label_width - 2.0 * pad;
        // Column 0 is 0.6 of a level column, the in-store column 0.9 (on a narrow chart more,
        // for its head to read whole: "En magasin" on two lines).
        let store_cols = if narrow { STORE_COLS } else { 0.9 };
        let col_width = grid_w / (0.6 + 5.0 + store_cols);
        let zero_width = col_width * 0.6;
        let grid_left = label_width + pad;
        let store_left = grid_left + zero_width + 5.0 * col_width;
        let row_height = (h - header - legend_height) / rows as f64;
        ProfileGeometry {
            grid_left,
            zero_width,
            col_width,
            grid_top: header,
            row_height,
            store_left,
            store_width: col_width * store_cols,
            font,
            label_width,
            legend_height,
            label_lines: if narrow { 2 } else { 1 },
        }
    }

    /// Horizontal centre of the column of `level` (0 to 5).
    pub fn level_x(&self, level: u8) -> f64 {
        self.mean_level_x(f64::from(level))
    }

    /// Horizontal position of a mean level (between column centres for fractions).
    pub fn mean_level_x(&self, level: f64) -> f64 {
        let zero = self.grid_left + self.zero_width / 2.0;
        let one = self.grid_left + self.zero_width + 0.5 * self.col_width;
        if level <= 0.0 {
            zero
        } else if level < 1.0 {
            zero + (one - zero) * level
        } else {
            one + (level - 1.0) * self.col_width
        }
    }

    /// Vertical centre of row `i`.
    pub fn row_y(&self, i: usize) -> f64 {
        self.grid_top + (i as f64 + 0.5) * self.row_height
    }

    /// Horizontal centre of the in-store column.
    pub fn store_x(&self) -> f64 {
        self.store_left + self.store_width / 2.0
    }
}

/// Draws the profile in `area`.
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, data: &ChartData) -> Drawn<DB> {
    let pal = &data.look.palette;
    let (w, h) = area_size(area);
    let g = ProfileGeometry::new(
        w,
        h,
        data.rows.len(),
        legend_lines(data, w, h),
        data.look.min_font,
    );
    let f = g.font;
    let l = &data.labels;
    let grid_right = g.store_left + g.store_width;
    let grid_bottom = g.grid_top + g.row_height * data.rows.len() as f64;
    let multi = data.series.len() > 1;

    axes::draw(area, data, &g)?;

    // Rows: family stripes, not-applicable fill, cells a track does not offer, labels.
    let applicable = |i: usize| {
        data.series.iter().any(|s| s.levels[i].is_some())
            || data
                .reference
                .as_ref()
                .is_some_and(|r| r.levels[i].is_some())
    };
    for (i, row) in data.rows.iter().enumerate() {
        let top = g.grid_top + i as f64 * g.row_height;
        let bottom = top + g.row_height;
        if row.family_index % 2 == 1 {
            area.draw(&Rectangle::new(
                [p(0.0, top), p(grid_right, bottom)],
                pal.stripe.filled(),
            ))?;
        }
        if !applicable(i) {
            area.draw(&Rectangle::new(
                [p(g.grid_left, top), p(grid_right, bottom)],
                pal.na_fill.filled(),
            ))?;
            let na = l.lang.t("not-applicable");
            text(
                area,
                na,
                p((g.grid_left + g.store_left) / 2.0, g.row_y(i)),
                data.look.small(f, 0.85),
                &pal.muted,
                HPos::Center,
                VPos::Center,
            )?;
        }
        for level in (row.top + 1)..=5 {
            let x0 = g.level_x(level) - g.col_width / 2.0;
            area.draw(&Rectangle::new(
                [
                    p(x0 + 2.0, top + 2.0),
                    p(x0 + g.col_width - 2.0, bottom - 2.0),
                ],
                pal.unavailable.filled(),
            ))?;
        }
        let lines = label_lines(data, i, &g);
        let n = lines.len() as f64;
        let color = if applicable(i) { pal.ink } else { pal.muted };
        for (k, line) in lines.iter().enumerate() {
            let y = g.row_y(i) + (k as f64 - (n - 1.0) / 2.0) * f * 1.15;
            text(
                area,
                line,
                p(f * 0.5, y),
                f,
                &color,
                HPos::Left,
                VPos::Center,
            )?;
        }
    }

    // Grid lines.
    for i in 0..=data.rows.len() {
        let y = g.grid_top + i as f64 * g.row_height;
        let new_family = i == 0
            || i == data.rows.len()
            || data.rows[i].family_index != data.rows[i - 1].family_index;
        let color = if new_family { pal.grid } else { pal.grid_light };
        area.draw(&PathElement::new(
            vec![p(g.grid_left, y), p(grid_right, y)],
            color,
        ))?;
    }
    let mut xs = vec![g.grid_left, g.grid_left + g.zero_width];
    xs.extend((1..=5).map(|k| g.grid_left + g.zero_width + f64::from(k) * g.col_width));
    xs.push(grid_right);
    for x in xs {
        area.draw(&PathElement::new(
            vec![p(x, g.grid_top), p(x, grid_bottom)],
            pal.grid,
        ))?;
    }

    let n = data.series.len();
    let r = (g.row_height * 0.2).clamp(3.0, 7.0) as i32;
    let offset = |k: usize| {
        if multi {
            (k as f64 - (n as f64 - 1.0) / 2.0) * (g.col_width * 0.5 / n as f64).min(r as f64 * 1.6)
        } else {
            0.0
        }
    };
    let scale = f / 13.0;
    if let Some(team) = &data.team {
        team::draw(area, &g, team, applicable, r, pal, data.look.min_font)?;
    }
    if let Some(rf) = &data.reference {
        let pts: Vec<Option<(i32, i32)>> = rf
            .levels
            .iter()
            .enumerate()
            .map(|(i, lv)| lv.map(|lv| p(g.mean_level_x(lv), g.row_y(i))))
            .collect();
        for run in runs(&pts) {
            line(
                area,
                &run,
                pal.reference.to_rgba(),
                2,
                Some((5.0, 4.0)),
                scale,
            )?;
        }
        for pt in pts.iter().flatten() {
            draw_marker(
                area,
                Marker::Circle,
                *pt,
                (r - 1).max(2),
                pal.reference.to_rgba(),
                false,
            )?;
        }
    }
    for (k, s) in data.series.iter().enumerate() {
        let color = pal.series[k % pal.series.len()];
        let dx = offset(k);
        // Target line (single assessment): dashed, hollow markers.
        if !multi && s.has_targets {
            let pts: Vec<Option<(i32, i32)>> = s
                .targets
                .iter()
                .zip(&s.levels)
                .enumerate()
                // No answer and no target: no point (the line does not dive to 0).
                .map(|(i, (t, lv))| {
                    let lv = lv.filter(|_| s.answered[i] || t.is_some())?;
                    Some(p(g.level_x(t.unwrap_or(lv)), g.row_y(i)))
                })
                .collect();
            for run in runs(&pts) {
                line(
                    area,
                    &run,
                    pal.series[1].to_rgba(),
                    2,
                    Some((8.0, 5.0)),
                    scale,
                )?;
            }
            for (i, (t, lv)) in s.targets.iter().zip(&s.levels).enumerate() {
                if let (Some(t), Some(lv)) = (t, lv)
                    && t > lv
                {
                    draw_marker(
                        area,
                        Marker::Diamond,
                        p(g.level_x(*t), g.row_y(i)),
                        r,
                        pal.series[1].to_rgba(),
                        false,
                    )?;
                }
            }
        }
        // Rows not answered yet count as 0 but are not drawn as answers: a small hollow mark
        // at 0, and the line skips them.
        let pts: Vec<Option<(i32, i32)>> = s
            .levels
            .iter()
            .enumerate()
            .map(|(i, lv)| {
                lv.filter(|_| s.answered[i])
                    .map(|lv| p(g.level_x(lv) + dx, g.row_y(i)))
            })
            .collect();
        for (i, lv) in s.levels.iter().enumerate() {
            if lv.is_some() && !s.answered[i] {
                draw_marker(
                    area,
                    Marker::Circle,
                    p(g.level_x(0) + dx, g.row_y(i)),
                    (r - 2).max(2),
                    pal.muted.to_rgba(),
                    false,
                )?;
            }
        }
        let dash = if multi {
            DASHES[k % DASHES.len()]
        } else {
            None
        };
        for run in runs(&pts) {
            line(
                area,
                &run,
                color.to_rgba(),
                if multi { 2 } else { 3 },
                dash,
                scale,
            )?;
        }
        let m = if multi { marker(k) } else { Marker::Circle };
        for pt in pts.iter().flatten() {
            draw_marker(area, m, *pt, r, color.to_rgba(), true)?;
        }
        // In-store column: filled when the counterpart exists, hollow when not, empty when
        // not answered yet.
        for (i, answer) in s.in_store.iter().enumerate() {
            if let (Some(_), Some(has)) = (s.levels[i], answer) {
                let c = if multi { color } else { pal.ink };
                // Several assessments side by side across the column, small enough not to
                // cover each other.
                let (sdx, sr) = if multi {
                    let step = g.store_width * 0.84 / n as f64;
                    let at = (k as f64 - (n as f64 - 1.0) / 2.0) * step;
                    (at, ((step / 2.4) as i32).clamp(2, r))
                } else {
                    (0.0, r)
                };
                draw_marker(
                    area,
                    m,
                    p(g.store_x() + sdx, g.row_y(i)),
                    sr,
                    c.to_rgba(),
                    *has,
                )?;
            }
        }
    }
    legend(area, data, &g, grid_bottom, w, r)
}

/// The lines of row `i`'s label: "family: track" (or the family alone), in as many lines as the
/// row's height takes, cut with an ellipsis past them.
fn label_lines(data: &ChartData, i: usize, g: &ProfileGeometry) -> Vec<String> {
    let row = &data.rows[i];
    let f = g.font;
    let label = match &row.track {
        Some(t) => crate::tr!(
            data.labels.lang,
            "chart-track-label",
            family = row.family.as_str(),
            track = t.as_str()
        ),
        None => row.family.clone(),
    };
    let max_lines = if g.row_height >= f * 2.5 { 2 } else { 1 };
    let room = g.label_width - f * 0.5;
    let lines = fit_lines(&label, f, room, max_lines);
    // "ReCommerce: Se…" three times cannot be told apart: a track's own name alone (its
    // family's stripe groups them) when the whole label does not fit.
    match &row.track {
        Some(t) if lines.last().is_some_and(|l| l.ends_with('…')) => {
            fit_lines(t, f, room, max_lines)
        }
        _ => lines,
    }
}

/// The row at (x, y) on a `w × h` profile (over its labels or its grid).
pub fn row_at(data: &ChartData, w: f64, h: f64, x: f64, y: f64) -> Option<usize> {
    let g = ProfileGeometry::new(
        w,
        h,
        data.rows.len(),
        legend_lines(data, w, h),
        data.look.min_font,
    );
    let row = ((y - g.grid_top) / g.row_height).floor();
    let inside = x >= 0.0 && x <= g.store_left + g.store_width;
    (inside && row >= 0.0 && (row as usize) < data.rows.len()).then_some(row as usize)
}

/// Splits a sequence of optional points into runs of consecutive present points.
fn runs(pts: &[Option<(i32, i32)>]) -> Vec<Vec<(i32, i32)>> {
    let mut out = vec![];
    let mut cur = vec![];
    for pt in pts {
        match pt {
            Some(pt) => cur.push(*pt),
            None if !cur.is_empty() => out.push(std::mem::take(&mut cur)),
            None => {}
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Assessment;
    use crate::framework::Framework;
    use crate::lang::Lang;
    use crate::score::Scorecard;

    /// The profile's data in `lang`, its text no smaller than `min_font`.
    fn data(lang: Lang, min_font: f64) -> ChartData {
        let fw = Framework::builtin();
        let a = Assessment::blank(fw);
        let card = Scorecard::compute(fw, &a);
        let mut d = ChartData::single(fw, &a, &card, lang);
        d.look.min_font = min_font;
        d
    }

    fn geometry(d: &ChartData, w: f64) -> ProfileGeometry {
        let h = crate::chart::min_height(d, crate::chart::ChartKind::Profile, w);
        ProfileGeometry::new(w, h, d.rows.len(), legend_lines(d, w, h), d.look.min_font)
    }

    #[test]
    fn on_a_phone_every_label_reads_whole() {
        // Phones of 390 points at 3 pixels a point and 412 at 2.625 (the column 16 points
        // narrower), 16-point body text.
        for (lang, (column, ratio)) in [Lang::FR, Lang::EN]
            .into_iter()
            .flat_map(|l| [(l, (374.0, 3.0)), (l, (396.0, 2.625))])
        {
            let (w, min_font) = (column * ratio, 16.0 * ratio / f64::from(em_per_size()));
            let d = data(lang, min_font);
            let g = geometry(&d, w);
            assert_eq!(g.label_lines, 2, "a phone's labels get two lines");
            for i in 0..d.rows.len() {
                let lines = label_lines(&d, i, &g);
                assert!(
                    lines.iter().all(|l| !l.ends_with('…')),
                    "{lang:?}: row {i} cut: {lines:?}"
                );
            }
            let (simple, advanced) = axes::axis_ends(&d, &g);
            assert!(
                !simple.ends_with('…') && !advanced.ends_with('…'),
                "{lang:?}: the axis's ends cut: {simple:?}, {advanced:?}"
            );
            let head = axes::store_head(&d, &g);
            assert!(
                head.iter().all(|l| !l.ends_with('…')),
                "{lang:?}: the in-store head cut: {head:?}"
            );
        }
    }

    #[test]
    fn a_desktop_profile_keeps_its_one_line_labels_and_columns() {
        // A 550-point results column at 1 pixel a point, 14-point body text.
        let (w, min_font) = (550.0, 14.0 / f64::from(em_per_size()));
        let d = data(Lang::EN, min_font);
        let g = geometry(&d, w);
        assert_eq!(g.label_lines, 1);
        assert_eq!(g.label_width, w * 0.31);
    }
}
