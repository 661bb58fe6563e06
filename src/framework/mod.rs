//! The maturity framework: families, tracks, levels on the complexity axis, and stages — all data.

use crate::error::FileError;
use crate::lang::{Lang, Text};
use crate::store;

mod validate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::sync::OnceLock;

/// The format name every framework file carries.
pub const FRAMEWORK_FORMAT: &str = "retail-maturity-framework";
/// The framework file format version this build reads.
pub const FRAMEWORK_FORMAT_VERSION: u32 = 1;
/// The highest complexity position a level can have.
pub const MAX_POSITION: u8 = 5;

/// The default framework, embedded in the binary.
const BUILTIN_JSON: &str = include_str!("../../data/framework.json");

/// The whole framework: what the questionnaire asks and how answers are scored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Framework {
    /// Always [`FRAMEWORK_FORMAT`].
    pub format: String,
    /// Version of the file format.
    pub format_version: u32,
    /// Identifier of the framework, recorded in every assessment.
    pub id: String,
    /// Version of the framework's content, recorded in every assessment.
    pub version: String,
    /// Title of the source table.
    pub title: Text,
    /// How the source table is read into levels (see README).
    pub reading: Text,
    /// Labels of the table's axes and columns.
    pub axes: Axes,
    /// Maturity stages, in ascending order of their lower bound.
    pub stages: Vec<Stage>,
    /// How the guidance's effort and impact are read (optional, with the guidance).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance_scale: Option<GuidanceScale>,
    /// The families, in the order of the table.
    pub families: Vec<Family>,
}

/// Labels of the source table's axes and columns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Axes {
    /// Name of the complexity axis.
    pub complexity: Text,
    /// Simple end of the complexity axis (level 1).
    pub simple: Text,
    /// Advanced end of the complexity axis (level 5).
    pub advanced: Text,
    /// Name of the maturity axis.
    pub maturity: Text,
    /// Common end of the maturity axis.
    pub common: Text,
    /// Innovative end of the maturity axis.
    pub innovative: Text,
    /// Heading of the families column.
    pub families: Text,
    /// Heading of the in-store counterpart column.
    pub in_store: Text,
}

/// A maturity stage: a band of the 0–100 score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Stage {
    /// Identifier.
    pub id: String,
    /// Lowest score (inclusive) of the band; the band ends where the next begins.
    pub from: f64,
    /// Name.
    pub name: Text,
    /// What the stage means for a retailer (help, reports).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
}

/// A family of digital commerce (a row, or for ReCommerce three rows, of the table).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Family {
    /// Identifier.
    pub id: String,
    /// Name, French verbatim from the table.
    pub name: Text,
    /// Weight in the maturity score.
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// One track, or several (ReCommerce).
    pub tracks: Vec<Track>,
}

fn default_weight() -> f64 {
    1.0
}

/// A track: one row of the table, with its ladder of levels and its in-store counterpart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Track {
    /// Identifier, unique in the framework.
    pub id: String,
    /// Name, for families with several tracks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// Levels; positions run 1 (simplest) to the track's top.
    pub levels: Vec<Level>,
    /// The in-store (point-of-sale) counterpart practice.
    pub in_store: Text,
    /// What the in-store counterpart means and takes (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_store_guidance: Option<Guidance>,
}

/// A level of a track: a practice at a position on the complexity axis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Level {
    /// 1 = simplest, most common … 5 = most advanced, most innovative.
    pub position: u8,
    /// The practice, French verbatim from the table.
    pub text: Text,
    /// What the practice means in a retail business and what it takes (optional: a framework
    /// without guidance works as before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<Guidance>,
}

/// The guidance on a practice, written for a retail e-commerce manager.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Guidance {
    /// What the practice is in a retail business (a few sentences).
    pub meaning: Text,
    /// Checkable statements that tell a retailer they do it.
    pub signs: TextList,
    /// What it brings and to whom.
    pub why: Text,
    /// Concrete actions to put it in place.
    pub first_steps: TextList,
    /// What to measure once it runs.
    pub kpis: TextList,
    /// Typical effort for a mid-size retailer: 1 (low) to 3 (high).
    pub effort: u8,
    /// Typical impact for a mid-size retailer: 1 (limited) to 3 (high).
    pub impact: u8,
}

/// Lists of texts, one per language (French, English, and any other the file gives).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
pub struct TextList {
    /// French.
    pub fr: Vec<String>,
    /// English.
    pub en: Vec<String>,
    /// Other languages, by code.
    #[serde(flatten)]
    pub more: std::collections::BTreeMap<String, Vec<String>>,
}

impl TextList {
    /// The list in `lang` (English where the framework does not give that language).
    pub fn get(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::FR => &self.fr,
            Lang::EN => &self.en,
            other => self.more.get(other.code()).unwrap_or(&self.en),
        }
    }
}

/// How effort and impact are read, written once for the whole framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GuidanceScale {
    /// What effort 1, 2 and 3 mean.
    pub effort: Text,
    /// What impact 1, 2 and 3 mean.
    pub impact: Text,
    /// A word on reading them (typical values, to adjust).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<Text>,
}

/// The highest effort or impact.
pub const MAX_RATING: u8 = 3;

impl Track {
    /// The highest position of the track (5 for an ordinary track, 4 for ReCommerce).
    pub fn top(&self) -> u8 {
        self.levels.iter().map(|l| l.position).max().unwrap_or(0)
    }

    /// The level at `position`, if the track has one.
    pub fn level(&self, position: u8) -> Option<&Level> {
        self.levels.iter().find(|l| l.position == position)
    }

