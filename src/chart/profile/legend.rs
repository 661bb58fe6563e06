//! The profile's legend: what the marks mean for one assessment, or which assessment each
//! line is in a comparison.

use super::ProfileGeometry;
use crate::chart::data::ChartData;
use crate::chart::style::*;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Legend font size for a profile of `rows` rows in a `w × h` area.
fn legend_font(data: &ChartData, h: f64) -> f64 {
    let f = data
        .look
        .font(h / (data.rows.len() as f64 + 6.0) * 0.42, 9.0, 15.0);
    data.look.small(f, 0.9)
}

/// Items per legend line and the width of each, for a comparison legend.
fn legend_grid(data: &ChartData, w: f64, f: f64) -> (usize, f64) {
    let labels: Vec<String> = data.series.iter().map(|s| s.label.clone()).collect();
    legend_layout(&labels, f, w - f, 3.6 * f)
}

/// What the marks of one assessment's profile mean: labels and kinds of sample.
fn single_items(data: &ChartData) -> Vec<(&str, u8)> {
    let lang = data.labels.lang;
    let mut v = Vec::new();
    if !data.series.is_empty() {
        v.push((lang.t("chart-legend-reached"), 0u8));
    }
    if data.series.first().is_some_and(|s| s.has_targets) {
        v.push((lang.t("chart-legend-target"), 1));
    }
    if let Some(rf) = &data.reference {
        v.push((rf.label.as_str(), 4));
    }
    if data
        .series
        .first()
        .is_some_and(|s| s.answered.iter().any(|a| !a))
    {
        v.push((lang.t("chart-legend-not-answered"), 5));
    }
    if data.team.is_some() {
        v.push((lang.t("chart-legend-team-range"), 6));
        v.push((lang.t("chart-legend-team-disagreement"), 7));
    }
    if !data.series.is_empty() {
        v.push((lang.t("chart-legend-in-store-yes"), 2));
        v.push((lang.t("no"), 3));
    }
    v
}

/// Where each item of a one-assessment legend goes: its left edge and its line, items
/// wrapping to a new line when the width is used up. "In store: yes" and its "no" wrap
/// together: a lone "no" at the start of a line would mean nothing.
fn single_layout(items: &[(&str, u8)], f: f64, left: f64, w: f64) -> Vec<(f64, usize)> {
    let width = |label: &str| 2.5 * f + text_width(label, f) + 1.5 * f;
    let mut out = Vec::with_capacity(items.len());
    let (mut x, mut line) = (left, 0);
    for (i, (label, kind)) in items.iter().enumerate() {
        let item = width(label);
        let kept_with_next = match items.get(i + 1) {
            Some((next, 3)) if *kind == 2 => width(next),
            _ => 0.0,
        };
        if x > left && x + item + kept_with_next - 1.5 * f > w {
            x = left;
            line += 1;
        }
        out.push((x, line));
        x += item;
    }
    out
}

/// The legend lines the profile needs.
pub fn legend_lines(data: &ChartData, w: f64, h: f64) -> usize {
    if data.series.len() <= 1 {
        let f = legend_font(data, h);
        let g_label = (w * 0.31).max(80.0);
        let left = g_label.min(w * 0.05).max(f * 0.5);
        single_layout(&single_items(data), f, left, w)
            .last()
            .map_or(1, |(_, line)| line + 1)
    } else {
        let (per_line, _) = legend_grid(data, w, legend_font(data, h));
        data.series.len().div_ceil(per_line)
    }
}

