//! Invariants of scoring and of files, over many generated assessments (proptest).

use proptest::prelude::*;
use retail_maturity::compare::Comparison;
use retail_maturity::{Assessment, Framework, Scorecard};
use std::path::Path;

fn fw() -> &'static Framework {
    Framework::builtin()
}

#[test]
fn a_mean_a_hair_below_a_band_is_in_the_band_it_prints_as() {
    // Weights 0.1 and 0.2: a mean of exactly 20 is computed as 19.999999999999996.
    let mut framework = fw().clone();
    for (i, f) in framework.families.iter_mut().enumerate() {
        f.weight = if i % 2 == 0 { 0.1 } else { 0.2 };
    }
    // Family levels found by search: their exact mean is 20, the computed one 19.99…93.
    let levels = [1u8, 3, 4, 1, 0, 0, 0, 0, 0, 0, 3, 0, 2, 1, 2];
    let mut a = Assessment::blank(&framework);
    for (f, level) in framework.families.iter().zip(levels) {
        a.answer_mut(&f.tracks[0].id).level = Some(level);
    }
    let s = Scorecard::compute(&framework, &a);
    assert!(
        s.overall < 20.0 && format!("{:.1}", s.overall) == "20.0",
        "{}",
        s.overall
    );
    assert_eq!(framework.stages[s.stage].id, "emerging", "{}", s.overall);
}

/// Any valid assessment of the built-in framework, unicode notes included.
fn assessment() -> impl Strategy<Value = Assessment> {
    let tops: Vec<u8> = fw().tracks().map(|(_, t)| t.top()).collect();
    let per_track: Vec<_> = tops
        .iter()
        .map(|&top| {
            (
                proptest::option::of(0..=top),
                proptest::option::of(1..=top),
                proptest::option::of(any::<bool>()),
                "\\PC{0,20}",
            )
        })
        .collect();
    (
        per_track,
        proptest::collection::vec(any::<bool>(), 15),
        "\\PC{0,30}",
    )
        .prop_map(|(answers, na, retailer)| {
            let mut a = Assessment::blank(fw());
            a.retailer = retailer;
            for (t, (level, target, in_store, note)) in a.tracks.iter_mut().zip(answers) {
                t.level = level;
                t.target = target;
                t.in_store = in_store;
                t.note = note;
            }
            for (f, na) in fw().families.iter().zip(na) {
                a.set_not_applicable(&f.id, na);
            }
            a
        })
}

