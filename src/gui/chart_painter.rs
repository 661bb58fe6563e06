//! The charts' drawing code on screen: a plotters backend that turns every line, polygon and
//! text into egui shapes — crisp at any zoom and DPI, text in egui's font at the interface's
//! size. The backend works in physical pixels (as the exports do); shapes are in points.
//! (After egui-plotter's backend, MIT, rewritten for egui 0.37.)

use egui::epaint::{Mesh, PathStroke};
use egui::{Color32, FontId, Pos2, Shape, Stroke, StrokeKind, pos2};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use std::fmt;

/// A backend error (egui shapes cannot fail; the type is required).
#[derive(Debug)]
pub struct PaintError;

impl fmt::Display for PaintError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("painting failed")
    }
}

impl std::error::Error for PaintError {}

type Result = std::result::Result<(), DrawingErrorKind<PaintError>>;

/// Collects the shapes of a chart drawn in a `size` pixels area, `ppp` pixels per point,
/// placed at (0, 0).
pub struct ShapeBackend<'a> {
    ctx: &'a egui::Context,
    size: (u32, u32),
    ppp: f32,
    shapes: &'a mut Vec<Shape>,
}

impl<'a> ShapeBackend<'a> {
    /// A backend of `size` pixels, at `ppp` pixels per point, drawing into `shapes`.
    pub fn new(
        ctx: &'a egui::Context,
        size: (u32, u32),
        ppp: f32,
        shapes: &'a mut Vec<Shape>,
    ) -> Self {
        ShapeBackend {
            ctx,
            size,
            ppp,
            shapes,
        }
    }

    fn pos(&self, (x, y): BackendCoord) -> Pos2 {
        pos2(x as f32 / self.ppp, y as f32 / self.ppp)
    }

    fn stroke(&self, style: &impl BackendStyle) -> Stroke {
        Stroke::new(
            (style.stroke_width().max(1) as f32) / self.ppp,
            color(style.color()),
        )
    }
}

fn color(c: BackendColor) -> Color32 {
    let (r, g, b) = c.rgb;
    Color32::from_rgba_unmultiplied(r, g, b, (c.alpha.clamp(0.0, 1.0) * 255.0).round() as u8)
}

/// Whether the polygon `pts` is convex (either winding).
fn convex(pts: &[Pos2]) -> bool {
    let n = pts.len();
    let mut sign = 0.0f32;
    for i in 0..n {
        let (a, b, c) = (pts[i], pts[(i + 1) % n], pts[(i + 2) % n]);
        let cross = (b - a).x * (c - b).y - (b - a).y * (c - b).x;
        if cross.abs() > 1e-3 {
            if sign != 0.0 && cross.signum() != sign {
                return false;
            }
            sign = cross.signum();
        }
    }
    true
}

/// Triangles of a simple polygon, by ear clipping (the radar's polygons and the markers are a
/// few dozen points at most).
fn triangulate(pts: &[Pos2]) -> Vec<[usize; 3]> {
    let area: f32 = (0..pts.len())
        .map(|i| {
            let (a, b) = (pts[i], pts[(i + 1) % pts.len()]);
            a.x * b.y - b.x * a.y
        })
        .sum();
    let ccw = area > 0.0;
    let mut idx: Vec<usize> = (0..pts.len()).collect();
    let mut out = Vec::new();
    let mut guard = 0;
    while idx.len() > 3 && guard < 10_000 {
        guard += 1;
        let n = idx.len();
        let mut clipped = false;
        for i in 0..n {
            let (ia, ib, ic) = (idx[(i + n - 1) % n], idx[i], idx[(i + 1) % n]);
            let (a, b, c) = (pts[ia], pts[ib], pts[ic]);
            let cross = (b - a).x * (c - b).y - (b - a).y * (c - b).x;
            if (cross > 0.0) != ccw || cross.abs() < 1e-6 {
                continue;
            }
            let inside = idx
                .iter()
                .any(|&j| j != ia && j != ib && j != ic && in_triangle(pts[j], a, b, c));
            if !inside {
                out.push([ia, ib, ic]);
                idx.remove(i);
                clipped = true;
                break;
            }
        }
        if !clipped {
            break;
        }
    }
    if idx.len() == 3 {
        out.push([idx[0], idx[1], idx[2]]);
    }
    out
}

fn in_triangle(p: Pos2, a: Pos2, b: Pos2, c: Pos2) -> bool {
    let d = |p1: Pos2, p2: Pos2, p3: Pos2| {
        (p1.x - p3.x) * (p2.y - p3.y) - (p2.x - p3.x) * (p1.y - p3.y)
    };
    let (d1, d2, d3) = (d(p, a, b), d(p, b, c), d(p, c, a));
    let neg = d1 < 0.0 || d2 < 0.0 || d3 < 0.0;
    let pos = d1 > 0.0 || d2 > 0.0 || d3 > 0.0;
    !(neg && pos)
}

