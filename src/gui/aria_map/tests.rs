//! The mapping on small trees made by hand and on the trees egui makes of real widgets, and
//! the routing of keys.

use super::*;
use egui::accesskit::{Rect as AkRect, TreeId, TreeInfo};

fn node(role: Role) -> Node {
    Node::new(role)
}

fn widget(role: Role, label: &str, x: f64, y: f64) -> Node {
    let mut n = Node::new(role);
    if !label.is_empty() {
        n.set_label(label);
    }
    n.set_bounds(AkRect {
        x0: x,
        y0: y,
        x1: x + 100.0,
        y1: y + 20.0,
    });
    n.add_action(Action::Focus);
    n.add_action(Action::Click);
    n
}

fn tree(nodes: Vec<(u64, Node)>, focus: u64) -> TreeUpdate {
    TreeUpdate {
        nodes: nodes.into_iter().map(|(i, n)| (NodeId(i), n)).collect(),
        tree: Some(TreeInfo::new(NodeId(1))),
        tree_id: TreeId::ROOT,
        focus: NodeId(focus),
    }
}

fn by_id<'s, 'a>(specs: &'s [Spec<'a>], id: u64) -> &'s Spec<'a> {
    specs
        .iter()
        .find(|s| s.id == NodeId(id))
        .unwrap_or_else(|| panic!("no element for node {id}"))
}

#[test]
fn a_radio_group_of_named_radios() {
    let mut root = node(Role::Window);
    root.set_children(vec![NodeId(2)]);
    let mut group = node(Role::RadioGroup);
    group.set_label("Level of Payments");
    group.set_children(vec![NodeId(3), NodeId(4)]);
    let mut r1 = widget(Role::RadioButton, "Level 1", 10.0, 50.0);
    r1.set_toggled(Toggled::False);
    let mut r2 = widget(Role::RadioButton, "Level 2", 120.0, 50.0);
    r2.set_toggled(Toggled::True);
    let t = tree(vec![(1, root), (2, group), (3, r1), (4, r2)], 1);
    let specs = map(&t);
    assert_eq!(specs.len(), 3);
    let g = &specs[0];
    assert_eq!(g.role, Some("radiogroup"));
    assert_eq!(g.name.as_deref(), Some("Level of Payments"));
    assert_eq!(g.parent, None);
    // No bounds of its own: the union of its radios'.
    assert_eq!(
        g.rect,
        Rect {
            x: 10.0,
            y: 50.0,
            w: 210.0,
            h: 20.0
        }
    );
    let r2 = &specs[2];
    assert_eq!(r2.role, Some("radio"));
    assert_eq!(r2.parent, Some(0));
    assert_eq!(r2.name.as_deref(), Some("Level 2"));
    assert_eq!(r2.states.checked, Some(Checked::True));
    assert_eq!(specs[1].states.checked, Some(Checked::False));
    assert!(r2.actions.click && r2.actions.focus);
    // Relative to the group.
    assert_eq!(
        r2.rect,
        Rect {
            x: 110.0,
            y: 0.0,
            w: 100.0,
            h: 20.0
        }
    );
    let values = r2.states.values();
    assert_eq!(values[0], Some(AttrValue::Str("true")));
    assert!(values[1..].iter().all(Option::is_none));
}

#[test]
fn a_label_is_text_and_names_what_it_labels() {
    let mut root = node(Role::Window);
    root.set_children(vec![NodeId(2), NodeId(3)]);
    let mut label = widget(Role::Label, "", 0.0, 0.0);
    label.set_value("Retailer");
    label.set_children(vec![NodeId(9)]);
    let run = node(Role::TextRun);
    let mut input = widget(Role::TextInput, "", 0.0, 30.0);
    input.set_value("Acme");
    input.set_placeholder("Name of the retailer");
    input.push_labelled_by(NodeId(2));
    input.add_action(Action::SetValue);
    let t = tree(vec![(1, root), (2, label), (3, input), (9, run)], 3);
    let specs = map(&t);
    assert_eq!(specs.len(), 2, "the text run is left out: {specs:?}");
    let l = by_id(&specs, 2);
    assert_eq!((l.tag, l.role, l.text), (Tag::Div, None, Some("Retailer")));
    assert_eq!(l.name, None);
    let i = by_id(&specs, 3);
    assert_eq!(i.tag, Tag::Input);
    assert_eq!(i.role, None);
    assert_eq!(i.name.as_deref(), Some("Retailer"));
    assert_eq!(i.value, Some("Acme"));
    assert_eq!(i.placeholder, Some("Name of the retailer"));
    assert!(i.actions.set_value);
}

