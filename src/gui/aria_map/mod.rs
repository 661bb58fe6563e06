//! egui's accessibility tree (the AccessKit update of a frame) mapped to what a web page holds
//! to mirror it for a screen reader: one element spec per node worth an element (tag, ARIA
//! role, name, text, states, actions, rectangle), in document order, each under its parent.
//! Pure: the browser side (`platform/aria.rs`) applies the specs to the DOM; the tests run
//! natively.
//!
//! What is left out: hidden subtrees, text runs, scroll bars and splitters, and the containers
//! without a name (a panel, a plain `Ui`): their children go to the nearest element kept.
//! A popup (menu, list box) hangs under the control that opened it in egui's tree; a control's
//! children are presentational in ARIA, so it comes right after the control instead.

use egui::accesskit::{Action, HasPopup, Live, Node, NodeId, Role, Toggled, TreeUpdate};
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

mod keys;
#[cfg(test)]
mod tests;

pub use keys::{KeyRoute, KeyTarget, aria_key_shortcuts, route_key};

/// The HTML element that stands for a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    /// A `<div>`, with an ARIA role.
    Div,
    /// An `<input type="text">`: a single-line text field.
    Input,
    /// An `<input type="password">`, whose value is never mirrored (egui masks it).
    Password,
    /// A `<textarea>`: a multi-line text field.
    TextArea,
}

impl Tag {
    /// The element's tag name.
    pub fn name(self) -> &'static str {
        match self {
            Tag::Div => "div",
            Tag::Input | Tag::Password => "input",
            Tag::TextArea => "textarea",
        }
    }

    /// Whether the element is a text field (the browser edits it, keys are its own).
    pub fn is_text_field(self) -> bool {
        !matches!(self, Tag::Div)
    }
}

/// A tri-state value: `aria-checked`, `aria-pressed`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checked {
    /// Not checked, not pressed.
    False,
    /// Checked, pressed.
    True,
    /// Neither (an indeterminate check box).
    Mixed,
}

impl Checked {
    fn from_toggled(t: Toggled) -> Self {
        match t {
            Toggled::False => Checked::False,
            Toggled::True => Checked::True,
            Toggled::Mixed => Checked::Mixed,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Checked::False => "false",
            Checked::True => "true",
            Checked::Mixed => "mixed",
        }
    }
}

/// The value of one ARIA state attribute.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AttrValue {
    /// A keyword (`true`, `mixed`, `menu`…).
    Str(&'static str),
    /// A whole number (a level, an index: already one-based).
    Int(usize),
    /// A number (a slider's value).
    Num(f64),
}

impl fmt::Display for AttrValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AttrValue::Str(s) => f.write_str(s),
            AttrValue::Int(n) => write!(f, "{n}"),
            AttrValue::Num(x) => write!(f, "{x}"),
        }
    }
}

fn bool_attr(b: bool) -> AttrValue {
    AttrValue::Str(if b { "true" } else { "false" })
}

/// The ARIA attributes of [`States`], in the order of [`States::values`].
pub const STATE_ATTRIBUTES: [&str; 15] = [
    "aria-checked",
    "aria-pressed",
    "aria-expanded",
    "aria-selected",
    "aria-disabled",
    "aria-readonly",
    "aria-required",
    "aria-modal",
    "aria-level",
    "aria-valuenow",
    "aria-valuemin",
    "aria-valuemax",
    "aria-haspopup",
    "aria-rowindex",
    "aria-live",
];

/// The states of an element, as ARIA says them (a plain value, compared as a whole).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct States {
    /// `aria-checked`: check boxes, radio buttons, switches, checkable menu items.
    pub checked: Option<Checked>,
    /// `aria-pressed`: a toggle button (a selected button or selectable label).
    pub pressed: Option<Checked>,
    /// `aria-expanded`: a collapsing header, a combo box, a menu button.
    pub expanded: Option<bool>,
    /// `aria-selected`: an option, a tab.
    pub selected: Option<bool>,
    /// `aria-disabled`.
    pub disabled: bool,
    /// `aria-readonly` (and `readonly` on a text field).
    pub read_only: bool,
    /// `aria-required`.
    pub required: bool,
    /// `aria-modal`: a modal dialog.
    pub modal: bool,
    /// `aria-level` (one-based): a heading, a tree item.
    pub level: Option<usize>,
    /// `aria-valuenow`: a slider, spin button, progress bar.
    pub value_now: Option<f64>,
    /// `aria-valuemin`.
    pub value_min: Option<f64>,
    /// `aria-valuemax`.
    pub value_max: Option<f64>,
    /// `aria-haspopup`: `menu`, `listbox`…
    pub has_popup: Option<&'static str>,
    /// `aria-rowindex` (one-based): a table row or cell.
    pub row_index: Option<usize>,
    /// `aria-live`: `polite`, `assertive` or `off`, when the node says.
    pub live: Option<&'static str>,
}

