//! Typesetting: the view data handed to typst as `sys.inputs` (values, never markup, every string
//! XML-safe), compiled,
//! written as PDF; typst's first error placed at its line in the template.

use super::template::ReportError;
use super::world::ReportWorld;
use crate::request::Template;
use typst::World;
use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{Array, Bytes, Dict, Smart, Value};
use typst_layout::PagedDocument;

/// The most characters of one text the report typesets (a note, a name): more is cut with an
/// ellipsis; the assessment file and the workbook keep the whole text.
pub const MAX_TEXT: usize = 12_000;

/// A JSON value as a typst value.
fn value(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::None,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        // Users' texts too: characters XML forbids (PDF metadata is XML) become U+FFFD, and a
        // text is cut at MAX_TEXT characters (time and memory linear in what is typeset).
        serde_json::Value::String(s) => {
            Value::Str(crate::text::for_document(s, MAX_TEXT).as_ref().into())
        }
        serde_json::Value::Array(a) => Value::Array(a.iter().map(value).collect::<Array>()),
        serde_json::Value::Object(o) => {
            let mut d = Dict::new();
            for (k, v) in o {
                d.insert(k.as_str().into(), value(v));
            }
            Value::Dict(d)
        }
    }
}

/// The PDF of `data` (and the charts' SVG bytes, by name) laid out by `template`.
pub fn pdf(
    template: &Template,
    data: &serde_json::Value,
    charts: Vec<super::common::Chart>,
    faces: &[super::fonts::SystemFace],
) -> Result<Vec<u8>, ReportError> {
    let mut inputs = match value(data) {
        Value::Dict(d) => d,
        _ => Dict::new(),
    };
    let mut svgs = Dict::new();
    let mut alts = Dict::new();
    for c in charts {
        svgs.insert(c.name.into(), Value::Bytes(Bytes::new(c.svg.into_bytes())));
        alts.insert(
            c.name.into(),
            Value::Str(crate::text::xml_safe(&c.alt).as_ref().into()),
        );
    }
    inputs.insert("charts".into(), Value::Dict(svgs));
    inputs.insert("charts_alt".into(), Value::Dict(alts));
    let world = ReportWorld::new(
        &template.source,
        inputs,
        template.folder.clone(),
        super::fonts::load(faces),
    );
    let mut document: PagedDocument = typst::compile(&world)
        .output
        .map_err(|errors| template_error(template, &world, &errors))?;
    if document.pages().len() > super::Budget::PAGES {
        return Err(ReportError::Stopped {
            template: template.name.clone(),
            budget: super::Budget::Pages,
            detail: document.pages().len().to_string(),
        });
    }
    // PDF/UA-1 wants a title: a template of one's own that sets none gets the report's.
    let info = document.info_mut();
    if info.title.is_none() {
        info.title = Some(fallback_title(data).into());
    }
    // PDF/UA-1: tagged, in the document's language, its charts with their alternative text.
    let standards = typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1])
        .expect("PDF/UA-1 alone is a valid set of standards");
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom("retail-maturity-report".into()),
        standards,
        ..Default::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| template_error(template, &world, &errors))
}

/// The title of a report whose template sets none: "Report — Maison Dupont", or the
/// comparison's title.
fn fallback_title(data: &serde_json::Value) -> String {
    let label = |key: &str| {
        let l = data["labels"][key].as_str().unwrap_or("retail-maturity");
        crate::text::for_document(l, 200).into_owned()
    };
    match data["summary"]["retailer"].as_str() {
        _ if data["kind"] == "comparison" => label("comparison_title"),
        Some(r) if !r.trim().is_empty() => {
            format!("{} — {}", label("title"), crate::text::for_document(r, 200))
        }
        _ => label("title"),
    }
}

/// Said instead of typst's hint to use `--root`, an option this program does not have.
const OWN_FOLDER_ONLY: &str =
    "a report template reads only the files in its own folder and the folders under it";

/// The first error typst found, at its line and column in the template, with its hints.
fn template_error(
    template: &Template,
    world: &ReportWorld,
    errors: &[SourceDiagnostic],
) -> ReportError {
    let first = errors
        .iter()
        .find(|e| e.severity == Severity::Error)
        .or(errors.first());
    let Some(e) = first else {
        return ReportError::Template {
            template: template.name.clone(),
            line: None,
            column: None,
            message: "typst failed without a message".into(),
        };
    };
    let source = world.main_source();
    let place = world
        .range(e.span)
        .filter(|_| e.span.id() == Some(world.main()))
        .and_then(|r| source.lines().byte_to_line_column(r.start));
    let mut message = e.message.to_string();
    for hint in &e.hints {
        message.push_str(" (");
        // typst's command line has `--root`; here a template's folder is its root.
        if hint.v.contains("--root") {
            message.push_str(OWN_FOLDER_ONLY);
        } else {
            message.push_str(&hint.v);
        }
        message.push(')');
    }
    ReportError::Template {
        template: template.name.clone(),
        line: place.map(|(l, _)| l + 1),
        column: place.map(|(_, c)| c + 1),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_handed_to_the_template_is_xml_safe() {
        let data = serde_json::json!({
            "retailer": "Maison\u{1}Dupont",
            "items": [{ "note": "bell\u{7}" }],
        });
        let Value::Dict(d) = value(&data) else {
            panic!("an object is a dict")
        };
        assert_eq!(
            d.get("retailer").unwrap(),
            &Value::Str("Maison\u{fffd}Dupont".into())
        );
        let Value::Array(items) = d.get("items").unwrap() else {
            panic!("an array is an array")
        };
        let Some(Value::Dict(item)) = items.iter().next() else {
            panic!("an object is a dict")
        };
        assert_eq!(
            item.get("note").unwrap(),
            &Value::Str("bell\u{fffd}".into())
        );
    }
}