pub(super) fn legend<DB: DrawingBackend>(
    area: &Area<DB>,
    data: &ChartData,
    g: &ProfileGeometry,
    grid_bottom: f64,
    w: f64,
    r: i32,
) -> Drawn<DB> {
    let f = data.look.small(g.font, 0.9);
    let pal = &data.look.palette;
    let y0 = grid_bottom + g.font * 1.2;
    let scale = g.font / 13.0;
    if data.series.len() <= 1 {
        let left = g.label_width.min(w * 0.05).max(f * 0.5);
        let items = single_items(data);
        let places = single_layout(&items, f, left, w);
        for ((label, kind), (x, row)) in items.into_iter().zip(places) {
            let y0 = y0 + row as f64 * g.font * 1.6;
            let c = p(x + f, y0);
            match kind {
                0 => {
                    line(
                        area,
                        &[p(x, y0), p(x + 2.0 * f, y0)],
                        pal.series[0].to_rgba(),
                        3,
                        None,
                        scale,
                    )?;
                    draw_marker(area, Marker::Circle, c, r, pal.series[0].to_rgba(), true)?;
                }
                1 => {
                    line(
                        area,
                        &[p(x, y0), p(x + 2.0 * f, y0)],
                        pal.series[1].to_rgba(),
                        2,
                        Some((8.0, 5.0)),
                        scale,
                    )?;
                    draw_marker(area, Marker::Diamond, c, r, pal.series[1].to_rgba(), false)?;
                }
                6 | 7 => {
                    let fill = if kind == 6 {
                        pal.agreement
                    } else {
                        pal.disagreement
                    };
                    area.draw(&Rectangle::new(
                        [p(x, y0 - f * 0.45), p(x + 2.0 * f, y0 + f * 0.45)],
                        fill.filled(),
                    ))?;
                    area.draw(&Circle::new(
                        c,
                        r.max(3),
                        ShapeStyle::from(pal.muted).stroke_width(1),
                    ))?;
                }
                5 => draw_marker(
                    area,
                    Marker::Circle,
                    c,
                    (r - 2).max(2),
                    pal.muted.to_rgba(),
                    false,
                )?,
                k => draw_marker(area, Marker::Circle, c, r, pal.ink.to_rgba(), k == 2)?,
            }
            text(
                area,
                label,
                p(x + 2.5 * f, y0),
                f,
                &pal.ink,
                HPos::Left,
                VPos::Center,
            )?;
        }
        return Ok(());
    }
    let (per_line, item_w) = legend_grid(data, w, f);
    for (k, s) in data.series.iter().enumerate() {
        let x = f * 0.5 + (k % per_line) as f64 * item_w;
        let y = y0 + (k / per_line) as f64 * g.font * 1.6;
        let color = pal.series[k % pal.series.len()].to_rgba();
        line(
            area,
            &[p(x, y), p(x + 3.0 * f, y)],
            color,
            2,
            DASHES[k % DASHES.len()],
            scale,
        )?;
        draw_marker(area, marker(k), p(x + 1.5 * f, y), r, color, true)?;
        let label = ellipsize(&s.label, f, item_w - 4.0 * f);
        text(
            area,
            &label,
            p(x + 3.6 * f, y),
            f,
            &pal.ink,
            HPos::Left,
            VPos::Center,
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ITEMS: [(&str, u8); 4] = [
        ("Reached level", 0),
        ("Target", 1),
        ("In store: yes", 2),
        ("no", 3),
    ];

    fn width_of(items: &[(&str, u8)], f: f64) -> f64 {
        items
            .iter()
            .map(|(l, _)| 2.5 * f + text_width(l, f) + 1.5 * f)
            .sum()
    }

    #[test]
    fn in_store_yes_and_no_wrap_together() {
        let (f, left) = (12.0, 10.0);
        // Room for the first three items, not for the fourth.
        let w = left + width_of(&ITEMS[..3], f);
        let places = single_layout(&ITEMS, f, left, w);
        let lines: Vec<usize> = places.iter().map(|(_, line)| *line).collect();
        assert_eq!(lines, [0, 0, 1, 1]);
        assert_eq!(places[2].0, left, "'In store: yes' starts the second line");
    }

    #[test]
    fn a_legend_that_fits_stays_on_one_line() {
        let (f, left) = (12.0, 10.0);
        let w = left + width_of(&ITEMS, f);
        let lines: Vec<usize> = single_layout(&ITEMS, f, left, w)
            .iter()
            .map(|(_, line)| *line)
            .collect();
        assert_eq!(lines, [0, 0, 0, 0]);
    }
}
