//! Embeds the message catalogues: every `data/i18n/<code>.ftl` becomes a language of the app,
//! French and English first, so that a third language is one new file; and says whether the
//! PDF engine is built (`cfg(engine)`).

use std::path::Path;

fn main() {
    // `engine`: the PDF report's engine is built (the `report` feature, not in a browser).
    println!("cargo::rustc-check-cfg=cfg(engine)");
    let report = std::env::var_os("CARGO_FEATURE_REPORT").is_some();
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if report && !wasm {
        println!("cargo::rustc-cfg=engine");
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/i18n");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut codes: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    codes.sort_by_key(|c| (c != "fr", c != "en", c.clone()));
    assert!(
        codes.len() >= 2 && codes[0] == "fr" && codes[1] == "en",
        "data/i18n needs fr.ftl and en.ftl, found {codes:?}"
    );
    let mut out = String::from(
        "/// The catalogues found in `data/i18n/` at build time: (language code, Fluent source).\n\
         pub(crate) static SOURCES: &[(&str, &str)] = &[\n",
    );
    for code in &codes {
        let path = dir.join(format!("{code}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        out.push_str(&format!(
            "    ({code:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogues.rs");
    std::fs::write(&target, out).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
}
