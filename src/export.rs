//! Exports of one assessment (results JSON, CSV, chart PNG and SVG) and their generated file names.

use crate::assessment::Assessment;
use crate::chart::{self, ChartData, ChartKind};
use crate::framework::Framework;
use crate::lang::Lang;
use crate::report::Results;
use crate::score::Scorecard;
use std::path::{Path, PathBuf};

/// The folder exports go to when no path is chosen.
pub const EXPORTS_DIR: &str = "exports";

/// A kind of export file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// Scored results, JSON.
    Json,
    /// Scored results, CSV (one row per family).
    Csv,
    /// Profile and radar, PNG.
    Png,
    /// Profile and radar, SVG.
    Svg,
}

impl ExportFormat {
    /// All formats.
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Json,
        ExportFormat::Csv,
        ExportFormat::Png,
        ExportFormat::Svg,
    ];

    /// File extension.
    pub fn ext(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Csv => "csv",
            ExportFormat::Png => "png",
            ExportFormat::Svg => "svg",
        }
    }

    /// What the generated file name says after the assessment's stem.
    pub fn suffix(self) -> &'static str {
        match self {
            ExportFormat::Json | ExportFormat::Csv => "results",
            ExportFormat::Png | ExportFormat::Svg => "all",
        }
    }
}

/// Default image size of exports.
pub const IMAGE_SIZE: (u32, u32) = (1600, 1000);

/// The bytes of an export of `a` in `format`.
pub fn render(
    framework: &Framework,
    a: &Assessment,
    lang: Lang,
    format: ExportFormat,
) -> Result<Vec<u8>, chart::ChartError> {
    let card = Scorecard::compute(framework, a);
    let (w, h) = IMAGE_SIZE;
    Ok(match format {
        ExportFormat::Json => Results::new(framework, a, &card, lang)
            .to_json()
            .into_bytes(),
        ExportFormat::Csv => Results::new(framework, a, &card, lang).to_csv(b','),
        ExportFormat::Png => chart::render_png(
            &ChartData::single(framework, a, &card, lang),
            ChartKind::All,
            w,
            h,
        )?,
        ExportFormat::Svg => chart::render_svg(
            &ChartData::single(framework, a, &card, lang),
            ChartKind::All,
            w,
            h,
        )?
        .into_bytes(),
    })
}

/// A file-system-safe slug: ASCII letters and digits, words joined by `-`.
pub fn slug(s: &str) -> String {
    let ascii = deunicode::deunicode(s).to_ascii_lowercase();
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "assessment".into()
    } else {
        out.to_string()
    }
}

/// `<retailer>-<date>`, safe for file names.
pub fn stem(a: &Assessment) -> String {
    match &a.date {
        Some(d) => format!("{}-{}", slug(&a.retailer), slug(d)),
        None => slug(&a.retailer),
    }
}

/// `comparison-<retailer>-<first date>-<last date>-<chart>`, safe for file names.
pub fn comparison_stem(all: &[&Assessment], what: &str) -> String {
    let mut retailers: Vec<String> = all.iter().map(|a| slug(&a.retailer)).collect();
    retailers.sort();
    retailers.dedup();
    let who = if retailers.len() == 1 {
        retailers.remove(0)
    } else {
        format!("{}-retailers", retailers.len())
    };
    let mut dates: Vec<&str> = all.iter().filter_map(|a| a.date.as_deref()).collect();
    dates.sort_unstable();
    let span = match (dates.first(), dates.last()) {
        (Some(a), Some(b)) if a != b => format!("-{a}-{b}"),
        (Some(a), _) => format!("-{a}"),
        _ => String::new(),
    };
    format!("comparison-{who}{span}-{what}")
}

/// A path in `dir` named `stem.ext` that does not exist yet (`stem-2.ext`, … otherwise).
pub fn unused_path(dir: &Path, stem: &str, ext: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.{ext}"));
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| dir.join(format!("{stem}-{n}.{ext}")))
        .find(|p| !p.exists())
        .expect("an unused name exists")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(slug("Boutique Lumière"), "boutique-lumiere");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("  "), "assessment");
        assert_eq!(slug("Café & Co — 2025/03"), "cafe-co-2025-03");
    }

    #[test]
    fn generated_names_never_collide() {
        let dir = tempfile::tempdir().unwrap();
        let a = unused_path(dir.path(), "x", "png");
        std::fs::write(&a, b"1").unwrap();
        let b = unused_path(dir.path(), "x", "png");
        assert_eq!(b.file_name().unwrap(), "x-2.png");
    }
}