#[test]
fn text_fields_by_kind() {
    let mut root = node(Role::Window);
    root.set_children(vec![NodeId(2), NodeId(3)]);
    let mut multi = widget(Role::MultilineTextInput, "Note", 0.0, 0.0);
    multi.set_value("line 1\nline 2");
    let mut pass = widget(Role::PasswordInput, "Secret", 0.0, 30.0);
    pass.set_value("•••");
    pass.set_read_only();
    let t = tree(vec![(1, root), (2, multi), (3, pass)], 1);
    let specs = map(&t);
    assert_eq!(specs[0].tag, Tag::TextArea);
    assert_eq!(specs[0].value, Some("line 1\nline 2"));
    assert_eq!(specs[1].tag, Tag::Password);
    assert_eq!(specs[1].value, None, "a password is never mirrored");
    assert!(specs[1].states.read_only);
}

#[test]
fn a_menu_bar_and_its_open_menu() {
    let mut root = node(Role::Window);
    root.set_children(vec![NodeId(2)]);
    let mut bar = node(Role::Menu);
    bar.set_children(vec![NodeId(3), NodeId(4)]);
    let mut file = widget(Role::Button, "File", 0.0, 0.0);
    file.set_children(vec![NodeId(5)]);
    let edit = widget(Role::Button, "Edit", 50.0, 0.0);
    let mut menu = node(Role::Menu);
    menu.set_children(vec![NodeId(6), NodeId(7)]);
    let mut save = widget(Role::Button, "Save", 0.0, 25.0);
    save.set_keyboard_shortcut("Control+S");
    let mut auto = widget(Role::Button, "Autosave", 0.0, 50.0);
    auto.set_toggled(Toggled::True);
    let t = tree(
        vec![
            (1, root),
            (2, bar),
            (3, file),
            (4, edit),
            (5, menu),
            (6, save),
            (7, auto),
        ],
        6,
    );
    let specs = map(&t);
    let ids: Vec<u64> = specs.iter().map(|s| s.id.0).collect();
    // The menu comes right after its button, not inside it.
    assert_eq!(ids, [2, 3, 5, 6, 7, 4]);
    assert_eq!(by_id(&specs, 2).role, Some("menubar"));
    let file = by_id(&specs, 3);
    assert_eq!(file.role, Some("menuitem"));
    assert_eq!(file.states.expanded, Some(true));
    assert_eq!(file.states.has_popup, Some("menu"));
    assert_eq!(file.controls, Some(NodeId(5)));
    let edit = by_id(&specs, 4);
    assert_eq!(
        (edit.states.expanded, edit.states.has_popup),
        (Some(false), Some("menu"))
    );
    let menu = by_id(&specs, 5);
    assert_eq!(menu.role, Some("menu"));
    assert!(menu.layer);
    assert_eq!(menu.parent, Some(0), "under the bar, beside its button");
    assert_eq!(menu.owner, Some(1), "owned by its button");
    let save = by_id(&specs, 6);
    assert_eq!(save.role, Some("menuitem"));
    assert_eq!(save.key_shortcuts.as_deref(), Some("Control+S"));
    let auto = by_id(&specs, 7);
    assert_eq!(auto.role, Some("menuitemcheckbox"));
    assert_eq!(auto.states.checked, Some(Checked::True));
}

