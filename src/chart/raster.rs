//! The raster backend of the charts (PNG files and the screen): plotters' bitmap backend, with
//! text laid out glyph by glyph at sub-pixel pen positions with each glyph's side bearing, where
//! plotters' own text drawing drops the bearings and rounds each glyph's height on its own
//! (uneven letter spacing, letters a pixel above their neighbours).

use super::style::font;
use ab_glyph::{Font, ScaleFont, point};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendTextStyle, DrawingErrorKind, FontTransform,
};

/// A bitmap backend whose text is drawn properly.
pub struct Raster<'a> {
    inner: BitMapBackend<'a>,
}

impl<'a> Raster<'a> {
    /// Draws into `buf`, RGB, `w` × `h` pixels.
    pub fn new(buf: &'a mut [u8], (w, h): (u32, u32)) -> Self {
        Raster {
            inner: BitMapBackend::with_buffer(buf, (w, h)),
        }
    }
}

type Error<'a> = DrawingErrorKind<<BitMapBackend<'a> as DrawingBackend>::ErrorType>;

impl<'a> DrawingBackend for Raster<'a> {
    type ErrorType = <BitMapBackend<'a> as DrawingBackend>::ErrorType;

    super::forward::forward_drawing!(Error<'a>);

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), Error<'a>> {
        Ok(crate::chart::style::text_box(text, style.size()))
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result<(), Error<'a>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        if !matches!(style.transform(), FontTransform::None) {
            return self.inner.draw_text(text, style, pos);
        }
        // The same box as plotters lays out (so anchors place text where they always did): the
        // width of the advances, size / 1.24 high, the baseline size / 2 below its top.
        let (w, h) = crate::chart::style::text_box(text, style.size());
        let (w, h) = (w as i32, h as i32);
        let anchor = style.anchor();
        let left = pos.0
            + match anchor.h_pos {
                HPos::Left => 0,
                HPos::Center => -w / 2,
                HPos::Right => -w,
            };
        let top = pos.1
            + match anchor.v_pos {
                VPos::Top => 0,
                VPos::Center => -h / 2,
                VPos::Bottom => -h,
            };
        let size = style.size() as f32;
        let scaled = font().as_scaled(size);
        let baseline = top as f32 + size / 2.0;
        let (width, height) = self.get_size();
        let mut pen = left as f32;
        let mut previous = None;
        for c in text.chars() {
            let id = scaled.glyph_id(c);
            if let Some(p) = previous {
                pen += scaled.kern(p, id);
            }
            previous = Some(id);
            let glyph = id.with_scale_and_position(size, point(pen, baseline));
            pen += scaled.h_advance(id);
            let Some(outline) = font().outline_glyph(glyph) else {
                continue;
            };
            let bounds = outline.px_bounds();
            let mut result = Ok(());
            outline.draw(|gx, gy, coverage| {
                let x = bounds.min.x as i32 + gx as i32;
                let y = bounds.min.y as i32 + gy as i32;
                let inside = x >= 0 && y >= 0 && (x as u32) < width && (y as u32) < height;
                if inside && coverage > 0.0 && result.is_ok() {
                    result = self.inner.draw_pixel(
                        (x, y),
                        BackendColor {
                            alpha: color.alpha * f64::from(coverage.min(1.0)),
                            rgb: color.rgb,
                        },
                    );
                }
            });
            result?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::style::{FONT, register_font};
    use plotters::style::text_anchor::Pos;

    /// Renders `text` in black at (40, 40), anchored left/top, size 40; returns the pixels.
    fn render(text: &str) -> (Vec<u8>, u32) {
        register_font();
        let (w, h) = (400u32, 120u32);
        let mut buf = vec![255u8; (w * h * 3) as usize];
        {
            let area = Raster::new(&mut buf, (w, h)).into_drawing_area();
            let style = (FONT, 40.0)
                .into_font()
                .color(&BLACK)
                .pos(Pos::new(HPos::Left, VPos::Top));
            area.draw(&Text::new(text.to_string(), (40, 40), style))
                .unwrap();
            area.present().unwrap();
        }
        (buf, w)
    }

    /// Ink-weighted mean column of the pixels in columns `from..to`, and their lowest ink row.
    fn centre_and_bottom(buf: &[u8], w: u32, from: u32, to: u32) -> (f64, u32) {
        let (mut sum, mut weight, mut bottom) = (0.0, 0.0, 0);
        for (i, px) in buf.chunks(3).enumerate() {
            let (x, y) = (i as u32 % w, i as u32 / w);
            let ink = f64::from(255 - px[0]);
            if (from..to).contains(&x) && ink > 0.0 {
                sum += f64::from(x) * ink;
                weight += ink;
                if ink > 127.0 {
                    bottom = bottom.max(y);
                }
            }
        }
        (sum / weight, bottom)
    }

    #[test]
    fn glyphs_sit_where_their_metrics_put_them() {
        let scaled = font().as_scaled(40.0);
        let advance = |c| scaled.h_advance(scaled.glyph_id(c)) as f64;
        // `o` is symmetric: its ink is centred on its advance, its side bearings included.
        let (buf, w) = render("o");
        let (centre, _) = centre_and_bottom(&buf, w, 0, w);
        let expected = 40.0 + advance('o') / 2.0;
        assert!(
            (centre - expected).abs() < 0.5,
            "`o` is centred at {centre:.2}, its metrics say {expected:.2}"
        );
        // `n` and `u` stand on one baseline, and `u` starts one advance after `n`.
        let (buf, w) = render("nu");
        let split = 40 + advance('n') as u32;
        let (_, n_bottom) = centre_and_bottom(&buf, w, 0, split);
        let (u_centre, u_bottom) = centre_and_bottom(&buf, w, split, w);
        assert_eq!(n_bottom, u_bottom, "`n` and `u` on one baseline");
        let (alone, _) = render("u");
        let (u_alone, _) = centre_and_bottom(&alone, w, 0, w);
        let shift = u_centre - u_alone;
        let kern = f64::from(scaled.kern(scaled.glyph_id('n'), scaled.glyph_id('u')));
        assert!(
            (shift - advance('n') - kern).abs() < 0.5,
            "`u` follows `n` by {shift:.2} px, its advance is {:.2}",
            advance('n') + kern
        );
    }
}
