//! The impact / effort matrix of the action plan: a 3 × 3 grid, effort from left (low) to
//! right (high), impact from bottom (limited) to top (high), its four quadrants named and
//! tinted, and in each cell the steps that fall there, listed by rank (never stacked on one
//! another; what a cell cannot hold is counted).

use super::data::ChartData;
use super::style::*;
use crate::plan::Quadrant;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Where the parts of a `w × h` matrix go.
struct Layout {
    /// Left edge of the grid.
    x0: f64,
    /// Top edge of the grid.
    y0: f64,
    /// A cell's width and height.
    cell: (f64, f64),
    /// Text size of the steps.
    font: f64,
    /// Height of a step's line.
    line: f64,
    /// Room above a region's first cell for its quadrant's name.
    name: f64,
}

fn layout(data: &ChartData, w: f64, h: f64) -> Layout {
    let font = data.look.font(h.min(w * 0.8) / 34.0, 9.0, 15.0);
    let title = font * 2.2;
    // The impact labels on the left, the effort labels under the grid.
    let label_w = ["rating-high", "rating-medium", "rating-low"]
        .iter()
        .map(|k| text_width(&impact_label(data, k), font))
        .fold(0.0, f64::max)
        + font;
    let x0 = label_w.min(w * 0.3);
    let y0 = title;
    let bottom = font * 2.4;
    Layout {
        x0,
        y0,
        cell: (
            ((w - x0 - font * 0.5) / 3.0).max(1.0),
            ((h - y0 - bottom) / 3.0).max(1.0),
        ),
        font,
        line: font * 1.35,
        name: font * 1.6,
    }
}

fn impact_label(data: &ChartData, key: &'static str) -> String {
    let l = data.labels.lang;
    crate::tr!(l, "chart-matrix-impact", level = l.t(key))
}

/// The cell (column = effort − 1, row from the top = 3 − impact) of an effort and impact.
fn cell_of(effort: u8, impact: u8) -> (usize, usize) {
    (
        usize::from(effort.clamp(1, 3) - 1),
        usize::from(3 - impact.clamp(1, 3)),
    )
}

/// Whether the cell is the top-left one of its quadrant (where the quadrant's name goes).
fn names_quadrant(col: usize, row: usize) -> bool {
    matches!((col, row), (0, 0) | (1, 0) | (0, 2) | (1, 2))
}

/// The steps of a cell, by rank: their indexes in `data.steps`.
fn in_cell(data: &ChartData, col: usize, row: usize) -> Vec<usize> {
    let mut v: Vec<usize> = (0..data.steps.len())
        .filter(|&i| cell_of(data.steps[i].effort, data.steps[i].impact) == (col, row))
        .collect();
    v.sort_by_key(|&i| data.steps[i].rank);
    v
}

/// How many lines a cell shows, its first line's top, for `n` steps (the last line counts the
/// steps left over when they do not all fit).
fn lines(lay: &Layout, col: usize, row: usize, n: usize) -> (usize, f64) {
    let top = if names_quadrant(col, row) {
        lay.name
    } else {
        lay.font * 0.4
    };
    let room = ((lay.cell.1 - top - lay.font * 0.3) / lay.line)
        .floor()
        .max(0.0) as usize;
    (n.min(room), top)
}

