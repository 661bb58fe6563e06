//! The typst world of a report: the template as its only source, the data as `sys.inputs`, the
//! embedded fonts (Lato for the text, egui's Ubuntu Light for the charts, as on screen) and the
//! system's fonts its text needs ([`super::fonts`]), the template's own folder for its files (a
//! logo), and nothing else of the machine.

use std::path::PathBuf;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Dict, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// One report's world.
pub struct ReportWorld {
    library: LazyHash<Library>,
    /// The embedded fonts, then the system's the report's text needs.
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    folder: Option<PathBuf>,
    /// The template's folder, opened once: its files are opened beneath it, no link or `..`
    /// leading out of it (capability-style, so nothing swapped in between a check and an open
    /// can leak another file into the PDF).
    dir: Option<cap_std::fs::Dir>,
}

/// The largest file a template reads from its folder (a logo, an image).
const MAX_TEMPLATE_FILE: u64 = 32 * 1024 * 1024;

impl ReportWorld {
    /// A world for `source`, with `inputs` as `sys.inputs`; files are read from `folder`.
    pub fn new(
        source: &str,
        inputs: Dict,
        folder: Option<PathBuf>,
        extra: Vec<Font>,
    ) -> ReportWorld {
        let fonts: Vec<Font> = super::fonts::embedded()
            .iter()
            .cloned()
            .chain(extra)
            .collect();
        let id = main_id();
        let dir = folder
            .as_deref()
            .and_then(|f| cap_std::fs::Dir::open_ambient_dir(f, cap_std::ambient_authority()).ok());
        ReportWorld {
            library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            main: Source::new(id, source.to_string()),
            folder,
            dir,
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
        &self.book
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
        let (VirtualRoot::Project, Some(dir), Some(folder)) =
            (rooted.root(), &self.dir, &self.folder)
        else {
            return Err(FileError::AccessDenied);
        };
        let relative = rooted.vpath().get_without_slash();
        let shown = folder.join(relative);
        let file = dir
            .open(relative)
            .map_err(|_| FileError::NotFound(shown.clone()))?;
        let meta = file
            .metadata()
            .map_err(|_| FileError::NotFound(shown.clone()))?;
        if !meta.is_file() {
            return Err(FileError::IsDirectory);
        }
        if meta.len() > MAX_TEMPLATE_FILE {
            return Err(FileError::Other(Some(
                format!(
                    "{} is larger than {MAX_TEMPLATE_FILE} bytes",
                    shown.display()
                )
                .into(),
            )));
        }
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        use std::io::Read;
        file.into_std()
            .take(MAX_TEMPLATE_FILE + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| FileError::Other(Some(e.to_string().into())))?;
        Ok(Bytes::new(bytes))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    fn today(&self, offset: Option<Duration>) -> Option<Datetime> {
        let now = chrono::Local::now().date_naive();
        let _ = offset;
        use chrono::Datelike;
        Datetime::from_ymd(now.year(), now.month() as u8, now.day() as u8)
    }
}
