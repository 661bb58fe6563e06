//! What a screen reader gets from the desktop app (egui's AccessKit tree, which AT-SPI, UI
//! Automation and NSAccessibility expose): the window named as its title, menus as menus with
//! shortcuts apart from names, each radio group named by its question, the chart's text
//! alternative, the scores as a table of rows and cells, focus following keyboard answers.

use egui::accesskit::{HasPopup, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use retail_maturity::Lang;
use retail_maturity::gui::App;
use retail_maturity::gui::command::{Command, Tab};
use std::path::PathBuf;

fn opened() -> Harness<'static, App> {
    let dir = tempfile::tempdir().unwrap();
    let mut o = crate::common::options(Lang::EN, dir.path());
    o.open = Some(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/examples/maison-dupont-2026.json"),
    );
    crate::common::harness(o)
}

/// Every node: role, label (or value), and the node's own data.
fn all(h: &Harness<'static, App>) -> Vec<(Role, String)> {
    h.root()
        .children_recursive()
        .map(|n| {
            let ak = n.accesskit_node();
            let label = ak.label().or_else(|| ak.value()).unwrap_or_default();
            (ak.role(), label.to_string())
        })
        .collect()
}

#[test]
fn the_window_is_named_as_its_title() {
    let h = opened();
    let root = h.root();
    let name = root.accesskit_node().label().unwrap_or_default();
    assert!(
        name.contains("maison-dupont-2026") && name.contains("retail-maturity"),
        "{name:?}"
    );
}

#[test]
fn menus_are_menus_with_their_shortcuts_apart() {
    let mut h = opened();
    let bar = all(&h);
    // One menu bar, named, not one inside another (axe's aria-required-children).
    let bars: Vec<_> = bar.iter().filter(|(r, _)| *r == Role::MenuBar).collect();
    assert_eq!(bars.len(), 1, "one menu bar: {bars:?}");
    assert_eq!(bars[0].1, "Main menu");
    h.get_by_label("File").click();
    h.run();
    let new = h.get_by_label("New");
    let node = new.accesskit_node();
    assert_eq!(node.role(), Role::MenuItem);
    assert_eq!(node.data().keyboard_shortcut(), Some("Ctrl+N"));
    assert!(
        !all(&h)
            .iter()
            .any(|(_, l)| l.contains("New") && l.contains("Ctrl")),
        "the shortcut is not in the name"
    );
    let recent = h.get_by_label("Recent files");
    assert_eq!(recent.accesskit_node().role(), Role::MenuItem);
    assert_eq!(recent.accesskit_node().has_popup(), Some(HasPopup::Menu));
    assert_eq!(recent.accesskit_node().data().is_expanded(), Some(false));
}

#[test]
fn each_radio_group_is_named_by_its_question() {
    let mut h = opened();
    let groups: Vec<String> = all(&h)
        .into_iter()
        // The level's group is of radios, or of ticks when the practices are ticked.
        .filter(|(r, _)| matches!(r, Role::RadioGroup | Role::Group))
        .map(|(_, l)| l)
        .collect();
    for want in [
        "E-commerce: Reached level",
        "E-commerce: target level",
        "E-commerce, in store:",
        "E-commerce: how sure the answer is",
    ] {
        assert!(
            groups.iter().any(|g| g.starts_with(want)),
            "{want:?} among {groups:?}"
        );
    }
    // Each radio of a group is inside it.
    let group = h.get_by_role_and_label(Role::RadioGroup, "E-commerce: target level");
    let radios = group
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::RadioButton)
        .count();
    assert_eq!(radios, 6, "none and targets 1 to 5");
    // A family of several tracks names the track too.
    h.state_mut().command(Command::SelectFamily(6));
    h.run();
    let recommerce = all(&h)
        .into_iter()
        .filter(|(r, l)| *r == Role::RadioGroup && l.starts_with("ReCommerce: target level ("))
        .count();
    assert_eq!(recommerce, 3, "one per track");
}

#[test]
fn the_chart_has_a_text_alternative_and_its_data_is_a_table() {
    let mut h = opened();
    let image = all(&h)
        .into_iter()
        .find(|(r, _)| *r == Role::Image)
        .map(|(_, l)| l)
        .unwrap_or_default();
    assert!(
        image.contains("Maturity score 61.1 / 100") && image.contains("strongest"),
        "{image:?}"
    );
    h.state_mut().command(Command::ResultsTab(Tab::Table));
    h.run();
    let table = h.get_by_role_and_label(Role::Table, "Scores by family");
    let rows: Vec<_> = table
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::Row)
        .collect();
    assert_eq!(rows.len(), 16, "a header row and the 15 families");
    let headers = rows[0]
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::ColumnHeader)
        .count();
    // The notes' header is said with each note when the notes go under their rows.
    assert!(headers >= 6, "{headers} column headers");
    let first = rows[1]
        .children_recursive()
        .filter(|n| matches!(n.accesskit_node().role(), Role::Cell | Role::RowHeader))
        .count();
    assert!(
        first >= 6,
        "a cell per column (and the note, when there is one): {first}"
    );
    assert!(
        rows[1].children_recursive().any(|n| n
            .accesskit_node()
            .value()
            .is_some_and(|v| v == "E-commerce")),
        "the row says its family"
    );
}

#[test]
fn a_level_answered_with_a_key_takes_the_focus() {
    let mut h = opened();
    h.key_press(egui::Key::Num3);
    h.run();
    h.run();
    let focused = h
        .root()
        .children_recursive()
        .find(|n| n.is_focused())
        .map(|n| n.accesskit_node().label().unwrap_or_default().to_string());
    assert_eq!(focused.as_deref(), Some("3 · Click and collect"));
}
