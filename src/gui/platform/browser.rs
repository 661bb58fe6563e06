//! The browser: files are picked (rfd's HTML file input) or dropped, read into memory and
//! handed over under their names; writing a file downloads it; the app's own data lives in the
//! page's local storage; there are no threads, so background work runs at once.

use super::{hand_over, hand_over_new};
use crate::error::{FileError, IoAction};
use crate::gui::files::{Picked, Purpose};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use wasm_bindgen::JsCast;

/// Whether writing a file downloads it (in a browser) rather than saving it to its path.
pub const DOWNLOADS: bool = true;

/// Local storage keys start with this.
const STORAGE_PREFIX: &str = "retail-maturity/";

fn js_error(path: &Path, action: IoAction, e: wasm_bindgen::JsValue) -> FileError {
    let text = e
        .as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "the browser refused".into());
    FileError::io(path, action, std::io::Error::other(text))
}

/// Downloads `bytes` under the file name of `path`; returns that name.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<PathBuf, FileError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "retail-maturity".into());
    let fail = |e| js_error(path, IoAction::Write, e);
    let window = web_sys::window().ok_or_else(|| fail("no window".into()))?;
    let document = window
        .document()
        .ok_or_else(|| fail("no document".into()))?;
    let parts = js_sys::Array::new();
    parts.push(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| fail("no link".into()))?;
    link.set_href(&url);
    link.set_download(&name);
    if let Some(body) = document.body() {
        let _ = body.append_child(&link);
    }
    link.click();
    link.remove();
    // The download has started from the URL: it is released a moment later (at once, some
    // browsers would cancel it).
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000);
    // A saved assessment opens again as saved (the Compare list, Open of the same name); other
    // downloads (exports) are not kept.
    let path = PathBuf::from(name);
    if crate::assessment::looks_like_assessment(bytes) {
        hand_over(&path, bytes.into());
    }
    Ok(path)
}

fn storage(path: &Path) -> Result<web_sys::Storage, FileError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| {
            js_error(
                path,
                IoAction::Open,
                "no local storage in this browser".into(),
            )
        })
}

/// The app's own data `name` from the page's local storage; `Ok(None)` when there is none.
pub fn data_read(_dir: &Path, name: &str) -> Result<Option<Vec<u8>>, FileError> {
    let path = PathBuf::from(name);
    let value = storage(&path)?
        .get_item(&format!("{STORAGE_PREFIX}{name}"))
        .map_err(|e| js_error(&path, IoAction::Read, e))?;
    Ok(value.map(String::into_bytes))
}

/// Keeps the app's own data `name` (UTF-8 text) in the page's local storage.
pub fn data_write(_dir: &Path, name: &str, bytes: &[u8]) -> Result<(), FileError> {
    let path = PathBuf::from(name);
    let text = String::from_utf8_lossy(bytes);
    storage(&path)?
        .set_item(&format!("{STORAGE_PREFIX}{name}"), &text)
        .map_err(|e| js_error(&path, IoAction::Write, e))
}

/// Removes the app's own data `name` from the page's local storage.
pub fn data_remove(_dir: &Path, name: &str) -> Result<(), String> {
    let path = PathBuf::from(name);
    storage(&path)
        .map_err(|e| e.to_string())?
        .remove_item(&format!("{STORAGE_PREFIX}{name}"))
        .map_err(|_| format!("{name}: the browser refused"))
}

/// Runs jobs at once (a page has one thread).
#[derive(Default)]
pub struct Worker;

impl Worker {
    /// A worker.
    pub fn new() -> Worker {
        Worker
    }

    /// Runs `job` now.
    pub fn run(&self, job: impl FnOnce() + Send + 'static) {
        job();
    }

    /// Nothing is ever pending.
    pub fn flush(&self) {}
}

/// A browser has no folders to show: downloads go where the browser puts them.
pub fn open_folder(_dir: &Path) -> Result<(), String> {
    Err("a browser has no folder to open".into())
}

/// Whether a folder can be shown in a file manager here.
pub const OPENS_FOLDERS: bool = false;

/// Runs `job` now; its result is in the receiver.
pub fn in_background<T: Send + 'static>(job: impl FnOnce() -> T + Send + 'static) -> Receiver<T> {
    let (tx, rx) = channel();
    let _ = tx.send(job());
    rx
}

/// The browser's file input (rfd) for opening; saving and exporting name a download.
pub struct Dialogs {
    tx: Sender<Picked>,
    rx: Receiver<Picked>,
    /// Always true: a browser can always pick a file.
    pub available: bool,
}

impl Dialogs {
    /// Dialogs (`available` is ignored: the browser always has its file input).
    pub fn new(_available: bool) -> Dialogs {
        let (tx, rx) = channel();
        Dialogs {
            tx,
            rx,
            available: true,
        }
    }

