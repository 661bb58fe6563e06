//! The PDF report: a typst template (data: `data/report/report.typ`, or a consultancy's own
//! file) laid out with the results given to it as data — never spliced into its markup — and the
//! charts as vector SVG, in embedded fonts.

mod common;
pub mod template;
#[cfg(feature = "report")]
mod typeset;
mod view;
mod view_comparison;
#[cfg(feature = "report")]
mod world;

pub use crate::request::Template;
pub use template::ReportError;
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
    #[cfg(feature = "report")]
    {
        let (data, chart_data) = view(framework, subject, options.lang);
        let charts = common::charts(&chart_data).map_err(|e| ReportError::Chart(e.to_string()))?;
        typeset::pdf(template, &data, charts)
    }
    #[cfg(not(feature = "report"))]
    {
        let _ = (framework, subject, options, template);
        Err(ReportError::NotBuilt)
    }
}
