//! The desktop app (eframe/egui): questionnaire, live results, files. Only this module uses egui.

pub mod app;
pub mod autosave;
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

/// The eframe wrapper: persistence, window title, screenshots.
struct Shell {
    app: App,
    screenshot: Option<screenshot::Plan>,
    title: String,
    /// Settings as last written to the data folder.
    saved_settings: Settings,
    /// Frames drawn, when the app must close after the first one.
    quit_after_first_frame: Option<u32>,
}

impl eframe::App for Shell {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.app.show(ui);
        self.save_settings();
        if let Some(frames) = &mut self.quit_after_first_frame {
            // The first frame is on screen once the second one starts.
            *frames += 1;
            if *frames >= 2 {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ctx.request_repaint();
            }
        }
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

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.save_settings();
        if let Some(a) = &self.app.autosave {
            a.flush();
        }
    }
}

impl Shell {
    /// Writes the settings (atomically) when they changed.
    fn save_settings(&mut self) {
        let Some(dir) = &self.app.data_dir else {
            return;
        };
        if self.app.settings != self.saved_settings {
            match self.app.settings.save(dir) {
                Ok(()) => self.saved_settings = self.app.settings.clone(),
                Err(e) => eprintln!("retail-maturity: cannot save the settings: {e}"),
            }
        }
    }
}

/// Starts the desktop app; returns an error (never panics) when no window can be opened.
pub fn run(
    options: Options,
    screenshot: Option<PathBuf>,
    quit_after_first_frame: bool,
) -> anyhow::Result<()> {
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
        persist_window: false,
        ..Default::default()
    };
    let result = eframe::run_native(
        "retail-maturity",
        native,
        Box::new(move |cc: &eframe::CreationContext<'_>| {
            let (settings, warning) = match &options.data_dir {
                Some(dir) => Settings::load(dir),
                None => (Settings::default(), None),
            };
            let saved_settings = settings.clone();
            let mut app = App::new(options, settings);
            if let Some(w) = warning {
                app.report_error(format!("settings ignored: {w}"));
            }
            app::apply_theme(&cc.egui_ctx, app.settings.theme);
            let plan = screenshot.map(screenshot::Plan::new);
            Ok(Box::new(Shell {
                app,
                screenshot: plan,
                title: String::new(),
                saved_settings,
                quit_after_first_frame: quit_after_first_frame.then_some(0),
            }))
        }),
    );
    result.map_err(|e| anyhow::anyhow!("cannot open the desktop app's window: {e}.\nThe same features work headless: retail-maturity --help"))
}