    /// Picks files to read (several for the comparison), or names a download at once.
    pub fn request(
        &mut self,
        purpose: Purpose,
        file_name: String,
        _dir: Option<PathBuf>,
        ctx: egui::Context,
    ) {
        // No "busy" gate: the browser's file input never answers a Cancel (rfd leaves its
        // promise pending), and its overlay covers the page while it is open anyway.
        if matches!(purpose, Purpose::SaveAs | Purpose::Export(..)) {
            let _ = self.tx.send(Picked {
                purpose,
                path: Some(PathBuf::from(file_name)),
                unavailable: false,
                dropped: false,
            });
            ctx.request_repaint();
            return;
        }
        let tx = self.tx.clone();
        let several = purpose == Purpose::AddToCompare;
        wasm_bindgen_futures::spawn_local(async move {
            let dialog = rfd::AsyncFileDialog::new().add_filter("JSON", &["json"]);
            let files = if several {
                dialog.pick_files().await.unwrap_or_default()
            } else {
                dialog.pick_file().await.into_iter().collect()
            };
            if files.is_empty() {
                let _ = tx.send(Picked {
                    purpose: purpose.clone(),
                    path: None,
                    unavailable: false,
                    dropped: false,
                });
            }
            for f in files {
                let name = hand_over_new(Path::new(&f.file_name()), f.read().await.into());
                let _ = tx.send(Picked {
                    purpose: purpose.clone(),
                    path: Some(name),
                    unavailable: false,
                    dropped: false,
                });
            }
            ctx.request_repaint();
        });
    }

    /// Files dropped on the page: read, then they come back through [`Dialogs::poll`].
    pub fn dropped(
        &mut self,
        files: Vec<egui::DroppedFileHandle>,
        purpose: Purpose,
        ctx: &egui::Context,
    ) -> Vec<PathBuf> {
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        // Opening takes the first file, as on the desktop; the comparison takes them all.
        let take = if purpose == Purpose::Open {
            1
        } else {
            files.len()
        };
        wasm_bindgen_futures::spawn_local(async move {
            for f in files.into_iter().take(take) {
                if let Ok(bytes) = f.bytes_async().await {
                    let name = hand_over_new(f.path(), bytes.into());
                    let _ = tx.send(Picked {
                        purpose: purpose.clone(),
                        path: Some(name),
                        unavailable: false,
                        dropped: true,
                    });
                }
            }
            ctx.request_repaint();
        });
        Vec::new()
    }

    /// The next answer, once there is one.
    pub fn poll(&mut self) -> Option<Picked> {
        self.rx.try_recv().ok()
    }
}

/// The address of the page, without its fragment: the base of a link to answers.
pub fn page_address() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Some(href.split('#').next().unwrap_or(&href).to_string())
}

/// The link to answers the page was opened with (`…#answers=…`), taken off the address bar so
/// that reloading the page does not open them again over work done since.
pub fn take_start_link() -> Option<String> {
    let window = web_sys::window()?;
    let location = window.location();
    let hash = location.hash().ok()?;
    if !crate::link::carries_answers(&hash) {
        return None;
    }
    if let (Ok(history), Ok(path), Ok(search)) =
        (window.history(), location.pathname(), location.search())
    {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
    Some(hash)
}

/// How answers were sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    /// Handed to the system's share sheet.
    Shared,
    /// Written (downloaded) as this file.
    Written(PathBuf),
}

/// Whether answers can be sent from here: a share sheet, else a download.
pub const SENDS: bool = true;

/// Calls `navigator[method](data)` if the browser has it; its result.
fn navigator_call(method: &str, data: &js_sys::Object) -> Option<wasm_bindgen::JsValue> {
    let navigator = web_sys::window()?.navigator();
    let f = js_sys::Reflect::get(&navigator, &method.into()).ok()?;
    let f = f.dyn_into::<js_sys::Function>().ok()?;
    f.call1(&navigator, data).ok()
}

/// Hands `data` to the share sheet if the browser can share it (Web Share API); the sheet's
/// answer (sent, or cancelled) comes later and needs nothing from the app.
fn share(data: &js_sys::Object) -> bool {
    let can = navigator_call("canShare", data).is_some_and(|v| v.is_truthy());
    if !can {
        return false;
    }
    match navigator_call("share", data).and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
        Some(promise) => {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
            true
        }
        None => false,
    }
}

/// Sends answers from a phone: the file through the share sheet (mail, messaging…) where the
/// browser shares files, else the link carrying them where it shares links, else a download.
pub fn send(name: &str, bytes: &[u8], title: &str, link: Option<&str>) -> Result<Sent, FileError> {
    let set = |o: &js_sys::Object, k: &str, v: &wasm_bindgen::JsValue| {
        let _ = js_sys::Reflect::set(o, &k.into(), v);
    };
    let parts = js_sys::Array::new();
    parts.push(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::FilePropertyBag::new();
    options.set_type("application/json");
    if let Ok(file) = web_sys::File::new_with_u8_array_sequence_and_options(&parts, name, &options)
    {
        let data = js_sys::Object::new();
        set(&data, "files", &js_sys::Array::of1(&file));
        set(&data, "title", &title.into());
        if share(&data) {
            return Ok(Sent::Shared);
        }
    }
    if let Some(link) = link {
        let data = js_sys::Object::new();
        set(&data, "title", &title.into());
        set(&data, "url", &link.into());
        if share(&data) {
            return Ok(Sent::Shared);
        }
    }
    write_file(Path::new(name), bytes).map(Sent::Written)
}
