//! The maturity score over time for dated assessments of one retailer, over the stage bands.

use super::data::{ChartData, number};
use super::style::*;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

fn p(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

fn days(d: &str) -> Option<f64> {
    use chrono::Datelike;
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
        .ok()
        .map(|d| f64::from(d.num_days_from_ce()))
}

/// Draws the maturity score of each series against its date.
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, data: &ChartData) -> Drawn<DB> {
    let pal = &data.look.palette;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let l = data.labels.lang;
    let f = data.look.font(h / 26.0, 8.0, 13.0);
    let title_h = f * 2.0;
    text(
        area,
        l.t("chart-trend-title"),
        p(f * 0.5, title_h * 0.5),
        f * 1.05,
        &pal.ink,
        HPos::Left,
        VPos::Center,
    )?;
    let pts: Vec<(f64, f64, &str)> = data
        .series
        .iter()
        .filter_map(|s| Some((days(s.date.as_deref()?)?, s.overall, s.date.as_deref()?)))
        .collect();
    if pts.len() < 2 {
        return Ok(());
    }
    let left = text_width("100", f) + f;
    let right = w - f * 3.0;
    let top = title_h + f * 0.5;
    let bottom = h - f * 2.2;
    let (dmin, dmax) = (pts[0].0, pts[pts.len() - 1].0);
    let span = (dmax - dmin).max(1.0);
    let x = |d: f64| left + f * 2.0 + (d - dmin) / span * (right - left - f * 4.0);
    let y = |v: f64| bottom - v / 100.0 * (bottom - top);
    // Stage bands, labelled on the right.
    let mut bounds: Vec<f64> = Vec::new();
    for k in 0..data.labels.stages.len() {
        bounds.push(if k == 0 { 0.0 } else { 20.0 * k as f64 });
    }
    for (k, name) in data.labels.stages.iter().enumerate() {
        let lo = bounds[k];
        let hi = bounds.get(k + 1).copied().unwrap_or(100.0);
        if k % 2 == 0 {
            area.draw(&Rectangle::new(
                [p(left, y(hi)), p(right, y(lo))],
                pal.band.filled(),
            ))?;
        }
        let label = ellipsize(name, f * 0.8, right - left - f);
        text(
            area,
            &label,
            p(right - 3.0, (y(lo) + y(hi)) / 2.0),
            f * 0.8,
            &pal.muted,
            HPos::Right,
            VPos::Center,
        )?;
    }
    for v in [0.0, 20.0, 40.0, 60.0, 80.0, 100.0] {
        area.draw(&PathElement::new(vec![p(left, y(v)), p(right, y(v))], pal.grid))?;
        text(
            area,
            &format!("{v:.0}"),
            p(left - 4.0, y(v)),
            f * 0.85,
            &pal.muted,
            HPos::Right,
            VPos::Center,
        )?;
    }
    let line_pts: Vec<(i32, i32)> = pts.iter().map(|(d, v, _)| p(x(*d), y(*v))).collect();
    line(area, &line_pts, pal.series[0].to_rgba(), 3, None, 1.0)?;
    for (k, (d, v, date)) in pts.iter().enumerate() {
        draw_marker(
            area,
            marker(k),
            p(x(*d), y(*v)),
            (f * 0.35) as i32,
            pal.series[k % pal.series.len()].to_rgba(),
            true,
        )?;
        text(
            area,
            &number(*v, l),
            p(x(*d), y(*v) - f * 0.9),
            f * 0.9,
            &pal.ink,
            HPos::Center,
            VPos::Bottom,
        )?;
        text(
            area,
            date,
            p(x(*d), bottom + f * 1.0),
            f * 0.8,
            &pal.ink,
            HPos::Center,
            VPos::Center,
        )?;
    }
    Ok(())
}
