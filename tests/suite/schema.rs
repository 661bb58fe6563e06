//! The published JSON Schema of the assessment file stays equal to the Rust types.

use retail_maturity::schema::assessment_schema_json;

#[test]
fn data_schema_matches_the_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/assessment.schema.json");
    let on_disk = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        on_disk.trim_end(),
        assessment_schema_json().trim_end(),
        "regenerate with: cargo run -- schema > data/assessment.schema.json"
    );
}

#[test]
fn examples_satisfy_the_schema_required_fields() {
    let schema: serde_json::Value = serde_json::from_str(&assessment_schema_json()).unwrap();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        required.contains(&"format")
            && required.contains(&"version")
            && required.contains(&"framework")
    );
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/data/examples");
    let team = concat!(env!("CARGO_MANIFEST_DIR"), "/data/examples/team");
    let files = std::fs::read_dir(examples)
        .unwrap()
        .chain(std::fs::read_dir(team).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file());
    for path in files {
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        for r in &required {
            assert!(v.get(r).is_some(), "example lacks {r}");
        }
    }
}
