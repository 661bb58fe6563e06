//! Where command outputs go: explicit paths, or generated names in `exports/`, never overwritten silently.

use crate::export::{EXPORTS_DIR, unused_path};
use anyhow::{Result, bail};
use std::path::{Path, PathBuf};

/// Parses `WxH` (also `W×H`), e.g. `1600x1000`.
pub fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let lower = s.to_ascii_lowercase().replace('×', "x");
    let (w, h) = lower
        .split_once('x')
        .ok_or_else(|| format!("`{s}` is not a size like 1600x1000"))?;
    let parse = |v: &str| {
        v.trim()
            .parse::<u32>()
            .map_err(|_| format!("`{s}` is not a size like 1600x1000"))
    };
    let (w, h) = (parse(w)?, parse(h)?);
    let (min_w, min_h) = crate::chart::MIN_SIZE;
    let max = crate::chart::MAX_SIDE;
    if w < min_w || h < min_h || w > max || h > max {
        return Err(format!(
            "size {w}x{h} is outside {min_w}x{min_h} to {max}x{max}"
        ));
    }
    Ok((w, h))
}

/// The path to write: the one given, or a generated one in `exports/` (created if needed).
pub fn resolve(given: &Option<PathBuf>, stem: &str, ext: &str) -> Result<PathBuf> {
    match given {
        Some(p) => Ok(p.clone()),
        None => {
            let dir = Path::new(EXPORTS_DIR);
            if let Err(e) = std::fs::create_dir_all(dir) {
                bail!("{}: cannot create the exports folder: {e}", dir.display());
            }
            Ok(unused_path(dir, stem, ext))
        }
    }
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
        assert!(parse_size("99999x10").is_err());
    }
}
