//! CSV exports (results of one assessment, a comparison, a portfolio's ranking): UTF-8 with a
//! byte-order mark, the separators chosen (`;` and decimal commas for a French spreadsheet),
//! and no cell a spreadsheet would run as a formula (OWASP: a leading `'`, and quoted).

use crate::compare::Comparison;
use crate::framework::Framework;
use crate::lang::Lang;
use crate::portfolio::Portfolio;
use crate::request::CsvStyle;
use crate::results::{Results, TrackOut};

/// A CSV document being written.
pub(crate) struct Writer {
    out: String,
    style: CsvStyle,
    row_started: bool,
}

impl Writer {
    pub(crate) fn new(style: CsvStyle) -> Writer {
        Writer {
            out: String::from("\u{feff}"),
            style,
            row_started: false,
        }
    }

    fn field(&mut self, s: &str, force_quotes: bool) {
        if self.row_started {
            self.out.push(self.style.delimiter);
        }
        self.row_started = true;
        let quote = force_quotes || s.contains([self.style.delimiter, '"', '\r', '\n']);
        if quote {
            self.out.push('"');
            self.out.push_str(&s.replace('"', "\"\""));
            self.out.push('"');
        } else {
            self.out.push_str(s);
        }
    }

    /// Text of our own (headings, ids, names of the framework).
    pub(crate) fn plain(&mut self, s: &str) -> &mut Self {
        self.field(s, false);
        self
    }

    /// Text from a user's file: a formula is neutralised and quoted.
    pub(crate) fn user(&mut self, s: &str) -> &mut Self {
        let (safe, changed) = crate::text::formula_safe(s);
        self.field(&safe, changed);
        self
    }

    /// A number with `decimals` decimals.
    pub(crate) fn num(&mut self, x: f64, decimals: usize) -> &mut Self {
        let s = crate::i18n::format_number(x, decimals, self.style.decimal);
        self.field(&s, false);
        self
    }

    /// An empty cell.
    pub(crate) fn empty(&mut self) -> &mut Self {
        self.field("", false);
        self
    }

    pub(crate) fn end_row(&mut self) {
        self.out.push('\n');
        self.row_started = false;
    }

    pub(crate) fn finish(self) -> Vec<u8> {
        self.out.into_bytes()
    }
}

