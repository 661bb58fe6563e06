//! The example assessments shipped inside the program, to try the app (on the desktop or in the
//! browser) without a file of one's own.

use crate::assessment::Assessment;
use crate::error::FileError;
use crate::framework::Framework;
use std::path::Path;

/// One example: its file name and its content.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    /// The file name it is shipped as, without `.json`.
    pub name: &'static str,
    /// The assessment file's text.
    pub json: &'static str,
}

macro_rules! example {
    ($name:literal) => {
        Example {
            name: $name,
            json: include_str!(concat!("../data/examples/", $name, ".json")),
        }
    };
}

/// The examples: a retailer over three years, and another retailer.
pub const EXAMPLES: &[Example] = &[
    example!("maison-dupont-2024"),
    example!("maison-dupont-2025"),
    example!("maison-dupont-2026"),
    example!("boutique-lumiere-2025"),
];

impl Example {
    /// The example read as an assessment of `framework`.
    pub fn assessment(&self, framework: &Framework) -> Result<Assessment, FileError> {
        let name = format!("{}.json", self.name);
        Assessment::from_bytes(Path::new(&name), self.json.as_bytes(), framework)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_is_a_valid_assessment_of_the_builtin_framework() {
        for e in EXAMPLES {
            let a = e.assessment(Framework::builtin()).expect(e.name);
            assert!(!a.retailer.is_empty(), "{}", e.name);
        }
        let shipped = std::fs::read_dir("data/examples")
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .extension()
                    .is_some_and(|x| x == "json")
            })
            .count();
        assert_eq!(shipped, EXAMPLES.len(), "every shipped example is built in");
    }
}
