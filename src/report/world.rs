//! The typst world of a report: the template as its only source, the data as `sys.inputs`, the
//! embedded fonts (Lato for the text, egui's Ubuntu Light for the charts, as on screen), the
//! template's own folder for its files (a logo), and nothing else of the machine.

use std::path::PathBuf;
use std::sync::OnceLock;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Dict, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The fonts of every report: embedded, so no system font is needed.
fn fonts() -> &'static (LazyHash<FontBook>, Vec<Font>) {
    static FONTS: OnceLock<(LazyHash<FontBook>, Vec<Font>)> = OnceLock::new();
    FONTS.get_or_init(|| {
        let data: [&'static [u8]; 5] = [
            include_bytes!("../../data/report/fonts/Lato-Regular.ttf"),
            include_bytes!("../../data/report/fonts/Lato-Bold.ttf"),
            include_bytes!("../../data/report/fonts/Lato-Italic.ttf"),
            include_bytes!("../../data/report/fonts/Lato-BoldItalic.ttf"),
            epaint_default_fonts::UBUNTU_LIGHT,
        ];
        let fonts: Vec<Font> = data
            .into_iter()
            .flat_map(|d| Font::iter(Bytes::new(d)))
            .collect();
        (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
    })
}

/// One report's world.
pub struct ReportWorld {
    library: LazyHash<Library>,
    main: Source,
    folder: Option<PathBuf>,
}

impl ReportWorld {
    /// A world for `source`, with `inputs` as `sys.inputs`; files are read from `folder`.
    pub fn new(source: &str, inputs: Dict, folder: Option<PathBuf>) -> ReportWorld {
        let id = main_id();
        ReportWorld {
            library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
            main: Source::new(id, source.to_string()),
            folder,
        }
    }

    /// The template's source.
    pub fn main_source(&self) -> &Source {
        &self.main
    }
}

/// The template's file id.
pub fn main_id() -> FileId {
    let path = VirtualPath::new("/template.typ").expect("a valid virtual path");
    RootedPath::new(VirtualRoot::Project, path).intern()
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().0
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            let bytes = self.file(id)?;
            let text = std::str::from_utf8(&bytes).map_err(|_| FileError::InvalidUtf8)?;
            Ok(Source::new(id, text.to_string()))
        }
    }

    /// Files beside a template's file (its logo…), never outside its folder.
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        let rooted = id.get();
        let (VirtualRoot::Project, Some(folder)) = (rooted.root(), &self.folder) else {
            return Err(FileError::AccessDenied);
        };
        let vpath = rooted.vpath();
        let relative = vpath.get_without_slash();
        let path = folder.join(relative);
        let inside = std::fs::canonicalize(&path)
            .ok()
            .zip(std::fs::canonicalize(folder).ok())
            .is_some_and(|(p, f)| p.starts_with(f));
        if !inside {
            return Err(FileError::NotFound(path));
        }
        let bytes = crate::store::read_limited(&path, 32 * 1024 * 1024)
            .map_err(|e| FileError::Other(Some(e.to_string().into())))?;
        Ok(Bytes::new(bytes))
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts().1.get(index).cloned()
    }

    fn today(&self, offset: Option<Duration>) -> Option<Datetime> {
        let now = chrono::Local::now().date_naive();
        let _ = offset;
        use chrono::Datelike;
        Datetime::from_ymd(now.year(), now.month() as u8, now.day() as u8)
    }
}
