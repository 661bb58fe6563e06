//! What the charts draw, taken from the core: rows of the profile, series of assessments, labels.

use crate::assessment::Assessment;
use crate::compare::Comparison;
use crate::framework::Framework;
use crate::lang::Lang;
use crate::reference::Reference;
use crate::score::Scorecard;

/// The most characters of a name a chart's title keeps (it is cut to its width when drawn).
const TITLE_CHARS: usize = 300;

/// One row of the profile: a track (ReCommerce has three).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The family's name.
    pub family: String,
    /// The track's name, for families with several tracks.
    pub track: Option<String>,
    /// Index of the family.
    pub family_index: usize,
    /// The track's highest position.
    pub top: u8,
}

/// One assessment, as the charts see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Legend: retailer (date).
    pub label: String,
    /// Retailer.
    pub retailer: String,
    /// Date, if any.
    pub date: Option<String>,
    /// Reached level per row; `None` where the family is not applicable.
    pub levels: Vec<Option<u8>>,
    /// Target level per row, where set.
    pub targets: Vec<Option<u8>>,
    /// In-store counterpart per row; `None` where not answered yet.
    pub in_store: Vec<Option<bool>>,
    /// Whether each row has been answered (an unanswered row counts as level 0).
    pub answered: Vec<bool>,
    /// Family scores; `None` where not applicable.
    pub scores: Vec<Option<f64>>,
    /// Family target scores (reached score where no target), `None` where not applicable.
    pub target_scores: Vec<Option<f64>>,
    /// Whether any target is set.
    pub has_targets: bool,
    /// Maturity score.
    pub overall: f64,
}

/// A reference drawn under the assessments: mean levels, possibly fractional.
#[derive(Debug, Clone, PartialEq)]
pub struct RefSeries {
    /// Legend.
    pub label: String,
    /// Mean level per row; `None` where the family applies to none.
    pub levels: Vec<Option<f64>>,
    /// Mean family scores; `None` where the family applies to none.
    pub scores: Vec<Option<f64>>,
}

impl RefSeries {
    /// The reference as the charts draw it.
    pub fn new(framework: &Framework, r: &Reference, lang: Lang) -> RefSeries {
        let mut levels = Vec::new();
        let mut scores = Vec::new();
        for (f, m) in framework.families.iter().zip(&r.families) {
            let applies = m.applicable > 0;
            scores.push(applies.then_some(m.mean_score));
            for t in &f.tracks {
                levels.push(if applies { r.level(&t.id) } else { None });
            }
        }
        RefSeries {
            label: crate::tr!(
                lang,
                "chart-reference",
                label = crate::text::short(&r.label, TITLE_CHARS).into_owned()
            ),
            levels,
            scores,
        }
    }
}

/// Labels in the chosen language.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    /// Language.
    pub lang: Lang,
    /// Simple end of the complexity axis.
    pub simple: String,
    /// Advanced end.
    pub advanced: String,
    /// Common end of the maturity axis.
    pub common: String,
    /// Innovative end.
    pub innovative: String,
    /// Complexity axis name.
    pub complexity: String,
    /// In-store column heading.
    pub in_store: String,
    /// Stage names.
    pub stages: Vec<String>,
    /// Where each stage begins (0–100).
    pub stage_bounds: Vec<f64>,
}

/// Everything a chart needs.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    /// Title line of the header.
    pub title: String,
    /// Second line of the header (scores, stage, coverage).
    pub subtitle: String,
    /// The chart's text alternative: one sentence saying what it shows (score, stage,
    /// strongest and weakest families), for screen readers, the PDF and the workbook.
    pub alt: String,
    /// Profile rows.
    pub rows: Vec<Row>,
    /// Family names (radar spokes, delta bars).
    pub families: Vec<String>,
    /// One series per assessment, oldest first in a comparison.
    pub series: Vec<Series>,
    /// A reference drawn under them, if pinned.
    pub reference: Option<RefSeries>,
    /// A team's answers under the consolidated ones: per row, the range and the respondents.
    pub team: Option<Vec<TeamRow>>,
    /// The action plan's steps, for the impact / effort matrix (one assessment; those whose
    /// practice has an effort and an impact).
    pub steps: Vec<MatrixStep>,
    /// Colours and smallest text.
    pub look: super::look::Look,
    /// Labels.
    pub labels: Labels,
}