impl States {
    /// The value of each attribute of [`STATE_ATTRIBUTES`]; `None`: the attribute is absent.
    pub fn values(&self) -> [Option<AttrValue>; STATE_ATTRIBUTES.len()] {
        let flag = |b: bool| b.then_some(AttrValue::Str("true"));
        [
            self.checked.map(|c| AttrValue::Str(c.as_str())),
            self.pressed.map(|c| AttrValue::Str(c.as_str())),
            self.expanded.map(bool_attr),
            self.selected.map(bool_attr),
            flag(self.disabled),
            flag(self.read_only),
            flag(self.required),
            flag(self.modal),
            self.level.map(AttrValue::Int),
            self.value_now.map(AttrValue::Num),
            self.value_min.map(AttrValue::Num),
            self.value_max.map(AttrValue::Num),
            self.has_popup.map(AttrValue::Str),
            self.row_index.map(AttrValue::Int),
            self.live.map(AttrValue::Str),
        ]
    }
}

/// What a node answers to, as AccessKit actions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Actions {
    /// [`Action::Click`].
    pub click: bool,
    /// [`Action::Focus`]: the element is focusable (`tabindex="0"`).
    pub focus: bool,
    /// [`Action::SetValue`]: a text field that can be typed into.
    pub set_value: bool,
    /// [`Action::Increment`].
    pub increment: bool,
    /// [`Action::Decrement`].
    pub decrement: bool,
}

/// A rectangle in egui points.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl Rect {
    fn union(self, o: Rect) -> Rect {
        let (x0, y0) = (self.x.min(o.x), self.y.min(o.y));
        let (x1, y1) = (
            (self.x + self.w).max(o.x + o.w),
            (self.y + self.h).max(o.y + o.h),
        );
        Rect {
            x: x0,
            y: y0,
            w: x1 - x0,
            h: y1 - y0,
        }
    }
}

/// One element of the mirror.
#[derive(Clone, Debug, PartialEq)]
pub struct Spec<'a> {
    /// The AccessKit node (egui's `Id::value()`).
    pub id: NodeId,
    /// The parent element, an index into the specs; `None`: the mirror's root.
    pub parent: Option<usize>,
    /// The nearest element kept above this node in egui's tree (not the parent when this is a
    /// popup moved out of its control): where the focus goes when this element disappears.
    pub owner: Option<usize>,
    /// The element.
    pub tag: Tag,
    /// The ARIA role; `None` for static text and for text fields (their own role).
    pub role: Option<&'static str>,
    /// The accessible name (`aria-label`).
    pub name: Option<Cow<'a, str>>,
    /// The text content: a label's text, a combo box's current value.
    pub text: Option<&'a str>,
    /// A text field's value (not a password's).
    pub value: Option<&'a str>,
    /// `aria-description` (egui puts a widget's tooltip there).
    pub description: Option<&'a str>,
    /// A text field's placeholder (egui's hint text).
    pub placeholder: Option<&'a str>,
    /// `aria-keyshortcuts`, when the node has a keyboard shortcut.
    pub key_shortcuts: Option<Cow<'a, str>>,
    /// The popup this control has open (`aria-controls`).
    pub controls: Option<NodeId>,
    /// The ARIA states.
    pub states: States,
    /// Where it is, relative to its parent element's top-left corner. A container without
    /// bounds of its own gets the union of its children's.
    pub rect: Rect,
    /// The actions it answers to.
    pub actions: Actions,
    /// A popup, menu, tooltip or window: drawn over the rest.
    pub layer: bool,
}

