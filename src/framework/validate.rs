//! Validation of a framework file: ids, texts in both languages, levels without holes,
//! stages in order, weights — every problem with its JSON path.

use super::{FRAMEWORK_FORMAT_VERSION, Framework, Guidance, MAX_POSITION, MAX_RATING};
use crate::error::Problem;
use crate::i18n::Msg;
use crate::lang::Text;
use crate::msg;
use std::collections::HashSet;

impl Framework {
    /// Every inconsistency in the framework (empty when it is valid).
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut p = |at: String, m: Msg| out.push(Problem::new(at, m));
        if self.format_version != FRAMEWORK_FORMAT_VERSION {
            p(
                "$.format_version".into(),
                msg!(
                    "framework-format-version",
                    version = self.format_version,
                    supported = FRAMEWORK_FORMAT_VERSION
                ),
            );
        }
        if self.id.trim().is_empty() {
            p("$.id".into(), msg!("framework-empty-id"));
        }
        if self.version.trim().is_empty() {
            p("$.version".into(), msg!("framework-empty-version"));
        }
        check_text(&mut p, "$.title", &self.title);
        check_text(&mut p, "$.reading", &self.reading);
        for (name, t) in [
            ("complexity", &self.axes.complexity),
            ("simple", &self.axes.simple),
            ("advanced", &self.axes.advanced),
            ("maturity", &self.axes.maturity),
            ("common", &self.axes.common),
            ("innovative", &self.axes.innovative),
            ("families", &self.axes.families),
            ("in_store", &self.axes.in_store),
        ] {
            check_text(&mut p, &format!("$.axes.{name}"), t);
        }
        if self.stages.is_empty() {
            p("$.stages".into(), msg!("stages-none"));
        }
        let mut prev = f64::NEG_INFINITY;
        for (i, s) in self.stages.iter().enumerate() {
            let at = format!("$.stages[{i}]");
            if i == 0 && s.from != 0.0 {
                p(format!("{at}.from"), msg!("stage-first-from"));
            }
            if !(0.0..100.0).contains(&s.from) || s.from <= prev {
                p(
                    format!("{at}.from"),
                    msg!("stage-from-order", from = s.from.to_string()),
                );
            }
            prev = s.from;
            check_text(&mut p, &format!("{at}.name"), &s.name);
        }
        if let Some(scale) = &self.guidance_scale {
            check_text(&mut p, "$.guidance_scale.effort", &scale.effort);
            check_text(&mut p, "$.guidance_scale.impact", &scale.impact);
            if let Some(o) = &scale.order {
                check_text(&mut p, "$.guidance_scale.order", o);
            }
        }
        if self.families.is_empty() {
            p("$.families".into(), msg!("families-none"));
        }
        if self.families.len() > MAX_FAMILIES {
            p(
                "$.families".into(),
                msg!(
                    "framework-too-many",
                    count = self.families.len(),
                    max = MAX_FAMILIES
                ),
            );
        }
        let mut family_ids = HashSet::new();
        let mut track_ids = HashSet::new();
        for (fi, f) in self.families.iter().enumerate() {
            let at = format!("$.families[{fi}]");
            check_id(
                &mut p,
                &format!("{at}.id"),
                &f.id,
                &mut family_ids,
                "family",
            );
            check_text(&mut p, &format!("{at}.name"), &f.name);
            if !(f.weight.is_finite() && f.weight > 0.0 && f.weight <= 1000.0) {
                p(
                    format!("{at}.weight"),
                    msg!("family-weight", weight = f.weight.to_string()),
                );
            }
            if f.tracks.is_empty() {
                p(format!("{at}.tracks"), msg!("family-no-track"));
            }
            if f.tracks.len() > MAX_TRACKS {
                p(
                    format!("{at}.tracks"),
                    msg!(
                        "framework-too-many",
                        count = f.tracks.len(),
                        max = MAX_TRACKS
                    ),
                );
            }
            for (ti, t) in f.tracks.iter().enumerate() {
                let at = format!("{at}.tracks[{ti}]");
                check_id(&mut p, &format!("{at}.id"), &t.id, &mut track_ids, "track");
                match &t.name {
                    Some(n) => check_text(&mut p, &format!("{at}.name"), n),
                    None if f.tracks.len() > 1 => p(format!("{at}.name"), msg!("track-needs-name")),
                    None => {}
                }
                check_text(&mut p, &format!("{at}.in_store"), &t.in_store);
                if let Some(g) = &t.in_store_guidance {
                    check_guidance(&mut p, &format!("{at}.in_store_guidance"), g);
                }
                let mut positions: Vec<u8> = t.levels.iter().map(|l| l.position).collect();
                positions.sort_unstable();
                let expected: Vec<u8> = (1..=positions.len() as u8).collect();
                if t.levels.is_empty() || t.levels.len() > MAX_POSITION as usize {
                    p(
                        format!("{at}.levels"),
                        msg!(
                            "track-levels-count",
                            count = t.levels.len(),
                            max = MAX_POSITION
                        ),
                    );
                } else if positions != expected {
                    p(
                        format!("{at}.levels"),
                        msg!(
                            "track-positions",
                            positions = format!("{positions:?}"),
                            count = t.levels.len()
                        ),
                    );
                }
                for (li, l) in t.levels.iter().enumerate() {
                    let at = format!("{at}.levels[{li}]");
                    if !(1..=MAX_POSITION).contains(&l.position) {
                        p(
                            format!("{at}.position"),
                            msg!(
                                "level-position-range",
                                position = l.position,
                                max = MAX_POSITION
                            ),
                        );
                    }
                    check_text(&mut p, &format!("{at}.text"), &l.text);
                    if let Some(g) = &l.guidance {
                        check_guidance(&mut p, &format!("{at}.guidance"), g);
                    }
                }
            }
        }
        out
    }
}

