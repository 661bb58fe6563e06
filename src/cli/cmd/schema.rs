//! `schema`: the JSON Schema of the assessment file.

use crate::cli::Result;
use crate::cli::print::outln;
use std::process::ExitCode;

/// Runs `schema`.
pub fn run() -> Result<ExitCode> {
    outln!("{}", crate::schema::assessment_schema_json())?;
    Ok(ExitCode::SUCCESS)
}