#[test]
fn hidden_subtrees_are_left_out_and_unnamed_containers_hoisted() {
    let mut root = node(Role::Window);
    root.set_children(vec![NodeId(2), NodeId(3)]);
    let mut hidden = node(Role::GenericContainer);
    hidden.set_hidden();
    hidden.set_children(vec![NodeId(4)]);
    let mut plain = node(Role::GenericContainer);
    plain.set_children(vec![NodeId(5), NodeId(6)]);
    let ok = widget(Role::Button, "OK", 10.0, 10.0);
    let mut pane = node(Role::Pane);
    pane.set_children(vec![NodeId(7)]);
    let mut tick = widget(Role::CheckBox, "Done", 10.0, 40.0);
    tick.set_toggled(Toggled::Mixed);
    let mut named = node(Role::GenericContainer);
    named.set_label("Evidence");
    named.set_children(vec![NodeId(8)]);
    let img = {
        let mut n = widget(Role::Image, "Profile chart", 200.0, 100.0);
        n.remove_action(Action::Click);
        n.remove_action(Action::Focus);
        n
    };
    let t = tree(
        vec![
            (1, root),
            (2, hidden),
            (3, plain),
            (4, widget(Role::Button, "Ghost", 0.0, 0.0)),
            (5, ok),
            (6, pane),
            (7, tick),
            (8, named.clone()),
        ],
        1,
    );
    let specs = map(&t);
    let ids: Vec<u64> = specs.iter().map(|s| s.id.0).collect();
    assert_eq!(
        ids,
        [5, 7],
        "the hidden button is out, the containers hoisted"
    );
    assert!(specs.iter().all(|s| s.parent.is_none()));
    assert_eq!(specs[1].states.checked, Some(Checked::Mixed));
    // A named container is a group, with its image.
    let mut root = node(Role::Window);
    root.set_children(vec![NodeId(2)]);
    named.set_children(vec![NodeId(3)]);
    let t = tree(vec![(1, root), (2, named), (3, img)], 1);
    let specs = map(&t);
    assert_eq!(specs[0].role, Some("group"));
    assert_eq!(specs[0].name.as_deref(), Some("Evidence"));
    assert_eq!(specs[1].role, Some("img"));
    assert_eq!(specs[1].name.as_deref(), Some("Profile chart"));
    assert_eq!(specs[1].rect.x, 0.0, "at its group's corner");
    assert!(!specs[1].actions.focus);
}

#[test]
fn states_of_the_other_controls() {
    let mut root = node(Role::Window);
    root.set_children((2..=9).map(NodeId).collect::<Vec<_>>());
    let mut header = widget(Role::DisclosureTriangle, "More", 0.0, 0.0);
    header.set_expanded(false);
    let mut combo = widget(Role::ComboBox, "Family", 0.0, 30.0);
    combo.set_value("Payments");
    let mut toggle = widget(Role::Button, "Show all", 0.0, 60.0);
    toggle.set_toggled(Toggled::True);
    let mut heading = widget(Role::Heading, "Results", 0.0, 90.0);
    heading.set_level(0);
    let mut dialog = node(Role::Dialog);
    dialog.set_label("Welcome");
    dialog.set_modal();
    let mut progress = widget(Role::ProgressIndicator, "Answered", 0.0, 120.0);
    progress.set_numeric_value(0.5);
    progress.set_min_numeric_value(0.0);
    progress.set_max_numeric_value(1.0);
    let mut table = node(Role::Table);
    table.set_children(vec![NodeId(10)]);
    let mut row = node(Role::Row);
    row.set_row_index(0);
    row.set_children(vec![NodeId(11), NodeId(12)]);
    let mut off = widget(Role::Button, "Delete", 0.0, 150.0);
    off.set_disabled();
    let t = tree(
        vec![
            (1, root),
            (2, header),
            (3, combo),
            (4, toggle),
            (5, heading),
            (6, dialog),
            (7, progress),
            (8, table),
            (9, off),
            (10, row),
            (11, widget(Role::ColumnHeader, "Family", 0.0, 200.0)),
            (12, widget(Role::Cell, "Payments", 100.0, 200.0)),
        ],
        1,
    );
    let specs = map(&t);
    let s = |id| by_id(&specs, id);
    assert_eq!(s(2).role, Some("button"));
    assert_eq!(s(2).states.expanded, Some(false));
    assert_eq!(s(3).role, Some("combobox"));
    assert_eq!(s(3).text, Some("Payments"));
    assert_eq!(
        (s(3).states.expanded, s(3).states.has_popup),
        (Some(false), Some("listbox"))
    );
    assert_eq!(s(4).states.pressed, Some(Checked::True));
    assert_eq!((s(5).role, s(5).states.level), (Some("heading"), Some(1)));
    assert_eq!((s(5).text, s(5).name.as_deref()), (Some("Results"), None));
    assert_eq!(s(6).role, Some("dialog"));
    assert!(s(6).states.modal && s(6).layer);
    assert_eq!(s(7).role, Some("progressbar"));
    assert_eq!(s(7).states.value_now, Some(0.5));
    assert_eq!(s(8).role, Some("table"));
    assert_eq!((s(10).role, s(10).states.row_index), (Some("row"), Some(1)));
    assert_eq!(s(11).role, Some("columnheader"));
    assert_eq!(s(12).role, Some("cell"));
    assert_eq!(
        s(12).parent,
        Some(specs.iter().position(|x| x.id == NodeId(10)).unwrap_or(99))
    );
    assert!(s(9).states.disabled);
    assert_eq!(s(9).states.values()[4], Some(AttrValue::Str("true")));
}