/// A step of the action plan on the impact / effort matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixStep {
    /// Its rank in the plan.
    pub rank: usize,
    /// The track (family name, and track name where there are several).
    pub label: String,
    /// The practice to put in place.
    pub practice: String,
    /// Typical effort, 1 to 3.
    pub effort: u8,
    /// Typical impact, 1 to 3.
    pub impact: u8,
    /// Index of the family.
    pub family_index: usize,
    /// Whether it is a foundation to consolidate (below the reached level).
    pub foundation: bool,
}

/// One row of a team's answers: the range of the levels answered and how many answered each.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamRow {
    /// Lowest level answered.
    pub min: Option<u8>,
    /// Highest level answered.
    pub max: Option<u8>,
    /// How many respondents answered each level, 0 to 5.
    pub counts: [usize; 6],
    /// Whether the respondents disagree.
    pub disagreement: bool,
}

impl ChartData {
    /// The charts of `series` on `framework`'s rows, families and labels, in language `l`.
    fn of(
        framework: &Framework,
        l: Lang,
        title: String,
        subtitle: String,
        series: Vec<Series>,
    ) -> ChartData {
        ChartData {
            alt: subtitle.clone(),
            title,
            subtitle,
            rows: rows(framework, l),
            families: framework
                .families
                .iter()
                .map(|f| f.name.get(l).to_string())
                .collect(),
            series,
            reference: None,
            team: None,
            steps: Vec::new(),
            look: super::look::Look::PRINT,
            labels: labels(framework, l),
        }
    }

    /// The charts of one assessment.
    pub fn single(
        framework: &Framework,
        a: &Assessment,
        card: &Scorecard,
        lang: Lang,
    ) -> ChartData {
        let l = lang;
        let name = if a.retailer.trim().is_empty() {
            l.t("chart-unnamed").into()
        } else {
            crate::text::short(a.retailer.trim(), TITLE_CHARS)
        };
        // A date being typed ("31/02/2026") is not a date yet: the title waits for one.
        let title = match a
            .date
            .as_deref()
            .filter(|d| crate::assessment::is_iso_date(d))
        {
            Some(d) => format!("{name} — {d}"),
            None => name.to_string(),
        };
        let coverage = number(card.in_store_coverage * 100.0, l);
        let coverage = coverage
            .strip_suffix(&format!("{}0", l.decimal()))
            .unwrap_or(&coverage);
        let mut subtitle = crate::tr!(
            l,
            "chart-subtitle",
            score = number(card.overall, l),
            stage = framework.stages[card.stage].name.get(l),
            coverage = coverage
        );
        if card.has_targets {
            subtitle.push_str(&crate::tr!(
                l,
                "chart-subtitle-target",
                target = number(card.target_overall, l)
            ));
        }
        let drawn = vec![series(framework, a, card, a.label())];
        let mut data = ChartData::of(framework, l, title, subtitle, drawn);
        data.alt = format!("{}. {}", data.title, summary_sentence(framework, card, l));
        data.steps = crate::plan::action_plan(framework, card, l)
            .into_iter()
            .filter_map(|s| {
                Some(MatrixStep {
                    rank: s.rank,
                    family_index: framework.families.iter().position(|f| f.id == s.family)?,
                    label: s.name,
                    practice: s.practice,
                    effort: s.effort?,
                    impact: s.impact?,
                    foundation: s.foundation,
                })
            })
            .collect();
        data
    }

