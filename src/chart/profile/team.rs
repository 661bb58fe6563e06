//! A team's answers under the consolidated profile: for each row the band from the lowest to the
//! highest level answered, and at each level how many respondents chose it (a ring, with the
//! count when more than one).

use super::ProfileGeometry;
use crate::chart::data::TeamRow;
use crate::chart::look::Palette;
use crate::chart::style::*;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Draws the team's rows.
pub(super) fn draw<DB: DrawingBackend>(
    area: &Area<DB>,
    g: &ProfileGeometry,
    rows: &[TeamRow],
    applies: impl Fn(usize) -> bool,
    r: i32,
    pal: &Palette,
    min_font: f64,
) -> Drawn<DB> {
    let half = g.row_height * 0.32;
    for (i, row) in rows.iter().enumerate().filter(|(i, _)| applies(*i)) {
        let y = g.row_y(i);
        if let (Some(lo), Some(hi)) = (row.min, row.max) {
            let fill = if row.disagreement {
                pal.disagreement
            } else {
                pal.agreement
            };
            let (x0, x1) = (
                g.level_x(lo) - f64::from(r) * 1.6,
                g.level_x(hi) + f64::from(r) * 1.6,
            );
            area.draw(&Rectangle::new(
                [p(x0, y - half), p(x1, y + half)],
                fill.filled(),
            ))?;
        }
        for (level, &count) in row.counts.iter().enumerate() {
            if count == 0 {
                continue;
            }
            let c = p(g.level_x(level as u8), y);
            let ring = (f64::from(r) * 1.7).min(half * 0.95) as i32;
            area.draw(&Circle::new(
                c,
                ring.max(3),
                ShapeStyle::from(pal.muted).stroke_width(1),
            ))?;
            if count > 1 {
                text(
                    area,
                    &count.to_string(),
                    (c.0 + ring + 2, c.1 - ring),
                    (g.font * 0.72).max(min_font),
                    &pal.muted,
                    HPos::Left,
                    VPos::Center,
                )?;
            }
        }
    }
    Ok(())
}
