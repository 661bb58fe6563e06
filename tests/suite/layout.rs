//! The layout holds at every window size and zoom: from a phone (360 points) to 1920, at zoom 1,
//! 1.5 and 2, nothing lies past the window's edges, the ladder's practices each have a line of
//! their own, the chart's labels never sit on one another, and a window resized from 1600 to
//! 1024 is laid out as one that started at 1024 (nothing remembered from the larger size).
//! Checked through the layout (the accessibility tree, the chart's text boxes), not pixels.

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use retail_maturity::Lang;
use retail_maturity::gui::App;
use retail_maturity::gui::command::{Command, Page, Tab};
use std::path::PathBuf;

const WIDTHS: [f32; 7] = [360.0, 390.0, 768.0, 1024.0, 1280.0, 1600.0, 1920.0];

fn harness(width: f32, height: f32, zoom: f32, lang: Lang) -> Harness<'static, App> {
    let dir = tempfile::tempdir().unwrap();
    let mut o = crate::common::options(lang, dir.path());
    o.open = Some(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/examples/maison-dupont-2026.json"),
    );
    let app = App::new(o, retail_maturity::gui::settings::Settings::default());
    let mut h = Harness::builder()
        .with_size(egui::vec2(width, height))
        .build_ui_state(|ui, app: &mut App| app.show(ui), app);
    h.ctx.set_zoom_factor(zoom);
    h.run();
    h.run();
    h
}

/// Every node of the accessibility tree with its label (or role) and rectangle.
fn nodes(h: &Harness<'static, App>) -> Vec<(String, egui::Rect, egui::accesskit::Role)> {
    h.root()
        .children_recursive()
        .filter_map(|n| {
            let ak = n.accesskit_node();
            let label = ak.label().or_else(|| ak.value()).unwrap_or_default();
            ak.bounding_box()
                .map(|_| (label.to_string(), n.rect(), ak.role()))
        })
        .collect()
}

/// The window's width in points at this zoom.
fn points(h: &Harness<'static, App>) -> f32 {
    h.ctx.content_rect().width()
}

fn nothing_past_the_edges(h: &Harness<'static, App>, case: &str, bad: &mut Vec<String>) {
    let w = points(h);
    for (label, r, role) in nodes(h) {
        // A single-line field scrolls its own text (its text runs go past it).
        let scrolled = role == egui::accesskit::Role::TextRun;
        if r.width() <= 0.0
            || r.height() <= 0.0
            || role == egui::accesskit::Role::Window
            || scrolled
        {
            continue;
        }
        if !(r.min.x >= -0.5 && r.max.x <= w + 0.5) {
            bad.push(format!(
                "{case}: {role:?} {label:?} at {r:?} is past the window's edges (0 to {w})"
            ));
        }
    }
}

fn ladder_lines_apart(h: &Harness<'static, App>, case: &str, bad: &mut Vec<String>) {
    let radios: Vec<(String, egui::Rect)> = nodes(h)
        .into_iter()
        .filter(|(_, _, role)| *role == egui::accesskit::Role::RadioButton)
        .map(|(l, r, _)| (l, r))
        .collect();
    if radios.len() < 6 {
        bad.push(format!("{case}: the ladder is shown"));
    }
    for (i, (a, ra)) in radios.iter().enumerate() {
        for (b, rb) in &radios[i + 1..] {
            let overlap = ra.intersect(*rb);
            if !(overlap.width() <= 1.0 || overlap.height() <= 1.0) {
                bad.push(format!("{case}: {a:?} {ra:?} overlaps {b:?} {rb:?}"));
            }
        }
    }
}

fn chart_labels_apart(h: &Harness<'static, App>, case: &str, bad: &mut Vec<String>) {
    let (size, boxes) = h.state().results_chart().text_boxes();
    if boxes.len() <= 10 {
        bad.push(format!("{case}: the chart is drawn with its labels"));
    }
    for (t, r) in &boxes {
        if !(r.min.x >= -0.5
            && r.min.y >= -0.5
            && r.max.x <= size.x + 0.5
            && r.max.y <= size.y + 0.5)
        {
            bad.push(format!(
                "{case}: {t:?} at {r:?} is cut by the chart's edge {size:?}"
            ));
        }
    }
    for (i, (a, ra)) in boxes.iter().enumerate() {
        for (b, rb) in &boxes[i + 1..] {
            let overlap = ra.intersect(*rb);
            if !(overlap.width() <= 1.0 || overlap.height() <= 1.0) {
                bad.push(format!(
                    "{case}: {a:?} {ra:?} sits on {b:?} {rb:?} in a chart of {size:?}"
                ));
            }
        }
    }
}

