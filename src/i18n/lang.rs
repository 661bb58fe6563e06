//! A language of the product: one per catalogue of `data/i18n/` (French, English, …), passed
//! with every call that shows text.

use super::catalogue::{self as i18n, Arg};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A language the product speaks: one of the catalogues of `data/i18n/`. Passed with every
/// call that shows text (there is no global locale).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(u8);

impl Lang {
    /// French, the language of the source table.
    pub const FR: Lang = Lang(0);
    /// English.
    pub const EN: Lang = Lang(1);

    /// Every language of this build, French first.
    pub fn all() -> impl Iterator<Item = Lang> + Clone {
        (0..i18n::languages().len()).map(|i| Lang(i as u8))
    }

    /// The next language of the build (the last one's next is the first): the language switch.
    pub fn next(self) -> Lang {
        let n = i18n::languages().len() as u8;
        Lang((self.0 + 1) % n.max(1))
    }

    fn language(self) -> &'static i18n::Language {
        &i18n::languages()[usize::from(self.0)]
    }

    /// The language's code (`fr`, `en`, …).
    pub fn code(self) -> &'static str {
        self.language().code
    }

    /// The language's own name ("Français", "English"), for the language switch.
    pub fn name(self) -> &'static str {
        self.t("language-name")
    }

    /// The message `key` (without arguments) in this language, in English where this
    /// language's catalogue lacks it.
    pub fn t(self, key: &'static str) -> &'static str {
        self.language()
            .plain(key)
            .or_else(|| Lang::EN.language().plain(key))
            .unwrap_or(key)
    }

    /// The message `key` with its arguments, in English where this language lacks it.
    pub fn format(self, key: &'static str, args: &[(&'static str, Arg)]) -> String {
        [self, Lang::EN]
            .into_iter()
            .find(|l| l.language().has(key))
            .and_then(|l| {
                // Messages inside the message are said in its language first.
                let args: Vec<(&'static str, Arg)> = args
                    .iter()
                    .map(|(name, a)| match a {
                        Arg::Msg(m) => (*name, Arg::Text(m.render(l))),
                        other => (*name, other.clone()),
                    })
                    .collect();
                l.language()
                    .format(key, &i18n::fluent_args(&args, l.decimal()))
            })
            .unwrap_or_else(|| key.to_string())
    }

    /// The decimal separator (`,` in French).
    pub fn decimal(self) -> char {
        self.language().decimal
    }

    /// "oui"/"yes" or "non"/"no".
    pub fn yes_no(self, yes: bool) -> &'static str {
        if yes { self.t("yes") } else { self.t("no") }
    }

    /// The language of a code (`fr`) or of a locale (`fr-FR`, `en_GB.UTF-8`), if the build has it.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let lower = locale.trim().to_ascii_lowercase();
        let code = lower.split(['-', '_', '.', '@']).next().unwrap_or("");
        Lang::all().find(|l| l.code() == code)
    }

    /// The language of the system, French when the build does not have it.
    pub fn system() -> Lang {
        crate::platform::locale()
            .and_then(|l| Lang::from_locale(&l))
            .unwrap_or_default()
    }

    /// The codes of every language, for messages: "fr, en".
    pub fn codes() -> String {
        Lang::all().map(Lang::code).collect::<Vec<_>>().join(", ")
    }
}

impl Default for Lang {
    fn default() -> Lang {
        Lang::FR
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        Lang::all()
            .find(|l| l.code() == lower)
            .ok_or_else(|| format!("unknown language `{s}` (expected {})", Lang::codes()))
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
