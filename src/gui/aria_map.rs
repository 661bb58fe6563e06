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

/// A shortcut as `aria-keyshortcuts` writes it (`Control+Shift+S`, `Meta+O`), from how egui
/// shows it (`Ctrl+Shift+S`, or `⇧⌘S` on a Mac: `Context::format_shortcut`).
pub fn aria_key_shortcuts(shown: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut rest = shown.trim();
    // The Mac's symbols, before the key.
    while let Some(c) = rest.chars().next() {
        let m = match c {
            '⌃' => "Control",
            '⌥' => "Alt",
            '⇧' => "Shift",
            '⌘' => "Meta",
            _ => break,
        };
        out.push_str(m);
        out.push('+');
        rest = &rest[c.len_utf8()..];
    }
    let (mods, key) = match rest.strip_suffix("++") {
        Some(m) => (m, "Plus"),
        None => match rest.rsplit_once('+') {
            Some((m, k)) => (m, k),
            None => ("", rest),
        },
    };
    for m in mods.split('+').filter(|m| !m.is_empty()) {
        out.push_str(match m.trim() {
            "Ctrl" | "Control" => "Control",
            "Cmd" | "Command" | "Meta" | "Super" => "Meta",
            "Alt" | "Option" | "Opt" => "Alt",
            other => other,
        });
        out.push('+');
    }
    out.push_str(key.trim());
    if out == shown {
        Cow::Borrowed(shown)
    } else {
        Cow::Owned(out)
    }
}

/// What a mirror element is, as far as its keys go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyTarget {
    /// A button, radio, menu item…: Enter and Space activate it.
    Control,
    /// A slider or spin button: the arrows step it.
    Stepper,
    /// A single-line text field: the browser edits it.
    SingleLine,
    /// A multi-line text field.
    MultiLine,
}

impl KeyTarget {
    /// The target for an element: its tag and ARIA role.
    pub fn of(tag: Tag, role: Option<&str>) -> Self {
        match (tag, role) {
            (Tag::Input | Tag::Password, _) => KeyTarget::SingleLine,
            (Tag::TextArea, _) => KeyTarget::MultiLine,
            (Tag::Div, Some("slider" | "spinbutton")) => KeyTarget::Stepper,
            (Tag::Div, _) => KeyTarget::Control,
        }
    }
}

/// What a key pressed on a mirror element does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyRoute {
    /// Nothing of ours: the browser's (Tab, typing in a field, a modifier alone).
    Browser,
    /// An AccessKit click on the element (Enter, Space on a control); the browser's own
    /// action is prevented.
    Click,
    /// An AccessKit increment or decrement (the arrows on a slider); prevented.
    Step(Action),
    /// The key goes to egui as a key event, for its shortcuts (egui's web runner only listens
    /// to keys on the canvas); `prevent_default`: the browser's own action is prevented.
    Forward {
        /// The key, as egui names it.
        key: egui::Key,
        /// Whether the browser must not act on it too.
        prevent_default: bool,
    },
}

/// What a key (the DOM event's `key` and `code`) pressed with `mods` on an element does:
/// Tab stays the browser's (it walks the mirror); Enter and Space click a control; a text
/// field keeps its editing keys and passes on Escape, the function keys, Enter (single line)
/// and the command shortcuts; everything else goes to egui, whose shortcuts work wherever the
/// focus is.
pub fn route_key(key: &str, code: &str, mods: egui::Modifiers, target: KeyTarget) -> KeyRoute {
    use egui::Key as K;
    let Some(k) = K::from_name(key).or_else(|| K::from_name(code)) else {
        return KeyRoute::Browser;
    };
    if k == K::Tab {
        return KeyRoute::Browser;
    }
    let command = mods.ctrl || mods.command || mods.mac_cmd;
    let forward = |prevent_default| KeyRoute::Forward {
        key: k,
        prevent_default,
    };
    // The browser's own use of these would leave the page (print, open) or do nothing useful.
    let browser_shortcut = command && matches!(k, K::S | K::O | K::P | K::Comma);
    match target {
        KeyTarget::Control | KeyTarget::Stepper
            if matches!(k, K::Enter | K::Space) && !command && !mods.alt =>
        {
            KeyRoute::Click
        }
        KeyTarget::Stepper if mods.is_none() && matches!(k, K::ArrowUp | K::ArrowRight) => {
            KeyRoute::Step(Action::Increment)
        }
        KeyTarget::Stepper if mods.is_none() && matches!(k, K::ArrowDown | K::ArrowLeft) => {
            KeyRoute::Step(Action::Decrement)
        }
        KeyTarget::Control | KeyTarget::Stepper => forward(
            browser_shortcut
                || (command && matches!(k, K::Z | K::Y))
                || matches!(
                    k,
                    K::ArrowUp
                        | K::ArrowDown
                        | K::ArrowLeft
                        | K::ArrowRight
                        | K::PageUp
                        | K::PageDown
                        | K::Home
                        | K::End
                        | K::F1
                ),
        ),
        KeyTarget::SingleLine | KeyTarget::MultiLine => {
            let editing = matches!(
                k,
                K::A | K::C
                    | K::V
                    | K::X
                    | K::Z
                    | K::Y
                    | K::Backspace
                    | K::Delete
                    | K::Home
                    | K::End
                    | K::ArrowUp
                    | K::ArrowDown
                    | K::ArrowLeft
                    | K::ArrowRight
            );
            let function = matches!(
                k,
                K::F1
                    | K::F2
                    | K::F3
                    | K::F4
                    | K::F5
                    | K::F6
                    | K::F7
                    | K::F8
                    | K::F9
                    | K::F10
                    | K::F11
                    | K::F12
            );
            if k == K::Escape
                || function
                || (k == K::Enter && target == KeyTarget::SingleLine && !command)
                || (command && !editing)
            {
                forward(browser_shortcut || k == K::F1)
            } else {
                KeyRoute::Browser
            }
        }
    }
}

#[cfg(test)]
mod tests {
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
}
