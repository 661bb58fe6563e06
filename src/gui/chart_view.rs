//! A chart on screen: drawn by the same code as the exports into egui shapes (see
//! [`super::chart_painter`]), in the theme's colours and at least the body text's size, kept
//! until what it shows, its size or the zoom change, and tessellated once where it stands; and
//! what the pointer is over.

use super::chart_painter::ShapeBackend;
use crate::chart::look::{Look, Palette};

use crate::chart::{self, ChartData, ChartKind};
use egui::{Response, Sense, Shape, Vec2};
use plotters::prelude::*;

/// What a chart's shapes were drawn from: they are drawn again only when this changes.
#[derive(PartialEq)]
struct ShapeKey {
    /// Which data ([`ChartView::data`] counts the data it made).
    data: u64,
    kind: ChartKind,
    pixels: [u32; 2],
    ppp: u32,
}

/// Where and how the kept shapes were tessellated into one mesh: the shapes (the count of
/// draws), their place on screen (bits), the font atlas's size (text's texture coordinates are
/// relative to it) and the tessellation's options.
type MeshKey = (
    usize,
    [u32; 2],
    [usize; 2],
    egui::epaint::TessellationOptions,
);

/// What a least height was computed for: the data made, the kind, the width and the zoom (as
/// bits).
type LeastKey = (u64, ChartKind, u32, u32);

/// A chart kept between frames: its data, made when what it shows changes, and its shapes,
/// drawn when the data, the kind, the size or the zoom change.
#[derive(Default)]
pub struct ChartView {
    data: Option<(u64, Look, ChartData)>,
    /// How many times data was made (the shapes' key).
    made: u64,
    shapes: Option<(ShapeKey, Vec<Shape>)>,
    /// The shapes tessellated where they were last shown: an idle frame hands egui this one
    /// mesh instead of a thousand shapes to clone, move and tessellate again.
    mesh: Option<(MeshKey, Shape)>,
    /// The least height last asked for, and what it was computed for (the legend's text is
    /// measured glyph by glyph: a tenth of an idle frame when done every frame).
    least: std::cell::Cell<Option<(LeastKey, f32)>>,
    /// How many times a chart was drawn (the mesh's key; for tests and benchmarks).
    pub draws: usize,
    /// The row (or family, or point) pointed at in the last frame.
    pub pointed: Option<usize>,
}

/// What the pointer is over.
pub struct Pointed {
    /// The chart's response (hover, click).
    pub response: Response,
    /// A profile's row, or the family of a radar's spoke or a changes chart's bar.
    pub row: Option<usize>,
    /// A point of the score over time (its series).
    pub point: Option<usize>,
}

/// The look of charts on screen: the theme's palette, text no smaller than the body text.
pub fn screen_look(ui: &egui::Ui) -> Look {
    let body = egui::TextStyle::Body.resolve(ui.style()).size;
    Look {
        palette: if ui.visuals().dark_mode {
            Palette::DARK
        } else {
            Palette::LIGHT
        },
        min_font: f64::from(
            body * ui.ctx().pixels_per_point() / crate::chart::style::em_per_size(),
        ),
    }
}

impl ChartView {
    /// The chart's data for `source` (a key of what it shows: the answers' generation, the
    /// language…) in `look`: made by `make` only when one of them changed since the last frame.
    pub fn data(
        &mut self,
        source: u64,
        look: Look,
        make: impl FnOnce() -> ChartData,
    ) -> &ChartData {
        let kept = self
            .data
            .as_ref()
            .is_some_and(|(s, l, _)| *s == source && *l == look);
        if !kept {
            let mut data = make();
            data.look = look;
            self.made += 1;
            self.data = Some((source, look, data));
        }
        &self.data.as_ref().expect("just made").2
    }

