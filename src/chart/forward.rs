//! A backend that wraps another and changes only how text is measured and drawn: every other
//! drawing method passed on to `self.inner`, written once for the SVG and raster backends.

/// Generates, inside an `impl DrawingBackend`, the methods other than text that pass each call
/// on to `self.inner`; `$error` is the wrapper's error type.
macro_rules! forward_drawing {
    ($error:ty) => {
        fn get_size(&self) -> (u32, u32) {
            self.inner.get_size()
        }

        fn ensure_prepared(&mut self) -> Result<(), $error> {
            self.inner.ensure_prepared()
        }

        fn present(&mut self) -> Result<(), $error> {
            self.inner.present()
        }

        fn draw_pixel(
            &mut self,
            point: ::plotters_backend::BackendCoord,
            color: ::plotters_backend::BackendColor,
        ) -> Result<(), $error> {
            self.inner.draw_pixel(point, color)
        }

        fn draw_line<S: ::plotters_backend::BackendStyle>(
            &mut self,
            from: ::plotters_backend::BackendCoord,
            to: ::plotters_backend::BackendCoord,
            style: &S,
        ) -> Result<(), $error> {
            self.inner.draw_line(from, to, style)
        }

        fn draw_rect<S: ::plotters_backend::BackendStyle>(
            &mut self,
            upper_left: ::plotters_backend::BackendCoord,
            bottom_right: ::plotters_backend::BackendCoord,
            style: &S,
            fill: bool,
        ) -> Result<(), $error> {
            self.inner.draw_rect(upper_left, bottom_right, style, fill)
        }

        fn draw_path<
            S: ::plotters_backend::BackendStyle,
            I: IntoIterator<Item = ::plotters_backend::BackendCoord>,
        >(
            &mut self,
            path: I,
            style: &S,
        ) -> Result<(), $error> {
            self.inner.draw_path(path, style)
        }

        fn draw_circle<S: ::plotters_backend::BackendStyle>(
            &mut self,
            center: ::plotters_backend::BackendCoord,
            radius: u32,
            style: &S,
            fill: bool,
        ) -> Result<(), $error> {
            self.inner.draw_circle(center, radius, style, fill)
        }

        fn fill_polygon<
            S: ::plotters_backend::BackendStyle,
            I: IntoIterator<Item = ::plotters_backend::BackendCoord>,
        >(
            &mut self,
            vert: I,
            style: &S,
        ) -> Result<(), $error> {
            self.inner.fill_polygon(vert, style)
        }

        fn blit_bitmap(
            &mut self,
            pos: ::plotters_backend::BackendCoord,
            size: (u32, u32),
            src: &[u8],
        ) -> Result<(), $error> {
            self.inner.blit_bitmap(pos, size, src)
        }
    };
}

pub(crate) use forward_drawing;
