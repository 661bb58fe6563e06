//! The message catalogue: every text that the app, the command line, the exports and the errors
//! show, one Fluent file per language in `data/i18n/` (embedded at build time, so a third
//! language is one new file). The framework's own texts stay in the framework file.

mod catalogue;
mod lang;
mod msg;

pub use catalogue::{Arg, format_number};
#[cfg(test)]
use catalogue::{Language, fluent_args, languages};
pub use lang::Lang;
pub use msg::Msg;

/// A message of the catalogue in a language: `tr!(lang, "key")` or
/// `tr!(lang, "key", name = value, …)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:expr) => {
        $lang.t($key)
    };
    ($lang:expr, $key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::msg!($key, $($name = $value),+).render($lang)
    };
}

/// A message to be shown later, in the language of whoever shows it:
/// `msg!("key", name = value, …)`.
#[macro_export]
macro_rules! msg {
    ($key:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Msg::new($key, vec![$((stringify!($name), $crate::i18n::Arg::from($value))),*])
    };
}

#[cfg(test)]
mod tests;
