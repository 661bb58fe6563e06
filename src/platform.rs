//! What differs between the desktop (and the command line) and the browser, set apart in one
//! place: the system's language, and whether threads and the file system exist.

/// The system's (or the browser's) locale, e.g. `fr-FR`.
pub fn locale() -> Option<String> {
    sys_locale::get_locale()
}

/// Whether this build runs in a browser (no threads, no file system, no data folder).
pub const IS_WEB: bool = cfg!(target_arch = "wasm32");