    /// The charts of a team's consolidation: the consolidated assessment, over the range and the
    /// marks of the respondents' answers.
    pub fn team(framework: &Framework, t: &crate::team::Consolidation, lang: Lang) -> ChartData {
        let card = Scorecard::compute(framework, &t.assessment);
        let mut data = ChartData::single(framework, &t.assessment, &card, lang);
        data.subtitle = crate::tr!(
            lang,
            "chart-team-subtitle",
            count = t.respondents.len(),
            score = number(card.overall, lang),
            disagreements = t.disagreements().len()
        );
        data.team = Some(
            t.tracks
                .iter()
                .map(|v| {
                    let mut counts = [0usize; 6];
                    for l in v.levels.iter().flatten() {
                        counts[usize::from((*l).min(5))] += 1;
                    }
                    TeamRow {
                        min: v.min,
                        max: v.max,
                        counts,
                        disagreement: v.disagreement,
                    }
                })
                .collect(),
        );
        data
    }

    /// The same charts with `reference` drawn under the assessments.
    pub fn with_reference(mut self, framework: &Framework, reference: &Reference) -> ChartData {
        self.reference = Some(RefSeries::new(framework, reference, self.labels.lang));
        self
    }

    /// The charts of a reference alone (e.g. a portfolio's mean profile).
    pub fn reference_only(framework: &Framework, r: &Reference, lang: Lang) -> ChartData {
        let l = lang;
        let subtitle = crate::tr!(
            l,
            "chart-reference-subtitle",
            score = number(r.overall(framework), l),
            count = r.count
        );
        let title = crate::text::short(&r.label, TITLE_CHARS).into_owned();
        ChartData::of(framework, l, title, subtitle, Vec::new()).with_reference(framework, r)
    }

    /// The charts of a comparison of assessments (2 to 6 are drawn distinguishably).
    pub fn comparison(framework: &Framework, assessments: &[&Assessment], lang: Lang) -> ChartData {
        let l = lang;
        let mut sorted: Vec<&Assessment> = assessments.to_vec();
        if sorted.iter().all(|a| a.date.is_some()) {
            sorted.sort_by(|a, b| a.date.cmp(&b.date));
        }
        let inputs: Vec<(String, &Assessment)> = sorted.iter().map(|a| (a.label(), *a)).collect();
        let cmp = Comparison::new(framework, &inputs);
        let series: Vec<Series> = sorted
            .iter()
            .map(|a| series(framework, a, &Scorecard::compute(framework, a), a.label()))
            .collect();
        let title = crate::tr!(l, "chart-comparison-title", count = sorted.len());
        let scores = series
            .iter()
            .map(|s| number(s.overall, l))
            .collect::<Vec<_>>()
            .join(" · ");
        let mut subtitle = crate::tr!(
            l,
            "chart-comparison-subtitle",
            scores = scores,
            change = signed(cmp.overall_delta, l)
        );
        if let Some(t) = &cmp.trend {
            subtitle.push_str(&crate::tr!(
                l,
                "chart-comparison-trend",
                trend = signed(t.per_year, l)
            ));
        }
        ChartData::of(framework, l, title, subtitle, series)
    }

    /// Whether every series is of one retailer (case aside, as the comparison tells them).
    pub fn one_retailer(&self) -> bool {
        self.series
            .windows(2)
            .all(|w| w[0].retailer == w[1].retailer)
    }

    /// Whether the series form a time series of one retailer (all dated, distinct dates).
    pub fn is_time_series(&self) -> bool {
        self.series.len() > 1
            && self.series.iter().all(|s| s.date.is_some())
            && self
                .series
                .windows(2)
                .all(|w| w[0].retailer == w[1].retailer)
            && self.series.windows(2).all(|w| w[0].date < w[1].date)
    }
}