    /// Levels from simple (1) to advanced.
    pub fn ladder(&self) -> Vec<&Level> {
        let mut v: Vec<&Level> = self.levels.iter().collect();
        v.sort_by_key(|l| l.position);
        v
    }
}

impl Family {
    /// The label of a track of this family: the family name, plus the track name if any.
    pub fn track_label(&self, track: &Track, lang: Lang) -> String {
        match &track.name {
            Some(n) => format!("{} – {}", self.name.get(lang), n.get(lang)),
            None => self.name.get(lang).to_string(),
        }
    }
}

impl Framework {
    /// The default framework embedded in the binary.
    pub fn builtin() -> &'static Framework {
        static BUILTIN: OnceLock<Framework> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Framework::from_json_str(Path::new("data/framework.json"), BUILTIN_JSON).unwrap_or_else(
                |e| panic!("the embedded framework is valid (checked by tests): {e}"),
            )
        })
    }

    /// Loads and validates a framework file.
    pub fn load(path: &Path) -> Result<Framework, FileError> {
        let bytes = store::read_limited(path, store::MAX_FILE_BYTES)?;
        Self::from_bytes(path, &bytes)
    }

    /// Parses and validates framework JSON; `path` names it in errors.
    pub fn from_json_str(path: &Path, json: &str) -> Result<Framework, FileError> {
        Self::from_bytes(path, json.as_bytes())
    }

    fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Framework, FileError> {
        let value = store::parse_json(path, bytes)?;
        store::check_format(path, &value, FRAMEWORK_FORMAT, "framework")?;
        let fw: Framework = store::from_json_bytes(path, bytes)?;
        let problems = fw.problems();
        if problems.is_empty() {
            Ok(fw)
        } else {
            Err(FileError::Invalid {
                path: path.to_path_buf(),
                problems,
            })
        }
    }

    /// Every track with its family, in table order.
    pub fn tracks(&self) -> impl Iterator<Item = (&Family, &Track)> {
        self.families
            .iter()
            .flat_map(|f| f.tracks.iter().map(move |t| (f, t)))
    }

    /// The family with this id.
    pub fn family(&self, id: &str) -> Option<&Family> {
        self.families.iter().find(|f| f.id == id)
    }

    /// The track with this id, with its family.
    pub fn track(&self, id: &str) -> Option<(&Family, &Track)> {
        self.tracks().find(|(_, t)| t.id == id)
    }

    /// The stage a score (0–100) falls in.
    pub fn stage_for(&self, score: f64) -> &Stage {
        &self.stages[self.stage_index(score)]
    }

    /// Index of the stage a score falls in: the stage of the score as it is shown, rounded to
    /// one decimal ([`shown_score`]), so that a score shown as 20.0 is never below 20.
    pub fn stage_index(&self, score: f64) -> usize {
        let shown = shown_score(score);
        self.stages
            .iter()
            .rposition(|s| shown >= s.from)
            .unwrap_or(0)
    }
}

/// A score as it is shown: rounded to one decimal. Stages are given by this value.
pub fn shown_score(score: f64) -> f64 {
    (score * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_has_the_shape_of_the_table() {
        let fw = Framework::builtin();
        assert_eq!(fw.families.len(), 15);
        assert_eq!(fw.tracks().count(), 17);
        assert_eq!(fw.tracks().map(|(_, t)| t.levels.len()).sum::<usize>(), 82);
        let re = fw.family("recommerce").unwrap();
        assert_eq!(re.tracks.len(), 3);
        assert!(re.tracks.iter().all(|t| t.top() == 4));
        assert_eq!(fw.track("e-commerce").unwrap().1.top(), 5);
    }

    #[test]
    fn stages_are_bands_of_twenty() {
        let fw = Framework::builtin();
        assert_eq!(fw.stage_index(0.0), 0);
        assert_eq!(fw.stage_index(19.9), 0);
        assert_eq!(fw.stage_index(20.0), 1);
        assert_eq!(fw.stage_index(100.0), 4);
        assert_eq!(fw.stage_for(65.0).id, "advanced");
    }

    fn broken(edit: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut v: serde_json::Value = serde_json::from_str(BUILTIN_JSON).unwrap();
        edit(&mut v);
        Framework::from_json_str(Path::new("fw.json"), &v.to_string())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn invalid_frameworks_are_explained() {
        let e = broken(|v| v["families"][1]["id"] = "e-commerce".into());
        assert!(
            e.contains("$.families[1].id") && e.contains("duplicate family id"),
            "{e}"
        );
        let e = broken(|v| v["families"][0]["tracks"][0]["levels"][0]["position"] = 7.into());
        assert!(e.contains("position 7 is outside"), "{e}");
        let e = broken(|v| v["families"][2]["tracks"][0]["levels"][1]["text"]["fr"] = "".into());
        assert!(
            e.contains("$.families[2].tracks[0].levels[1].text.fr: empty French text"),
            "{e}"
        );
        let e = broken(|v| {
            v["families"][3]["tracks"][0]["in_store"]
                .as_object_mut()
                .unwrap()
                .remove("en");
        });
        assert!(
            e.contains("$.families[3].tracks[0].in_store") && e.contains("missing `en`"),
            "{e}"
        );
        let e = broken(|v| v["families"][0]["name"]["french"] = "typo".into());
        assert!(e.contains("$.families[0].name.french"), "{e}");
        let e = broken(|v| v["format"] = "retail-maturity-assessment".into());
        assert!(e.contains("not a framework"), "{e}");
        let e = broken(|v| v["families"][0]["weight"] = (-1.0).into());
        assert!(e.contains("$.families[0].weight"), "{e}");
    }
}