/// Shows a results tab (on a phone: the results page first).
fn show_tab(h: &mut Harness<'static, App>, tab: Tab) {
    h.state_mut().command(Command::ShowPage(Page::Results));
    h.state_mut().command(Command::ResultsTab(tab));
    h.run();
    h.run();
}

#[test]
fn every_width_and_zoom_keeps_everything_inside_and_readable() {
    let mut bad = Vec::new();
    for zoom in [1.0, 1.5, 2.0] {
        // A phone is tried as it comes (a phone zoomed twice would be 180 points wide).
        for width in WIDTHS.into_iter().filter(|w| zoom == 1.0 || *w >= 768.0) {
            let height = if width < 700.0 { 844.0 } else { 800.0 };
            for lang in [Lang::EN, Lang::FR] {
                let case = format!("{width}×{height} at zoom {zoom}, {lang:?}");
                let mut h = harness(width, height, zoom, lang);
                nothing_past_the_edges(&h, &case, &mut bad);
                ladder_lines_apart(&h, &case, &mut bad);
                for tab in [Tab::Profile, Tab::Radar, Tab::Table] {
                    show_tab(&mut h, tab);
                    let case = format!("{case}, {tab:?}");
                    nothing_past_the_edges(&h, &case, &mut bad);
                    if tab != Tab::Table {
                        chart_labels_apart(&h, &case, &mut bad);
                    }
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} problems:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn a_window_resized_from_1600_to_1024_is_laid_out_as_one_started_at_1024() {
    let mut resized = harness(1600.0, 1000.0, 1.0, Lang::EN);
    resized.set_size(egui::vec2(1024.0, 700.0));
    resized.run();
    resized.run();
    let fresh = harness(1024.0, 700.0, 1.0, Lang::EN);
    let a = nodes(&resized);
    let b = nodes(&fresh);
    assert_eq!(a.len(), b.len());
    for ((la, ra, _), (lb, rb, _)) in a.iter().zip(&b) {
        assert_eq!(la, lb);
        assert!(
            (ra.min - rb.min).length() <= 1.0 && (ra.max - rb.max).length() <= 1.0,
            "{la:?}: {ra:?} after the resize, {rb:?} at start"
        );
    }
    let (sa, _) = resized.state().results_chart().text_boxes();
    let (sb, _) = fresh.state().results_chart().text_boxes();
    assert!((sa - sb).length() <= 1.0, "chart {sa:?} against {sb:?}");
}

#[test]
fn a_phone_gets_one_column_with_the_score_a_stepper_and_finger_sized_targets() {
    let mut h = harness(390.0, 844.0, 1.0, Lang::EN);
    h.get_by_label_contains("/ 100");
    h.get_by_label("Next");
    let radios: Vec<egui::Rect> = nodes(&h)
        .into_iter()
        .filter(|(_, _, role)| *role == egui::accesskit::Role::RadioButton)
        .map(|(_, r, _)| r)
        .collect();
    for r in &radios {
        assert!(
            r.height() >= 44.0 - 0.5,
            "a target of {r:?}: under 44 points"
        );
    }
    for _ in 0..14 {
        h.get_by_label("Next").click();
        h.run();
    }
    assert_eq!(h.state().family(), 14, "the stepper walks the 15 families");
}

#[test]
fn the_compare_view_holds_at_every_width_too() {
    let mut bad = Vec::new();
    let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/examples");
    for zoom in [1.0, 1.5] {
        for width in WIDTHS.into_iter().filter(|w| zoom == 1.0 || *w >= 768.0) {
            for (picked, what) in [
                (
                    vec![
                        "maison-dupont-2024",
                        "maison-dupont-2025",
                        "maison-dupont-2026",
                    ],
                    "one retailer",
                ),
                (
                    vec!["maison-dupont-2025", "boutique-lumiere-2025"],
                    "two retailers",
                ),
            ] {
                let dir = tempfile::tempdir().unwrap();
                let mut o = crate::common::options(Lang::EN, dir.path());
                o.compare = picked
                    .iter()
                    .map(|n| examples.join(format!("{n}.json")))
                    .collect();
                let app = App::new(o, retail_maturity::gui::settings::Settings::default());
                let height = if width < 700.0 { 844.0 } else { 800.0 };
                let mut h = Harness::builder()
                    .with_size(egui::vec2(width, height))
                    .build_ui_state(|ui, app: &mut App| app.show(ui), app);
                h.ctx.set_zoom_factor(zoom);
                h.run();
                h.run();
                let case = format!("Compare, {what}, {width} at zoom {zoom}");
                nothing_past_the_edges(&h, &case, &mut bad);
                let (size, boxes) = h.state().compare_chart().text_boxes();
                if boxes.is_empty() {
                    bad.push(format!("{case}: no chart drawn"));
                }
                for (i, (a, ra)) in boxes.iter().enumerate() {
                    for (b, rb) in &boxes[i + 1..] {
                        let o = ra.intersect(*rb);
                        if o.width() > 1.0 && o.height() > 1.0 {
                            bad.push(format!("{case}: {a:?} sits on {b:?} in {size:?}"));
                        }
                    }
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} problems:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn on_a_phone_a_click_on_the_profile_opens_that_family_on_the_questions_page() {
    let mut h = harness(390.0, 844.0, 1.0, Lang::EN);
    show_tab(&mut h, Tab::Profile);
    assert!(
        nodes(&h)
            .iter()
            .all(|(_, _, role)| *role != egui::accesskit::Role::RadioButton),
        "the results page shows no ladder"
    );
    let chart = h
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Image)
        .expect("the profile chart")
        .rect();
    let (_, boxes) = h.state().results_chart().text_boxes();
    let (_, label) = boxes
        .iter()
        .find(|(t, _)| t.starts_with("Social com"))
        .unwrap_or_else(|| panic!("a row named Social commerce in {boxes:?}"));
    let at = chart.min + label.center().to_vec2();
    h.hover_at(at);
    h.run();
    h.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    h.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
    h.run();
    assert_eq!(
        h.state().family(),
        1,
        "Social commerce is the second family"
    );
    let radios = nodes(&h)
        .into_iter()
        .filter(|(_, _, role)| *role == egui::accesskit::Role::RadioButton)
        .count();
    assert!(
        radios >= 6,
        "the questions page, its ladder shown: {radios} radios"
    );
}

#[test]
fn every_family_fits_the_stepper_and_the_screen() {
    // The stepper's picker shows the family's name: a long one must not push Next away.
    let mut bad = Vec::new();
    for width in [360.0, 390.0, 412.0, 440.0, 480.0, 600.0, 768.0] {
        for lang in [Lang::EN, Lang::FR] {
            let mut h = harness(width, 844.0, 1.0, lang);
            for family in 0..15 {
                h.state_mut().command(Command::SelectFamily(family));
                h.run();
                let case = format!("{width} points, {lang:?}, family {}", family + 1);
                nothing_past_the_edges(&h, &case, &mut bad);
                let next = nodes(&h)
                    .into_iter()
                    .filter(|(l, _, role)| {
                        *role == egui::accesskit::Role::Button && (l == "Next" || l == "Suivante")
                    })
                    .count();
                for (l, r, role) in nodes(&h) {
                    if role == egui::accesskit::Role::Button && l == "Next"
                        || role == egui::accesskit::Role::ComboBox
                    {
                        eprintln!("{case} {l} {r:?}");
                    }
                }
                if next != 1 {
                    bad.push(format!("{case}: {next} Next buttons"));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn a_tablet_seen_to_be_touched_gets_a_fingers_targets() {
    let radio_heights = |h: &Harness<'static, App>| {
        nodes(h)
            .into_iter()
            .filter(|(_, _, role)| *role == egui::accesskit::Role::RadioButton)
            .map(|(_, r, _)| r.height())
            .collect::<Vec<_>>()
    };
    let mut h = harness(820.0, 1180.0, 1.0, Lang::EN);
    let pointer = radio_heights(&h);
    assert!(
        !pointer.is_empty() && pointer.iter().all(|h| *h < 44.0),
        "a pointer's size at first: {pointer:?}"
    );
    // A touch (the browser tells of its touch screen before the first frame; a desktop when
    // touched).
    h.event(egui::Event::Touch {
        device_id: egui::TouchDeviceId(0),
        id: egui::TouchId(u64::MAX),
        phase: egui::TouchPhase::Cancel,
        pos: egui::Pos2::ZERO,
        force: None,
    });
    h.run();
    h.run();
    let touch = radio_heights(&h);
    assert!(
        !touch.is_empty() && touch.iter().all(|h| *h >= 44.0),
        "{touch:?}"
    );
    let mut bad = Vec::new();
    nothing_past_the_edges(&h, "820×1180, touch", &mut bad);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