/// The tree egui itself builds: the assumptions above hold for egui 0.37.
#[test]
fn the_tree_of_a_real_egui_frame() {
    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    let mut level = 1u8;
    let mut text = String::from("Acme");
    let mut frame = || {
        ctx.run_ui(egui::RawInput::default(), |ui| {
            ui.scope_builder(
                egui::UiBuilder::new()
                    .accessibility_role(Role::RadioGroup)
                    .accessibility_label("Level of Payments"),
                |ui| {
                    ui.horizontal(|ui| {
                        ui.radio_value(&mut level, 0, "Level 0");
                        ui.radio_value(&mut level, 1, "Level 1");
                    });
                },
            );
            ui.label("Some text");
            let label = ui.label("Retailer");
            ui.text_edit_singleline(&mut text).labelled_by(label.id);
            let _ = ui.button("OK");
            egui::Modal::new(egui::Id::unique("welcome")).show(ui.ctx(), |ui| {
                let _ = ui.button("Start");
            });
        })
    };
    // A window (the modal) is shown from its second frame.
    frame().drop_without_applying_deltas();
    let mut out = frame();
    let update = out.platform_output.accesskit_update.take();
    out.drop_without_applying_deltas();
    let Some(update) = update else {
        panic!("egui sent no tree");
    };
    let specs = map(&update);
    let roles: Vec<_> = specs
        .iter()
        .map(|s| (s.role, s.name.as_deref(), s.text))
        .collect();
    let group = specs
        .iter()
        .position(|s| s.role == Some("radiogroup"))
        .unwrap_or_else(|| panic!("no radio group: {roles:?}"));
    assert_eq!(specs[group].name.as_deref(), Some("Level of Payments"));
    let radios: Vec<_> = specs.iter().filter(|s| s.role == Some("radio")).collect();
    assert_eq!(radios.len(), 2, "{roles:?}");
    assert!(radios.iter().all(|r| r.parent == Some(group)), "{roles:?}");
    assert_eq!(radios[1].states.checked, Some(Checked::True));
    assert!(radios[0].actions.click && radios[0].actions.focus);
    assert!(
        specs
            .iter()
            .any(|s| s.role.is_none() && s.text == Some("Some text")),
        "{roles:?}"
    );
    let field = specs
        .iter()
        .find(|s| s.tag == Tag::Input)
        .unwrap_or_else(|| panic!("no text field: {roles:?}"));
    assert_eq!(field.name.as_deref(), Some("Retailer"));
    assert_eq!(field.value, Some("Acme"));
    assert!(field.actions.set_value);
    assert!(
        specs
            .iter()
            .any(|s| s.role == Some("button") && s.name.as_deref() == Some("OK")),
        "{roles:?}"
    );
    let dialog = specs
        .iter()
        .position(|s| s.role == Some("dialog"))
        .unwrap_or_else(|| panic!("no dialog: {roles:?}"));
    assert!(specs[dialog].states.modal && specs[dialog].layer);
    assert!(
        specs.iter().any(|s| s.parent == Some(dialog)
            && s.role == Some("button")
            && s.name.as_deref() == Some("Start")),
        "{roles:?}"
    );
}

