//! The radar of the family scores (0–100), with the target or the compared assessments overlaid.

use super::data::ChartData;
use super::style::*;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use std::f64::consts::{FRAC_PI_2, TAU};

/// Draws the radar in `area`.
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, data: &ChartData) -> Drawn<DB> {
    let pal = &data.look.palette;
    let (w, h) = area_size(area);
    let n = data.families.len();
    if n < 3 {
        return Ok(());
    }
    let RadarLayout {
        f,
        multi,
        items,
        per_line,
        item_w,
        legend_h,
        label_w,
        radius,
        cx,
        cy,
        ..
    } = layout(data, w, h);
    let l = data.labels.lang;
    let angle = |i: usize| -FRAC_PI_2 + TAU * i as f64 / n as f64;
    let at = |i: usize, v: f64| {
        let a = angle(i);
        (
            cx + radius * v / 100.0 * a.cos(),
            cy + radius * v / 100.0 * a.sin(),
        )
    };

    // Rings and spokes.
    for ring in [20.0, 40.0, 60.0, 80.0, 100.0] {
        let mut pts: Vec<(i32, i32)> = (0..n)
            .map(|i| {
                let (x, y) = at(i, ring);
                p(x, y)
            })
            .collect();
        pts.push(pts[0]);
        area.draw(&PathElement::new(
            pts,
            if ring == 100.0 { pal.grid } else { pal.ring },
        ))?;
        let (x, y) = at(0, ring);
        text(
            area,
            &format!("{ring:.0}"),
            p(x + 3.0, y),
            data.look.small(f, 0.75),
            &pal.muted,
            HPos::Left,
            VPos::Bottom,
        )?;
    }
    let applicable = |i: usize| {
        data.series.iter().any(|s| s.scores[i].is_some())
            || data
                .reference
                .as_ref()
                .is_some_and(|r| r.scores[i].is_some())
    };
    for i in 0..n {
        let (x, y) = at(i, 100.0);
        area.draw(&PathElement::new(vec![p(cx, cy), p(x, y)], pal.ring))?;
    }
    let spoke_labels = |max_lines: usize| -> Vec<SpokeLabel> {
        let mut labels = Vec::with_capacity(n);
        for (i, name) in data.families.iter().enumerate() {
            let a = angle(i);
            let (lx, ly) = (
                cx + (radius + f * 0.7) * a.cos(),
                cy + (radius + f * 0.7) * a.sin(),
            );
            let hpos = if a.cos() > 0.1 {
                HPos::Left
            } else if a.cos() < -0.1 {
                HPos::Right
            } else {
                HPos::Center
            };
            let label = if applicable(i) {
                name.clone()
            } else {
                format!("{name} ({})", l.t("not-applicable-short"))
            };
            let lines = fit_lines(&label, f, label_w, max_lines);
            let k = lines.len() as f64;
            // Labels above the centre grow upwards, below it downwards.
            let base = if a.sin() < -0.3 {
                ly - (k - 0.5) * f * 1.1
            } else if a.sin() > 0.3 {
                ly + f * 0.55
            } else {
                ly - (k - 1.0) * f * 0.55
            };
            let width = lines.iter().map(|t| text_width(t, f)).fold(0.0, f64::max);
            labels.push(SpokeLabel {
                lines,
                x: lx,
                hpos,
                first: base,
                width,
                below: a.sin() > 0.0,
                color: if applicable(i) { pal.ink } else { pal.muted },
            });
        }
        labels
    };
    let two = if radius < 120.0 { 1 } else { 2 };
    let mut labels = spoke_labels(two);
    // Where two lines each leave no room, one line each (shortened).
    if !apart(&mut labels, f, h - legend_h) && two > 1 {
        labels = spoke_labels(1);
        apart(&mut labels, f, h - legend_h);
    }
    for label in &labels {
        for (j, line_text) in label.lines.iter().enumerate() {
            text(
                area,
                line_text,
                p(label.x, label.first + j as f64 * f * 1.1),
                f,
                &label.color,
                label.hpos,
                VPos::Center,
            )?;
        }
    }

    let scale = f / 13.0;
    // A family that does not apply is left out: its neighbours are joined (its axis says n/a).
    let polygon = |values: &[Option<f64>]| -> Vec<(i32, i32)> {
        values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                let (x, y) = at(i, (*v)?);
                Some(p(x, y))
            })
            .collect()
    };
    // The outline through `values`, closed; none when no family has a value.
    let closed = |values: &[Option<f64>]| -> Option<Vec<(i32, i32)>> {
        let mut pts = polygon(values);
        let first = *pts.first()?;
        pts.push(first);
        Some(pts)
    };
    // A reference with no applicable family has no outline; the assessments are still drawn.
    if let Some(pts) = data.reference.as_ref().and_then(|rf| closed(&rf.scores)) {
        if data.series.is_empty() {
            let open = pts[..pts.len() - 1].to_vec();
            area.draw(&Polygon::new(open, pal.reference.mix(0.15).filled()))?;
        }
        line(
            area,
            &pts,
            pal.reference.to_rgba(),
            2,
            Some((5.0, 4.0)),
            scale,
        )?;
    }
    for (k, s) in data.series.iter().enumerate() {
        let color = pal.series[k % pal.series.len()];
        let pts = polygon(&s.scores);
        if pts.is_empty() {
            continue;
        }
        if let Some(pts) = closed(&s.target_scores).filter(|_| !multi && s.has_targets) {
            line(
                area,
                &pts,
                pal.series[1].to_rgba(),
                2,
                Some((8.0, 5.0)),
                scale,
            )?;
        }
        let alpha = if multi { 0.07 } else { 0.22 };
        area.draw(&Polygon::new(pts.clone(), color.mix(alpha).filled()))?;
        let mut outline = pts.clone();
        outline.push(pts[0]);
        let dash = if multi {
            DASHES[k % DASHES.len()]
        } else {
            None
        };
        line(area, &outline, color.to_rgba(), 2, dash, scale)?;
        let r = (f * 0.3) as i32;
        for pt in &pts {
            draw_marker(
                area,
                if multi { marker(k) } else { Marker::Circle },
                *pt,
                r,
                color.to_rgba(),
                true,
            )?;
        }
    }

    // Legend.
    if !items.is_empty() {
        for (j, (label, k)) in items.iter().enumerate() {
            let x = f * 0.5 + (j % per_line) as f64 * item_w;
            let y = h - legend_h + f * (1.0 + 1.6 * (j / per_line) as f64);
            let (color, dash, m) = if *k == usize::MAX {
                (pal.series[1], Some((8.0, 5.0)), None)
            } else if *k == REF {
                (pal.reference, Some((5.0, 4.0)), None)
            } else {
                (
                    pal.series[k % pal.series.len()],
                    if multi {
                        DASHES[k % DASHES.len()]
                    } else {
                        None
                    },
                    Some(if multi { marker(*k) } else { Marker::Circle }),
                )
            };
            line(
                area,
                &[p(x, y), p(x + 2.4 * f, y)],
                color.to_rgba(),
                2,
                dash,
                scale,
            )?;
            if let Some(m) = m {
                draw_marker(
                    area,
                    m,
                    p(x + 1.2 * f, y),
                    (f * 0.3) as i32,
                    color.to_rgba(),
                    true,
                )?;
            }
            let label = ellipsize(label, data.look.small(f, 0.9), item_w - 3.2 * f);
            text(
                area,
                &label,
                p(x + 2.9 * f, y),
                data.look.small(f, 0.9),
                &pal.ink,
                HPos::Left,
                VPos::Center,
            )?;
        }
    }
    Ok(())
}

