//! JSON documents: UTF-8 text decoded into values or typed documents, every failure placed by
//! line and column or by JSON path.

use crate::error::{FileError, Problem, ProblemKind, detail};
use crate::msg;
use serde::de::DeserializeOwned;
use std::path::Path;

/// Checks that a JSON document is an object whose `format` is `expected`, the format name of
/// a `kind` of file (`assessment`, `framework`, `reference`, `autosave`), and says what it is
/// otherwise.
pub fn check_format(
    path: &Path,
    value: &serde_json::Value,
    expected: &str,
    kind: &'static str,
) -> Result<(), FileError> {
    if !value.is_object() {
        return Err(FileError::invalid(
            path,
            "$",
            msg!("json-not-object", kind = kind),
        ));
    }
    match value.get("format").and_then(|f| f.as_str()) {
        Some(f) if f == expected => Ok(()),
        Some(other) => Err(FileError::Invalid {
            path: path.to_path_buf(),
            problems: vec![Problem::of_kind(
                ProblemKind::WrongFormat,
                "$.format",
                msg!(
                    "json-wrong-format",
                    other = crate::text::short(other, 80).into_owned(),
                    kind = kind,
                    expected = expected
                ),
            )],
        }),
        None => Err(FileError::invalid(
            path,
            "$.format",
            msg!("json-missing-format", kind = kind, expected = expected),
        )),
    }
}

/// Decodes UTF-8 JSON text (a leading byte-order mark is accepted) into a JSON value.
pub fn parse_json(path: &Path, bytes: &[u8]) -> Result<serde_json::Value, FileError> {
    let text = decode_text(path, bytes)?;
    serde_json::from_str(text).map_err(|e| json_error(path, &e))
}

/// Decodes a typed document straight from UTF-8 JSON text, naming the JSON path of the first
/// mismatch. Unlike going through a JSON value, this also catches a key given twice.
pub fn from_json_bytes<T: DeserializeOwned>(path: &Path, bytes: &[u8]) -> Result<T, FileError> {
    let text = decode_text(path, bytes)?;
    // The fast path: plain serde_json. Only a failure is parsed again with path tracking,
    // which allocates for every key it passes, to say where the problem is.
    if let Ok(value) = serde_json::from_str::<T>(text) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let at = json_path(&e.path().to_string());
        let inner = e.into_inner();
        // A syntax error is reported by line and column; inside a value (a wrong type where
        // serde_json also says "syntax"), by JSON path.
        if inner.is_eof() || (inner.is_syntax() && at == "$") {
            json_error(path, &inner)
        } else {
            FileError::Invalid {
                path: path.to_path_buf(),
                problems: vec![Problem::new(at, described(&without_place(&inner)))],
            }
        }
    })?;
    de.end().map_err(|e| json_error(path, &e))?;
    Ok(value)
}

/// serde_json's message without the place it ends with (given already).
fn without_place(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let place = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&place).unwrap_or(&text).to_string()
}

fn json_error(path: &Path, e: &serde_json::Error) -> FileError {
    let msg = match e.classify() {
        // The place says it all: no English detail from the parser.
        serde_json::error::Category::Eof => {
            msg!("json-truncated", line = e.line(), column = e.column())
        }
        _ => msg!(
            "json-invalid",
            line = e.line(),
            column = e.column(),
            detail = described(&without_place(e))
        ),
    };
    FileError::invalid(path, "$", msg)
}

