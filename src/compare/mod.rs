//! Comparison of assessments: per-family level and score deltas, overall delta, trend over dates.

use crate::assessment::Assessment;
use crate::framework::Framework;
use crate::score::Scorecard;
use chrono::Datelike;
use serde::Serialize;

/// One assessment in a comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComparedItem {
    /// Where it came from (a file path, usually).
    pub source: String,
    /// Retailer.
    pub retailer: String,
    /// Date, if any.
    pub date: Option<String>,
    /// Framework version it answers.
    pub framework_version: String,
    /// Maturity score.
    pub overall: f64,
    /// Stage index.
    pub stage: usize,
    /// In-store coverage, 0–1.
    pub in_store_coverage: f64,
}

impl ComparedItem {
    /// `retailer (date)`, for legends.
    pub fn label(&self) -> String {
        crate::assessment::label(&self.retailer, self.date.as_deref())
    }
}

/// One family across the compared assessments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FamilyRow {
    /// Family id.
    pub id: String,
    /// Level in each assessment; `None` where not applicable.
    pub levels: Vec<Option<u8>>,
    /// Whether each assessment has answered the family (at least one of its tracks); a level
    /// not answered counts as 0 in the score but gives no change.
    pub answered: Vec<bool>,
    /// Score in each assessment; `None` where not applicable.
    pub scores: Vec<Option<f64>>,
    /// Level change from the first to the last assessment (`None` if either does not apply
    /// or has not answered the family).
    pub level_delta: Option<i32>,
    /// Score change from the first to the last assessment.
    pub score_delta: Option<f64>,
}

/// Direction of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Went up.
    Up,
    /// Went down.
    Down,
    /// Did not move.
    Same,
}

impl Direction {
    /// `up`, `down` or `same`, in words.
    pub fn word(self, l: crate::lang::Lang) -> &'static str {
        match self {
            Direction::Up => l.t("direction-up"),
            Direction::Down => l.t("direction-down"),
            Direction::Same => l.t("direction-same"),
        }
    }

    /// The direction of a signed change.
    pub fn of(delta: f64) -> Direction {
        if delta > 1e-9 {
            Direction::Up
        } else if delta < -1e-9 {
            Direction::Down
        } else {
            Direction::Same
        }
    }
}

/// The maturity score of one retailer over time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trend {
    /// `(date, score)` in date order.
    pub points: Vec<(String, f64)>,
    /// Least-squares slope, in score points per year.
    pub per_year: f64,
    /// Overall direction.
    pub direction: Direction,
}

/// Something a comparison should be read with.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "note", rename_all = "snake_case")]
pub enum Note {
    /// Not every assessment is dated: the order is the one given.
    Undated,
    /// The assessments answer different framework versions.
    FrameworkVersions {
        /// The versions found.
        versions: Vec<String>,
        /// The framework compared on (`id version`).
        compared_on: String,
    },
    /// The assessments are of different retailers.
    DifferentRetailers,
}

impl Note {
    /// The note in words.
    pub fn text(&self, l: crate::lang::Lang) -> String {
        match self {
            Note::Undated => l.t("note-undated").into(),
            Note::FrameworkVersions {
                versions,
                compared_on,
            } => crate::tr!(
                l,
                "note-framework-versions",
                versions = versions.join(", "),
                compared_on = compared_on.as_str()
            ),
            Note::DifferentRetailers => l.t("note-different-retailers").into(),
        }
    }
}

/// A comparison of two or more assessments, oldest first when all are dated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The assessments, in comparison order.
    pub items: Vec<ComparedItem>,
    /// Families in framework order.
    pub families: Vec<FamilyRow>,
    /// Maturity score change from the first to the last.
    pub overall_delta: f64,
    /// For dated assessments of one retailer: the trend.
    pub trend: Option<Trend>,
    /// What the comparison could not do, or should be read with.
    pub notes: Vec<Note>,
}

