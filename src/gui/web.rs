//! The browser: the same app in the page's canvas (eframe's web runner), in the browser's
//! language, with the examples built in, settings and autosave in the page's local storage,
//! and the tab's title showing the file, unsaved changes and the score.

use super::app::{self, App, Options};
use super::settings::Settings;
use std::path::Path;
use wasm_bindgen::JsCast;

/// The data folder's name; in a browser it stands for the page's local storage.
const DATA: &str = "local-storage";

/// The eframe wrapper: settings kept, the tab's title, the canvas sharp.
struct Shell {
    app: App,
    title: String,
    canvas: Option<web_sys::HtmlCanvasElement>,
    /// Whether egui has been told of the touch screen yet (see [`Shell::raw_input_hook`]).
    touch_told: bool,
}

/// Keeps the canvas's pixels at its CSS size times the device pixel ratio. eframe sizes them
/// from the resize observer's device-pixel box, which some browsers (Chromium emulating a
/// phone) give in CSS pixels: at a ratio of 3 the page was drawn three times too large, and
/// taps landed off what they aimed at.
fn keep_sharp(canvas: &web_sys::HtmlCanvasElement) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let dpr = window.device_pixel_ratio();
    let r = canvas.get_bounding_client_rect();
    let (w, h) = (
        (r.width() * dpr).round() as u32,
        (r.height() * dpr).round() as u32,
    );
    if w > 0 && h > 0 && (canvas.width() != w || canvas.height() != h) {
        canvas.set_width(w);
        canvas.set_height(h);
    }
}

/// Whether the browser reports a touch screen (`navigator.maxTouchPoints`).
fn has_touch_screen() -> bool {
    web_sys::window().is_some_and(|w| w.navigator().max_touch_points() > 0)
}

impl eframe::App for Shell {
    /// On a touch screen, tells egui so before the first touch: eframe hands a touch's press
    /// (from `pointerdown`) to egui before the touch itself, so egui, not knowing of a touch
    /// screen yet, did not let the first swipe scroll the page (a finger's drag is a scroll
    /// only once egui has seen a touch). A cancelled touch of no finger does that and nothing
    /// else.
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        if !self.touch_told {
            self.touch_told = true;
            if has_touch_screen() {
                raw_input.events.insert(
                    0,
                    egui::Event::Touch {
                        device_id: egui::TouchDeviceId(0),
                        id: egui::TouchId(u64::MAX),
                        phase: egui::TouchPhase::Cancel,
                        pos: egui::Pos2::ZERO,
                        force: None,
                    },
                );
            }
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if let Some(c) = &self.canvas {
            keep_sharp(c);
        }
        self.app.show(ui);
        super::platform::set_lang(self.app.lang().code());
        self.app.keep_settings_saved();
        let title = self.app.title_with_score();
        if title != self.title {
            if let Some(d) = web_sys::window().and_then(|w| w.document()) {
                d.set_title(&title);
            }
            self.title = title;
        }
    }
}

/// Starts the app in the canvas `#app` of the page; a failure is written in `#loading`.
pub fn start() {
    for e in crate::examples::EXAMPLES {
        let name = format!("examples/{}.json", e.name);
        super::platform::hand_over(Path::new(&name), e.json.as_bytes().into());
    }
    wasm_bindgen_futures::spawn_local(async {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(canvas) = document
            .get_element_by_id("app")
            .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        let (settings, warning) = Settings::load(Path::new(DATA));
        let options = Options {
            link: super::platform::take_start_link(),
            dialogs: true,
            data_dir: Some(DATA.into()),
            first_start: true,
            ..Options::default()
        };
        let started = eframe::WebRunner::new()
            .start(
                canvas.clone(),
                eframe::WebOptions::default(),
                Box::new(move |cc| {
                    // The screen reader's mirror of the interface (platform/aria.rs).
                    cc.egui_ctx.enable_accesskit();
                    super::platform::install_aria(&cc.egui_ctx, "app");
                    let mut app = App::new(options, settings);
                    if let Some(w) = warning {
                        app.error(
                            crate::msg!("ui-settings-ignored"),
                            Some(super::command::Detail::Text(w)),
                        );
                    }
                    app::apply_theme(&cc.egui_ctx, app.theme());
                    Ok(Box::new(Shell {
                        app,
                        title: String::new(),
                        canvas: Some(canvas),
                        touch_told: false,
                    }))
                }),
            )
            .await;
        if let Some(loading) = document.get_element_by_id("loading") {
            match started {
                Ok(()) => loading.remove(),
                Err(e) => loading.set_text_content(Some(&format!(
                    "retail-maturity could not start in this browser: {e:?}"
                ))),
            }
        }
    });
}
