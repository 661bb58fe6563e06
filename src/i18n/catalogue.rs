//! The catalogues of `data/i18n/`, embedded at build time and parsed once: each language's
//! messages, formatted with their arguments.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::OnceLock;

/// An argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A whole number (plural forms are chosen by it).
    Int(i64),
    /// A number shown with this many decimals, in the language's decimal format.
    Num(f64, usize),
    /// Another message, said in the same language (a word of the catalogue inside a sentence).
    Msg(Box<super::Msg>),
}

impl From<super::Msg> for Arg {
    fn from(m: super::Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<std::path::Display<'_>> for Arg {
    fn from(s: std::path::Display<'_>) -> Arg {
        Arg::Text(s.to_string())
    }
}

macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(i: $t) -> Arg {
                Arg::Int(i64::try_from(i).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(u8, u16, u32, u64, usize, i32, i64);

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

/// One language's messages.
pub(crate) struct Language {
    /// Its code (`fr`, `en`, …), the catalogue's file name.
    pub code: &'static str,
    /// The messages, for those with arguments.
    bundle: FluentBundle<FluentResource>,
    /// Messages without arguments, formatted once.
    plain: HashMap<String, String>,
    /// Every message id, in the file's order.
    #[cfg_attr(not(test), allow(dead_code))]
    ids: Vec<String>,
    /// The decimal separator (`decimal-separator`).
    pub decimal: char,
}

/// Every language of the build, French first, then English, then the others by code.
pub(crate) fn languages() -> &'static [Language] {
    static ALL: OnceLock<Vec<Language>> = OnceLock::new();
    ALL.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(code, source)| {
                Language::parse(code, source)
                    .unwrap_or_else(|e| panic!("data/i18n/{code}.ftl: {e}"))
            })
            .collect()
    })
}

impl Language {
    /// Parses a Fluent catalogue; the error names the first problem.
    pub(crate) fn parse(code: &'static str, source: &str) -> Result<Language, String> {
        let resource = FluentResource::try_new(source.to_string())
            .map_err(|(_, errors)| errors.first().map(|e| format!("{e:?}")).unwrap_or_default())?;
        let id: unic_langid::LanguageIdentifier = code
            .parse()
            .map_err(|e| format!("`{code}` is not a language code: {e}"))?;
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        let ids: Vec<String> = resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("{errors:?}"))?;
        let mut plain = HashMap::new();
        for id in &ids {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            if errors.is_empty() {
                plain.insert(id.clone(), text.into_owned());
            }
        }
        let decimal = plain
            .get("decimal-separator")
            .and_then(|s| s.chars().next())
            .unwrap_or('.');
        Ok(Language {
            code,
            bundle,
            plain,
            ids,
            decimal,
        })
    }

    /// A message without arguments, if this language has it.
    pub(crate) fn plain(&self, key: &str) -> Option<&str> {
        self.plain.get(key).map(String::as_str)
    }

    /// A message with arguments, if this language has it.
    pub(crate) fn format(&self, key: &str, args: &FluentArgs<'_>) -> Option<String> {
        let pattern = self.bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        Some(text.into_owned())
    }

    /// Whether the catalogue has `key`.
    pub(crate) fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    /// Every message id.
    #[cfg(test)]
    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }
}

/// Fluent arguments from a message's.
pub(crate) fn fluent_args<'a>(args: &'a [(&'static str, Arg)], decimal: char) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        let v: FluentValue<'a> = match value {
            Arg::Text(s) => FluentValue::from(s.as_str()),
            Arg::Int(i) => FluentValue::from(*i),
            Arg::Num(x, decimals) => FluentValue::from(format_number(*x, *decimals, decimal)),
            // Rendered by `Lang::format` before the arguments reach Fluent.
            Arg::Msg(m) => FluentValue::from(m.key),
        };
        out.set(*name, v);
    }
    out
}

/// `x` with `decimals` decimals and the language's decimal separator.
pub fn format_number(x: f64, decimals: usize, decimal: char) -> String {
    let s = format!("{x:.decimals$}");
    if decimal == '.' {
        s
    } else {
        s.replace('.', &decimal.to_string())
    }
}
