//! The catalogues: every language built in, the same keys, plurals and numbers, fallbacks.

use super::*;
use crate::lang::Lang;
use std::collections::BTreeSet;

fn keys(l: &Language) -> BTreeSet<&str> {
    l.keys().collect()
}

#[test]
fn every_language_of_data_i18n_is_built_in() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/i18n");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "ftl").then(|| p.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    on_disk.sort();
    let mut built: Vec<String> = languages().iter().map(|l| l.code.to_string()).collect();
    assert_eq!(&built[..2], ["fr", "en"], "French first, then English");
    built.sort();
    assert_eq!(built, on_disk);
}

#[test]
fn french_and_english_have_the_same_messages() {
    let [fr, en] = [&languages()[0], &languages()[1]];
    let (fr, en) = (keys(fr), keys(en));
    assert_eq!(
        fr.symmetric_difference(&en).collect::<Vec<_>>(),
        Vec::<&&str>::new()
    );
}

/// Every catalogue key written in the source, as `tr!(lang, "key"…)`, `msg!("key"…)`,
/// `.t("key")` or a `"key"` literal of the catalogue's prefixes.
fn keys_in_source() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("i18n/tests.rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                for (i, _) in text.match_indices('"') {
                    let rest = &text[i + 1..];
                    let Some(end) = rest.find('"') else { continue };
                    let word = &rest[..end];
                    let prefixed = ["ui-", "cli-", "chart-", "csv-", "col-", "io-", "json-"]
                        .iter()
                        .any(|p| word.starts_with(p));
                    let before = text[..i].trim_end();
                    let called = before.ends_with(".t(") || before.ends_with("msg!(");
                    let shaped = !word.ends_with('-')
                        && word
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                        && word.contains('-');
                    if shaped && (prefixed || called) {
                        found.insert(word.to_string());
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_message_the_code_uses_is_in_every_catalogue() {
    let used = keys_in_source();
    assert!(
        used.len() > 200,
        "the scan finds the code's messages ({})",
        used.len()
    );
    for l in languages() {
        let have = keys(l);
        let missing: Vec<&String> = used.iter().filter(|k| !have.contains(k.as_str())).collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", l.code);
    }
}

#[test]
fn a_third_language_is_one_more_file() {
    let de = Language::parse(
        "de",
        "language-name = Deutsch\ndecimal-separator = ,\nui-families = Familien\nproblems = { $count } Probleme:\n",
    )
    .unwrap();
    assert_eq!(de.plain("language-name"), Some("Deutsch"));
    assert_eq!(de.decimal, ',');
    let args = fluent_args(&[("count", Arg::Int(3))], de.decimal);
    assert_eq!(de.format("problems", &args).as_deref(), Some("3 Probleme:"));
    assert!(Language::parse("xx", "broken = {").is_err());
}

#[test]
fn plurals_and_numbers_follow_each_language() {
    let one = crate::msg!("ui-compare-skipped", count = 1usize);
    let two = crate::msg!("ui-compare-skipped", count = 2usize);
    assert_eq!(
        one.render(Lang::FR),
        "1 fichier ignoré (pas une évaluation valide)"
    );
    assert_eq!(
        two.render(Lang::FR),
        "2 fichiers ignorés (pas des évaluations valides)"
    );
    assert_eq!(
        one.render(Lang::EN),
        "1 file skipped (not a valid assessment)"
    );
    let score = crate::msg!("ui-coverage", percent = Arg::Num(43.75, 1));
    assert_eq!(score.render(Lang::FR), "Couverture en magasin : 43,8 %");
    assert_eq!(score.render(Lang::EN), "In-store coverage: 43.8 %");
}

#[test]
fn a_message_missing_from_a_language_falls_back_to_english_then_to_its_key() {
    assert_eq!(Lang::FR.t("no-such-message"), "no-such-message");
    assert_eq!(Lang::EN.t("ui-families"), "Families");
}
