//! Per-family change bars between the first and the last compared assessment, signed and labelled.

use super::data::{ChartData, signed};
use super::style::*;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Draws the change of each family score from the first to the last series.
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, data: &ChartData) -> Drawn<DB> {
    let pal = &data.look.palette;
    let (w, h) = area_size(area);
    let l = data.labels.lang;
    let (Some(first), Some(last)) = (data.series.first(), data.series.last()) else {
        return Ok(());
    };
    let n = data.families.len();
    let title_h = (h / 18.0).clamp(14.0, 26.0);
    let row_h = (h - title_h * 1.6) / n as f64;
    let f = data.look.font(row_h * 0.62, 8.0, 13.0);
    let title = crate::tr!(l, "chart-deltas-title", last = data.series.len());
    text(
        area,
        &ellipsize(&title, f * 1.05, w - f),
        p(f * 0.5, title_h * 0.6),
        f * 1.05,
        &pal.ink,
        HPos::Left,
        VPos::Center,
    )?;
    let label_w = (w * 0.36).max(60.0);
    let value_w = text_width("+100,0", f) + f;
    let x0 = label_w + value_w;
    let x1 = w - value_w;
    let zero = (x0 + x1) / 2.0;
    let half = (x1 - x0) / 2.0;
    let top = title_h * 1.4;
    area.draw(&PathElement::new(
        vec![p(zero, top), p(zero, top + row_h * n as f64)],
        pal.grid,
    ))?;
    for (i, name) in data.families.iter().enumerate() {
        let y = top + (i as f64 + 0.5) * row_h;
        text(
            area,
            &ellipsize(name, f, label_w - f * 0.6),
            p(f * 0.5, y),
            f,
            &pal.ink,
            HPos::Left,
            VPos::Center,
        )?;
        let (Some(a), Some(b)) = (first.scores[i], last.scores[i]) else {
            text(
                area,
                l.t("not-applicable-short"),
                p(zero + 4.0, y),
                f,
                &pal.muted,
                HPos::Left,
                VPos::Center,
            )?;
            continue;
        };
        let d = b - a;
        let len = d / 100.0 * half;
        let bh = (row_h * 0.32).max(2.0);
        let color = if d >= 0.0 { pal.up } else { pal.down };
        if d.abs() > 1e-9 {
            area.draw(&Rectangle::new(
                [p(zero, y - bh), p(zero + len, y + bh)],
                color.filled(),
            ))?;
        }
        let label = if d.abs() < 1e-9 {
            "=".to_string()
        } else {
            signed(d, l)
        };
        let (x, hp) = if d < 0.0 {
            (zero + len - 4.0, HPos::Right)
        } else {
            (zero + len + 4.0, HPos::Left)
        };
        text(area, &label, p(x, y), f, &pal.ink, hp, VPos::Center)?;
    }
    Ok(())
}

/// The family whose bar is at height `y` on a `w × h` chart.
pub fn row_at(data: &ChartData, h: f64, y: f64) -> Option<usize> {
    let n = data.families.len();
    let title_h = (h / 18.0).clamp(14.0, 26.0);
    let row_h = (h - title_h * 1.6) / n as f64;
    let top = title_h * 1.4;
    let row = ((y - top) / row_h).floor();
    (row >= 0.0 && (row as usize) < n).then_some(row as usize)
}
