//! How a chart looks: its palette (the light one of printed exports, or the screen's theme) and
//! the smallest text it may use (the body text of the screen, so that chart text grows with the
//! interface's zoom).

use plotters::style::RGBColor;

/// The colours of a chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// Behind everything.
    pub background: RGBColor,
    /// The header band.
    pub header: RGBColor,
    /// Text and axes.
    pub ink: RGBColor,
    /// Secondary text.
    pub muted: RGBColor,
    /// Grid lines and frames.
    pub grid: RGBColor,
    /// Light grid lines (between the tracks of one family, radar rings).
    pub grid_light: RGBColor,
    /// Radar rings and spokes.
    pub ring: RGBColor,
    /// Every other family's rows.
    pub stripe: RGBColor,
    /// Rows of a family that does not apply.
    pub na_fill: RGBColor,
    /// Cells of levels a track does not offer.
    pub unavailable: RGBColor,
    /// Stage bands of the score over time.
    pub band: RGBColor,
    /// A pinned reference.
    pub reference: RGBColor,
    /// A positive change.
    pub up: RGBColor,
    /// A negative change.
    pub down: RGBColor,
    /// A team's range where the respondents agree.
    pub agreement: RGBColor,
    /// A team's range where they disagree.
    pub disagreement: RGBColor,
    /// One colour per series (Okabe–Ito: told apart by colour-blind readers).
    pub series: [RGBColor; 6],
}

impl Palette {
    /// Printed exports and the light theme.
    pub const LIGHT: Palette = Palette {
        background: RGBColor(255, 255, 255),
        header: RGBColor(243, 245, 248),
        ink: RGBColor(40, 44, 52),
        muted: RGBColor(110, 116, 128),
        grid: RGBColor(205, 210, 218),
        grid_light: RGBColor(232, 235, 240),
        ring: RGBColor(226, 229, 235),
        stripe: RGBColor(246, 247, 249),
        na_fill: RGBColor(236, 237, 240),
        unavailable: RGBColor(226, 228, 232),
        band: RGBColor(245, 246, 249),
        reference: RGBColor(120, 124, 132),
        up: RGBColor(0, 114, 178),
        down: RGBColor(213, 94, 0),
        agreement: RGBColor(214, 228, 240),
        disagreement: RGBColor(253, 226, 200),
        series: super::style::SERIES,
    };

    /// The dark theme: the same Okabe–Ito hues, the light ones first.
    pub const DARK: Palette = Palette {
        background: RGBColor(27, 27, 27),
        header: RGBColor(36, 38, 42),
        ink: RGBColor(221, 224, 229),
        muted: RGBColor(150, 156, 166),
        grid: RGBColor(78, 83, 92),
        grid_light: RGBColor(52, 55, 61),
        ring: RGBColor(60, 64, 71),
        stripe: RGBColor(33, 34, 37),
        na_fill: RGBColor(44, 46, 51),
        unavailable: RGBColor(52, 54, 60),
        band: RGBColor(34, 36, 40),
        reference: RGBColor(160, 164, 172),
        up: RGBColor(86, 180, 233),
        down: RGBColor(230, 159, 0),
        agreement: RGBColor(38, 58, 78),
        disagreement: RGBColor(92, 58, 26),
        series: [
            RGBColor(86, 180, 233),
            RGBColor(230, 159, 0),
            RGBColor(0, 158, 115),
            RGBColor(204, 121, 167),
            RGBColor(240, 228, 66),
            RGBColor(213, 94, 0),
        ],
    };
}

/// How a chart looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    /// Its colours.
    pub palette: Palette,
    /// The smallest text size, in pixels (0: the chart's own sizes).
    pub min_font: f64,
}

impl Look {
    /// Printed exports (PNG, SVG, PDF): light, the chart's own text sizes.
    pub const PRINT: Look = Look {
        palette: Palette::LIGHT,
        min_font: 0.0,
    };

    /// A text size `x` kept within `lo..=hi`, and never below the look's smallest text.
    pub fn font(&self, x: f64, lo: f64, hi: f64) -> f64 {
        let lo = lo.max(self.min_font);
        x.clamp(lo, hi.max(lo))
    }
}

impl Look {
    /// A smaller text, `k` times `f`, but never below the look's smallest text.
    pub fn small(&self, f: f64, k: f64) -> f64 {
        (f * k).max(self.min_font)
    }
}

impl Default for Look {
    fn default() -> Look {
        Look::PRINT
    }
}
