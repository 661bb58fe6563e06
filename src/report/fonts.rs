//! The report's fonts: the embedded ones (Lato, and egui's Ubuntu Light for the charts), and,
//! for a character none of them has (CJK, Arabic, emoji in a retailer's name or a note), a font
//! of the system that has it. A character no font has is replaced by a visible `?`, counted, and
//! the command says so: never dropped silently.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::OnceLock;
use typst::foundations::Bytes;
use typst::text::Font;

/// The fonts built into the program.
pub(super) fn embedded() -> &'static [Font] {
    static FONTS: OnceLock<Vec<Font>> = OnceLock::new();
    FONTS.get_or_init(|| {
        let data: [&'static [u8]; 5] = [
            include_bytes!("../../data/report/fonts/Lato-Regular.ttf"),
            include_bytes!("../../data/report/fonts/Lato-Bold.ttf"),
            include_bytes!("../../data/report/fonts/Lato-Italic.ttf"),
            include_bytes!("../../data/report/fonts/Lato-BoldItalic.ttf"),
            epaint_default_fonts::UBUNTU_LIGHT,
        ];
        data.into_iter()
            .flat_map(|d| Font::iter(Bytes::new(d)))
            .collect()
    })
}

/// A font file of the system and the face in it.
pub(super) type SystemFace = (PathBuf, u32);

/// The system's fonts, indexed once (only when a report needs one).
fn system() -> &'static fontdb::Database {
    static DB: OnceLock<fontdb::Database> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        db
    })
}

/// Most distinct characters looked for among the system's fonts (others are replaced).
const MAX_LOOKED_FOR: usize = 256;

/// The characters of `texts` no embedded font has: the system faces that have them, and those
/// no font has. Linear in the texts' length (each distinct character is looked for once).
pub(super) fn cover<'a>(
    texts: impl IntoIterator<Item = &'a str>,
) -> (Vec<SystemFace>, HashSet<char>) {
    let embedded = embedded();
    let has = |c: char| {
        embedded
            .iter()
            .any(|f| f.info().coverage.contains(c as u32))
    };
    let mut wanted: Vec<char> = Vec::new();
    let mut seen = HashSet::new();
    for t in texts {
        for c in t.chars() {
            // Spaces, controls and marks the engine does without.
            if c.is_whitespace() || c.is_control() || !seen.insert(c) || has(c) {
                continue;
            }
            wanted.push(c);
        }
    }
    if wanted.is_empty() {
        return (Vec::new(), HashSet::new());
    }
    let db = system();
    let mut faces: BTreeMap<fontdb::ID, SystemFace> = BTreeMap::new();
    let mut missing = HashSet::new();
    for (n, c) in wanted.into_iter().enumerate() {
        let found = (n < MAX_LOOKED_FOR).then(|| {
            // A face already taken first: fewer fonts in the PDF.
            faces
                .keys()
                .copied()
                .find(|id| face_has(db, *id, c))
                .or_else(|| db.faces().map(|f| f.id).find(|id| face_has(db, *id, c)))
        });
        match found.flatten() {
            Some(id) => {
                if let Some(face) = db.face(id)
                    && let fontdb::Source::File(path) = &face.source
                {
                    faces.insert(id, (path.clone(), face.index));
                } else {
                    missing.insert(c);
                }
            }
            None => {
                missing.insert(c);
            }
        }
    }
    (faces.into_values().collect(), missing)
}

fn face_has(db: &fontdb::Database, id: fontdb::ID, c: char) -> bool {
    db.with_face_data(id, |data, index| {
        ttf_parser::Face::parse(data, index)
            .ok()
            .and_then(|f| f.glyph_index(c))
            .is_some()
    })
    .unwrap_or(false)
}

/// The fonts of system faces, read for one report.
pub(super) fn load(faces: &[SystemFace]) -> Vec<Font> {
    faces
        .iter()
        .filter_map(|(path, index)| {
            let bytes = crate::store::read_limited(path, 64 * 1024 * 1024).ok()?;
            Font::new(Bytes::new(bytes), *index)
        })
        .collect()
}

/// `s` with every character of `missing` replaced by `?`.
pub(super) fn replace(s: &str, missing: &HashSet<char>) -> (String, usize) {
    let mut count = 0;
    let out = s
        .chars()
        .map(|c| {
            if missing.contains(&c) {
                count += 1;
                '?'
            } else {
                c
            }
        })
        .collect();
    (out, count)
}

/// Every string of `v`, in place, with the characters of `missing` replaced; how many were.
pub(super) fn replace_in(v: &mut serde_json::Value, missing: &HashSet<char>) -> usize {
    match v {
        serde_json::Value::String(s) if s.chars().any(|c| missing.contains(&c)) => {
            let (out, n) = replace(s, missing);
            *s = out;
            n
        }
        serde_json::Value::Array(a) => a.iter_mut().map(|x| replace_in(x, missing)).sum(),
        serde_json::Value::Object(o) => o.values_mut().map(|x| replace_in(x, missing)).sum(),
        _ => 0,
    }
}

/// Every string of `v`.
pub(super) fn strings<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a str>) {
    match v {
        serde_json::Value::String(s) => out.push(s),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}
