//! The PDF report: a typst template (data: `data/report/report.typ`, or a consultancy's own
//! file) laid out with the results given to it as data — never spliced into its markup — and the
//! charts as vector SVG, in embedded fonts.

mod common;
#[cfg(engine)]
mod fonts;
#[cfg(engine)]
pub mod isolate;
pub mod template;
#[cfg(engine)]
mod typeset;
mod view;
mod view_comparison;
#[cfg(engine)]
mod world;

pub use crate::request::Template;
pub use template::{Budget, ReportError};
pub use view::{rating_word, view};

use crate::framework::Framework;
use crate::request::{Options, Subject};

/// The PDF of `subject`, laid out by `template`.
pub fn pdf(
    framework: &Framework,
    subject: &Subject<'_>,
    options: &Options,
    template: &Template,
) -> Result<Vec<u8>, ReportError> {
    #[cfg(engine)]
    {
        let (mut data, chart_data) = view(framework, subject, options.lang);
        let mut charts =
            common::charts(&chart_data).map_err(|e| ReportError::Chart(e.to_string()))?;
        // A character no embedded font has: a system font that has it, else a visible `?`.
        let (faces, missing) = {
            let mut texts = Vec::new();
            fonts::strings(&data, &mut texts);
            fonts::cover(texts)
        };
        let mut replaced = fonts::replace_in(&mut data, &missing);
        for c in &mut charts {
            if c.svg.chars().any(|x| missing.contains(&x)) {
                let (svg, n) = fonts::replace(&c.svg, &missing);
                c.svg = svg;
                replaced += n.min(1);
            }
        }
        REPLACED.with(|r| r.set(replaced));
        isolate::typeset(template, &data, charts, &faces)
    }
    #[cfg(not(engine))]
    {
        let _ = (framework, subject, options, template);
        Err(ReportError::NotBuilt)
    }
}

#[cfg(engine)]
thread_local! {
    /// How many characters of the last report made on this thread no font had.
    static REPLACED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many characters of the last report made on this thread had no font (printed as `?`);
/// the command says so.
pub fn replaced_characters() -> usize {
    #[cfg(engine)]
    {
        REPLACED.with(std::cell::Cell::get)
    }
    #[cfg(not(engine))]
    {
        0
    }
}