/// Results of one assessment, one row per family.
pub fn results_csv(r: &Results, style: CsvStyle) -> Vec<u8> {
    let l = r.lang;
    let mut w = Writer::new(style);
    for key in [
        "csv-family-id",
        "csv-family",
        "csv-applicable",
        "csv-level",
        "csv-top-level",
        "csv-score",
        "csv-target-level",
        "csv-target-score",
        "csv-gap",
        "csv-weight",
        "csv-in-store",
        "csv-reached-practice",
        "csv-notes",
        "csv-practices",
        "csv-foundations",
        "csv-confidence",
        "csv-evidence",
    ] {
        w.plain(l.t(key));
    }
    w.end_row();
    for f in &r.families {
        let answers: Vec<_> = f.tracks.iter().map(|t| t.in_store).collect();
        // A cell is empty, not a dash, where nothing was answered.
        let in_store = if answers.iter().all(Option::is_none) {
            String::new()
        } else {
            crate::cells::in_store_cell(l, &answers)
        };
        let multi = f.tracks.len() > 1;
        let join = |get: &dyn Fn(&TrackOut) -> &str| {
            f.tracks
                .iter()
                .filter(|t| !get(t).is_empty())
                .map(|t| {
                    if multi {
                        format!("{}: {}", t.name, get(t))
                    } else {
                        get(t).to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join(" | ")
        };
        w.plain(&f.id).plain(&f.name).plain(l.yes_no(f.applicable));
        // Empty where nothing is answered yet (the score counts it as 0) or where the family
        // does not apply; target and gap empty where no target is set.
        let answered = f.tracks.iter().any(|t| t.answered);
        let has_target = f.tracks.iter().any(|t| t.target.is_some());
        if f.applicable && answered {
            w.plain(&f.level.to_string());
        } else {
            w.empty();
        }
        w.plain(&f.top.to_string());
        if f.applicable {
            w.num(f.score, 1);
        } else {
            w.empty();
        }
        if f.applicable && has_target {
            w.plain(&f.target_level.to_string())
                .num(f.target_score, 1)
                .num(f.gap, 1);
        } else {
            w.empty().empty().empty();
        }
        w.plain(
            &f.weight
                .to_string()
                .replace('.', &style.decimal.to_string()),
        );
        w.plain(&in_store);
        w.plain(&join(&|t| &t.practice));
        w.user(&join(&|t| &t.note));
        let practices: Vec<String> = f
            .tracks
            .iter()
            .map(|t| {
                t.practices
                    .as_ref()
                    .map(|p| positions(p))
                    .unwrap_or_default()
            })
            .collect();
        let foundations: Vec<String> = f.tracks.iter().map(|t| positions(&t.foundations)).collect();
        let confidence: Vec<String> = f
            .tracks
            .iter()
            .map(|t| {
                t.confidence
                    .map_or(String::new(), |c| l.t(c.key()).to_string())
            })
            .collect();
        let evidence: Vec<String> = f
            .tracks
            .iter()
            .map(|t| evidence_text(&t.evidence))
            .collect();
        for (cells, user) in [
            (practices, false),
            (foundations, false),
            (confidence, false),
            (evidence, true),
        ] {
            let text = per_track(f, &cells);
            if user {
                w.user(&text);
            } else {
                w.plain(&text);
            }
        }
        w.end_row();
    }
    w.finish()
}

/// Positions as a cell: `1 2 5`.
fn positions(p: &[u8]) -> String {
    p.iter().map(u8::to_string).collect::<Vec<_>>().join(" ")
}

/// Evidence as a cell: `title <reference>`, one after the other.
fn evidence_text(evidence: &[crate::assessment::Evidence]) -> String {
    evidence
        .iter()
        .map(|e| match (e.reference.trim(), e.by.trim()) {
            ("", "") => e.title.clone(),
            ("", by) => format!("{} ({by})", e.title),
            (r, "") => format!("{} <{r}>", e.title),
            (r, by) => format!("{} <{r}> ({by})", e.title),
        })
        .collect::<Vec<_>>()
        .join(" ; ")
}

/// One value per track of `f` as one cell: the track's value alone, or each named where the
/// family has several tracks (empty ones left out).
fn per_track(f: &crate::results::FamilyOut, cells: &[String]) -> String {
    if f.tracks.len() == 1 {
        return cells.first().cloned().unwrap_or_default();
    }
    f.tracks
        .iter()
        .zip(cells)
        .filter(|(_, c)| !c.is_empty())
        .map(|(t, c)| format!("{}: {c}", t.name))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// A comparison: one row per family, the level in each assessment, then the changes.
pub fn comparison_csv(
    framework: &Framework,
    c: &Comparison,
    lang: Lang,
    style: CsvStyle,
) -> Vec<u8> {
    let l = lang;
    let mut w = Writer::new(style);
    w.plain(l.t("csv-family-id")).plain(l.t("csv-family"));
    for i in &c.items {
        w.user(&i.label());
    }
    w.plain(l.t("csv-level-change"))
        .plain(l.t("csv-score-change"));
    w.end_row();
    let na = l.t("not-applicable-short");
    for (f, row) in framework.families.iter().zip(&c.families) {
        w.plain(&f.id).plain(f.name.get(l));
        for (level, answered) in row.levels.iter().zip(&row.answered) {
            match (level, answered) {
                (None, _) => w.plain(na),
                (Some(_), false) => w.empty(),
                (Some(v), true) => w.plain(&v.to_string()),
            };
        }
        // No change where a family does not apply at one end (n/a), or is not answered (empty).
        let applies = row.levels.first().is_some_and(Option::is_some)
            && row.levels.last().is_some_and(Option::is_some);
        let none = if applies { "" } else { na };
        match row.level_delta {
            Some(d) => w.plain(&format!("{d:+}")),
            None => w.plain(none),
        };
        match row.score_delta {
            Some(d) => w.plain(&signed(d, style)),
            None => w.plain(none),
        };
        w.end_row();
    }
    w.empty().plain(l.t("maturity-score"));
    for i in &c.items {
        w.num(i.overall, 1);
    }
    w.empty().plain(&signed(c.overall_delta, style));
    w.end_row();
    w.finish()
}

fn signed(x: f64, style: CsvStyle) -> String {
    crate::i18n::format_number(x, 1, style.decimal)
        .chars()
        .fold(String::new(), |mut s, c| {
            if s.is_empty() && c != '-' {
                s.push('+');
            }
            s.push(c);
            s
        })
}

/// A portfolio's ranking: one row per assessment, with its family levels.
pub fn ranking_csv(p: &Portfolio, framework: &Framework, l: Lang, style: CsvStyle) -> Vec<u8> {
    let mut w = Writer::new(style);
    for key in [
        "csv-rank",
        "csv-retailer",
        "csv-date",
        "csv-score",
        "csv-stage",
        "csv-in-store-coverage",
        "csv-checked-share",
        "csv-file",
    ] {
        w.plain(l.t(key));
    }
    for f in &framework.families {
        w.plain(&f.id);
    }
    w.end_row();
    let na = l.t("not-applicable-short");
    for (i, e) in p.entries.iter().enumerate() {
        w.plain(&(i + 1).to_string())
            .user(&e.retailer)
            .user(e.date.as_deref().unwrap_or_default())
            .num(e.score, 2)
            .plain(framework.stages[e.stage].name.get(l))
            .num(e.in_store_coverage, 4)
            .num(e.checked_share, 4)
            .user(&e.path.display().to_string());
        for f in &e.profile.families {
            if f.applicable {
                w.plain(&f.level.to_string());
            } else {
                w.plain(na);
            }
        }
        w.end_row();
    }
    w.finish()
}

/// A team's consolidation: one row per track, each respondent's level, then the consolidated
/// level, the range and whether they disagree.
pub fn team_csv(
    framework: &Framework,
    t: &crate::team::Consolidation,
    lang: Lang,
    style: CsvStyle,
) -> Vec<u8> {
    let l = lang;
    let mut w = Writer::new(style);
    w.plain(l.t("csv-family")).plain(l.t("csv-track"));
    for name in &t.respondents {
        w.user(name);
    }
    for key in [
        "csv-consolidated",
        "csv-min",
        "csv-max",
        "csv-spread",
        "csv-disagreement",
    ] {
        w.plain(l.t(key));
    }
    w.end_row();
    let level = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_default();
    for ((f, tr), v) in framework.tracks().zip(&t.tracks) {
        w.plain(f.name.get(l));
        w.plain(tr.name.as_ref().map(|n| n.get(l)).unwrap_or_default());
        for answer in &v.levels {
            w.plain(&level(*answer));
        }
        w.plain(&level(v.level))
            .plain(&level(v.min))
            .plain(&level(v.max));
        w.plain(&v.spread.to_string())
            .plain(l.yes_no(v.disagreement));
        w.end_row();
    }
    w.finish()
}

#[cfg(test)]
mod tests;