/// The stage that the score as shown (one decimal) falls in, read off the framework's bands.
fn stage_of_shown(framework: &Framework, score: f64) -> usize {
    let shown: f64 = format!("{score:.1}").parse().unwrap();
    framework
        .stages
        .iter()
        .rposition(|s| shown >= s.from)
        .unwrap_or(0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// With any fractional weights, a score is in the stage its printed value says: a score
    /// printed "20.0" is never put in the stage below 20.
    #[test]
    fn a_score_is_in_the_stage_its_printed_value_says(
        a in assessment(),
        weights in proptest::collection::vec(1u32..=30, 15),
    ) {
        let mut framework = fw().clone();
        for (f, w) in framework.families.iter_mut().zip(weights) {
            f.weight = f64::from(w) / 10.0;
        }
        let s = Scorecard::compute(&framework, &a);
        prop_assert_eq!(s.stage, stage_of_shown(&framework, s.overall), "score {}", s.overall);
    }

    #[test]
    fn scores_stay_between_0_and_100(a in assessment()) {
        let s = Scorecard::compute(fw(), &a);
        prop_assert!((0.0..=100.0).contains(&s.overall));
        prop_assert!((0.0..=100.0).contains(&s.target_overall));
        prop_assert!(s.target_overall >= s.overall - 1e-9);
        prop_assert!((0.0..=1.0).contains(&s.in_store_coverage));
        for f in &s.families {
            prop_assert!((0.0..=100.0).contains(&f.score));
            prop_assert!(f.gap >= 0.0);
        }
    }

    #[test]
    fn raising_a_level_never_lowers_a_score(a in assessment(), pick in 0usize..17) {
        let before = Scorecard::compute(fw(), &a);
        let mut b = a.clone();
        let top = fw().tracks().nth(pick).unwrap().1.top();
        let t = &mut b.tracks[pick];
        t.level = Some((t.level.unwrap_or(0) + 1).min(top));
        let after = Scorecard::compute(fw(), &b);
        prop_assert!(after.overall >= before.overall - 1e-9);
        for (x, y) in before.families.iter().zip(&after.families) {
            prop_assert!(y.score >= x.score);
        }
    }

    #[test]
    fn comparing_a_with_a_gives_zero_deltas(a in assessment()) {
        let c = Comparison::new(fw(), &[("a".into(), &a), ("b".into(), &a)]);
        prop_assert_eq!(c.overall_delta, 0.0);
        for f in &c.families {
            prop_assert!(f.level_delta.is_none_or(|d| d == 0));
            prop_assert!(f.score_delta.is_none_or(|d| d == 0.0));
        }
    }

    #[test]
    fn save_then_load_returns_the_same_assessment(a in assessment()) {
        let json = a.to_json();
        let b = Assessment::from_bytes(Path::new("p.json"), json.as_bytes(), fw()).unwrap();
        prop_assert_eq!(a, b);
    }

    /// A file written by a version-1 build (in-store only `true`/`false`) reads with the scores
    /// that build gave it, and with "not answered" in store only where nothing was answered.
    #[test]
    fn version_1_files_keep_their_scores_when_upgraded(a in assessment()) {
        let mut v1 = a.clone();
        for t in &mut v1.tracks {
            t.in_store = Some(t.in_store.unwrap_or(false));
        }
        let mut json: serde_json::Value = serde_json::from_str(&v1.to_json()).unwrap();
        json["version"] = 1.into();
        let read = Assessment::from_bytes(Path::new("v1.json"), json.to_string().as_bytes(), fw()).unwrap();
        prop_assert_eq!(read.version, retail_maturity::assessment::ASSESSMENT_VERSION);
        let (now, then) = (Scorecard::compute(fw(), &read), Scorecard::compute(fw(), &v1));
        prop_assert_eq!(
            (now.overall, now.target_overall, now.in_store_coverage, now.answered),
            (then.overall, then.target_overall, then.in_store_coverage, then.answered)
        );
        prop_assert_eq!(now.profile(), then.profile());
        for (was, now) in v1.tracks.iter().zip(&read.tracks) {
            let expected = match (was.level, was.in_store) {
                (_, Some(true)) => Some(true),
                (None, _) => None,
                (Some(_), _) => Some(false),
            };
            prop_assert_eq!(now.in_store, expected);
            prop_assert_eq!((now.level, now.target, &now.note), (was.level, was.target, &was.note));
        }
    }

    #[test]
    fn any_bytes_load_or_fail_cleanly(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = Assessment::from_bytes(Path::new("fuzz.json"), &bytes, fw());
        let _ = Framework::from_json_str(Path::new("fuzz.json"), &String::from_utf8_lossy(&bytes));
    }
}

const EXAMPLE: &[u8] = include_bytes!("../../data/examples/maison-dupont-2025.json");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// A valid file with a few bytes changed, cut or inserted: loaded cleanly or refused with
    /// a message naming the file; never a panic, and never an invalid assessment accepted.
    #[test]
    fn mutated_files_load_or_fail_cleanly(
        edits in proptest::collection::vec((any::<proptest::sample::Index>(), any::<u8>(), 0u8..3), 1..6),
        cut in proptest::option::of(any::<proptest::sample::Index>()),
    ) {
        let mut bytes = EXAMPLE.to_vec();
        for (at, byte, kind) in edits {
            let i = at.index(bytes.len());
            match kind {
                0 => bytes[i] = byte,
                1 => bytes.insert(i, byte),
                _ => { bytes.remove(i); }
            }
        }
        if let Some(c) = cut {
            bytes.truncate(c.index(bytes.len()));
        }
        match Assessment::from_bytes(Path::new("mutant.json"), &bytes, fw()) {
            Ok(a) => prop_assert!(a.problems(fw()).is_empty()),
            Err(e) => prop_assert!(e.to_string().starts_with("mutant.json")),
        }
    }
}

#[cfg(feature = "gui")]
mod data_folder {
    use super::*;

    /// A JSON document of the loaders' shapes, with its values scrambled: the header right (so that
    /// the bytes get past the format check), and then anything.
    fn scrambled_document() -> impl Strategy<Value = Vec<u8>> {
        let format = prop_oneof![
            Just("retail-maturity-reference"),
            Just("retail-maturity-autosave"),
            Just("retail-maturity-assessment"),
            Just("something-else"),
        ];
        let value = prop_oneof![
            Just("null".to_string()),
            Just("-1".to_string()),
            Just("1e400".to_string()),
            Just("[]".to_string()),
            Just("{}".to_string()),
            Just("\"\u{0}é\"".to_string()),
            any::<i64>().prop_map(|n| n.to_string()),
        ];
        (
            format,
            proptest::collection::vec(
                (
                    prop_oneof![
                        Just("version"),
                        Just("framework"),
                        Just("tracks"),
                        Just("families"),
                        Just("assessment"),
                        Just("lang"),
                        Just("recent"),
                        Just("theme"),
                        Just("zoom"),
                        Just("saved_at"),
                    ],
                    value,
                ),
                0..6,
            ),
            proptest::option::of(any::<proptest::sample::Index>()),
        )
            .prop_map(|(format, fields, cut)| {
                let mut s = format!("{{\"format\": \"{format}\"");
                for (k, v) in fields {
                    s.push_str(&format!(", \"{k}\": {v}"));
                }
                s.push('}');
                let mut bytes = s.into_bytes();
                if let Some(c) = cut {
                    bytes.truncate(c.index(bytes.len() + 1));
                }
                bytes
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]

        /// The loaders that read from the app's data folder or from a path (reference, autosave,
        /// settings) take any bytes, random or nearly right, without a panic; a refused file is
        /// named in the message, and bad settings fall back to the defaults.
        #[test]
        fn file_loaders_take_any_bytes(
            random in proptest::collection::vec(any::<u8>(), 0..300),
            nearly in scrambled_document(),
        ) {
            use retail_maturity::gui::{autosave, settings::{FILE_NAME, Settings}};
            use retail_maturity::reference::Reference;
            for bytes in [&random, &nearly] {
                let dir = tempfile::tempdir().unwrap();
                let path = dir.path().join("reference.json");
                std::fs::write(&path, bytes).unwrap();
                if let Err(e) = Reference::load(&path, fw()) {
                    prop_assert!(e.to_string().contains("reference.json"), "{}", e);
                }
                std::fs::write(dir.path().join(autosave::FILE_NAME), bytes).unwrap();
                if let Err(e) = autosave::load(dir.path(), fw()) {
                    prop_assert!(e.to_string().contains(autosave::FILE_NAME), "{}", e);
                }
                std::fs::write(dir.path().join(FILE_NAME), bytes).unwrap();
                let (loaded, problem) = Settings::load(dir.path());
                if let Some(p) = problem {
                    prop_assert!(p.contains(FILE_NAME), "{}", p);
                    prop_assert_eq!(loaded, Settings::default());
                }
            }
        }
    }
}

mod team {
    use super::*;
    use retail_maturity::team::{Consolidation, consolidate};