    /// Shows `kind` of the data made last ([`ChartView::data`]) in `size` points; says what the
    /// pointer is over.
    pub fn ui(&mut self, ui: &mut egui::Ui, kind: ChartKind, size: Vec2) -> Pointed {
        let (rect, response) = ui.allocate_exact_size(size, Sense::click());
        let Some((_, _, data)) = &self.data else {
            return Pointed {
                response,
                row: None,
                point: None,
            };
        };
        let alt = data.alt.clone();
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &alt));
        let ppp = ui.ctx().pixels_per_point();
        let pixels = [
            ((size.x * ppp).round() as u32).max(1),
            ((size.y * ppp).round() as u32).max(1),
        ];
        let key = ShapeKey {
            data: self.made,
            kind,
            pixels,
            ppp: ppp.to_bits(),
        };
        if !self.shapes.as_ref().is_some_and(|(k, _)| *k == key) {
            let mut shapes = Vec::new();
            {
                let backend = ShapeBackend::new(ui.ctx(), (pixels[0], pixels[1]), ppp, &mut shapes);
                let area = backend.into_drawing_area();
                let _ = area.fill(&data.look.palette.background);
                let margin = (f64::from(pixels[0]) * 0.012) as i32;
                let _ = chart::draw_body(&area, data, kind, margin);
            }
            self.draws += 1;
            self.shapes = Some((key, shapes));
        }
        if ui.is_rect_visible(rect) {
            let shapes = self.shapes.as_ref().map_or(&[][..], |(_, s)| s.as_slice());
            let mesh = tessellated(&mut self.mesh, self.draws, shapes, ui.ctx(), rect.min);
            ui.painter_at(rect).add(mesh);
        }
        let (mut row, mut point) = (None, None);
        if let Some(pos) = response.hover_pos() {
            let (x, y) = (
                f64::from((pos.x - rect.min.x) * ppp),
                f64::from((pos.y - rect.min.y) * ppp),
            );
            let (w, h) = (f64::from(pixels[0]), f64::from(pixels[1]));
            match kind {
                ChartKind::Profile => row = chart::profile::row_at(data, w, h, x, y),
                ChartKind::Radar => row = chart::radar::layout(data, w, h).family_at(x, y),
                ChartKind::Deltas => row = chart::deltas::row_at(data, h, y),
                ChartKind::Trend => point = chart::trend::point_at(data, w, h, x, y),
                ChartKind::Matrix => row = chart::matrix::step_at(data, w, h, x, y),
                ChartKind::All => {}
            }
        }
        self.pointed = row.or(point);
        Pointed {
            response,
            row,
            point,
        }
    }

    /// The least height (points) at which `kind` of the data made last, `width` points wide,
    /// keeps its labels readable and apart ([`chart::min_height`]).
    pub fn least_height(&self, ui: &egui::Ui, kind: ChartKind, width: f32) -> f32 {
        let ppp = ui.ctx().pixels_per_point();
        let key = (self.made, kind, width.to_bits(), ppp.to_bits());
        if let Some((k, h)) = self.least.get()
            && k == key
        {
            return h;
        }
        let ppp = f64::from(ppp);
        let h = self.data.as_ref().map_or(0.0, |(_, _, d)| {
            (chart::min_height(d, kind, f64::from(width) * ppp) / ppp) as f32
        });
        self.least.set(Some((key, h)));
        h
    }

    /// The smallest text of the chart, in pixels.
    pub fn smallest_text(&self) -> Option<f32> {
        let (key, shapes) = self.shapes.as_ref()?;
        let ppp = f32::from_bits(key.ppp);
        shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text(t) => t
                    .galley
                    .job
                    .sections
                    .first()
                    .map(|x| x.format.font_id.size * ppp),
                _ => None,
            })
            .min_by(f32::total_cmp)
    }

    /// Each text of the chart as last drawn, with the rectangle its glyphs cover, in points
    /// from the chart's top left corner; and the chart's size in points (tests check that no
    /// label sits on another, at every size).
    pub fn text_boxes(&self) -> (Vec2, Vec<(String, egui::Rect)>) {
        let Some((key, shapes)) = self.shapes.as_ref() else {
            return (Vec2::ZERO, Vec::new());
        };
        let ppp = f32::from_bits(key.ppp);
        let size = Vec2::new(key.pixels[0] as f32, key.pixels[1] as f32) / ppp;
        let boxes = shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text(t) if !t.galley.job.text.trim().is_empty() => {
                    Some((t.galley.job.text.clone(), t.visual_bounding_rect()))
                }
                _ => None,
            })
            .collect();
        (size, boxes)
    }

    /// The chart's background colour (its first shape).
    pub fn background(&self) -> Option<egui::Color32> {
        match self.shapes.as_ref()?.1.first()? {
            Shape::Rect(r) => Some(r.fill),
            _ => None,
        }
    }
}