impl DrawingBackend for ShapeBackend<'_> {
    type ErrorType = PaintError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }

    fn present(&mut self) -> Result {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, c: BackendColor) -> Result {
        let p = self.pos(point);
        let r = egui::Rect::from_min_size(p, egui::vec2(1.0, 1.0) / self.ppp);
        self.shapes.push(Shape::rect_filled(r, 0.0, color(c)));
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result {
        let stroke = self.stroke(style);
        self.shapes
            .push(Shape::line_segment([self.pos(from), self.pos(to)], stroke));
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        let r = egui::Rect::from_two_pos(self.pos(upper_left), self.pos(bottom_right));
        if fill {
            self.shapes
                .push(Shape::rect_filled(r, 0.0, color(style.color())));
        } else {
            self.shapes.push(Shape::rect_stroke(
                r,
                0.0,
                self.stroke(style),
                StrokeKind::Middle,
            ));
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        let pts: Vec<Pos2> = path.into_iter().map(|c| self.pos(c)).collect();
        if pts.len() >= 2 {
            let stroke = self.stroke(style);
            self.shapes.push(Shape::line(pts, PathStroke::from(stroke)));
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result {
        let (c, r) = (self.pos(center), radius as f32 / self.ppp);
        self.shapes.push(if fill {
            Shape::circle_filled(c, r, color(style.color()))
        } else {
            Shape::circle_stroke(c, r, self.stroke(style))
        });
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result {
        let mut pts: Vec<Pos2> = vert.into_iter().map(|c| self.pos(c)).collect();
        if pts.len() > 1 && pts.first() == pts.last() {
            pts.pop();
        }
        if pts.len() < 3 {
            return Ok(());
        }
        let fill = color(style.color());
        if convex(&pts) {
            self.shapes
                .push(Shape::convex_polygon(pts, fill, PathStroke::NONE));
        } else {
            let mut mesh = Mesh::default();
            for p in &pts {
                mesh.colored_vertex(*p, fill);
            }
            for [a, b, c] in triangulate(&pts) {
                mesh.add_triangle(a as u32, b as u32, c as u32);
            }
            self.shapes.push(Shape::mesh(mesh));
        }
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result {
        let c = color(style.color());
        if c.a() == 0 || text.is_empty() {
            return Ok(());
        }
        // The charts' sizes are the font's whole height; egui's are its em.
        let size = style.size() as f32 * crate::chart::style::em_per_size() / self.ppp;
        let galley = self
            .ctx
            .fonts_mut(|f| f.layout_no_wrap(text.to_string(), FontId::proportional(size), c));
        let anchor = style.anchor();
        let s = galley.size();
        let p = self.pos(pos);
        let x = match anchor.h_pos {
            HPos::Left => p.x,
            HPos::Center => p.x - s.x / 2.0,
            HPos::Right => p.x - s.x,
        };
        let y = match anchor.v_pos {
            VPos::Top => p.y,
            VPos::Center => p.y - s.y / 2.0,
            VPos::Bottom => p.y - s.y,
        };
        self.shapes.push(Shape::galley(pos2(x, y), galley, c));
        Ok(())
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> std::result::Result<(u32, u32), DrawingErrorKind<PaintError>> {
        // Measured as every backend measures, so that text sits where it does in the files.
        Ok(crate::chart::style::text_box(text, style.size()))
    }

    fn blit_bitmap(&mut self, _: BackendCoord, _: (u32, u32), _: &[u8]) -> Result {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ears_cover_a_non_convex_polygon() {
        // A plus sign (the Cross marker): 12 points, 10 triangles.
        let plus = [
            (1.0, 0.0),
            (2.0, 0.0),
            (2.0, 1.0),
            (3.0, 1.0),
            (3.0, 2.0),
            (2.0, 2.0),
            (2.0, 3.0),
            (1.0, 3.0),
            (1.0, 2.0),
            (0.0, 2.0),
            (0.0, 1.0),
            (1.0, 1.0),
        ]
        .map(|(x, y)| pos2(x, y));
        assert!(!convex(&plus));
        let t = triangulate(&plus);
        assert_eq!(t.len(), 10);
        let area: f32 = t
            .iter()
            .map(|[a, b, c]| {
                let (a, b, c) = (plus[*a], plus[*b], plus[*c]);
                ((b - a).x * (c - a).y - (b - a).y * (c - a).x).abs() / 2.0
            })
            .sum();
        assert!((area - 5.0).abs() < 1e-4, "{area}");
        assert!(convex(&[pos2(0.0, 0.0), pos2(1.0, 0.0), pos2(1.0, 1.0)]));
    }
}