impl Comparison {
    /// Compares `(source, assessment)` pairs, all valid for `framework`.
    pub fn new(framework: &Framework, inputs: &[(String, &Assessment)]) -> Comparison {
        let mut order: Vec<usize> = (0..inputs.len()).collect();
        let all_dated = inputs.iter().all(|(_, a)| a.date.is_some());
        if all_dated {
            order.sort_by(|&i, &j| inputs[i].1.date.cmp(&inputs[j].1.date));
        }
        let cards: Vec<Scorecard> = order
            .iter()
            .map(|&i| Scorecard::compute(framework, inputs[i].1))
            .collect();
        let items: Vec<ComparedItem> = order
            .iter()
            .zip(&cards)
            .map(|(&i, c)| {
                let (source, a) = &inputs[i];
                ComparedItem {
                    source: source.clone(),
                    retailer: a.retailer.clone(),
                    date: a.date.clone(),
                    framework_version: a.framework.version.clone(),
                    overall: c.overall,
                    stage: c.stage,
                    in_store_coverage: c.in_store_coverage,
                }
            })
            .collect();
        let families = framework
            .families
            .iter()
            .enumerate()
            .map(|(fi, f)| {
                let levels: Vec<Option<u8>> = cards
                    .iter()
                    .map(|c| c.families[fi].applicable.then_some(c.families[fi].level))
                    .collect();
                let scores: Vec<Option<f64>> = cards
                    .iter()
                    .map(|c| c.families[fi].applicable.then_some(c.families[fi].score))
                    .collect();
                let answered: Vec<bool> = cards
                    .iter()
                    .map(|c| c.families[fi].tracks.iter().any(|t| t.answered))
                    .collect();
                let both_answered =
                    answered.first() == Some(&true) && answered.last() == Some(&true);
                let ends = |v: &[Option<u8>]| Some((v.first().copied()??, v.last().copied()??));
                let level_delta = ends(&levels)
                    .filter(|_| both_answered)
                    .map(|(a, b)| i32::from(b) - i32::from(a));
                let score_delta = match (scores.first(), scores.last()) {
                    (Some(Some(a)), Some(Some(b))) if both_answered => Some(b - a),
                    _ => None,
                };
                FamilyRow {
                    id: f.id.clone(),
                    levels,
                    answered,
                    scores,
                    level_delta,
                    score_delta,
                }
            })
            .collect();
        let overall_delta = match (items.first(), items.last()) {
            (Some(a), Some(b)) => b.overall - a.overall,
            _ => 0.0,
        };
        let mut notes = Vec::new();
        if !all_dated && inputs.len() > 1 {
            notes.push(Note::Undated);
        }
        let mut versions: Vec<&str> = items.iter().map(|i| i.framework_version.as_str()).collect();
        versions.sort_unstable();
        versions.dedup();
        if versions.len() > 1 {
            notes.push(Note::FrameworkVersions {
                versions: versions.iter().map(|v| v.to_string()).collect(),
                compared_on: format!("{} {}", framework.id, framework.version),
            });
        }
        let same_retailer = items.windows(2).all(|w| {
            w[0].retailer
                .trim()
                .eq_ignore_ascii_case(w[1].retailer.trim())
        });
        if !same_retailer {
            notes.push(Note::DifferentRetailers);
        }
        let trend = (same_retailer && all_dated && items.len() > 1)
            .then(|| trend(&items))
            .flatten();
        Comparison {
            items,
            families,
            overall_delta,
            trend,
            notes,
        }
    }
}

/// How one assessment stands among the others (different retailers: no trend, a ranking).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Standing {
    /// Index of the assessment in [`Comparison::items`].
    pub item: usize,
    /// Its rank by maturity score, from 1.
    pub rank: usize,
    /// Its maturity score minus the best one (0 for the best).
    pub to_best: f64,
    /// Its maturity score minus the mean of all.
    pub to_mean: f64,
    /// Per family: its score minus the best one's and minus the mean (`None` where the
    /// family does not apply to it or is not answered).
    pub families: Vec<Option<(f64, f64)>>,
}