/// A family's name at the end of its spoke, before it is drawn.
struct SpokeLabel {
    lines: Vec<String>,
    /// Where it is anchored, and how.
    x: f64,
    hpos: HPos,
    /// The centre of its first line.
    first: f64,
    width: f64,
    /// Below the centre (moved down to make room), or above (moved up).
    below: bool,
    color: RGBColor,
}

impl SpokeLabel {
    fn span_x(&self) -> (f64, f64) {
        match self.hpos {
            HPos::Left => (self.x, self.x + self.width),
            HPos::Right => (self.x - self.width, self.x),
            HPos::Center => (self.x - self.width / 2.0, self.x + self.width / 2.0),
        }
    }

    fn span_y(&self, f: f64) -> (f64, f64) {
        let n = self.lines.len() as f64;
        (
            self.first - 0.6 * f,
            self.first + (n - 1.0) * 1.1 * f + 0.6 * f,
        )
    }
}

/// Moves the spokes' labels apart where they would sit on one another (small radars, long
/// names): from the horizontal axis outwards, a label that meets one already placed goes
/// further from the centre, down below it, up above it, within the chart's height `h`. Says
/// whether they all ended apart.
fn apart(labels: &mut [SpokeLabel], f: f64, h: f64) -> bool {
    let meets = |a: &SpokeLabel, b: &SpokeLabel| {
        let ((ax0, ax1), (bx0, bx1)) = (a.span_x(), b.span_x());
        let ((ay0, ay1), (by0, by1)) = (a.span_y(f), b.span_y(f));
        ax0 < bx1 - 0.5 && bx0 < ax1 - 0.5 && ay0 < by1 - 0.5 && by0 < ay1 - 0.5
    };
    let mut order: Vec<usize> = (0..labels.len()).collect();
    // Nearest the horizontal axis first: those are where the labels crowd.
    let mid = h / 2.0;
    order.sort_by(|&a, &b| {
        let da = (labels[a].first - mid).abs();
        let db = (labels[b].first - mid).abs();
        da.total_cmp(&db)
    });
    let mut placed: Vec<usize> = Vec::with_capacity(labels.len());
    for &i in &order {
        for _ in 0..labels.len() {
            let Some(&other) = placed.iter().find(|&&j| meets(&labels[i], &labels[j])) else {
                break;
            };
            let (oy0, oy1) = labels[other].span_y(f);
            let (y0, y1) = labels[i].span_y(f);
            let shift = if labels[i].below {
                oy1 - y0 + 0.05 * f
            } else {
                oy0 - y1 - 0.05 * f
            };
            labels[i].first += shift;
        }
        // Within the chart, whatever it costs.
        let (y0, y1) = labels[i].span_y(f);
        if y1 > h {
            labels[i].first -= y1 - h;
        } else if y0 < 0.0 {
            labels[i].first -= y0;
        }
        placed.push(i);
    }
    (0..labels.len()).all(|i| (i + 1..labels.len()).all(|j| !meets(&labels[i], &labels[j])))
}

