//! Text from users' files made safe for where it goes: the terminal (no control sequences), XML
//! and SVG (no characters XML 1.0 forbids), spreadsheets (no formula), and the screen (cut to
//! what can be shown, in time linear in what is shown).

use std::borrow::Cow;

/// Control characters made visible: C0 controls as their Unicode control pictures (ESC → ␛),
/// DEL as ␡, C1 controls as �. Newlines and tabs are kept.
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c != '\n' && c != '\t' && c.is_control();
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\n' | '\t' => c,
                '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
                '\u{7f}' => '\u{2421}',
                c if c.is_control() => '\u{fffd}',
                c => c,
            })
            .collect(),
    )
}

/// Whether XML 1.0 allows `c` in a document.
fn xml_allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// The characters XML 1.0 forbids (NUL, BEL, ESC…, U+FFFE, U+FFFF) replaced by U+FFFD, so that
/// the text can go into an SVG, a workbook or a PDF's metadata.
pub fn xml_safe(s: &str) -> Cow<'_, str> {
    if s.chars().all(xml_allowed) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| if xml_allowed(c) { c } else { '\u{fffd}' })
            .collect(),
    )
}

/// A spreadsheet cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return) gets a leading `'`, as OWASP recommends; `true` when changed.
pub fn formula_safe(s: &str) -> (Cow<'_, str>, bool) {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        (Cow::Owned(format!("'{s}")), true)
    } else {
        (Cow::Borrowed(s), false)
    }
}

/// At most `max` characters of `s` (an ellipsis ends a cut text), looking at no more of `s`
/// than that: for labels in lists and tables, whatever the size of the file's text.
pub fn short(s: &str, max: usize) -> Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => Cow::Borrowed(s),
        Some(_) => {
            let end = s
                .char_indices()
                .nth(max.saturating_sub(1))
                .map_or(s.len(), |(i, _)| i);
            Cow::Owned(format!("{}…", s[..end].trim_end()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_text_shows_control_characters() {
        assert_eq!(terminal_safe("a\u{1b}[31mb"), "a\u{241b}[31mb");
        assert_eq!(terminal_safe("x\u{7}\u{9b}y\n"), "x\u{2407}\u{fffd}y\n");
        assert!(matches!(terminal_safe("plain\ttext"), Cow::Borrowed(_)));
    }

    #[test]
    fn xml_text_has_no_forbidden_character() {
        assert_eq!(
            xml_safe("a\u{0}b\u{1b}c\u{fffe}"),
            "a\u{fffd}b\u{fffd}c\u{fffd}"
        );
        assert_eq!(xml_safe("é\n<&>"), "é\n<&>");
    }

    #[test]
    fn formulas_are_neutralised() {
        for f in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            let (s, changed) = formula_safe(f);
            assert!(changed && s.starts_with('\''), "{f}");
        }
        assert_eq!(
            formula_safe("Maison Dupont"),
            (Cow::Borrowed("Maison Dupont"), false)
        );
    }

    #[test]
    fn short_texts_cut_with_an_ellipsis() {
        assert_eq!(short("Maison Dupont", 20), "Maison Dupont");
        assert_eq!(short("Maison Dupont", 7), "Maison…");
        assert_eq!(short("éééé", 3), "éé…");
    }
}
