//! The maturity score over time for dated assessments of one retailer, over the stage bands.

use super::data::{ChartData, number};
use super::style::*;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

fn days(d: &str) -> Option<f64> {
    use chrono::Datelike;
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
        .ok()
        .map(|d| f64::from(d.num_days_from_ce()))
}

/// Draws the maturity score of each series against its date.
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, data: &ChartData) -> Drawn<DB> {
    let pal = &data.look.palette;
    let (w, h) = area_size(area);
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
    let pts = dated(data);
    if pts.len() < 2 {
        return Ok(());
    }
    let fr = frame(data, w, h, f, &pts);
    let (left, right, bottom, names_w) = (fr.left, fr.right, fr.bottom, fr.names_w);
    let x = |d: f64| fr.x(d);
    let y = |v: f64| fr.y(v);
    // Stage bands, labelled on the right.
    let bounds = &data.labels.stage_bounds;
    for (k, name) in data.labels.stages.iter().enumerate() {
        let lo = bounds[k];
        let hi = bounds.get(k + 1).copied().unwrap_or(100.0);
        if k % 2 == 0 {
            area.draw(&Rectangle::new(
                [p(left, y(hi)), p(right, y(lo))],
                pal.band.filled(),
            ))?;
        }
        let label = ellipsize(name, data.look.small(f, 0.8), names_w);
        text(
            area,
            &label,
            p(right + f * 0.5, (y(lo) + y(hi)) / 2.0),
            data.look.small(f, 0.8),
            &pal.muted,
            HPos::Left,
            VPos::Center,
        )?;
    }
    for v in [0.0, 20.0, 40.0, 60.0, 80.0, 100.0] {
        area.draw(&PathElement::new(
            vec![p(left, y(v)), p(right, y(v))],
            pal.grid,
        ))?;
        text(
            area,
            &format!("{v:.0}"),
            p(left - 4.0, y(v)),
            data.look.small(f, 0.85),
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
            data.look.small(f, 0.9),
            &pal.ink,
            HPos::Center,
            VPos::Bottom,
        )?;
        text(
            area,
            date,
            p(x(*d), bottom + f * 1.0),
            data.look.small(f, 0.8),
            &pal.ink,
            HPos::Center,
            VPos::Center,
        )?;
    }
    Ok(())
}

/// Where the plot of the score over time lies, and where its points go.
pub struct TrendFrame {
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    names_w: f64,
    f: f64,
    dmin: f64,
    span: f64,
}

impl TrendFrame {
    /// Horizontal place of a day.
    pub fn x(&self, d: f64) -> f64 {
        self.left
            + self.f * 2.0
            + (d - self.dmin) / self.span * (self.right - self.left - self.f * 4.0)
    }

    /// Vertical place of a score.
    pub fn y(&self, v: f64) -> f64 {
        self.bottom - v / 100.0 * (self.bottom - self.top)
    }
}

fn frame(data: &ChartData, w: f64, h: f64, f: f64, pts: &[(f64, f64, &str)]) -> TrendFrame {
    let title_h = f * 2.0;
    let left = text_width("100", f) + f;
    // The stages' names stand in a margin of their own, right of the plot, where no point's
    // label can reach them.
    let names_w = data
        .labels
        .stages
        .iter()
        .map(|s| text_width(s, data.look.small(f, 0.8)))
        .fold(0.0, f64::max)
        .min(w * 0.3);
    let right = w - names_w - f * 1.2;
    let (dmin, dmax) = (pts[0].0, pts[pts.len() - 1].0);
    TrendFrame {
        left,
        right,
        top: title_h + f * 0.5,
        bottom: h - f * 2.2,
        names_w,
        f,
        dmin,
        span: (dmax - dmin).max(1.0),
    }
}

/// The series whose point is nearest (x, y) on a `w × h` chart, within a few text sizes.
pub fn point_at(data: &ChartData, w: f64, h: f64, x: f64, y: f64) -> Option<usize> {
    let f = data.look.font(h / 26.0, 8.0, 13.0);
    let pts = dated(data);
    if pts.len() < 2 {
        return None;
    }
    let fr = frame(data, w, h, f, &pts);
    data.series
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let d = days(s.date.as_deref()?)?;
            Some((i, (fr.x(d) - x).hypot(fr.y(s.overall) - y)))
        })
        .filter(|(_, dist)| *dist < f * 2.0)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// The dated series: (day, score, date).
fn dated(data: &ChartData) -> Vec<(f64, f64, &str)> {
    data.series
        .iter()
        .filter_map(|s| Some((days(s.date.as_deref()?)?, s.overall, s.date.as_deref()?)))
        .collect()
}