/// A menu opened from a menu bar (by an AccessKit click, as the page sends it), and a
/// combo box's list, as egui builds them.
#[test]
fn egui_menus_and_combo_boxes() {
    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    let mut choice = 0;
    let mut frame = |events: Vec<egui::Event>| {
        let input = egui::RawInput {
            events,
            ..Default::default()
        };
        let mut out = ctx.run_ui(input, |ui| {
            egui::MenuBar::new().ui(ui, |ui| {
                ui.menu_button("File", |ui| {
                    let _ = ui.button("Save");
                });
            });
            egui::ComboBox::from_label("Family")
                .selected_text("Payments")
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut choice, 0, "Payments");
                    ui.selectable_value(&mut choice, 1, "Logistics");
                });
        });
        let update = out.platform_output.accesskit_update.take();
        out.drop_without_applying_deltas();
        update
    };
    let click = |id: NodeId| {
        egui::Event::AccessKitActionRequest(egui::accesskit::ActionRequest {
            action: Action::Click,
            target_tree: TreeId::ROOT,
            target_node: id,
            data: None,
        })
    };
    let Some(update) = frame(Vec::new()) else {
        panic!("egui sent no tree");
    };
    let specs = map(&update);
    let roles: Vec<_> = specs.iter().map(|s| (s.role, s.name.as_deref())).collect();
    assert!(roles.contains(&(Some("menubar"), None)), "{roles:?}");
    let file = specs
        .iter()
        .find(|s| s.name.as_deref() == Some("File"))
        .unwrap_or_else(|| panic!("no File: {roles:?}"));
    assert_eq!(file.role, Some("menuitem"), "{roles:?}");
    assert_eq!(
        (file.states.has_popup, file.states.expanded),
        (Some("menu"), Some(false))
    );
    let file_id = file.id;
    let combo = specs
        .iter()
        .find(|s| s.role == Some("combobox"))
        .unwrap_or_else(|| panic!("no combo box: {roles:?}"));
    assert_eq!(combo.text, Some("Payments"));
    assert_eq!(combo.name.as_deref(), Some("Family"), "{roles:?}");
    assert_eq!(combo.states.expanded, Some(false));
    let combo_id = combo.id;

    let _ = frame(vec![click(file_id)]);
    let Some(update) = frame(Vec::new()) else {
        panic!("egui sent no tree");
    };
    let specs = map(&update);
    let roles: Vec<_> = specs.iter().map(|s| (s.role, s.name.as_deref())).collect();
    let file = specs
        .iter()
        .position(|s| s.id == file_id)
        .unwrap_or_else(|| panic!("no File: {roles:?}"));
    assert_eq!(specs[file].states.expanded, Some(true), "{roles:?}");
    let menu = &specs[file + 1];
    assert_eq!(menu.role, Some("menu"), "{roles:?}");
    assert!(menu.layer);
    assert_eq!(specs[file].controls, Some(menu.id));
    assert_eq!(menu.owner, Some(file));
    assert_eq!(menu.parent, specs[file].parent, "beside its button");
    let save = &specs[file + 2];
    assert_eq!(
        (save.role, save.name.as_deref(), save.parent),
        (Some("menuitem"), Some("Save"), Some(file + 1)),
        "{roles:?}"
    );

    let _ = frame(vec![click(combo_id)]);
    let Some(update) = frame(Vec::new()) else {
        panic!("egui sent no tree");
    };
    let specs = map(&update);
    let roles: Vec<_> = specs.iter().map(|s| (s.role, s.name.as_deref())).collect();
    let combo = specs
        .iter()
        .position(|s| s.id == combo_id)
        .unwrap_or_else(|| panic!("no combo box: {roles:?}"));
    assert_eq!(specs[combo].states.expanded, Some(true), "{roles:?}");
    let list = specs
        .iter()
        .position(|s| s.role == Some("listbox"))
        .unwrap_or_else(|| panic!("no list box: {roles:?}"));
    assert_eq!(specs[combo].controls, Some(specs[list].id));
    let options: Vec<_> = specs
        .iter()
        .filter(|s| s.parent == Some(list))
        .map(|s| (s.role, s.name.as_deref(), s.states.selected))
        .collect();
    assert_eq!(
        options,
        [
            (Some("option"), Some("Payments"), Some(true)),
            (Some("option"), Some("Logistics"), Some(false))
        ],
        "{roles:?}"
    );
}

