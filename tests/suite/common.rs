//! What the GUI test files share: the app's options for a test, and a harness that shows it.

use egui_kittest::Harness;
use retail_maturity::Lang;
use retail_maturity::gui::settings::Settings;
use retail_maturity::gui::{App, Options};
use std::path::Path;

/// Options for a test: language `lang`, no file dialog, exports into `exports`.
pub fn options(lang: Lang, exports: &Path) -> Options {
    Options {
        lang: Some(lang),
        dialogs: false,
        exports_dir: Some(exports.to_path_buf()),
        ..Options::default()
    }
}

/// The app with `options` and default settings in a 1280×800 window, its first frames run.
pub fn harness(options: Options) -> Harness<'static, App> {
    let app = App::new(options, Settings::default());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut App| app.show(ui), app);
    h.run();
    h
}
