//! The action plan, ordered by value: the steps to the targets set (or, with no target set,
//! each track's suggested next level), and the foundations to consolidate (practices below the
//! reached level that are not in place), each with the effort, impact and guidance of its
//! practice.
//!
//! The order (README, "Scoring"): quick wins first (impact 2 or 3 for an effort of 1), then
//! major projects (impact 2 or 3, effort 2 or 3), then fill-ins (impact 1, effort 1), then the
//! rest (impact 1, effort 2 or 3), then the steps whose practice has no guidance; ties by the
//! gap (the points the family lacks to its target; for a suggestion, to the track's top; none
//! for a foundation), then the family's weight (heaviest first), then the table's order.

use crate::framework::{Framework, Guidance};
use crate::lang::Lang;
use crate::score::Scorecard;
use serde::Serialize;

/// Where a step falls on the impact / effort matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quadrant {
    /// Impact 2 or 3 for an effort of 1.
    QuickWin,
    /// Impact 2 or 3, effort 2 or 3.
    MajorProject,
    /// Impact 1, effort 1.
    FillIn,
    /// Impact 1, effort 2 or 3.
    Deprioritise,
}

impl Quadrant {
    /// Every quadrant, in the plan's order.
    pub const ALL: [Quadrant; 4] = [
        Quadrant::QuickWin,
        Quadrant::MajorProject,
        Quadrant::FillIn,
        Quadrant::Deprioritise,
    ];

    /// The quadrant of an effort and an impact (1 to 3 each).
    pub fn of(effort: u8, impact: u8) -> Quadrant {
        match (impact >= 2, effort <= 1) {
            (true, true) => Quadrant::QuickWin,
            (true, false) => Quadrant::MajorProject,
            (false, true) => Quadrant::FillIn,
            (false, false) => Quadrant::Deprioritise,
        }
    }

    /// Its catalogue key.
    pub fn key(self) -> &'static str {
        match self {
            Quadrant::QuickWin => "quadrant-quick-win",
            Quadrant::MajorProject => "quadrant-major-project",
            Quadrant::FillIn => "quadrant-fill-in",
            Quadrant::Deprioritise => "quadrant-deprioritise",
        }
    }

    /// Its name in files (`quick-win`…).
    pub fn id(self) -> &'static str {
        match self {
            Quadrant::QuickWin => "quick-win",
            Quadrant::MajorProject => "major-project",
            Quadrant::FillIn => "fill-in",
            Quadrant::Deprioritise => "deprioritise",
        }
    }
}

/// One step of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanStep {
    /// Its place in the plan, from 1.
    pub rank: usize,
    /// Family id.
    pub family: String,
    /// Track id.
    pub track: String,
    /// Family name, plus track name where the family has several.
    pub name: String,
    /// Reached level.
    pub from: u8,
    /// The level (the practice) to put in place.
    pub next: u8,
    /// The level aimed at: the target, or the next level for a suggestion or a foundation.
    pub to: u8,
    /// Practice of the next level.
    pub practice: String,
    /// Points the family's score still has to gain: to its target, or to the next level (none
    /// for a foundation: the score counts the reached level).
    pub gap: f64,
    /// Whether it is a suggestion (no target was set).
    pub suggested: bool,
    /// Whether it is a foundation to consolidate: a practice below the reached level that is
    /// not in place.
    pub foundation: bool,
    /// The practice's typical effort, 1 to 3 (from the guidance).
    pub effort: Option<u8>,
    /// The practice's typical impact, 1 to 3.
    pub impact: Option<u8>,
    /// Where it falls on the impact / effort matrix.
    pub quadrant: Option<Quadrant>,
    /// What it brings.
    pub why: Option<String>,
    /// What to do first.
    pub first_steps: Vec<String>,
    /// What to measure once it runs.
    pub kpis: Vec<String>,
}

/// The plan of `card`: the steps to its targets when any is set, else the suggested next
/// steps; and the foundations to consolidate; ordered by value.
pub fn action_plan(framework: &Framework, card: &Scorecard, lang: Lang) -> Vec<PlanStep> {
    let mut keyed = Vec::new();
    let mut order = 0usize;
    for (f, fs) in framework.families.iter().zip(&card.families) {
        for (t, ts) in f.tracks.iter().zip(&fs.tracks) {
            order += 1;
            if !fs.applicable {
                continue;
            }
            let mut add = |next: u8, to: u8, gap: f64, sort_gap: f64, suggested, foundation| {
                let Some(level) = t.level(next) else { return };
                let step = step(f.track_label(t, lang), &f.id, &t.id, ts.level, level, lang);
                let step = PlanStep {
                    to,
                    gap,
                    suggested,
                    foundation,
                    next,
                    ..step
                };
                keyed.push((sort_gap, fs.weight, order, next, step));
            };
            let next = ts.level + 1;
            match ts.target {
                Some(target) if target > ts.level => {
                    add(next, target, fs.gap, fs.gap, false, false);
                }
                None if card.roadmap.is_empty() && ts.level < ts.top => {
                    let to_top = 100.0 - ts.score;
                    add(next, next, 100.0 / f64::from(ts.top), to_top, true, false);
                }
                _ => {}
            }
            for &p in &ts.foundations {
                add(p, p, 0.0, 0.0, false, true);
            }
        }
    }
    keyed.sort_by(|a, b| {
        let q = |s: &PlanStep| s.quadrant.map_or(Quadrant::ALL.len(), |q| q as usize);
        q(&a.4)
            .cmp(&q(&b.4))
            .then(b.0.total_cmp(&a.0))
            .then(b.1.total_cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    keyed
        .into_iter()
        .enumerate()
        .map(|(i, (_, _, _, _, s))| PlanStep { rank: i + 1, ..s })
        .collect()
}

/// A step toward `level` of a track, with its practice's guidance.
fn step(
    name: String,
    family: &str,
    track: &str,
    from: u8,
    level: &crate::framework::Level,
    lang: Lang,
) -> PlanStep {
    let g: Option<&Guidance> = level.guidance.as_ref();
    PlanStep {
        rank: 0,
        family: family.to_string(),
        track: track.to_string(),
        name,
        from,
        next: level.position,
        to: level.position,
        practice: level.text.get(lang).to_string(),
        gap: 0.0,
        suggested: false,
        foundation: false,
        effort: g.map(|g| g.effort),
        impact: g.map(|g| g.impact),
        quadrant: g.map(|g| Quadrant::of(g.effort, g.impact)),
        why: g.map(|g| g.why.get(lang).to_string()),
        first_steps: g
            .map(|g| g.first_steps.get(lang).to_vec())
            .unwrap_or_default(),
        kpis: g.map(|g| g.kpis.get(lang).to_vec()).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests;
