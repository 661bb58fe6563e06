//! One layout that adapts, decided each frame from the width there is (in points), never from
//! widths remembered: three columns on a wide screen, two on a tablet, a small laptop or at a
//! large zoom, one on a phone (with touch-sized targets and larger text); and the menus folded
//! into one where the bar does not fit.

/// Narrower than this, the questionnaire is one column (a phone; a window zoomed twice).
pub const TWO_COLUMNS_FROM: f32 = 720.0;
/// From this width, the families list has a column of its own.
pub const THREE_COLUMNS_FROM: f32 = 1000.0;
/// The narrowest the results column gets beside the questionnaire: below it, the charts' labels
/// would not be readable, so the layout has one column fewer.
pub const MIN_RESULTS: f32 = 340.0;
/// Space between columns.
pub const GAP: f32 = 8.0;

/// How the questionnaire is laid out at a width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Layout {
    /// The families list, the questionnaire, the results, side by side.
    Wide {
        /// Width of the families list.
        families: f32,
        /// Width of the questionnaire.
        ladder: f32,
    },
    /// The questionnaire (with a family stepper) beside the results.
    Medium {
        /// Width of the questionnaire.
        ladder: f32,
    },
    /// One column: a page at a time (questions, results, plan).
    Narrow,
}

impl Layout {
    /// The layout for `width` points. The results get what is left, never less than
    /// [`MIN_RESULTS`].
    pub fn for_width(width: f32) -> Layout {
        if width >= THREE_COLUMNS_FROM {
            let families = (width * 0.17).clamp(170.0, 250.0);
            let rest = width - families - 2.0 * GAP;
            let ladder = (rest * 0.46).clamp(380.0, 620.0).min(rest - MIN_RESULTS);
            Layout::Wide { families, ladder }
        } else if width >= TWO_COLUMNS_FROM {
            let rest = width - GAP;
            let ladder = (rest * 0.5).clamp(340.0, 480.0).min(rest - MIN_RESULTS);
            Layout::Medium { ladder }
        } else {
            Layout::Narrow
        }
    }

    /// Whether there is a column for the families list.
    pub fn has_families_column(self) -> bool {
        matches!(self, Layout::Wide { .. })
    }

    /// The width left for the results at `width`.
    pub fn results_width(self, width: f32) -> f32 {
        match self {
            Layout::Wide { families, ladder } => width - families - ladder - 2.0 * GAP,
            Layout::Medium { ladder } => width - ladder - GAP,
            Layout::Narrow => width,
        }
    }
}

/// The Compare view at `width`: the list's width beside the comparison, or `None` for one
/// column (the list above the comparison).
pub fn compare_list_width(width: f32) -> Option<f32> {
    (width >= THREE_COLUMNS_FROM).then(|| (width * 0.36).clamp(360.0, 560.0))
}

/// Whether the menu bar fits at `width` (else its menus fold into one).
pub fn menu_bar_fits(width: f32) -> bool {
    width >= TWO_COLUMNS_FROM
}

/// The style of a layout: on one column, text of at least 16 points and touch targets of at
/// least 44 (a finger, not a pointer); on a touch screen of any width, the touch targets;
/// elsewhere egui's own.
pub fn style_for(layout: Layout, touch: bool, base: &egui::Style) -> egui::Style {
    let mut style = base.clone();
    let default = egui::Style::default();
    style.text_styles = default.text_styles.clone();
    style.spacing = default.spacing.clone();
    if touch || layout == Layout::Narrow {
        style.spacing.interact_size.y = 44.0;
        style.spacing.icon_width = 22.0;
        style.spacing.icon_width_inner = 12.0;
        style.spacing.button_padding = egui::vec2(12.0, 8.0);
        style.spacing.item_spacing = egui::vec2(10.0, 6.0);
    }
    if layout == Layout::Narrow {
        use egui::{FontFamily, FontId, TextStyle};
        for (text, size) in [
            (TextStyle::Small, 13.0),
            (TextStyle::Body, 16.0),
            (TextStyle::Button, 16.0),
            (TextStyle::Heading, 21.0),
            (TextStyle::Monospace, 15.0),
        ] {
            let family = if text == TextStyle::Monospace {
                FontFamily::Monospace
            } else {
                FontFamily::Proportional
            };
            style.text_styles.insert(text, FontId::new(size, family));
        }
    }
    style
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_follow_the_width_and_the_results_keep_their_room() {
        for w in [1000.0, 1024.0, 1280.0, 1600.0, 1920.0, 3000.0] {
            let l = Layout::for_width(w);
            assert!(l.has_families_column(), "{w}");
            assert!(l.results_width(w) >= MIN_RESULTS, "{w}: {l:?}");
        }
        for w in [720.0, 768.0, 820.0, 900.0, 999.0] {
            let l = Layout::for_width(w);
            assert!(matches!(l, Layout::Medium { .. }), "{w}: {l:?}");
            assert!(l.results_width(w) >= MIN_RESULTS, "{w}: {l:?}");
        }
        for w in [320.0, 360.0, 390.0, 412.0, 640.0, 719.0] {
            assert_eq!(Layout::for_width(w), Layout::Narrow);
        }
    }

    #[test]
    fn one_column_has_touch_targets_and_large_text() {
        let base = egui::Style::default();
        let phone = style_for(Layout::Narrow, false, &base);
        assert!(phone.spacing.interact_size.y >= 44.0);
        let body = &phone.text_styles[&egui::TextStyle::Body];
        assert!(body.size >= 16.0);
        let desk = style_for(Layout::for_width(1280.0), false, &phone);
        assert_eq!(desk.spacing.interact_size, base.spacing.interact_size);
    }
}
