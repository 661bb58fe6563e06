//! Answers carried by a link: the assessment file, compressed, in the fragment of the web app's
//! address (`…/#answers=1.<data>`), so that a store manager can send answers from a phone by
//! any messaging app. The fragment is never sent to a server; reading a link is reading a file:
//! bounded in size, then the same validation and the same messages.
//!
//! `<data>` is the assessment file's JSON (compact), compressed with raw DEFLATE (RFC 1951),
//! written in base64url without padding (RFC 4648 §5). `1` is the version of this encoding.

use crate::assessment::Assessment;
use crate::error::FileError;
use crate::framework::Framework;
use crate::msg;
use base64::Engine;
use std::path::Path;

/// The fragment's key for answers.
pub const KEY: &str = "answers";
/// The version of the encoding, before the data.
pub const VERSION: &str = "1";
/// The longest link made or read, in characters: about 20 answered families with notes fit in
/// a few thousand; past this, send the file itself.
pub const MAX_LINK_CHARS: usize = 32 * 1024;

const BASE64: base64::engine::GeneralPurpose = base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The fragment carrying `a` (without `#`), or why it cannot: too long for a link.
pub fn fragment(a: &Assessment) -> Result<String, FileError> {
    let json = serde_json::to_vec(a).expect("an assessment always serializes");
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 9);
    let f = format!("{KEY}={VERSION}.{}", BASE64.encode(packed));
    if f.len() > MAX_LINK_CHARS {
        return Err(FileError::invalid(
            Path::new("—"),
            "$",
            msg!("link-too-long", max = MAX_LINK_CHARS),
        ));
    }
    Ok(f)
}

/// The link to `base` (the web app's address; any fragment of it is dropped) carrying `a`.
pub fn make(base: &str, a: &Assessment) -> Result<String, FileError> {
    let page = base.split('#').next().unwrap_or(base);
    Ok(format!("{page}#{}", fragment(a)?))
}

/// Whether `text` carries answers (a link, or its fragment alone).
pub fn carries_answers(text: &str) -> bool {
    data_of(text).is_some()
}

/// The `1.<data>` part of a link or fragment, if it has one.
fn data_of(text: &str) -> Option<&str> {
    let text = text.trim();
    let fragment = text.split_once('#').map_or(text, |(_, f)| f);
    fragment
        .split('&')
        .find_map(|pair| pair.strip_prefix(KEY)?.strip_prefix('='))
}

/// The assessment a link (or its fragment) carries, validated as a file is; `name` names it in
/// messages ("the link", "link 2").
pub fn read(text: &str, name: &Path, framework: &Framework) -> Result<Assessment, FileError> {
    let damaged = || FileError::invalid(name, "$", msg!("link-damaged"));
    if text.len() > MAX_LINK_CHARS + 4096 {
        return Err(FileError::invalid(
            name,
            "$",
            msg!("link-too-long", max = MAX_LINK_CHARS),
        ));
    }
    let Some(data) = data_of(text) else {
        return Err(FileError::invalid(name, "$", msg!("link-no-answers")));
    };
    let Some((version, data)) = data.split_once('.') else {
        return Err(damaged());
    };
    if version != VERSION {
        return Err(FileError::invalid(
            name,
            "$",
            msg!("link-version", version = version),
        ));
    }
    let packed = BASE64
        .decode(data.trim_end_matches('='))
        .map_err(|_| damaged())?;
    let limit = crate::store::MAX_FILE_BYTES as usize;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, limit)
        .map_err(|_| damaged())?;
    Assessment::from_bytes(name, &json, framework)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Assessment {
        let fw = Framework::builtin();
        let json = crate::examples::EXAMPLES[2].json;
        Assessment::from_bytes(Path::new("x.json"), json.as_bytes(), fw).unwrap()
    }

    #[test]
    fn a_link_carries_the_answers_whole_and_short() {
        let a = example();
        let link = make("https://example.org/app/?x=1#old", &a).unwrap();
        assert!(
            link.starts_with("https://example.org/app/?x=1#answers=1."),
            "{link}"
        );
        assert!(link.len() < 4000, "{} characters", link.len());
        let back = read(&link, Path::new("link"), Framework::builtin()).unwrap();
        assert_eq!(back, a);
        // The fragment alone, and among other parameters, reads the same.
        let f = fragment(&a).unwrap();
        assert_eq!(read(&f, Path::new("l"), Framework::builtin()).unwrap(), a);
        let among = format!("#lang=fr&{f}");
        assert_eq!(
            read(&among, Path::new("l"), Framework::builtin()).unwrap(),
            a
        );
    }

    #[test]
    fn a_bad_link_is_refused_like_a_bad_file() {
        let fw = Framework::builtin();
        let name = Path::new("the link");
        let said = |text: &str| read(text, name, fw).unwrap_err().render(crate::Lang::EN);
        assert!(said("https://example.org/").contains("no answers"));
        assert!(said("#answers=9.abc").contains("version 9"));
        assert!(said("#answers=1.%%%").contains("damaged"));
        // Valid base64 of bytes that are no DEFLATE stream.
        assert!(said("#answers=1.AAAAAAAA").contains("damaged"));
        // Answers that decode but are no valid assessment get the loader's message.
        let packed = miniz_oxide::deflate::compress_to_vec(br#"{"format": "x"}"#, 9);
        let wrong = format!("#answers=1.{}", BASE64.encode(packed));
        assert!(said(&wrong).starts_with("the link"), "{}", said(&wrong));
        // A bomb: 100 MB of zeros in a few kilobytes stops at the file limit.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; 100_000_000], 9);
        let bomb = format!("#answers=1.{}", BASE64.encode(bomb));
        assert!(said(&bomb).contains("too long") || said(&bomb).contains("damaged"));
    }

    #[test]
    fn answers_too_long_for_a_link_are_said() {
        let mut a = example();
        a.retailer = (0..40_000u32)
            .map(|i| char::from_u32(0x4e00 + (i * 7919) % 20_000).unwrap())
            .collect();
        let e = fragment(&a).unwrap_err().render(crate::Lang::EN);
        assert!(e.contains("too long for a link"), "{e}");
    }
}