#[test]
fn keys_on_mirror_elements() {
    use egui::{Key, Modifiers};
    let none = Modifiers::NONE;
    let route = |key, code, mods, target| route_key(key, code, mods, target);
    assert_eq!(
        route(" ", "Space", none, KeyTarget::Control),
        KeyRoute::Click
    );
    assert_eq!(
        route("Enter", "Enter", none, KeyTarget::Control),
        KeyRoute::Click
    );
    assert_eq!(
        route("Tab", "Tab", none, KeyTarget::Control),
        KeyRoute::Browser
    );
    assert_eq!(
        route("Tab", "Tab", Modifiers::SHIFT, KeyTarget::SingleLine),
        KeyRoute::Browser
    );
    assert_eq!(
        route("Shift", "ShiftLeft", none, KeyTarget::SingleLine),
        KeyRoute::Browser
    );
    // A modifier alone reaches egui as a key, as from eframe's canvas.
    assert!(matches!(
        route("Shift", "ShiftLeft", none, KeyTarget::Control),
        KeyRoute::Forward { .. }
    ));
    // The questionnaire's keys and the file shortcuts reach egui.
    for (key, code) in [("3", "Digit3"), ("PageDown", "PageDown"), ("F1", "F1")] {
        assert!(matches!(
            route(key, code, none, KeyTarget::Control),
            KeyRoute::Forward { .. }
        ));
    }
    assert_eq!(
        route("ArrowRight", "ArrowRight", none, KeyTarget::Control),
        KeyRoute::Forward {
            key: Key::ArrowRight,
            prevent_default: true
        }
    );
    assert_eq!(
        route("s", "KeyS", Modifiers::COMMAND, KeyTarget::Control),
        KeyRoute::Forward {
            key: Key::S,
            prevent_default: true
        }
    );
    // A non-Latin layout: the physical key.
    assert_eq!(
        route("ы", "KeyS", Modifiers::COMMAND, KeyTarget::SingleLine),
        KeyRoute::Forward {
            key: Key::S,
            prevent_default: true
        }
    );
    // A text field keeps its typing and editing keys.
    assert_eq!(
        route("3", "Digit3", none, KeyTarget::SingleLine),
        KeyRoute::Browser
    );
    assert_eq!(
        route(" ", "Space", none, KeyTarget::MultiLine),
        KeyRoute::Browser
    );
    assert_eq!(
        route("v", "KeyV", Modifiers::COMMAND, KeyTarget::SingleLine),
        KeyRoute::Browser
    );
    assert_eq!(
        route("Enter", "Enter", none, KeyTarget::MultiLine),
        KeyRoute::Browser
    );
    assert_eq!(
        route("Enter", "Enter", none, KeyTarget::SingleLine),
        KeyRoute::Forward {
            key: Key::Enter,
            prevent_default: false
        }
    );
    assert_eq!(
        route("Escape", "Escape", none, KeyTarget::MultiLine),
        KeyRoute::Forward {
            key: Key::Escape,
            prevent_default: false
        }
    );
    assert_eq!(
        route("ArrowUp", "ArrowUp", none, KeyTarget::Stepper),
        KeyRoute::Step(Action::Increment)
    );
    assert_eq!(
        KeyTarget::of(Tag::Div, Some("spinbutton")),
        KeyTarget::Stepper
    );
    assert_eq!(KeyTarget::of(Tag::Password, None), KeyTarget::SingleLine);
}