/// Most families of a framework, and tracks of a family: a questionnaire people answer (and
/// documents of bounded size).
const MAX_FAMILIES: usize = 60;
/// See [`MAX_FAMILIES`].
const MAX_TRACKS: usize = 12;
/// Longest text of a framework, in characters (the reading of the table is the longest).
const MAX_TEXT_CHARS: usize = 10_000;

fn check_text(p: &mut impl FnMut(String, Msg), at: &str, t: &Text) {
    for (code, text) in [("fr", &t.fr), ("en", &t.en)]
        .into_iter()
        .chain(t.more.iter().map(|(c, x)| (c.as_str(), x)))
    {
        // Counted up to one past the limit: linear in the limit, not in the text.
        if text.chars().take(MAX_TEXT_CHARS + 1).count() > MAX_TEXT_CHARS {
            p(
                format!("{at}.{code}"),
                msg!("text-too-long", max = MAX_TEXT_CHARS),
            );
        }
    }
    if t.fr.trim().is_empty() {
        p(format!("{at}.fr"), msg!("text-empty-fr"));
    }
    if t.en.trim().is_empty() {
        p(format!("{at}.en"), msg!("text-empty-en"));
    }
    for (code, text) in &t.more {
        let is_code = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
        if !is_code {
            p(
                format!("{at}.{code}"),
                msg!("text-unknown-key", key = code.as_str()),
            );
        } else if text.trim().is_empty() {
            p(
                format!("{at}.{code}"),
                msg!("text-empty-other", code = code.as_str()),
            );
        }
    }
}

/// Most items of a guidance list.
const MAX_ITEMS: usize = 8;

fn check_guidance(p: &mut impl FnMut(String, Msg), at: &str, g: &Guidance) {
    check_text(p, &format!("{at}.meaning"), &g.meaning);
    check_text(p, &format!("{at}.why"), &g.why);
    for (name, list) in [
        ("signs", &g.signs),
        ("first_steps", &g.first_steps),
        ("kpis", &g.kpis),
    ] {
        let at = format!("{at}.{name}");
        let langs = [("fr", &list.fr), ("en", &list.en)]
            .into_iter()
            .chain(list.more.iter().map(|(c, l)| (c.as_str(), l)));
        for (code, items) in langs {
            if items.is_empty() || items.len() > MAX_ITEMS {
                p(
                    format!("{at}.{code}"),
                    msg!("guidance-list-count", count = items.len(), max = MAX_ITEMS),
                );
            } else if items.len() != list.fr.len() {
                p(
                    format!("{at}.{code}"),
                    msg!(
                        "guidance-list-lengths",
                        count = items.len(),
                        french = list.fr.len()
                    ),
                );
            }
            for (i, item) in items.iter().enumerate().take(MAX_ITEMS + 1) {
                if item.trim().is_empty() {
                    p(format!("{at}.{code}[{i}]"), msg!("guidance-item-empty"));
                } else if item.chars().take(MAX_TEXT_CHARS + 1).count() > MAX_TEXT_CHARS {
                    p(
                        format!("{at}.{code}[{i}]"),
                        msg!("text-too-long", max = MAX_TEXT_CHARS),
                    );
                }
            }
        }
    }
    for (name, value) in [("effort", g.effort), ("impact", g.impact)] {
        if !(1..=MAX_RATING).contains(&value) {
            p(
                format!("{at}.{name}"),
                msg!("guidance-rating", value = value, max = MAX_RATING),
            );
        }
    }
}

fn check_id(
    p: &mut impl FnMut(String, Msg),
    at: &str,
    id: &str,
    seen: &mut HashSet<String>,
    what: &'static str,
) {
    if id.trim().is_empty() {
        p(at.into(), msg!("id-empty", what = what));
    } else if !seen.insert(id_key(id)) {
        p(at.into(), msg!("id-duplicate", what = what, id = id));
    }
}

/// What makes two ids the same to a person: equal after Unicode normalisation (NFC) and
/// case folding (`Omni` and `omni`, `é` composed or not, are one id).
fn id_key(id: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    id.nfc().flat_map(char::to_lowercase).collect()
}
