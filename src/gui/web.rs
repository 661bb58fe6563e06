//! The browser: the same app in the page's canvas (eframe's web runner), in the browser's
//! language, with the examples built in, settings and autosave in the page's local storage,
//! and the tab's title showing the file, unsaved changes and the score.

use super::app::{self, App, Options};
use super::settings::Settings;
use std::path::Path;
use wasm_bindgen::JsCast;

/// The data folder's name; in a browser it stands for the page's local storage.
const DATA: &str = "local-storage";

/// The eframe wrapper: settings kept, the tab's title.
struct Shell {
    app: App,
    title: String,
}

impl eframe::App for Shell {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
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
                canvas,
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