    fn of(all: &[Assessment]) -> Consolidation {
        let inputs: Vec<(String, &Assessment)> = all
            .iter()
            .enumerate()
            .map(|(i, a)| (format!("r{i}.json"), a))
            .collect();
        consolidate(fw(), &inputs).unwrap()
    }

    fn same_retailer(mut all: Vec<Assessment>) -> Vec<Assessment> {
        for (i, a) in all.iter_mut().enumerate() {
            a.retailer = "Dupont".into();
            a.assessor = format!("respondent {i}");
        }
        all
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// N copies of one file consolidate to that file's answers.
        #[test]
        fn copies_of_one_file_consolidate_to_it(a in assessment(), n in 1usize..6) {
            let copies = same_retailer(vec![a.clone(); n]);
            let t = of(&copies);
            for (got, want) in t.assessment.tracks.iter().zip(&a.tracks) {
                prop_assert_eq!((got.level, got.target, got.in_store), (want.level, want.target, want.in_store));
            }
            let mut na = a.not_applicable.clone();
            na.sort();
            let mut got = t.assessment.not_applicable.clone();
            got.sort();
            prop_assert_eq!(got, na);
            prop_assert!(t.tracks.iter().all(|v| !v.disagreement));
        }

        /// The order of the files changes nothing; the level lies between min and max.
        #[test]
        fn order_does_not_matter_and_levels_lie_within_the_range(
            all in proptest::collection::vec(assessment(), 1..7),
            shuffle in any::<u64>(),
        ) {
            let all = same_retailer(all);
            let t = of(&all);
            let mut shuffled = all.clone();
            let k = (shuffle as usize) % shuffled.len();
            shuffled.rotate_left(k);
            shuffled.reverse();
            // The names follow the files, whatever their order.
            let inputs: Vec<(String, &Assessment)> =
                shuffled.iter().map(|a| (format!("{}.json", a.assessor), a)).collect();
            let again = consolidate(fw(), &inputs).unwrap();
            prop_assert_eq!(&t.assessment.tracks, &again.assessment.tracks);
            prop_assert_eq!(&t.assessment.not_applicable, &again.assessment.not_applicable);
            for v in &t.tracks {
                if let (Some(l), Some(lo), Some(hi)) = (v.level, v.min, v.max) {
                    prop_assert!(lo <= l && l <= hi);
                }
            }
            prop_assert!(t.assessment.problems(fw()).is_empty());
        }

        /// A respondent who has not answered a track does not move its level.
        #[test]
        fn an_unanswered_track_does_not_move_the_result(all in proptest::collection::vec(assessment(), 1..6)) {
            let all = same_retailer(all);
            let before = of(&all);
            let mut more = all.clone();
            let mut silent = all[0].clone();
            silent.assessor = "zz silent".into();
            for t in &mut silent.tracks {
                t.level = None;
            }
            more.push(silent);
            let after = of(&more);
            for (a, b) in before.tracks.iter().zip(&after.tracks) {
                prop_assert_eq!(a.level, b.level);
            }
        }
    }

    #[test]
    fn an_even_count_takes_the_lower_median() {
        let mut all = same_retailer(vec![Assessment::blank(fw()); 4]);
        for (a, l) in all.iter_mut().zip([1u8, 4, 2, 5]) {
            a.answer_mut("e-commerce").level = Some(l);
        }
        assert_eq!(of(&all).tracks[0].level, Some(2));
    }
}
