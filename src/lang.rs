//! The framework's texts, given in French (the table's own words) and English at least, and the
//! language they are shown in.

pub use crate::i18n::Lang;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A text of the framework: French (verbatim from the source where it comes from there) and
/// English, and any other language the framework file gives (`"de": …`); a language it does
/// not give falls back to English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
pub struct Text {
    /// French.
    pub fr: String,
    /// English.
    pub en: String,
    /// Other languages, by code.
    #[serde(flatten)]
    pub more: BTreeMap<String, String>,
}

impl Text {
    /// Builds a text from its two variants.
    pub fn new(fr: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            fr: fr.into(),
            en: en.into(),
            more: BTreeMap::new(),
        }
    }

    /// The variant in `lang` (English where the framework does not give that language).
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::FR => &self.fr,
            Lang::EN => &self.en,
            other => self.more.get(other.code()).unwrap_or(&self.en),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_map_to_languages() {
        assert_eq!(Lang::from_locale("fr-FR"), Some(Lang::FR));
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Some(Lang::EN));
        assert_eq!(Lang::from_locale("zz-ZZ"), None);
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::EN));
        assert!("zz".parse::<Lang>().is_err());
    }

    #[test]
    fn text_picks_its_language() {
        let t = Text::new("Soldes", "Seasonal sales");
        assert_eq!(t.get(Lang::FR), "Soldes");
        assert_eq!(t.get(Lang::EN), "Seasonal sales");
    }

    #[test]
    fn languages_serialize_as_their_code() {
        assert_eq!(serde_json::to_string(&Lang::FR).unwrap(), "\"fr\"");
        let l: Lang = serde_json::from_str("\"en\"").unwrap();
        assert_eq!(l, Lang::EN);
        assert!(serde_json::from_str::<Lang>("\"zz\"").is_err());
    }
}
