//! Text from users' files made safe for where it goes: the terminal (no control sequences), XML
//! and SVG (no characters XML 1.0 forbids), spreadsheets (no formula), and the screen (cut to
//! what can be shown, in time linear in what is shown).

use std::borrow::Cow;

/// Whether `c` changes the direction of the text around it (the embeddings, overrides and
/// isolates of UAX #9): a retailer's name holding one could show "evil" as "live".
fn bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The most characters a grapheme cluster keeps together: the longest emoji sequences (a
/// family, a flag of a region) have about a dozen; a run of thousands of combining marks on one
/// letter is cut into clusters of this size.
pub const MAX_CLUSTER: usize = 32;

/// User text made neutral for any output: direction controls shown as U+FFFD (they would
/// reorder the text around them), and a grapheme cluster longer than [`MAX_CLUSTER`]
/// characters (a letter under thousands of combining marks) cut, each further part carried by
/// a dotted circle (U+25CC, as renderers show a mark with no letter), so that no layout works
/// on one cluster of thousands of marks (quadratic in some engines). Nothing is dropped; linear
/// in the text's length.
pub fn neutral(s: &str) -> Cow<'_, str> {
    use unicode_segmentation::UnicodeSegmentation;
    // ASCII has no direction control and no cluster longer than CR LF.
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let long = |g: &str| g.len() > MAX_CLUSTER && g.chars().nth(MAX_CLUSTER).is_some();
    if !s.chars().any(bidi_control) && !s.graphemes(true).any(long) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for g in s.graphemes(true) {
        for (i, c) in g.chars().enumerate() {
            // The letter and its first marks, then a dotted circle and the next marks, each
            // cluster at most MAX_CLUSTER characters.
            if i >= MAX_CLUSTER && (i - MAX_CLUSTER).is_multiple_of(MAX_CLUSTER - 1) {
                out.push('\u{25cc}');
            }
            out.push(if bidi_control(c) { '\u{fffd}' } else { c });
        }
    }
    Cow::Owned(out)
}

/// Control characters made visible: C0 controls as their Unicode control pictures (ESC → ␛),
/// DEL as ␡, C1 controls as �; direction controls and long runs of combining marks made
/// neutral ([`neutral`]). Newlines and tabs are kept.
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c != '\n' && c != '\t' && c.is_control();
    if !s.chars().any(unsafe_char) {
        return neutral(s);
    }
    let visible: String = s
        .chars()
        .map(|c| match c {
            '\n' | '\t' => c,
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
            '\u{7f}' => '\u{2421}',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect();
    Cow::Owned(neutral(&visible).into_owned())
}

/// Whether XML 1.0 allows `c` in a document.
fn xml_allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// The characters XML 1.0 forbids (NUL, BEL, ESC…, U+FFFE, U+FFFF) replaced by U+FFFD, so that
/// the text can go into an SVG, a workbook or a PDF; made [`neutral`] as well.
pub fn xml_safe(s: &str) -> Cow<'_, str> {
    if s.chars().all(xml_allowed) {
        return neutral(s);
    }
    let allowed: String = s
        .chars()
        .map(|c| if xml_allowed(c) { c } else { '\u{fffd}' })
        .collect();
    Cow::Owned(neutral(&allowed).into_owned())
}

/// A user's text for a document (the PDF): [`xml_safe`], and cut to `max` characters with an
/// ellipsis (a note of a hundred thousand characters is not typeset whole: the file and the
/// workbook keep it all). With `max` at most a few thousand, no unbroken run reaches the PDF
/// writer's 64 KiB limit.
pub fn for_document(s: &str, max: usize) -> Cow<'_, str> {
    match short(s, max) {
        Cow::Borrowed(b) => xml_safe(b),
        Cow::Owned(o) => Cow::Owned(xml_safe(&o).into_owned()),
    }
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

    #[test]
    fn direction_controls_are_shown_not_obeyed() {
        assert_eq!(neutral("\u{202e}evil\u{202c}"), "\u{fffd}evil\u{fffd}");
        assert_eq!(xml_safe("a\u{2067}b"), "a\u{fffd}b");
        assert_eq!(terminal_safe("a\u{2066}b"), "a\u{fffd}b");
        assert!(matches!(neutral("Boutique Lumière 漢字"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_letter_under_thousands_of_marks_is_cut_into_short_clusters_and_keeps_them_all() {
        use unicode_segmentation::UnicodeSegmentation;
        let zalgo = format!("a{}b", "\u{301}".repeat(5_000));
        let safe = neutral(&zalgo);
        assert!(
            safe.graphemes(true)
                .all(|g| g.chars().count() <= MAX_CLUSTER)
        );
        let marks = safe.chars().filter(|&c| c == '\u{301}').count();
        assert_eq!(marks, 5_000, "no mark dropped");
        assert!(safe.starts_with('a') && safe.ends_with('b'));
        // A family emoji (a ZWJ sequence of 7 characters) is one cluster, untouched.
        let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}\u{200d}\u{1f466}";
        assert!(matches!(neutral(family), Cow::Borrowed(_)));
    }
}