/// The parser's English message as a catalogue message, for the messages a user meets (a
/// missing comma, a wrong type, a missing field…); others are kept as they are.
fn described(english: &str) -> crate::i18n::Msg {
    let quoted = |s: &str| s.trim().trim_matches('`').to_string();
    if let Some(rest) = english.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        let (kind, value) = kind_of(found);
        return msg!(
            "json-wrong-type",
            found = kind,
            value = value,
            expected = kind_of(expected).0
        );
    }
    if let Some(field) = english.strip_prefix("missing field ") {
        return msg!("json-missing-field", field = quoted(field));
    }
    if let Some(field) = english.strip_prefix("duplicate field ") {
        return msg!("json-duplicate-field", field = quoted(field));
    }
    if let Some(rest) = english.strip_prefix("unknown variant ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        let expected = expected.trim_start_matches("one of ").to_string();
        return msg!(
            "json-unknown-value",
            found = quoted(found),
            expected = expected
        );
    }
    let key = match english {
        "expected `,` or `}`" => "json-expected-comma-brace",
        "expected `,` or `]`" => "json-expected-comma-bracket",
        "expected `:`" => "json-expected-colon",
        "expected value" => "json-expected-value",
        "expected ident" => "json-expected-value",
        "trailing comma" => "json-trailing-comma",
        "trailing characters" => "json-trailing-characters",
        "key must be a string" => "json-key-string",
        "invalid escape" => "json-invalid-escape",
        "invalid number" => "json-invalid-number",
        "number out of range" => "json-number-range",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "json-control-character"
        }
        "recursion limit exceeded" => "json-too-deep",
        _ => return detail("json-type", english),
    };
    msg!(key)
}

/// A serde type name in the words of the messages (`u8` is a whole number), and the value found
/// after it (` "x"` of `string "x"`, with its leading space; empty when none).
fn kind_of(serde: &str) -> (crate::i18n::Msg, String) {
    let s = serde.trim();
    let first = s.split([' ', '`']).next().unwrap_or(s);
    let value = s.strip_prefix(first).unwrap_or("").trim().to_string();
    let key = match first {
        "u8" | "u16" | "u32" | "u64" | "usize" | "i64" | "integer" => "json-kind-integer",
        "f32" | "f64" | "floating" => "json-kind-number",
        "string" => "json-kind-string",
        "a" if s.contains("string") => "json-kind-string",
        "a" if s.contains("sequence") => "json-kind-list",
        "boolean" | "bool" | "a" if s.contains("bool") => "json-kind-boolean",
        "null" | "unit" => "json-kind-null",
        "map" | "struct" => "json-kind-object",
        "sequence" => "json-kind-list",
        _ => return (detail("json-type", s), String::new()),
    };
    let value = match (first, value.is_empty()) {
        ("a" | "struct", _) | (_, true) => String::new(),
        _ => format!(" {}", crate::text::short(&value, 60)),
    };
    (msg!(key), value)
}

/// The UTF-8 text of a JSON file: a byte-order mark is dropped, other encodings and empty files
/// are refused.
fn decode_text<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, FileError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        FileError::invalid(path, "$", msg!("json-not-utf8", offset = e.valid_up_to()))
    })?;
    if text.trim().is_empty() {
        return Err(FileError::invalid(path, "$", msg!("json-empty")));
    }
    Ok(text)
}

fn json_path(serde_path: &str) -> String {
    if serde_path == "." || serde_path.is_empty() {
        "$".to_string()
    } else if serde_path.starts_with('[') {
        format!("${serde_path}")
    } else {
        format!("$.{serde_path}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn json_errors_say_what_and_where() {
        let p = Path::new("x.json");
        let e = parse_json(p, b"{\"a\": ").unwrap_err().to_string();
        assert!(e.contains("truncated"), "{e}");
        let e = parse_json(p, b"\xff\xfe").unwrap_err().to_string();
        assert!(e.contains("not UTF-8"), "{e}");
        let e = parse_json(p, b"").unwrap_err().to_string();
        assert!(e.contains("empty"), "{e}");
        assert!(
            parse_json(p, b"\xEF\xBB\xBF{}").is_ok(),
            "a BOM is accepted"
        );
    }

    #[test]
    fn a_foreign_file_is_named_in_the_users_language() {
        let p = Path::new("x-results.json");
        let v: serde_json::Value =
            serde_json::from_str(r#"{"format": "retail-maturity-results"}"#).unwrap();
        let e = check_format(p, &v, "retail-maturity-assessment", "assessment").unwrap_err();
        let fr = e.render(Lang::FR);
        assert!(fr.contains("pas une évaluation"), "{fr}");
        assert!(!fr.contains(" file, not "), "{fr}");
        assert!(e.to_string().contains("not an assessment"), "{e}");
    }
}
