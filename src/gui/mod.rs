//! The desktop app (eframe/egui): questionnaire, live results, files. Only this module uses egui.

pub mod app;
pub mod charts;
pub mod compare_view;
pub mod document;
pub mod files;
pub mod keys;
pub mod menu;
pub mod questionnaire;
pub mod results;
pub mod screenshot;
pub mod settings;

pub use app::{App, Options};

use settings::Settings;
use std::path::PathBuf;

/// Storage key of the settings.
const SETTINGS_KEY: &str = "retail-maturity-settings";

/// The eframe wrapper: persistence, window title, screenshots.
struct Shell {
    app: App,
    screenshot: Option<screenshot::Plan>,
    title: String,
}

impl eframe::App for Shell {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.show(ui);
        let title = self.app.title();
        if title != self.title {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if let Some(plan) = &mut self.screenshot {
            plan.step(ui.ctx());
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.app.settings);
    }
}

/// Starts the desktop app; returns an error (never panics) when no window can be opened.
pub fn run(options: Options, screenshot: Option<PathBuf>) -> anyhow::Result<()> {
    if cfg!(target_os = "linux")
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
    {
        anyhow::bail!(
            "no display: DISPLAY and WAYLAND_DISPLAY are not set, so the desktop app cannot open a window.\n\
             The same features work headless: retail-maturity --help (new, validate, score, compare, export)"
        );
    }
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 560.0])
            .with_title("retail-maturity")
            .with_drag_and_drop(true),
        persist_window: screenshot.is_none(),
        ..Default::default()
    };
    let result = eframe::run_native(
        "retail-maturity",
        native,
        Box::new(move |cc| {
            let settings: Settings = if screenshot.is_some() {
                Settings::default()
            } else {
                cc.storage
                    .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
                    .unwrap_or_default()
            };
            let app = App::new(options, settings);
            app::apply_theme(&cc.egui_ctx, app.settings.theme);
            let plan = screenshot.map(screenshot::Plan::new);
            Ok(Box::new(Shell {
                app,
                screenshot: plan,
                title: String::new(),
            }))
        }),
    );
    result.map_err(|e| anyhow::anyhow!("cannot open the desktop app's window: {e}.\nThe same features work headless: retail-maturity --help"))
}
