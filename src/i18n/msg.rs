//! A message kept as data (a catalogue key and its arguments), rendered in the language of
//! whoever shows it: core errors and status messages are made of these.

use super::catalogue::Arg;
use super::lang::Lang;
use std::fmt;

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