/// One sentence on one assessment's results: score, stage, strongest and weakest families.
pub fn summary_sentence(framework: &Framework, card: &Scorecard, l: Lang) -> String {
    let scored: Vec<(f64, &str)> = framework
        .families
        .iter()
        .zip(&card.families)
        .filter(|(_, fs)| fs.applicable && fs.tracks.iter().any(|t| t.answered))
        .map(|(f, fs)| (fs.score, f.name.get(l)))
        .collect();
    let stage = framework.stages[card.stage].name.get(l);
    let score = number(card.overall, l);
    let (Some(hi), Some(lo)) = (
        scored.iter().map(|x| x.0).reduce(f64::max),
        scored.iter().map(|x| x.0).reduce(f64::min),
    ) else {
        return crate::tr!(l, "chart-alt-unanswered", score = score, stage = stage);
    };
    let names = |v: f64| {
        let all: Vec<&str> = scored
            .iter()
            .filter(|x| (x.0 - v).abs() < 1e-9)
            .map(|x| x.1)
            .collect();
        let shown = all.iter().take(3).copied().collect::<Vec<_>>().join(", ");
        if all.len() > 3 {
            crate::tr!(
                l,
                "chart-alt-and-more",
                names = shown,
                count = all.len() - 3
            )
        } else {
            shown
        }
    };
    crate::tr!(
        l,
        "chart-alt",
        score = score,
        stage = stage,
        strongest = names(hi),
        high = number(hi, l),
        weakest = names(lo),
        low = number(lo, l)
    )
}

/// A number with one decimal, in the language's decimal format (a comma in French).
pub fn number(x: f64, l: Lang) -> String {
    crate::i18n::format_number(x, 1, l.decimal())
}

/// A signed number with one decimal.
pub fn signed(x: f64, l: Lang) -> String {
    let s = if x.abs() < 0.05 {
        "0.0".to_string()
    } else {
        format!("{x:+.1}")
    };
    match l.decimal() {
        '.' => s,
        d => s.replace('.', &d.to_string()),
    }
}

fn rows(framework: &Framework, l: Lang) -> Vec<Row> {
    framework
        .families
        .iter()
        .enumerate()
        .flat_map(|(fi, f)| {
            let multi = f.tracks.len() > 1;
            f.tracks.iter().map(move |t| Row {
                family: f.name.get(l).to_string(),
                track: if multi {
                    t.name.as_ref().map(|n| n.get(l).to_string())
                } else {
                    None
                },
                family_index: fi,
                top: t.top(),
            })
        })
        .collect()
}

fn series(framework: &Framework, a: &Assessment, card: &Scorecard, label: String) -> Series {
    let mut s = Series {
        label,
        retailer: a.retailer.trim().to_lowercase(),
        date: a.date.clone(),
        levels: Vec::new(),
        targets: Vec::new(),
        in_store: Vec::new(),
        answered: Vec::new(),
        scores: Vec::new(),
        target_scores: Vec::new(),
        has_targets: card.has_targets,
        overall: card.overall,
    };
    for (f, fs) in framework.families.iter().zip(&card.families) {
        s.scores.push(fs.applicable.then_some(fs.score));
        s.target_scores
            .push(fs.applicable.then_some(fs.target_score));
        for ts in &fs.tracks {
            s.levels.push(fs.applicable.then_some(ts.level));
            s.targets.push(if fs.applicable { ts.target } else { None });
            s.in_store.push(ts.in_store);
            s.answered.push(ts.answered);
        }
        debug_assert_eq!(f.tracks.len(), fs.tracks.len());
    }
    s
}

fn labels(framework: &Framework, l: Lang) -> Labels {
    let ax = &framework.axes;
    Labels {
        lang: l,
        simple: ax.simple.get(l).to_string(),
        advanced: ax.advanced.get(l).to_string(),
        common: ax.common.get(l).to_string(),
        innovative: ax.innovative.get(l).to_string(),
        complexity: ax.complexity.get(l).to_string(),
        in_store: l.t("in-store").to_string(),
        stages: framework
            .stages
            .iter()
            .map(|s| s.name.get(l).to_string())
            .collect(),
        stage_bounds: framework.stages.iter().map(|s| s.from).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number(46.44, Lang::FR), "46,4");
        assert_eq!(number(46.44, Lang::EN), "46.4");
        assert_eq!(signed(-6.66, Lang::EN), "-6.7");
        assert_eq!(signed(23.6, Lang::FR), "+23,6");
        assert_eq!(signed(0.01, Lang::FR), "0,0");
    }
}