impl Comparison {
    /// Whether the assessments are of different retailers (compared by standing, not trend).
    pub fn different_retailers(&self) -> bool {
        self.notes.contains(&Note::DifferentRetailers)
    }

    /// How each assessment stands against the others, best first.
    /// The assessments (indexes in [`Comparison::items`]) at the best score of family `fi`:
    /// all of them when several share it; none when no one answered it.
    pub fn best_of(&self, fi: usize) -> Vec<usize> {
        let Some(row) = self.families.get(fi) else {
            return Vec::new();
        };
        let given: Vec<(usize, f64)> = row
            .scores
            .iter()
            .zip(&row.answered)
            .enumerate()
            .filter_map(|(i, (s, a))| s.filter(|_| *a).map(|s| (i, s)))
            .collect();
        let best = given.iter().map(|g| g.1).fold(f64::NEG_INFINITY, f64::max);
        given
            .into_iter()
            .filter(|g| (g.1 - best).abs() < 1e-9)
            .map(|g| g.0)
            .collect()
    }

    /// How each assessment stands: rank, gap to the best and to the mean, overall and per
    /// family.
    pub fn standing(&self) -> Vec<Standing> {
        let n = self.items.len().max(1) as f64;
        let best = self.items.iter().map(|i| i.overall).fold(0.0, f64::max);
        let mean = self.items.iter().map(|i| i.overall).sum::<f64>() / n;
        let per_family: Vec<(f64, f64)> = self
            .families
            .iter()
            .map(|row| {
                let given: Vec<f64> = row
                    .scores
                    .iter()
                    .zip(&row.answered)
                    .filter_map(|(s, a)| s.filter(|_| *a))
                    .collect();
                let best = given.iter().copied().fold(0.0, f64::max);
                (best, given.iter().sum::<f64>() / given.len().max(1) as f64)
            })
            .collect();
        let mut order: Vec<usize> = (0..self.items.len()).collect();
        order.sort_by(|&a, &b| {
            self.items[b]
                .overall
                .total_cmp(&self.items[a].overall)
                .then(a.cmp(&b))
        });
        order
            .into_iter()
            .enumerate()
            .map(|(rank, item)| Standing {
                item,
                rank: rank + 1,
                to_best: self.items[item].overall - best,
                to_mean: self.items[item].overall - mean,
                families: self
                    .families
                    .iter()
                    .zip(&per_family)
                    .map(|(row, (best, mean))| {
                        let s = row.scores[item].filter(|_| row.answered[item])?;
                        Some((s - best, s - mean))
                    })
                    .collect(),
            })
            .collect()
    }
}

/// The fewest days between the first and the last dated assessment for a yearly trend: over a
/// shorter span (a team's answers two days apart) a rate per year means nothing, and only the
/// change is given.
pub const TREND_MIN_DAYS: i64 = 91;

fn trend(items: &[ComparedItem]) -> Option<Trend> {
    let points: Vec<(String, f64)> = items
        .iter()
        .map(|i| (i.date.clone().unwrap_or_default(), i.overall))
        .collect();
    let xs: Vec<f64> = points
        .iter()
        .map(|(d, _)| {
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map(|d| f64::from(d.num_days_from_ce()) / 365.25)
        })
        .collect::<Result<_, _>>()
        .ok()?;
    let span = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max)
        - xs.iter().copied().fold(f64::INFINITY, f64::min);
    if span * 365.25 < TREND_MIN_DAYS as f64 - 0.5 {
        return None;
    }
    let n = xs.len() as f64;
    let mx = xs.iter().sum::<f64>() / n;
    let my = points.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = xs.iter().map(|x| (x - mx).powi(2)).sum();
    if sxx == 0.0 {
        return None;
    }
    let sxy: f64 = xs
        .iter()
        .zip(&points)
        .map(|(x, p)| (x - mx) * (p.1 - my))
        .sum();
    let per_year = sxy / sxx;
    Some(Trend {
        direction: Direction::of(points.last()?.1 - points.first()?.1),
        points,
        per_year,
    })
}

#[cfg(test)]
mod tests;