/// How a node is mirrored.
enum Kind {
    /// Not at all, nor its subtree.
    Skip,
    /// No element; its children go to its parent's element.
    Hoist,
    /// An element.
    Emit {
        role: Option<&'static str>,
        tag: Tag,
        /// Children presentational: a control, a text; its children go after it.
        control: bool,
        layer: bool,
    },
}

/// A node waiting in the walk.
#[derive(Clone, Copy)]
struct Pending {
    node: usize,
    /// The element the node goes under.
    parent: Option<usize>,
    /// The nearest element above it in egui's tree.
    owner: Option<usize>,
    /// Whether the node's parent in egui's tree is a widget (has bounds): then a menu or a list
    /// box under it is its popup.
    parent_is_widget: bool,
}

/// Buffers kept from frame to frame, so that mapping a tree allocates (almost) nothing.
#[derive(Default)]
pub struct Mapper {
    index: HashMap<NodeId, usize>,
    visited: Vec<bool>,
    stack: Vec<Pending>,
    /// Per spec: whether it is a control (its children move after it).
    control: Vec<bool>,
    /// Per spec: its rectangle in canvas points, own or the union of its children's.
    abs: Vec<Option<Rect>>,
    /// Per spec: whether that rectangle is its own.
    own: Vec<bool>,
    /// Per spec: the top-left corner its children are placed from.
    origin: Vec<(f32, f32)>,
}

/// Maps a tree (see [`Mapper::map`]), with buffers of its own.
pub fn map(update: &TreeUpdate) -> Vec<Spec<'_>> {
    let mut out = Vec::new();
    Mapper::default().map(update, &mut out);
    out
}

impl Mapper {
    /// Fills `out` with the elements of `update`'s tree in document order (a parent before its
    /// children, siblings in egui's order). `update` must be a full tree, as egui sends.
    pub fn map<'a>(&mut self, update: &'a TreeUpdate, out: &mut Vec<Spec<'a>>) {
        out.clear();
        let nodes = &update.nodes;
        self.index.clear();
        self.index
            .extend(nodes.iter().enumerate().map(|(i, (id, _))| (*id, i)));
        self.visited.clear();
        self.visited.resize(nodes.len(), false);
        self.control.clear();
        self.abs.clear();
        self.own.clear();

