//! The profile's axis band: the ends of both axes as the table labels them, the axis's name
//! when it fits whole, the column numbers and the in-store column's head (on two lines when
//! one is too narrow).

use super::ProfileGeometry;
use crate::chart::data::ChartData;
use crate::chart::style::*;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Draws the axis band above the grid of `g`.
pub(super) fn draw<DB: DrawingBackend>(
    area: &Area<DB>,
    data: &ChartData,
    g: &ProfileGeometry,
) -> Drawn<DB> {
    let pal = &data.look.palette;
    let f = g.font;
    let l = &data.labels;
    let y_axis = g.grid_top - f * 2.5;
    let (left, right) = axis_ends(data, g);
    text(
        area,
        &left,
        p(g.grid_left, y_axis),
        f,
        &pal.muted,
        HPos::Left,
        VPos::Center,
    )?;
    text(
        area,
        &right,
        p(g.store_left - 2.0, y_axis),
        f,
        &pal.muted,
        HPos::Right,
        VPos::Center,
    )?;
    let mid = (g.level_x(1) + g.level_x(5)) / 2.0;
    // The axis's name between its two ends, in the room they leave (none: not drawn).
    let left_end = g.grid_left + text_width(&left, f);
    let right_start = g.store_left - 2.0 - text_width(&right, f);
    let room = ((mid - left_end).min(right_start - mid) * 2.0 - f * 2.0).min(g.col_width * 2.2);
    // Whole or not at all: a cut axis name ("COMPLEXITY LE…") reads as a fault.
    let axis_name = if text_width(&l.complexity, data.look.small(f, 0.9)) <= room {
        l.complexity.clone()
    } else {
        String::new()
    };
    text(
        area,
        &axis_name,
        p(mid, y_axis),
        data.look.small(f, 0.9),
        &pal.ink,
        HPos::Center,
        VPos::Center,
    )?;
    let y_cols = g.grid_top - f * 0.9;
    for level in 0..=5u8 {
        text(
            area,
            &level.to_string(),
            p(g.level_x(level), y_cols),
            f,
            &pal.ink,
            HPos::Center,
            VPos::Center,
        )?;
    }
    let head_size = data.look.small(f, 0.85);
    let head = store_head(data, g);
    for (i, line) in head.iter().enumerate() {
        let above = (head.len() - 1 - i) as f64;
        text(
            area,
            line,
            p(g.store_x(), y_cols - above * head_size * 1.15),
            head_size,
            &pal.ink,
            HPos::Center,
            VPos::Center,
        )?;
    }
    Ok(())
}

/// The in-store column's head: one line when it fits, else its first word above the rest
/// ("En / magasin"), else cut.
pub(super) fn store_head(data: &ChartData, g: &ProfileGeometry) -> Vec<String> {
    let l = &data.labels;
    let head_size = data.look.small(g.font, 0.85);
    let head_room = g.store_width + g.col_width * 0.3;
    let fits = |s: &str| text_width(s, head_size) <= head_room;
    match l.in_store.split_once(' ') {
        _ if fits(&l.in_store) => vec![l.in_store.clone()],
        Some((first, rest)) if fits(first) && fits(rest) => vec![first.into(), rest.into()],
        _ => vec![ellipsize(&l.in_store, head_size, head_room)],
    }
}

/// The axis's two ends as the table says them ("Simple · Common", "Advanced · Innovative"),
/// else their first words, else each cut to half the room: never one over the other.
pub(super) fn axis_ends(data: &ChartData, g: &ProfileGeometry) -> (String, String) {
    let (f, l) = (g.font, &data.labels);
    let room = g.store_left - 2.0 - g.grid_left;
    let gap = f * 1.2;
    let full = (
        format!("{} · {}", l.simple, l.common),
        format!("{} · {}", l.advanced, l.innovative),
    );
    let short = (l.simple.clone(), l.advanced.clone());
    let fits = |(a, b): &(String, String)| text_width(a, f) + gap + text_width(b, f) <= room;
    if fits(&full) {
        full
    } else if fits(&short) {
        short
    } else {
        let half = (room - gap) / 2.0;
        (ellipsize(&short.0, f, half), ellipsize(&short.1, f, half))
    }
}
