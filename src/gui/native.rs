//! The desktop window: eframe started from the command line's options, the settings kept, the
//! window's title, screenshots of itself.

use super::app::{self, App, Options};
use super::screenshot;
use super::settings::{Settings, Theme};
use crate::cli::args::{Cli, ThemeArg};
use crate::cli::load_framework;
use crate::msg;
use std::path::PathBuf;

/// The app's data folder (settings, autosave): `$XDG_DATA_HOME/retail-maturity` (else
/// `~/.local/share/retail-maturity`) on Linux, `~/Library/Application Support/retail-maturity`
/// on macOS, `%APPDATA%\retail-maturity\data` on Windows. The app reads nothing else of its
/// own at start (egui's state file, `app.ron`, is not read: the layout follows the window).
pub fn data_folder() -> Option<PathBuf> {
    let home = || std::env::var_os("HOME").map(PathBuf::from);
    if cfg!(target_os = "macos") {
        home().map(|h| h.join("Library/Application Support/retail-maturity"))
    } else if cfg!(windows) {
        std::env::var_os("APPDATA").map(|a| PathBuf::from(a).join("retail-maturity").join("data"))
    } else {
        std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| home().map(|h| h.join(".local").join("share")))
            .map(|p| p.join("retail-maturity"))
    }
}

/// The eframe wrapper: settings, window title, screenshots.
struct Shell {
    app: App,
    screenshot: Option<screenshot::Plan>,
    title: String,
    /// Frames drawn, when the app must close after the first one.
    quit_after_first_frame: Option<u32>,
}

impl eframe::App for Shell {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.app.show(ui);
        self.app.keep_settings_saved();
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
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if let Some(plan) = &mut self.screenshot {
            plan.step(&ctx);
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.app.keep_settings_saved();
        self.app.flush_autosave();
    }
}

/// Starts the desktop app from the command line's options; returns an error (never panics)
/// when a file given is broken or no window can be opened.
pub fn run(args: &Cli) -> crate::cli::Result<()> {
    let framework = args
        .framework
        .as_ref()
        .map(|_| load_framework(args))
        .transpose()?;
    let fw = framework
        .clone()
        .unwrap_or_else(|| crate::Framework::builtin().clone());
    let a = &args.app;
    for p in a.open.iter().chain(&a.compare) {
        // Fail early, with the core's message, rather than open a window on a broken file or
        // link (`--open` takes a link to answers too).
        if let Some(link) = p.to_str().filter(|text| crate::link::carries_answers(text)) {
            let lang = args.lang.unwrap_or_else(crate::Lang::system);
            crate::link::read(link, std::path::Path::new(lang.t("ui-link-name")), &fw)?;
        } else {
            crate::Assessment::load(p, &fw)?;
        }
    }
    if cfg!(target_os = "linux")
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
    {
        return Err(msg!("ui-no-display").into());
    }
    let headless_run = a.screenshot.is_some() || a.quit_after_first_frame;
    let options = Options {
        framework,
        open: a.open.clone(),
        link: None,
        lang: args.lang,
        dialogs: a.screenshot.is_none(),
        exports_dir: None,
        theme: a.theme.map(|t| match t {
            ThemeArg::Light => Theme::Light,
            ThemeArg::Dark => Theme::Dark,
        }),
        compare: a.compare.clone(),
        reference: a.reference.clone(),
        first_start: !headless_run,
        reopen_last: !headless_run,
        // A screenshot run leaves no autosave and asks no question about an earlier one.
        data_dir: if headless_run { None } else { data_folder() },
    };
    let size = a
        .window
        .map_or([1280.0, 800.0], |(w, h)| [w as f32, h as f32]);
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size(size)
            // As small as `--window` takes: the layout adapts (one column under 720 points).
            .with_min_inner_size([640.0, 480.0])
            .with_title("retail-maturity")
            .with_drag_and_drop(true),
        persist_window: false,
        ..Default::default()
    };
    let screenshot: Option<PathBuf> = a.screenshot.clone();
    let quit_after_first_frame = a.quit_after_first_frame;
    eframe::run_native(
        "retail-maturity",
        native,
        Box::new(move |cc: &eframe::CreationContext<'_>| {
            let (settings, warning) = match &options.data_dir {
                Some(dir) => Settings::load(dir),
                None => (Settings::default(), None),
            };
            let mut app = App::new(options, settings);
            if let Some(w) = warning {
                app.error(
                    msg!("ui-settings-ignored"),
                    Some(super::command::Detail::Text(w)),
                );
            }
            app::apply_theme(&cc.egui_ctx, app.theme());
            Ok(Box::new(Shell {
                app,
                screenshot: screenshot.map(screenshot::Plan::new),
                title: String::new(),
                quit_after_first_frame: quit_after_first_frame.then_some(0),
            }))
        }),
    )
    .map_err(|e| msg!("ui-no-window", detail = e.to_string()).into())
}
