//! Answers sent as links: a link made from a file opens the same answers in the app (File ›
//! Open a link…, or `--open` at start); a bad link is refused as a bad file is; a consultant
//! pastes a team's links into the Compare view and gets them ticked, as a team.

use egui_kittest::kittest::Queryable;
use retail_maturity::gui::App;
use retail_maturity::{Assessment, Framework, Lang};
use std::path::{Path, PathBuf};

fn example(name: &str) -> Assessment {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("data/examples/{name}.json"));
    Assessment::load(&p, Framework::builtin()).unwrap()
}

fn team_file(name: &str) -> Assessment {
    example(&format!("team/{name}"))
}

fn link_of(a: &Assessment) -> String {
    retail_maturity::link::make("https://answers.example/app/", a).unwrap()
}

/// Pastes `text` into the links window and presses its button `button`.
fn paste(h: &mut egui_kittest::Harness<'static, App>, hint: &str, text: &str, button: &str) {
    h.get_by_label_contains(hint).focus();
    h.run();
    h.get_by_label_contains(hint).type_text(text);
    h.run();
    h.get_by_label(button).click();
    h.run();
}

#[test]
fn a_link_opens_the_same_answers_as_a_new_unsaved_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::common::harness(crate::common::options(Lang::EN, dir.path()));
    let sent = example("maison-dupont-2026");
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Open a link…").click();
    h.run();
    paste(
        &mut h,
        "Paste the link you received",
        &link_of(&sent),
        "Open",
    );
    assert_eq!(h.state().assessment(), &{
        // The document holds every track of the framework, answered or not.
        let mut a = sent.clone();
        for (_, t) in Framework::builtin().tracks() {
            a.answer_mut(&t.id);
        }
        a.normalize(Framework::builtin());
        a
    });
    assert!(
        h.state().document().path.is_none(),
        "not attached to a file"
    );
    h.get_by_label_contains("opened from a link");
}

#[test]
fn a_damaged_link_is_refused_and_the_answers_stay() {
    let dir = tempfile::tempdir().unwrap();
    let mut o = crate::common::options(Lang::EN, dir.path());
    let file =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/examples/maison-dupont-2025.json");
    o.open = Some(file);
    let mut h = crate::common::harness(o);
    let before = h.state().assessment().clone();
    let mut cut = link_of(&example("maison-dupont-2026"));
    cut.truncate(cut.len() / 2);
    h.state_mut()
        .command(retail_maturity::gui::command::Command::AskLinks(false));
    h.run();
    paste(&mut h, "Paste the link you received", &cut, "Open");
    assert_eq!(h.state().assessment(), &before, "nothing replaced");
    // Said in the window, under the link, and in the status bar.
    assert_eq!(h.get_all_by_label_contains("damaged or cut").count(), 2);
}

#[test]
fn a_link_given_at_start_opens_its_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut o = crate::common::options(Lang::EN, dir.path());
    let sent = example("boutique-lumiere-2025");
    o.open = Some(PathBuf::from(link_of(&sent)));
    let h = crate::common::harness(o);
    assert_eq!(h.state().assessment().retailer, sent.retailer);
}

#[test]
fn a_teams_links_pasted_in_compare_are_ticked_and_consolidated() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::common::harness(crate::common::options(Lang::EN, dir.path()));
    h.get_by_label("Compare").click();
    h.run();
    h.get_by_label("Paste links…").click();
    h.run();
    let people = [
        "dupont-2026-claire",
        "dupont-2026-julien",
        "dupont-2026-sophie",
    ];
    let mut text: Vec<String> = people.iter().map(|p| link_of(&team_file(p))).collect();
    text.push("https://answers.example/app/#answers=1.broken".into());
    paste(
        &mut h,
        "Paste the links the respondents sent",
        &text.join("\n"),
        "Add to the comparison",
    );
    let state = h.state().compare_state();
    assert_eq!(state.picked.len(), 3, "{:?}", state.picked);
    assert!(state.team, "shown as a team");
    // The broken one is said, naming which line it was.
    h.get_by_label_contains("link 4");
    let mut assessors: Vec<String> = state
        .picked_assessments()
        .iter()
        .map(|(_, a)| a.assessor.clone())
        .collect();
    assessors.sort();
    let mut expected: Vec<String> = people.iter().map(|p| team_file(p).assessor).collect();
    expected.sort();
    assert_eq!(assessors, expected);
    assert!(Path::new(&state.picked[0]).starts_with("links"));
}
