//! Languages of the product (French and English) and bilingual texts.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A language the product speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French, the language of the source table.
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Both languages, French first.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// Picks the French or the English variant of a message.
    pub fn pick<'a>(self, fr: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    /// "oui"/"yes" or "non"/"no".
    pub fn yes_no(self, yes: bool) -> &'static str {
        match (self, yes) {
            (Lang::Fr, true) => "oui",
            (Lang::Fr, false) => "non",
            (Lang::En, true) => "yes",
            (Lang::En, false) => "no",
        }
    }

    /// The two-letter code (`fr`, `en`).
    pub fn code(self) -> &'static str {
        self.pick("fr", "en")
    }

    /// Parses a two-letter code or a locale such as `fr-FR` or `en_GB.UTF-8`.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let lower = locale.trim().to_ascii_lowercase();
        if lower.starts_with("fr") {
            Some(Lang::Fr)
        } else if lower.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language of the system, French when it is neither French nor English.
    pub fn system() -> Lang {
        sys_locale::get_locale()
            .and_then(|l| Lang::from_locale(&l))
            .unwrap_or_default()
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "fr" => Ok(Lang::Fr),
            "en" => Ok(Lang::En),
            other => Err(format!("unknown language `{other}` (expected fr or en)")),
        }
    }
}

/// A text given in French (verbatim from the source where it comes from there) and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// French.
    pub fr: String,
    /// English.
    pub en: String,
}

impl Text {
    /// Builds a text from its two variants.
    pub fn new(fr: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            fr: fr.into(),
            en: en.into(),
        }
    }

    /// The variant in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_map_to_languages() {
        assert_eq!(Lang::from_locale("fr-FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("de-DE"), None);
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
        assert!("es".parse::<Lang>().is_err());
    }

    #[test]
    fn text_picks_its_language() {
        let t = Text::new("Soldes", "Seasonal sales");
        assert_eq!(t.get(Lang::Fr), "Soldes");
        assert_eq!(t.get(Lang::En), "Seasonal sales");
    }
}