        let root_id = update
            .tree
            .as_ref()
            .map(|t| t.root)
            .or_else(|| nodes.first().map(|(id, _)| *id));
        let Some(root) = root_id.and_then(|id| self.index.get(&id).copied()) else {
            return;
        };
        self.stack.clear();
        self.stack.push(Pending {
            node: root,
            parent: None,
            owner: None,
            parent_is_widget: false,
        });
        while let Some(p) = self.stack.pop() {
            if std::mem::replace(&mut self.visited[p.node], true) {
                continue; // a node twice in the tree: once is enough
            }
            let (id, node) = (&nodes[p.node].0, &nodes[p.node].1);
            if node.is_hidden() {
                continue;
            }
            let owner_role = p.owner.and_then(|o| out[o].role);
            let name = self.name(node, nodes);
            let kind = if p.node == root {
                Kind::Hoist
            } else {
                classify(node, owner_role, p.parent_is_widget, name.is_some())
            };
            let (parent, owner) = match kind {
                Kind::Skip => continue,
                Kind::Hoist => (p.parent, p.owner),
                Kind::Emit {
                    role,
                    tag,
                    control,
                    layer,
                } => {
                    let dom_parent = self.dom_parent(p.parent, out);
                    let kind = (role, tag, layer, p.parent_is_widget);
                    let spec = self.spec(node, nodes, *id, name, kind, owner_role);
                    out.push(Spec {
                        parent: dom_parent,
                        owner: p.owner,
                        ..spec
                    });
                    self.control.push(control);
                    let bounds = node.bounds().map(|b| Rect {
                        x: b.x0 as f32,
                        y: b.y0 as f32,
                        w: (b.x1 - b.x0) as f32,
                        h: (b.y1 - b.y0) as f32,
                    });
                    self.own.push(bounds.is_some());
                    self.abs.push(bounds);
                    let me = out.len() - 1;
                    (Some(me), Some(me))
                }
            };
            let is_widget = node.bounds().is_some();
            for child in node.children().iter().rev() {
                if let Some(&c) = self.index.get(child) {
                    self.stack.push(Pending {
                        node: c,
                        parent,
                        owner,
                        parent_is_widget: is_widget,
                    });
                }
            }
        }
        self.place(out);
    }

    /// The element a node goes under: `parent`, or the nearest element above it that is not
    /// a control (a control's children are presentational).
    fn dom_parent(&self, mut parent: Option<usize>, out: &[Spec<'_>]) -> Option<usize> {
        while let Some(p) = parent {
            if !self.control[p] {
                break;
            }
            parent = out[p].parent;
        }
        parent
    }

    /// The rectangles: a container without bounds gets its children's union, then each is
    /// made relative to its parent element.
    fn place(&mut self, out: &mut [Spec<'_>]) {
        for i in (0..out.len()).rev() {
            if let (Some(r), Some(p)) = (self.abs[i], out[i].parent)
                && !self.own[p]
            {
                self.abs[p] = Some(self.abs[p].map_or(r, |q| q.union(r)));
            }
        }
        self.origin.clear();
        for (spec, abs) in out.iter_mut().zip(&self.abs) {
            let base = spec.parent.map_or((0.0, 0.0), |p| self.origin[p]);
            let (rect, origin) = match *abs {
                Some(r) => (
                    Rect {
                        x: r.x - base.0,
                        y: r.y - base.1,
                        ..r
                    },
                    (r.x, r.y),
                ),
                None => (Rect::default(), base),
            };
            spec.rect = rect;
            self.origin.push(origin);
        }
    }

    /// A node's accessible name: its label, else the names of what labels it.
    fn name<'a>(&self, node: &'a Node, nodes: &'a [(NodeId, Node)]) -> Option<Cow<'a, str>> {
        if let Some(l) = node.label().filter(|l| !l.trim().is_empty()) {
            return Some(Cow::Borrowed(l));
        }
        let mut name: Option<Cow<'a, str>> = None;
        for by in node.labelled_by() {
            let Some(&i) = self.index.get(by) else {
                continue;
            };
            let target = &nodes[i].1;
            let Some(text) = target
                .label()
                .or(target.value())
                .filter(|t| !t.trim().is_empty())
            else {
                continue;
            };
            name = Some(match name {
                None => Cow::Borrowed(text),
                Some(n) => Cow::Owned(format!("{n} {text}")),
            });
        }
        name
    }

    /// The popup a control has open: the first menu or list box among its children (through
    /// containers without a name).
    fn popup(&self, node: &Node, nodes: &[(NodeId, Node)]) -> Option<(NodeId, Role)> {
        let mut here = node;
        for _ in 0..3 {
            let mut next = None;
            for c in here.children() {
                let Some(&i) = self.index.get(c) else {
                    continue;
                };
                let child = &nodes[i].1;
                if child.is_hidden() {
                    continue;
                }
                match child.role() {
                    Role::Menu | Role::MenuListPopup | Role::ListBox | Role::Dialog => {
                        return Some((*c, child.role()));
                    }
                    Role::GenericContainer if next.is_none() => next = Some(child),
                    _ => {}
                }
            }
            here = next?;
        }
        None
    }

    /// The spec of an element (without its parent and place).
    fn spec<'a>(
        &self,
        node: &'a Node,
        nodes: &'a [(NodeId, Node)],
        id: NodeId,
        name: Option<Cow<'a, str>>,
        (role, tag, layer, anchored): (Option<&'static str>, Tag, bool, bool),
        owner_role: Option<&'static str>,
    ) -> Spec<'a> {
        let text_role = node.role() == Role::Label || matches!(role, Some("paragraph" | "heading"));
        let name = if text_role { None } else { name };
        let text = if text_role {
            node.value().or(node.label())
        } else if matches!(role, Some("combobox")) {
            node.value()
        } else {
            None
        };
        let toggled = node.toggled().map(Checked::from_toggled);
        let mut states = States {
            disabled: node.is_disabled(),
            read_only: node.is_read_only(),
            required: node.is_required(),
            // egui marks no dialog modal; its `Modal` is the dialog that no widget opened (a
            // popup hangs under its widget).
            modal: matches!(role, Some("dialog" | "alertdialog"))
                && (node.is_modal() || (node.role() == Role::Dialog && !anchored)),
            expanded: node.is_expanded(),
            has_popup: node.has_popup().map(|h| match h {
                HasPopup::Menu => "menu",
                HasPopup::Listbox => "listbox",
                HasPopup::Tree => "tree",
                HasPopup::Grid => "grid",
                HasPopup::Dialog => "dialog",
            }),
            live: node.live().map(|l| match l {
                Live::Off => "off",
                Live::Polite => "polite",
                Live::Assertive => "assertive",
            }),
            ..States::default()
        };
        let mut controls = None;
        match role {
            Some("checkbox" | "radio" | "switch" | "menuitemcheckbox" | "menuitemradio") => {
                states.checked = Some(toggled.unwrap_or(Checked::False));
            }
            Some("button") if node.role() == Role::DisclosureTriangle => {
                states.expanded = Some(node.is_expanded().unwrap_or(false));
            }
            Some("button" | "menuitem") => {
                if role == Some("button") {
                    states.pressed = toggled;
                }
                let popup = self.popup(node, nodes);
                if let Some((pid, prole)) = popup {
                    controls = Some(pid);
                    states.expanded = Some(true);
                    states.has_popup.get_or_insert(match prole {
                        Role::ListBox => "listbox",
                        Role::Dialog => "dialog",
                        _ => "menu",
                    });
                } else if owner_role == Some("menubar") {
                    // A menu bar's buttons open menus (egui's `MenuBar`).
                    states.expanded.get_or_insert(false);
                    states.has_popup.get_or_insert("menu");
                }
            }
            Some("combobox") => {
                let popup = self.popup(node, nodes);
                controls = popup.map(|(pid, _)| pid);
                states.expanded = Some(node.is_expanded().unwrap_or(popup.is_some()));
                states.has_popup.get_or_insert("listbox");
            }
            Some("option" | "tab") => {
                states.selected =
                    Some(node.is_selected().unwrap_or(toggled == Some(Checked::True)));
            }
            Some("heading" | "treeitem") => states.level = node.level().map(|l| l + 1),
            Some("slider" | "spinbutton" | "progressbar" | "meter") => {
                states.value_now = node.numeric_value();
                states.value_min = node.min_numeric_value();
                states.value_max = node.max_numeric_value();
            }
            Some("row") => states.row_index = node.row_index().map(|r| r + 1),
            _ => {}
        }
        let description = node
            .description()
            .filter(|d| !d.trim().is_empty() && Some(*d) != name.as_deref());
        Spec {
            id,
            parent: None,
            owner: None,
            tag,
            role,
            text,
            value: match tag {
                Tag::Input | Tag::TextArea => Some(node.value().unwrap_or("")),
                Tag::Div | Tag::Password => None,
            },
            description,
            placeholder: node.placeholder().filter(|_| tag.is_text_field()),
            key_shortcuts: node
                .keyboard_shortcut()
                .filter(|k| !k.trim().is_empty())
                .map(aria_key_shortcuts),
            name,
            controls,
            states,
            rect: Rect::default(),
            actions: Actions {
                click: node.supports_action(Action::Click),
                focus: node.supports_action(Action::Focus),
                set_value: node.supports_action(Action::SetValue),
                increment: node.supports_action(Action::Increment),
                decrement: node.supports_action(Action::Decrement),
            },
            layer,
        }
    }
}

