//! The JSON Schema of the assessment file, generated from the Rust types.

use crate::assessment::Assessment;

/// The schema as pretty JSON (kept equal to `data/assessment.schema.json` by a test).
pub fn assessment_schema_json() -> String {
    let schema = schemars::schema_for!(Assessment);
    serde_json::to_string_pretty(&schema).expect("a schema always serializes")
}