/// Where the radar lies in a `w × h` area: its text size, legend, centre and radius (shared by
/// the drawing and by pointing at it on screen).
pub struct RadarLayout {
    /// Text size.
    pub f: f64,
    /// Whether several assessments are drawn.
    pub multi: bool,
    /// Legend items: label and series (`usize::MAX`: target, [`REF`]: reference).
    pub items: Vec<(String, usize)>,
    /// Legend items per line.
    pub per_line: usize,
    /// Width of a legend item.
    pub item_w: f64,
    /// Height of the legend.
    pub legend_h: f64,
    /// Width of the families' labels.
    pub label_w: f64,
    /// Radius of the 100 ring.
    pub radius: f64,
    /// Centre.
    pub cx: f64,
    /// Centre.
    pub cy: f64,
    /// Number of spokes.
    pub n: usize,
}

/// The legend item of a reference.
pub const REF: usize = usize::MAX - 1;

impl RadarLayout {
    /// The angle of spoke `i`.
    pub fn angle(&self, i: usize) -> f64 {
        -FRAC_PI_2 + TAU * i as f64 / self.n.max(1) as f64
    }

    /// The family whose spoke or label is nearest the point (x, y), if within the chart.
    pub fn family_at(&self, x: f64, y: f64) -> Option<usize> {
        let (dx, dy) = (x - self.cx, y - self.cy);
        let r = dx.hypot(dy);
        if self.n < 3 || r > self.radius + self.label_w || r < self.radius * 0.05 {
            return None;
        }
        let a = dy.atan2(dx) + FRAC_PI_2;
        let step = TAU / self.n as f64;
        Some(((a.rem_euclid(TAU) / step).round() as usize) % self.n)
    }
}

/// The radar's layout in a `w × h` area.
pub fn layout(data: &ChartData, w: f64, h: f64) -> RadarLayout {
    let f = data.look.font(h.min(w) / 42.0, 9.0, 14.0);
    let multi = data.series.len() > 1;
    let l = data.labels.lang;
    let mut items: Vec<(String, usize)> = Vec::new();
    if multi {
        items.extend(
            data.series
                .iter()
                .enumerate()
                .map(|(k, s)| (s.label.clone(), k)),
        );
    } else if data.series.iter().any(|s| s.has_targets) {
        items.push((l.t("chart-legend-reached-score").to_string(), 0));
        items.push((l.t("chart-legend-target-score").to_string(), usize::MAX));
    }
    if let Some(rf) = &data.reference {
        if !multi && !data.series.is_empty() && items.is_empty() {
            items.push((l.t("chart-legend-reached-score").to_string(), 0));
        }
        items.push((rf.label.clone(), REF));
    }
    let labels: Vec<String> = items.iter().map(|(s, _)| s.clone()).collect();
    let (per_line, item_w) = legend_layout(&labels, data.look.small(f, 0.9), w - f, 3.2 * f);
    let legend_lines = items.len().div_ceil(per_line);
    let legend_h = f * (0.5 + 1.6 * legend_lines as f64);
    let label_w = (f * 8.0).min(w * 0.22);
    let radius = ((w / 2.0 - label_w - f).min((h - legend_h) / 2.0 - 2.6 * f)).max(20.0);
    let (cx, cy) = (w / 2.0, (h - legend_h) / 2.0);
    RadarLayout {
        f,
        multi,
        items,
        per_line,
        item_w,
        legend_h,
        label_w,
        radius,
        cx,
        cy,
        n: data.families.len(),
    }
}
