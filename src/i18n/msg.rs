//! A message kept as data (a catalogue key and its arguments), rendered in the language of
//! whoever shows it: core errors and status messages are made of these.

use crate::lang::Lang;
use std::fmt;

/// An argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A whole number (plural forms are chosen by it).
    Int(i64),
    /// A number shown with this many decimals, in the language's decimal format.
    Num(f64, usize),
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

/// A catalogue key and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    /// The catalogue key.
    pub key: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// A message.
    pub fn new(key: &'static str, args: Vec<(&'static str, Arg)>) -> Msg {
        Msg { key, args }
    }

    /// The message in `lang` (in English where `lang`'s catalogue lacks it).
    pub fn render(&self, lang: Lang) -> String {
        lang.format(self.key, &self.args)
    }

    /// The text argument `name`, if the message has it.
    pub fn text_arg(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(n, a)| match a {
            Arg::Text(s) if *n == name => Some(s.as_str()),
            _ => None,
        })
    }
}

/// In English: for logs, tests and developers; users get [`Msg::render`] in their language.
impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::EN))
    }
}