/// `shapes` moved to `at` and tessellated, as one mesh: made again only when they,
/// their place, the font atlas's size or the tessellation's options changed.
fn tessellated(
    kept: &mut Option<(MeshKey, Shape)>,
    drawn: usize,
    shapes: &[Shape],
    ctx: &egui::Context,
    at: egui::Pos2,
) -> Shape {
    let options = ctx.tessellation_options(|o| *o);
    let atlas = ctx.fonts(|f| f.font_image_size());
    let key = (drawn, [at.x.to_bits(), at.y.to_bits()], atlas, options);
    if let Some((k, mesh)) = kept
        && *k == key
    {
        return mesh.clone();
    }
    // The atlas's pre-drawn discs are not reachable from here: a chart's dots are
    // tessellated as polygons, their edges feathered like every other shape's.
    let ppp = ctx.pixels_per_point();
    let mut tessellator = egui::epaint::Tessellator::new(ppp, options, atlas, Vec::new());
    let mut mesh = egui::Mesh::default();
    for s in shapes {
        let mut s = s.clone();
        s.translate(at.to_vec2());
        tessellator.tessellate_shape(s, &mut mesh);
    }
    let shape = Shape::mesh(mesh);
    *kept = Some((key, shape.clone()));
    shape
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Assessment, Framework, Lang, Scorecard};

    /// The least heights asked for in one frame (one pixel per point) at `widths`.
    fn least_heights(view: &mut ChartView, widths: &[f32]) -> Vec<f32> {
        let ctx = egui::Context::default();
        let mut out = Vec::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            out = widths
                .iter()
                .map(|w| view.least_height(ui, ChartKind::Profile, *w))
                .collect();
        });
        // No renderer here to take the font atlas.
        output.textures_delta.clear();
        out
    }

    #[test]
    fn the_least_height_kept_is_the_one_of_the_width_and_data_asked_for() {
        let fw = Framework::builtin();
        let a = Assessment::blank(fw);
        let card = Scorecard::compute(fw, &a);
        let mut view = ChartView::default();
        let look = Look {
            palette: Palette::LIGHT,
            min_font: 14.0,
        };
        view.data(1, look, || ChartData::single(fw, &a, &card, Lang::FR));
        let fresh = |view: &ChartView, w: f32| {
            let d = &view.data.as_ref().expect("data made").2;
            chart::min_height(d, ChartKind::Profile, f64::from(w)) as f32
        };
        let (narrow, wide) = (fresh(&view, 240.0), fresh(&view, 1200.0));
        assert_ne!(narrow, wide, "the legend wraps at a narrow width");
        // Asked again and again, at one width then another and back: each time its own.
        let got = least_heights(&mut view, &[240.0, 240.0, 1200.0, 1200.0, 240.0]);
        assert_eq!(got, [narrow, narrow, wide, wide, narrow]);
        // New data (a bigger type): computed again.
        let big = Look {
            min_font: 40.0,
            ..look
        };
        view.data(2, big, || ChartData::single(fw, &a, &card, Lang::FR));
        let again = fresh(&view, 240.0);
        assert_ne!(again, narrow, "bigger type, taller chart");
        assert_eq!(least_heights(&mut view, &[240.0]), [again]);
    }

    #[test]
    fn the_mesh_is_kept_while_the_chart_stays_put_and_made_again_where_it_moves() {
        let ctx = egui::Context::default();
        let shapes = vec![Shape::rect_filled(
            egui::Rect::from_min_size(egui::Pos2::ZERO, Vec2::splat(10.0)),
            0.0,
            egui::Color32::RED,
        )];
        let mut kept = None;
        let mut meshes = Vec::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            for at in [(5.0, 5.0), (5.0, 5.0), (25.0, 5.0)] {
                let at = egui::pos2(at.0, at.1);
                meshes.push(tessellated(&mut kept, 1, &shapes, ui.ctx(), at));
            }
        });
        output.textures_delta.clear();
        let mesh = |s: &Shape| match s {
            Shape::Mesh(m) => m.clone(),
            other => panic!("a mesh, not {other:?}"),
        };
        let (a, b, c) = (mesh(&meshes[0]), mesh(&meshes[1]), mesh(&meshes[2]));
        assert!(
            std::sync::Arc::ptr_eq(&a, &b),
            "kept while the chart stays put"
        );
        assert!(!std::sync::Arc::ptr_eq(&b, &c), "made again where it moved");
        // The same shapes, 20 points to the right.
        let x = |m: &egui::Mesh| m.calc_bounds().center().x;
        assert!((x(&c) - x(&a) - 20.0).abs() < 0.01, "{} {}", x(&a), x(&c));
        assert_eq!(a.vertices.len(), c.vertices.len());
    }
}
