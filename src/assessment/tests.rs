//! Tests of the assessment file: dates, versions, validation messages.

use super::*;

fn fw() -> &'static Framework {
    Framework::builtin()
}

#[test]
fn dates_typed_day_first_become_iso_dates() {
    assert_eq!(
        date_from_day_first("14/03/2025").as_deref(),
        Some("2025-03-14")
    );
    assert_eq!(
        date_from_day_first(" 1.3.2025 ").as_deref(),
        Some("2025-03-01")
    );
    assert_eq!(
        date_from_day_first("29-02-2024").as_deref(),
        Some("2024-02-29")
    );
    for no in [
        "2025-03-14",
        "31/02/2025",
        "14/03/25",
        "14/03",
        "a/b/cdef",
        "14//2025",
        "",
    ] {
        assert_eq!(date_from_day_first(no), None, "{no}");
    }
}

#[test]
fn dates_are_real_days_written_yyyy_mm_dd() {
    for ok in ["2024-03-14", "2024-02-29", "1999-12-31"] {
        assert!(is_iso_date(ok), "{ok}");
    }
    for bad in [
        "",
        "2024-3-14",
        "14/03/2024",
        "2023-02-29",
        "2024-13-01",
        "2024-00-10",
        "2024-03-14 ",
        "+2024-03-1",
        "２０２４-03-14",
        "2024-03-1é",
        "2024_03_14",
    ] {
        assert!(!is_iso_date(bad), "{bad}");
    }
}

fn load_str(s: &str) -> Result<Assessment, FileError> {
    Assessment::from_bytes(Path::new("t.json"), s.as_bytes(), fw())
}

#[test]
fn blank_round_trips_and_is_valid() {
    let a = Assessment::blank(fw());
    assert_eq!(a.tracks.len(), 17);
    let b = load_str(&a.to_json()).unwrap();
    assert_eq!(a, b);
}

#[test]
fn every_problem_is_reported_with_its_path() {
    let mut a = Assessment::blank(fw());
    a.tracks[0].level = Some(6);
    a.tracks[7].level = Some(5); // a ReCommerce track stops at 4
    a.tracks[1].target = Some(0);
    a.tracks.push(TrackAnswer {
        track: "teleportation".into(),
        ..Default::default()
    });
    a.not_applicable.push("nope".into());
    a.date = Some("14/03/2025".into());
    let e = load_str(&a.to_json()).unwrap_err().to_string();
    for needle in [
        "t.json: 6 problems",
        "$.tracks[0].level: level 6 is not offered",
        "$.tracks[7].level: level 5 is not offered by track `rental` (0 to 4)",
        "$.tracks[1].target",
        "$.tracks[17].track: unknown track `teleportation`",
        "$.not_applicable[0]: unknown family `nope`",
        "$.date",
    ] {
        assert!(e.contains(needle), "missing {needle:?} in {e}");
    }
}

#[test]
fn upgrading_from_version_1_marks_untouched_in_store_answers_not_answered() {
    let mut a = Assessment::blank(fw());
    a.version = 1;
    let cases = [
        // (level, in_store as version 1 had it, in_store after the upgrade)
        (None, Some(false), None),
        (None, None, None),
        (None, Some(true), Some(true)),
        (Some(0), Some(false), Some(false)),
        (Some(3), None, Some(false)),
        (Some(3), Some(true), Some(true)),
    ];
    for (t, (level, was, _)) in a.tracks.iter_mut().zip(cases) {
        t.level = level;
        t.in_store = was;
    }
    assert_eq!(a.upgrade(), 1);
    assert_eq!(a.version, ASSESSMENT_VERSION);
    for (t, (level, _, now)) in a.tracks.iter().zip(cases) {
        assert_eq!(t.in_store, now, "level {level:?}");
    }
    let upgraded = a.clone();
    assert_eq!(
        a.upgrade(),
        ASSESSMENT_VERSION,
        "a current assessment is left alone"
    );
    assert_eq!(a, upgraded);
}

#[test]
fn versions_and_formats_are_checked_first() {
    let mut v: serde_json::Value =
        serde_json::from_str(&Assessment::blank(fw()).to_json()).unwrap();
    v["version"] = 9.into();
    let e = load_str(&v.to_string()).unwrap_err().to_string();
    assert!(
        e.contains("$.version: version 9 is newer than this build understands (it reads 1 to 3)"),
        "{e}"
    );
    v["version"] = 0.into();
    let e = load_str(&v.to_string()).unwrap_err().to_string();
    assert!(e.contains("unknown version 0; expected 1 to 3"), "{e}");
    v["version"] = (u64::from(u32::MAX) + 2).into();
    let e = load_str(&v.to_string()).unwrap_err().to_string();
    assert!(e.contains("is newer"), "{e}");
    v.as_object_mut().unwrap().remove("version");
    assert!(
        load_str(&v.to_string())
            .unwrap_err()
            .to_string()
            .contains("missing `version`")
    );
    v["version"] = 1.into();
    v["format"] = "retail-maturity-framework".into();
    assert!(
        load_str(&v.to_string())
            .unwrap_err()
            .to_string()
            .contains("not an assessment")
    );
    assert!(
        load_str("[1,2]")
            .unwrap_err()
            .to_string()
            .contains("expected a JSON object")
    );
}

#[test]
fn type_errors_name_the_json_path() {
    let mut v: serde_json::Value =
        serde_json::from_str(&Assessment::blank(fw()).to_json()).unwrap();
    v["tracks"][3]["level"] = "high".into();
    let e = load_str(&v.to_string()).unwrap_err().to_string();
    assert!(e.contains("$.tracks[3].level"), "{e}");
    v["tracks"][3]["level"] = (-1).into();
    let e = load_str(&v.to_string()).unwrap_err().to_string();
    assert!(e.contains("$.tracks[3].level") && e.contains("-1"), "{e}");
}

#[test]
fn duplicates_are_refused() {
    let mut a = Assessment::blank(fw());
    a.tracks.push(a.tracks[0].clone());
    a.not_applicable = vec!["pre-sales".into(), "pre-sales".into()];
    let e = load_str(&a.to_json()).unwrap_err().to_string();
    assert!(
        e.contains("answered twice") && e.contains("listed twice"),
        "{e}"
    );
}

#[test]
fn assessments_are_told_from_other_files_by_their_start() {
    let blank = Assessment::blank(fw()).to_json();
    assert!(looks_like_assessment(blank.as_bytes()));
    assert!(looks_like_assessment(
        br#"{"note": {"format": "x"}, "format" :  "retail-maturity-assessment"}"#
    ));
    assert!(!looks_like_assessment(
        br#"{"format": "retail-maturity-results", "version": 2}"#
    ));
    assert!(!looks_like_assessment(b"\x89PNG\r\n\x1a\n"));
    assert!(!looks_like_assessment(b"\"format\""));
    // Past the part looked at, a format says nothing.
    let mut late = vec![b' '; SNIFF_BYTES];
    late.extend_from_slice(br#"{"format": "retail-maturity-assessment"}"#);
    assert!(!looks_like_assessment(&late));
}