/// Draws the matrix of the plan's steps (`data.steps`).
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, data: &ChartData) -> Drawn<DB> {
    let pal = &data.look.palette;
    let l = data.labels.lang;
    let (w, h) = area_size(area);
    let lay = layout(data, w, h);
    let f = lay.font;
    let title = crate::tr!(l, "chart-matrix-title", count = data.steps.len());
    text(
        area,
        &ellipsize(&title, f * 1.1, w - f),
        p(f * 0.5, lay.y0 * 0.45),
        f * 1.1,
        &pal.ink,
        HPos::Left,
        VPos::Center,
    )?;
    let (cw, ch) = lay.cell;
    let cell_rect = |col: usize, row: usize| {
        let x = lay.x0 + col as f64 * cw;
        let y = lay.y0 + row as f64 * ch;
        (x, y, x + cw, y + ch)
    };
    // The quadrants, tinted; the grid over them.
    for (q, cells, tint) in [
        (
            Quadrant::QuickWin,
            [(0, 0), (0, 1)].as_slice(),
            pal.series[2],
        ),
        (
            Quadrant::MajorProject,
            [(1, 0), (2, 0), (1, 1), (2, 1)].as_slice(),
            pal.series[0],
        ),
        (Quadrant::FillIn, [(0, 2)].as_slice(), pal.grid),
        (
            Quadrant::Deprioritise,
            [(1, 2), (2, 2)].as_slice(),
            pal.series[1],
        ),
    ] {
        for &(c, r) in cells {
            let (x, y, x1, y1) = cell_rect(c, r);
            area.draw(&Rectangle::new(
                [p(x, y), p(x1, y1)],
                tint.mix(0.13).filled(),
            ))?;
        }
        let (c, r) = cells[0];
        let (x, y, ..) = cell_rect(c, r);
        let span = if matches!(q, Quadrant::QuickWin | Quadrant::FillIn) {
            cw
        } else {
            2.0 * cw
        };
        text(
            area,
            &ellipsize(l.t(q.key()), f, span - f),
            p(x + f * 0.4, y + lay.name * 0.5),
            f,
            &pal.muted,
            HPos::Left,
            VPos::Center,
        )?;
    }
    for i in 0..=3 {
        let x = lay.x0 + i as f64 * cw;
        let y = lay.y0 + i as f64 * ch;
        area.draw(&PathElement::new(
            vec![p(x, lay.y0), p(x, lay.y0 + 3.0 * ch)],
            pal.grid,
        ))?;
        area.draw(&PathElement::new(
            vec![p(lay.x0, y), p(lay.x0 + 3.0 * cw, y)],
            pal.grid,
        ))?;
    }
    // The axes' words.
    for (row, key) in ["rating-high", "rating-medium", "rating-low"]
        .iter()
        .enumerate()
    {
        text(
            area,
            &ellipsize(&impact_label(data, key), f, lay.x0 - f * 0.5),
            p(lay.x0 - f * 0.4, lay.y0 + (row as f64 + 0.5) * ch),
            f,
            &pal.ink,
            HPos::Right,
            VPos::Center,
        )?;
    }
    for (col, key) in ["rating-low", "rating-medium", "rating-high"]
        .iter()
        .enumerate()
    {
        let label = crate::tr!(l, "chart-matrix-effort", level = l.t(key));
        text(
            area,
            &ellipsize(&label, f, cw - f * 0.4),
            p(
                lay.x0 + (col as f64 + 0.5) * cw,
                lay.y0 + 3.0 * ch + f * 1.1,
            ),
            f,
            &pal.ink,
            HPos::Center,
            VPos::Center,
        )?;
    }
    if data.steps.is_empty() {
        let none = l.t("chart-matrix-none");
        text(
            area,
            &ellipsize(none, f, 3.0 * cw - f),
            p(lay.x0 + 1.5 * cw, lay.y0 + 1.5 * ch),
            f,
            &pal.muted,
            HPos::Center,
            VPos::Center,
        )?;
    }
    // The steps of each cell, by rank.
    let r = (f * 0.28).max(2.0) as i32;
    for col in 0..3 {
        for row in 0..3 {
            let items = in_cell(data, col, row);
            let (shown, top) = lines(&lay, col, row, items.len());
            let (x, y, ..) = cell_rect(col, row);
            let overflow = shown < items.len();
            let listed = if overflow {
                shown.saturating_sub(1)
            } else {
                shown
            };
            for (k, &i) in items.iter().take(listed).enumerate() {
                let s = &data.steps[i];
                let cy = y + top + (k as f64 + 0.5) * lay.line;
                let color = pal.series[0].to_rgba();
                draw_marker(
                    area,
                    Marker::Circle,
                    p(x + f * 0.7, cy),
                    r,
                    color,
                    !s.foundation,
                )?;
                let label = format!("{}. {}", s.rank, s.label);
                text(
                    area,
                    &ellipsize(&label, f, cw - f * 1.6),
                    p(x + f * 1.2, cy),
                    f,
                    &pal.ink,
                    HPos::Left,
                    VPos::Center,
                )?;
            }
            if overflow && shown > 0 {
                let more = crate::tr!(l, "chart-matrix-more", count = items.len() - listed);
                let cy = y + top + (listed as f64 + 0.5) * lay.line;
                text(
                    area,
                    &ellipsize(&more, f, cw - f * 1.6),
                    p(x + f * 1.2, cy),
                    f,
                    &pal.muted,
                    HPos::Left,
                    VPos::Center,
                )?;
            }
        }
    }
    Ok(())
}

/// The step (its index in `data.steps`) whose line is at `(x, y)` on a `w × h` matrix.
pub fn step_at(data: &ChartData, w: f64, h: f64, x: f64, y: f64) -> Option<usize> {
    let lay = layout(data, w, h);
    let col = ((x - lay.x0) / lay.cell.0).floor();
    let row = ((y - lay.y0) / lay.cell.1).floor();
    if !(0.0..3.0).contains(&col) || !(0.0..3.0).contains(&row) {
        return None;
    }
    let (col, row) = (col as usize, row as usize);
    let items = in_cell(data, col, row);
    let (shown, top) = lines(&lay, col, row, items.len());
    let listed = if shown < items.len() {
        shown.saturating_sub(1)
    } else {
        shown
    };
    let k = ((y - lay.y0 - row as f64 * lay.cell.1 - top) / lay.line).floor();
    (k >= 0.0 && (k as usize) < listed).then(|| items[k as usize])
}

/// The steps each cell lists and how many it cannot show, for tests: per cell (column =
/// effort − 1, row from the top), the ranks listed and the count left over.
pub fn cells(data: &ChartData, w: f64, h: f64) -> Vec<((usize, usize), Vec<usize>, usize)> {
    let lay = layout(data, w, h);
    let mut out = Vec::new();
    for col in 0..3 {
        for row in 0..3 {
            let items = in_cell(data, col, row);
            let (shown, _) = lines(&lay, col, row, items.len());
            let listed = if shown < items.len() {
                shown.saturating_sub(1)
            } else {
                shown
            };
            let ranks = items
                .iter()
                .take(listed)
                .map(|&i| data.steps[i].rank)
                .collect();
            out.push(((col, row), ranks, items.len() - listed));
        }
    }
    out
}
