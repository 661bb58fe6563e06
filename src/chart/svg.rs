//! The SVG backend of the charts: plotters' own, with text sizes turned into the font's em
//! (what SVG's `font-size` means), so that text takes the width the layout measured for it.

use super::style::em_per_size;
use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendTextStyle, DrawingErrorKind, FontFamily, FontStyle,
    FontTransform, text_anchor,
};

/// A text style whose size is `factor` times another's.
struct Scaled<'a, T: BackendTextStyle>(&'a T, f64);

impl<T: BackendTextStyle> BackendTextStyle for Scaled<'_, T> {
    type FontError = T::FontError;

    fn color(&self) -> BackendColor {
        self.0.color()
    }

    fn size(&self) -> f64 {
        self.0.size() * self.1
    }

    fn transform(&self) -> FontTransform {
        self.0.transform()
    }

    fn style(&self) -> FontStyle {
        self.0.style()
    }

    fn anchor(&self) -> text_anchor::Pos {
        self.0.anchor()
    }

    fn family(&self) -> FontFamily<'_> {
        self.0.family()
    }

    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        self.0.layout_box(text)
    }

    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        text: &str,
        pos: BackendCoord,
        draw: F,
    ) -> Result<Result<(), E>, Self::FontError> {
        self.0.draw(text, pos, draw)
    }
}

/// An SVG document being drawn.
pub struct Svg<'a> {
    inner: SVGBackend<'a>,
}

impl<'a> Svg<'a> {
    /// Draws into `out`, `w` × `h`.
    pub fn new(out: &'a mut String, (w, h): (u32, u32)) -> Self {
        Svg {
            inner: SVGBackend::with_string(out, (w, h)),
        }
    }
}

type Error<'a> = DrawingErrorKind<<SVGBackend<'a> as DrawingBackend>::ErrorType>;

impl<'a> DrawingBackend for Svg<'a> {
    type ErrorType = <SVGBackend<'a> as DrawingBackend>::ErrorType;

    super::forward::forward_drawing!(Error<'a>);

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result<(), Error<'a>> {
        let scaled = Scaled(style, f64::from(em_per_size()));
        self.inner.draw_text(text, &scaled, pos)
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), Error<'a>> {
        Ok(super::style::text_box(text, style.size()))
    }
}