/// How a node is mirrored, from its role, the role of the element above it and whether it has
/// a name.
fn classify(
    node: &Node,
    owner_role: Option<&'static str>,
    parent_is_widget: bool,
    named: bool,
) -> Kind {
    let control = |role: &'static str| Kind::Emit {
        role: Some(role),
        tag: Tag::Div,
        control: true,
        layer: false,
    };
    let container = |role: &'static str| Kind::Emit {
        role: Some(role),
        tag: Tag::Div,
        control: false,
        layer: false,
    };
    let layer = |role: &'static str| Kind::Emit {
        role: Some(role),
        tag: Tag::Div,
        control: false,
        layer: true,
    };
    let field = |tag: Tag| Kind::Emit {
        role: None,
        tag,
        control: true,
        layer: false,
    };
    let in_menu = matches!(owner_role, Some("menu" | "menubar"));
    let in_listbox = owner_role == Some("listbox");
    match node.role() {
        Role::TextRun
        | Role::ScrollBar
        | Role::Splitter
        | Role::Caret
        | Role::LineBreak
        | Role::ListMarker => Kind::Skip,
        Role::Label
            if node
                .value()
                .or(node.label())
                .is_none_or(|t| t.trim().is_empty()) =>
        {
            Kind::Hoist // an empty label says nothing
        }
        Role::Label => Kind::Emit {
            role: None,
            tag: Tag::Div,
            control: true,
            layer: false,
        },
        Role::Paragraph => control("paragraph"),
        Role::Heading => control("heading"),
        Role::Button | Role::DefaultButton => control(if in_listbox {
            "option"
        } else if in_menu {
            if node.toggled().is_some() {
                "menuitemcheckbox"
            } else {
                "menuitem"
            }
        } else {
            "button"
        }),
        Role::CheckBox => control(if in_menu {
            "menuitemcheckbox"
        } else {
            "checkbox"
        }),
        Role::RadioButton => control(if in_menu { "menuitemradio" } else { "radio" }),
        Role::Switch => control("switch"),
        Role::MenuItem => control("menuitem"),
        Role::MenuItemCheckBox => control("menuitemcheckbox"),
        Role::MenuItemRadio => control("menuitemradio"),
        Role::ListBoxOption | Role::MenuListOption => control("option"),
        Role::ComboBox | Role::EditableComboBox => control("combobox"),
        Role::DisclosureTriangle => control("button"),
        Role::Link => control("link"),
        Role::Image => control("img"),
        Role::ProgressIndicator => control("progressbar"),
        Role::Meter => control("meter"),
        Role::Slider => control("slider"),
        Role::SpinButton => control("spinbutton"),
        Role::Tab => control("tab"),
        Role::TextInput
        | Role::SearchInput
        | Role::EmailInput
        | Role::NumberInput
        | Role::PhoneNumberInput
        | Role::UrlInput
        | Role::DateInput
        | Role::DateTimeInput
        | Role::WeekInput
        | Role::MonthInput
        | Role::TimeInput => field(Tag::Input),
        Role::MultilineTextInput => field(Tag::TextArea),
        Role::PasswordInput => field(Tag::Password),
        Role::RadioGroup => container("radiogroup"),
        Role::Menu | Role::MenuListPopup if parent_is_widget => layer("menu"),
        Role::Menu | Role::MenuBar => container("menubar"),
        Role::MenuListPopup => container("menu"),
        Role::ListBox if parent_is_widget => layer("listbox"),
        Role::ListBox => container("listbox"),
        Role::Dialog | Role::Window => layer("dialog"),
        Role::AlertDialog => layer("alertdialog"),
        Role::Tooltip => layer("tooltip"),
        Role::Table => container("table"),
        Role::Grid => container("grid"),
        Role::TreeGrid => container("treegrid"),
        Role::Row => container("row"),
        Role::Cell | Role::GridCell => container("cell"),
        Role::ColumnHeader => container("columnheader"),
        Role::RowHeader => container("rowheader"),
        Role::RowGroup => container("rowgroup"),
        Role::List => container("list"),
        Role::ListItem => container("listitem"),
        Role::Tree => container("tree"),
        Role::TreeItem => container("treeitem"),
        Role::TabList => container("tablist"),
        Role::TabPanel => container("tabpanel"),
        Role::Toolbar => container("toolbar"),
        Role::Alert => container("alert"),
        Role::Status => container("status"),
        Role::Log => container("log"),
        Role::Timer => container("timer"),
        Role::Navigation => container("navigation"),
        Role::Banner => container("banner"),
        Role::Complementary => container("complementary"),
        Role::ContentInfo => container("contentinfo"),
        Role::Search => container("search"),
        Role::Article => container("article"),
        Role::Figure => container("figure"),
        Role::Note => container("note"),
        Role::Region | Role::Pane if named => container("region"),
        Role::Form if named => container("form"),
        // A widget that senses clicks but says nothing else about itself.
        Role::Unknown if named && node.supports_action(Action::Click) => control("button"),
        _ if named => container("group"),
        _ => Kind::Hoist,
    }
}
