//! Where command outputs go: explicit paths, or generated names in `exports/` (reserved, never
//! overwritten); all written together or not at all ([`crate::store::Plan`]).

use super::Context;
use super::print::errln;
use crate::cli::Result;
use crate::export::EXPORTS_DIR;
use crate::export::{self, Format, Options, Subject};
use crate::lang::Lang;
use crate::store::{Overwrite, Plan};
use std::path::{Path, PathBuf};

/// Parses `WxH` (also `W×H`), e.g. `1600x1000`, within the charts' sizes.
pub fn parse_size(s: &str) -> std::result::Result<(u32, u32), String> {
    let (w, h) = parse_pair(s)?;
    let (min_w, min_h) = crate::chart::MIN_SIZE;
    let max = crate::chart::MAX_SIDE;
    if w < min_w || h < min_h || w > max || h > max {
        return Err(format!(
            "size {w}x{h} is outside {min_w}x{min_h} to {max}x{max}"
        ));
    }
    Ok((w, h))
}

/// Parses a window size `WxH` (at least 640x480).
pub fn parse_window(s: &str) -> std::result::Result<(u32, u32), String> {
    let (w, h) = parse_pair(s)?;
    if w < 640 || h < 480 || w > 10_000 || h > 10_000 {
        return Err(format!(
            "window size {w}x{h} is outside 640x480 to 10000x10000"
        ));
    }
    Ok((w, h))
}

fn parse_pair(s: &str) -> std::result::Result<(u32, u32), String> {
    let lower = s.to_ascii_lowercase().replace('×', "x");
    let bad = || format!("`{s}` is not a size like 1600x1000");
    let (w, h) = lower.split_once('x').ok_or_else(bad)?;
    let parse = |v: &str| v.trim().parse::<u32>().map_err(|_| bad());
    Ok((parse(w)?, parse(h)?))
}

/// Whether `--force` was given.
pub fn overwrite(force: bool) -> Overwrite {
    if force {
        Overwrite::Allow
    } else {
        Overwrite::Refuse
    }
}

/// Adds an output to `plan`: at the path given, or under a generated name in `exports/`.
pub fn add(plan: &mut Plan, given: Option<&Path>, stem: &str, ext: &str) -> Result<usize> {
    Ok(match given {
        Some(p) => plan.given(p)?,
        None => plan.generated(Path::new(EXPORTS_DIR), stem, ext)?,
    })
}

/// Writes every output of `plan` and says where, on standard error.
pub fn commit(plan: Plan, lang: Lang) -> Result<Vec<PathBuf>> {
    let written = plan.commit()?;
    for p in &written {
        errln!("{}", crate::tr!(lang, "cli-wrote", path = p.display()));
    }
    Ok(written)
}

/// The outputs asked for: each format given on the command line, with its path if one was given.
pub fn wanted<const N: usize>(
    given: [(Format, &Option<Option<PathBuf>>); N],
) -> Vec<(Format, Option<&Path>)> {
    given
        .into_iter()
        .filter_map(|(f, given)| given.as_ref().map(|p| (f, p.as_deref())))
        .collect()
}

/// Checks every output (none may be one of the `inputs`), renders them all, then writes them
/// all (or none).
pub fn write_exports(
    ctx: &Context,
    subject: &Subject<'_>,
    wanted: &[(Format, Option<&Path>)],
    options: &Options,
    force: bool,
    inputs: &[&Path],
) -> Result<()> {
    let mut plan = Plan::new(overwrite(force));
    plan.reading(inputs);
    for (format, _) in wanted {
        if !subject.kind().offers(*format) {
            return Err(crate::export::ExportError::Unsupported { format: *format }.into());
        }
    }
    let mut slots = Vec::new();
    for (format, given) in wanted {
        let stem = export::file_stem(subject, *format, options);
        slots.push((add(&mut plan, *given, &stem, format.ext())?, *format));
    }
    for (i, format) in slots {
        plan.set(i, export::render(&ctx.framework, subject, format, options)?);
        let replaced = crate::report::replaced_characters();
        if format == Format::Pdf && replaced > 0 {
            errln!(
                "{}",
                crate::tr!(ctx.lang, "cli-report-replaced", count = replaced)
            );
        }
    }
    commit(plan, ctx.lang)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_are_bounded() {
        assert_eq!(parse_size("1600x1000"), Ok((1600, 1000)));
        assert_eq!(parse_size("800×500"), Ok((800, 500)));
        assert!(parse_size("800").is_err());
        assert!(parse_size("10x10").is_err());
        assert!(parse_size("8000x8000").is_err(), "over the documented 6000");
        assert_eq!(parse_window("1024x700"), Ok((1024, 700)));
    }
}