/// A radio focused and clicked through AccessKit requests, as the page sends them for
/// a focus and a Space, answers.
#[test]
fn a_focus_and_a_click_answer_a_radio() {
    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    let mut level = 0u8;
    let frame = |events: Vec<egui::Event>, level: &mut u8| {
        let input = egui::RawInput {
            events,
            ..Default::default()
        };
        let mut out = ctx.run_ui(input, |ui| {
            ui.radio_value(level, 0, "Level 0");
            ui.radio_value(level, 1, "Level 1");
        });
        let update = out.platform_output.accesskit_update.take();
        out.drop_without_applying_deltas();
        update
    };
    let Some(update) = frame(Vec::new(), &mut level) else {
        panic!("egui sent no tree");
    };
    let specs = map(&update);
    let Some(one) = specs.iter().find(|s| s.name.as_deref() == Some("Level 1")) else {
        panic!("no radio: {specs:?}");
    };
    let request = |action| {
        egui::Event::AccessKitActionRequest(egui::accesskit::ActionRequest {
            action,
            target_tree: TreeId::ROOT,
            target_node: one.id,
            data: None,
        })
    };
    let events = vec![request(Action::Focus), request(Action::Click)];
    let Some(update) = frame(events, &mut level) else {
        panic!("egui sent no tree");
    };
    assert_eq!(level, 1);
    assert_eq!(update.focus, one.id, "egui's focus follows the page's");
}

/// A questionnaire-sized tree, mapped twice with the same buffers: the same specs.
#[test]
fn buffers_are_reused_across_frames() {
    let mut nodes = vec![(1, node(Role::Window))];
    let mut top = Vec::new();
    for g in 0..40u64 {
        let gid = 100 + g * 10;
        top.push(NodeId(gid));
        let mut group = node(Role::RadioGroup);
        group.set_label(format!("Track {g}"));
        let kids: Vec<NodeId> = (1..=6).map(|k| NodeId(gid + k)).collect();
        group.set_children(kids.clone());
        nodes.push((gid, group));
        for (k, id) in kids.iter().enumerate() {
            let mut r = widget(
                Role::RadioButton,
                &format!("Level {k}"),
                k as f64 * 80.0,
                g as f64 * 30.0,
            );
            r.set_toggled(if k == 2 {
                Toggled::True
            } else {
                Toggled::False
            });
            nodes.push((id.0, r));
        }
    }
    nodes[0].1.set_children(top);
    let t = tree(nodes, 1);
    let mut mapper = Mapper::default();
    let mut first = Vec::new();
    mapper.map(&t, &mut first);
    let mut second = Vec::with_capacity(first.len());
    mapper.map(&t, &mut second);
    assert_eq!(first.len(), 40 * 7);
    assert_eq!(first, second);
    assert_eq!(first, map(&t));
}

#[test]
fn shortcuts_as_aria_writes_them() {
    assert_eq!(aria_key_shortcuts("Ctrl+S"), "Control+S");
    assert_eq!(aria_key_shortcuts("Ctrl+Shift+S"), "Control+Shift+S");
    assert_eq!(aria_key_shortcuts("⇧⌘S"), "Shift+Meta+S");
    assert_eq!(aria_key_shortcuts("⌘O"), "Meta+O");
    assert_eq!(aria_key_shortcuts("F1"), "F1");
    assert_eq!(aria_key_shortcuts("Ctrl++"), "Control+Plus");
    assert!(matches!(aria_key_shortcuts("Control+S"), Cow::Borrowed(_)));
}
