//! The browser's screen-reader mirror: each frame, egui's accessibility tree becomes hidden,
//! focusable ARIA elements over the canvas (`<div id="a11y">`), so that a screen reader reads
//! and operates the app; what it does there (a click, Enter or Space, typing, a focus) comes
//! back to egui as AccessKit requests. eframe's web runner drops the tree, so an egui plugin
//! takes it from each frame's output (`output_hook`) and hands the requests over in the next
//! frame's input (`input_hook`).
//!
//! The mapping is [`crate::gui::aria_map`]'s; here it is applied to the DOM by a hand diff:
//! only what changed is written, the focused element is kept, and everything stays on the UI
//! thread (`thread_local!`; `web_sys` handles are not `Send`).

use crate::gui::aria_map::{
    self, KeyRoute, KeyTarget, Mapper, STATE_ATTRIBUTES, Spec, States, Tag,
};
use egui::accesskit::{Action, ActionData, ActionRequest, NodeId, TreeId, TreeUpdate};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt::Write as _;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Document, Element, HtmlElement};

thread_local! {
    /// The mirror, once installed.
    static MIRROR: RefCell<Option<Mirror>> = const { RefCell::new(None) };
    /// What the page asked since the last frame: AccessKit requests, forwarded keys.
    static PENDING: RefCell<Vec<egui::Event>> = const { RefCell::new(Vec::new()) };
    /// Set while the mirror itself moves the focus (its `focusin` is not the user's).
    static PROGRAMMATIC: Cell<bool> = const { Cell::new(false) };
    /// The page's language, as last set.
    static LANG: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The name the page's app region goes by.
const APP_NAME: &str = "retail-maturity";

/// Geometry writes of existing elements per frame beyond which the rest waits (scrolling moves
/// every element): written at most every [`GEOMETRY_PERIOD_MS`].
const GEOMETRY_BURST: usize = 24;
/// See [`GEOMETRY_BURST`].
const GEOMETRY_PERIOD_MS: f64 = 100.0;
/// How long a value typed in a text field wins over the tree's (which lags a frame behind).
const TYPING_MS: f64 = 1000.0;

/// The style sheet of the mirror: invisible, never hit by the pointer (eframe listens on the
/// canvas), positioned in egui points (the root is scaled by the zoom), never scrolled.
const CSS: &str = "#a11y{position:absolute;left:0;top:0;width:100%;height:100%;margin:0;padding:0;\
border:0;overflow:clip;contain:strict;pointer-events:none;filter:opacity(0%);transform-origin:0 0}\
#a11y *{position:absolute;box-sizing:border-box;margin:0;padding:0;border:0;overflow:visible;\
white-space:pre-wrap;background:transparent;color:transparent;outline:none;resize:none;\
font:12px/1.2 system-ui,sans-serif;caret-color:transparent}";

/// Installs the mirror after the canvas `canvas_id` (and eframe's text agent): the overlay,
/// its listeners, the plugin that feeds it. Call it once, in the app creator, with AccessKit
/// enabled (`ctx.enable_accesskit()`). Does nothing when the page lacks what it needs.
pub fn install_aria(ctx: &egui::Context, canvas_id: &str) {
    let Some(mirror) = Mirror::new(canvas_id) else {
        return;
    };
    listen(&mirror.root, ctx);
    let installed = MIRROR.with(|m| match m.try_borrow_mut() {
        Ok(mut m) => {
            *m = Some(mirror);
            true
        }
        Err(_) => false,
    });
    if installed {
        ctx.enable_accesskit();
        ctx.add_plugin(AriaPlugin);
    }
}

/// Sets the page's language (`<html lang>`) to `code` (`fr`, `en`…), for the screen reader's
/// voice; cheap when it has not changed, so it can be called every frame.
pub fn set_lang(code: &str) {
    let changed = LANG.with(|l| match l.try_borrow_mut() {
        Ok(mut l) if *l != code => {
            l.clear();
            l.push_str(code);
            true
        }
        _ => false,
    });
    if changed
        && let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", code);
    }
}

/// The egui plugin: requests in, the tree out. It holds nothing (the DOM is in `MIRROR`).
struct AriaPlugin;

impl egui::Plugin for AriaPlugin {
    fn debug_name(&self) -> &'static str {
        "aria-mirror"
    }

    fn input_hook(&mut self, _ctx: &egui::Context, input: &mut egui::RawInput) {
        PENDING.with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                input.events.append(&mut p);
            }
        });
        // eframe thinks the app unfocused when the focus is in the mirror; egui then would
        // neither draw its focus ring nor take keys.
        if MIRROR.with(|m| {
            m.try_borrow()
                .ok()
                .is_some_and(|m| m.as_ref().is_some_and(Mirror::has_focus))
        }) {
            input.focused = true;
        }
    }

    fn output_hook(&mut self, ctx: &egui::Context, output: &mut egui::FullOutput) {
        let po = &mut output.platform_output;
        if po.requested_discard() && po.num_completed_passes < ctx.options(|o| o.max_passes.get()) {
            return; // this pass is thrown away: the next one brings the tree shown
        }
        let Some(update) = po.accesskit_update.take() else {
            return;
        };
        let applied = MIRROR.with(|m| {
            let mut m = m.try_borrow_mut().ok()?;
            let m = m.as_mut()?;
            let start = m.now();
            let focus = m.apply(ctx, &update);
            Some((focus, start))
        });
        let Some((focus, start)) = applied else {
            return;
        };
        // Focusing fires `focusin` at once: outside the borrow, flagged as ours unless egui
        // has to learn of it.
        if let Some(FocusMove { el, ours }) = focus {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            PROGRAMMATIC.with(|p| p.set(ours));
            let _ = el.focus_with_options(&options);
            PROGRAMMATIC.with(|p| p.set(false));
        }
        MIRROR.with(|m| {
            if let Ok(mut m) = m.try_borrow_mut()
                && let Some(m) = m.as_mut()
            {
                let ms = m.now() - start;
                m.record(ms);
            }
        });
    }
}

/// A focus the mirror moves after applying a frame.
struct FocusMove {
    el: HtmlElement,
    /// egui already has it (no request back).
    ours: bool,
}

/// One element of the mirror, with what was last written to it.
struct Entry {
    el: HtmlElement,
    tag: Tag,
    role: Option<&'static str>,
    name: Option<String>,
    text: Option<String>,
    description: Option<String>,
    placeholder: Option<String>,
    shortcuts: Option<String>,
    controls: Option<NodeId>,
    states: States,
    tabindex: Option<&'static str>,
    /// Left, top, width, height in tenths of points, and whether it is a layer.
    geometry: Option<([i32; 4], bool)>,
    /// A text field's value as the tree last had it.
    value: Option<String>,
    /// The value the user last typed, and when: the tree catches up a frame later.
    sent: Option<(String, f64)>,
    /// The nearest element above in egui's tree: where the focus goes if this one leaves.
    owner: Option<NodeId>,
    /// The children, in order, as in the DOM.
    children: Vec<NodeId>,
    /// This frame's children.
    next_children: Vec<NodeId>,
    /// The last frame that had it.
    seen: u64,
}

/// The mirror's state in the page.
struct Mirror {
    document: Document,
    /// `#a11y`.
    root: HtmlElement,
    canvas: HtmlElement,
    /// eframe's text agent (an `<input>` after the canvas), when found.
    agent: Option<HtmlElement>,
    performance: Option<web_sys::Performance>,
    entries: HashMap<NodeId, Entry>,
    root_children: Vec<NodeId>,
    root_next: Vec<NodeId>,
    mapper: Mapper,
    /// How many specs the last frame had (the next one's capacity).
    last_len: usize,
    frame: u64,
    /// egui's focus in the last frame.
    egui_focus: Option<NodeId>,
    zoom: f32,
    last_geometry_flush: f64,
    /// Reused buffers.
    buf: String,
    dirty: Vec<NodeId>,
    /// What the canvas's `aria-activedescendant` and the text agent's `aria-label` say.
    active_descendant: Option<String>,
    agent_label: Option<String>,
    /// `window.__ariaStats`.
    stats: js_sys::Object,
    frames: u64,
    total_ms: f64,
    max_ms: f64,
}

impl Mirror {
    fn new(canvas_id: &str) -> Option<Self> {
        let window = web_sys::window()?;
        let document = window.document()?;
        let canvas: HtmlElement = document.get_element_by_id(canvas_id)?.dyn_into().ok()?;
        let parent = canvas.parent_node()?;
        let agent = canvas
            .next_element_sibling()
            .filter(|e| e.tag_name().eq_ignore_ascii_case("input"))
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        // A runner started again: the old mirror goes.
        for id in ["a11y", "a11y-style"] {
            if let Some(old) = document.get_element_by_id(id) {
                old.remove();
            }
        }
        let style = document.create_element("style").ok()?;
        style.set_id("a11y-style");
        style.set_text_content(Some(CSS));
        let root: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
        root.set_id("a11y");
        let after: web_sys::Node = match &agent {
            Some(a) => a.clone().into(),
            None => canvas.clone().into(),
        };
        let next = after.next_sibling();
        parent.insert_before(&style, next.as_ref()).ok()?;
        parent.insert_before(&root, next.as_ref()).ok()?;
        // The canvas is what the keyboard reaches first: it names the app, and owns the
        // mirror, so that `aria-activedescendant` can point into it.
        let _ = canvas.set_attribute("role", "group");
        let _ = canvas.set_attribute("aria-label", APP_NAME);
        let _ = canvas.set_attribute("aria-owns", "a11y");
        let stats = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&window, &"__ariaStats".into(), &stats);
        let mut mirror = Mirror {
            document,
            root,
            canvas,
            agent,
            performance: window.performance(),
            entries: HashMap::new(),
            root_children: Vec::new(),
            root_next: Vec::new(),
            mapper: Mapper::default(),
            last_len: 0,
            frame: 0,
            egui_focus: None,
            zoom: 0.0,
            last_geometry_flush: f64::NEG_INFINITY,
            buf: String::new(),
            dirty: Vec::new(),
            active_descendant: None,
            agent_label: None,
            stats,
            frames: 0,
            total_ms: 0.0,
            max_ms: 0.0,
        };
        mirror.set_agent_label(None);
        mirror.publish(0.0);
        Some(mirror)
    }

    fn now(&self) -> f64 {
        self.performance.as_ref().map_or(0.0, |p| p.now())
    }

    /// Whether the page's focus is in the mirror.
    fn has_focus(&self) -> bool {
        self.document
            .active_element()
            .is_some_and(|a| inside(&self.root, &a))
    }

    /// The mirror's element that has the page's focus.
    fn focused_id(&self) -> Option<NodeId> {
        let active = self.document.active_element()?;
        if !inside(&self.root, &active) {
            return None;
        }
        node_id(&active)
    }

    /// Counts a frame that took `ms` to mirror.
    fn record(&mut self, ms: f64) {
        self.frames += 1;
        self.total_ms += ms;
        self.max_ms = self.max_ms.max(ms);
        if self.frames == 1 {
            // The first frame makes every element: worth telling apart from the others.
            let _ = js_sys::Reflect::set(&self.stats, &"firstMs".into(), &ms.into());
        }
        self.publish(ms);
    }

    /// Shows the counts in `window.__ariaStats` (`frames`, `totalMs`, `maxMs`, `lastMs`,
    /// `nodes`: the mirror's elements; `firstMs`, the first frame's, is set once).
    fn publish(&self, ms: f64) {
        let set = |k: &str, v: f64| {
            let _ = js_sys::Reflect::set(&self.stats, &k.into(), &v.into());
        };
        set("frames", self.frames as f64);
        set("totalMs", self.total_ms);
        set("maxMs", self.max_ms);
        set("lastMs", ms);
        set("nodes", self.entries.len() as f64);
    }

    /// Applies a frame's tree; returns the focus to move, if any.
    fn apply(&mut self, ctx: &egui::Context, update: &TreeUpdate) -> Option<FocusMove> {
        self.frame += 1;
        let frame = self.frame;
        let now = self.now();
        let zoom = ctx.zoom_factor();
        if zoom != self.zoom && zoom > 0.0 {
            self.zoom = zoom;
            let pct = 100.0 / zoom;
            let _ = self.root.set_attribute(
                "style",
                &format!("transform:scale({zoom});width:{pct}%;height:{pct}%"),
            );
        }
        let focused_before = self.focused_id();
        let root_id = update.tree.as_ref().map(|t| t.root);
        let egui_focus = Some(update.focus).filter(|f| Some(*f) != root_id);

        let mut specs: Vec<Spec<'_>> = Vec::with_capacity(self.last_len);
        self.mapper.map(update, &mut specs);
        self.last_len = specs.len();

        let flush_all = now - self.last_geometry_flush >= GEOMETRY_PERIOD_MS;
        let mut moved = 0;
        let mut deferred = false;
        let mut popup: Option<NodeId> = None;
        for spec in &specs {
            let parent = spec.parent.map(|p| specs[p].id);
            let owner = spec.owner.map(|o| specs[o].id);
            let fresh = self.sync(spec, owner, now);
            let Some(e) = self.entries.get_mut(&spec.id) else {
                continue; // the element could not be made
            };
            e.seen = frame;
            let g = geometry(spec);
            if e.geometry != Some(g) {
                let urgent = fresh || e.geometry.is_none() || Some(spec.id) == focused_before;
                if !urgent {
                    moved += 1;
                }
                if urgent || flush_all || moved <= GEOMETRY_BURST {
                    write_geometry(&e.el, g, &mut self.buf);
                    e.geometry = Some(g);
                } else {
                    deferred = true;
                }
            }
            if fresh && spec.layer && owner.is_some() && owner == focused_before && popup.is_none()
            {
                popup = Some(spec.id);
            }
            match parent.and_then(|p| self.entries.get_mut(&p)) {
                Some(p) => p.next_children.push(spec.id),
                None if parent.is_none() => self.root_next.push(spec.id),
                None => {}
            }
        }
        if flush_all && moved > GEOMETRY_BURST {
            self.last_geometry_flush = now;
        }
        if deferred {
            ctx.request_repaint_after(std::time::Duration::from_millis(
                GEOMETRY_PERIOD_MS as u64 + 10,
            ));
        }

        // Where the focus goes if its element leaves: up egui's tree to a focusable survivor.
        let mut rescue = None;
        if let Some(f) = focused_before
            && self.entries.get(&f).is_some_and(|e| e.seen != frame)
        {
            let mut up = self.entries.get(&f).and_then(|e| e.owner);
            let mut steps = 0;
            while let Some(o) = up
                && steps < 256
            {
                steps += 1;
                let Some(e) = self.entries.get(&o) else {
                    break;
                };
                if e.seen == frame && e.tabindex == Some("0") {
                    rescue = Some(o);
                    break;
                }
                up = e.owner;
            }
        }
        self.entries.retain(|_, e| {
            let keep = e.seen == frame;
            if !keep {
                e.el.remove();
            }
            keep
        });
        self.reorder();

        let target = self.focus_target(focused_before, egui_focus, rescue, popup);
        self.egui_focus = egui_focus;
        self.sync_canvas_focus(egui_focus, &specs);
        target
    }

    /// Creates or updates the element of `spec` (not its place); whether it is new.
    fn sync(&mut self, spec: &Spec<'_>, owner: Option<NodeId>, now: f64) -> bool {
        let mut fresh = false;
        let recreate = self
            .entries
            .get(&spec.id)
            .is_some_and(|e| e.tag != spec.tag);
        if recreate || !self.entries.contains_key(&spec.id) {
            let Some(el) = self.create(spec) else {
                return false;
            };
            fresh = true;
            if let Some(old) = self.entries.remove(&spec.id)
                && let Some(p) = old.el.parent_node()
            {
                let _ = p.replace_child(&el, &old.el);
            }
            self.entries.insert(
                spec.id,
                Entry {
                    el,
                    tag: spec.tag,
                    role: None,
                    name: None,
                    text: None,
                    description: None,
                    placeholder: None,
                    shortcuts: None,
                    controls: None,
                    states: States::default(),
                    tabindex: None,
                    geometry: None,
                    value: None,
                    sent: None,
                    owner,
                    children: Vec::new(),
                    next_children: Vec::new(),
                    seen: 0,
                },
            );
        }
        let Some(e) = self.entries.get_mut(&spec.id) else {
            return false;
        };
        e.owner = owner;
        let el: &Element = &e.el;
        if e.role != spec.role {
            match spec.role {
                Some(r) => drop(el.set_attribute("role", r)),
                None => drop(el.remove_attribute("role")),
            }
            e.role = spec.role;
        }
        sync_attr(el, "aria-label", &mut e.name, spec.name.as_deref());
        sync_attr(el, "aria-description", &mut e.description, spec.description);
        sync_attr(el, "placeholder", &mut e.placeholder, spec.placeholder);
        sync_attr(
            el,
            "aria-keyshortcuts",
            &mut e.shortcuts,
            spec.key_shortcuts.as_deref(),
        );
        if e.text.as_deref() != spec.text && !spec.tag.is_text_field() {
            el.set_text_content(spec.text);
            set_opt(&mut e.text, spec.text);
        }
        if e.controls != spec.controls {
            match spec.controls {
                Some(c) => {
                    self.buf.clear();
                    let _ = write!(self.buf, "ak-{:x}", c.0);
                    let _ = el.set_attribute("aria-controls", &self.buf);
                }
                None => drop(el.remove_attribute("aria-controls")),
            }
            e.controls = spec.controls;
        }
        if e.states != spec.states {
            let (old, new) = (e.states.values(), spec.states.values());
            for ((name, o), n) in STATE_ATTRIBUTES.iter().zip(old).zip(new) {
                if o == n {
                    continue;
                }
                match n {
                    Some(v) => {
                        self.buf.clear();
                        let _ = write!(self.buf, "{v}");
                        let _ = el.set_attribute(name, &self.buf);
                    }
                    None => drop(el.remove_attribute(name)),
                }
            }
            if spec.tag.is_text_field() && e.states.read_only != spec.states.read_only {
                if spec.states.read_only {
                    let _ = el.set_attribute("readonly", "");
                } else {
                    let _ = el.remove_attribute("readonly");
                }
            }
            e.states = spec.states;
        }
        let tabindex = if spec.actions.focus {
            Some("0")
        } else if spec.tag.is_text_field() {
            Some("-1")
        } else {
            None
        };
        if e.tabindex != tabindex {
            match tabindex {
                Some(t) => drop(el.set_attribute("tabindex", t)),
                None => drop(el.remove_attribute("tabindex")),
            }
            e.tabindex = tabindex;
        }
        if let Some(v) = spec.value
            && e.value.as_deref() != Some(v)
        {
            // The tree is a frame behind the typing: the typed value wins a moment.
            let typing = e
                .sent
                .as_ref()
                .is_some_and(|(s, t)| s != v && now - t < TYPING_MS);
            if !typing {
                if field_value(el).is_some_and(|dom| dom != v) {
                    set_field_value(el, v);
                }
                set_opt(&mut e.value, Some(v));
                e.sent = None;
            }
        }
        fresh
    }

    fn create(&self, spec: &Spec<'_>) -> Option<HtmlElement> {
        let el: HtmlElement = self
            .document
            .create_element(spec.tag.name())
            .ok()?
            .dyn_into()
            .ok()?;
        el.set_id(&format!("ak-{:x}", spec.id.0));
        let _ = el.set_attribute("data-ak", &spec.id.0.to_string());
        match spec.tag {
            Tag::Input => {
                let _ = el.set_attribute("type", "text");
            }
            Tag::Password => {
                let _ = el.set_attribute("type", "password");
            }
            Tag::TextArea | Tag::Div => {}
        }
        if spec.tag.is_text_field() {
            let _ = el.set_attribute("autocomplete", "off");
        }
        Some(el)
    }

    /// Puts the children of every element whose children changed in order.
    fn reorder(&mut self) {
        self.dirty.clear();
        for (id, e) in &self.entries {
            if e.children != e.next_children {
                self.dirty.push(*id);
            }
        }
        if self.root_children != self.root_next {
            put_in_order(&self.root, &self.root_next, &self.entries);
            std::mem::swap(&mut self.root_children, &mut self.root_next);
        }
        self.root_next.clear();
        for id in &self.dirty {
            if let Some(e) = self.entries.get(id) {
                put_in_order(&e.el, &e.next_children, &self.entries);
            }
        }
        for e in self.entries.values_mut() {
            if e.children != e.next_children {
                std::mem::swap(&mut e.children, &mut e.next_children);
            }
            e.next_children.clear();
        }
    }

    /// Where the page's focus goes after a frame, if it was in the mirror.
    fn focus_target(
        &self,
        before: Option<NodeId>,
        egui_focus: Option<NodeId>,
        rescue: Option<NodeId>,
        popup: Option<NodeId>,
    ) -> Option<FocusMove> {
        let before = before?;
        let focusable = |id: NodeId| {
            self.entries
                .get(&id)
                .filter(|e| e.tabindex == Some("0"))
                .map(|e| e.el.clone())
        };
        let ours = |el: HtmlElement| FocusMove { el, ours: true };
        // egui moved its focus (the arrows, a dialog opening): the page follows.
        if egui_focus != self.egui_focus
            && let Some(g) = egui_focus.filter(|g| *g != before)
            && let Some(el) = focusable(g)
        {
            return Some(ours(el));
        }
        let Some(was) = self.entries.get(&before) else {
            // Its element left: egui's focus, else up the tree, else the canvas.
            return egui_focus
                .and_then(focusable)
                .map(ours)
                .or_else(|| {
                    rescue
                        .and_then(focusable)
                        .map(|el| FocusMove { el, ours: false })
                })
                .or_else(|| Some(ours(self.canvas.clone())));
        };
        // Moved in the page, it lost the focus: it gets it back.
        if !is_active(&self.document, &was.el) {
            return Some(ours(was.el.clone()));
        }
        // A popup opened from the focused control, egui's focus outside it: its first item.
        let popup = popup.and_then(|p| self.entries.get(&p))?;
        let inside = egui_focus
            .and_then(|g| self.entries.get(&g))
            .is_some_and(|g| inside(&popup.el, &g.el));
        if inside {
            return None;
        }
        let first = popup.el.query_selector("[tabindex=\"0\"]").ok()??;
        Some(FocusMove {
            el: first.dyn_into().ok()?,
            ours: false,
        })
    }

    /// When the canvas or the text agent has the focus, they say what egui's focus is.
    fn sync_canvas_focus(&mut self, egui_focus: Option<NodeId>, specs: &[Spec<'_>]) {
        let on_canvas = is_active(&self.document, &self.canvas);
        let on_agent = self
            .agent
            .as_ref()
            .is_some_and(|a| is_active(&self.document, a));
        let focused = egui_focus.filter(|g| self.entries.contains_key(g));
        let descendant = focused
            .filter(|_| on_canvas)
            .map(|g| format!("ak-{:x}", g.0));
        if descendant != self.active_descendant {
            match &descendant {
                Some(d) => drop(self.canvas.set_attribute("aria-activedescendant", d)),
                None => drop(self.canvas.remove_attribute("aria-activedescendant")),
            }
            self.active_descendant = descendant;
        }
        if on_agent || self.agent_label.is_none() {
            let field = focused
                .and_then(|g| specs.iter().find(|s| s.id == g))
                .filter(|s| s.tag.is_text_field())
                .and_then(|s| s.name.as_deref());
            self.set_agent_label(field);
        }
    }

    /// Names eframe's text agent: the field egui edits, else the app.
    fn set_agent_label(&mut self, field: Option<&str>) {
        let Some(agent) = &self.agent else {
            return;
        };
        let label = field.unwrap_or(APP_NAME);
        if self.agent_label.as_deref() != Some(label) {
            let _ = agent.set_attribute("aria-label", label);
            set_opt(&mut self.agent_label, Some(label));
        }
    }
}

/// Whether `el` is inside `outer` (not `outer` itself).
fn inside(outer: &Element, el: &Element) -> bool {
    let node: &web_sys::Node = el;
    outer != el && outer.contains(Some(node))
}

/// Whether `el` has the page's focus.
fn is_active(document: &Document, el: &Element) -> bool {
    document.active_element().is_some_and(|a| a == *el)
}

/// An element's place: left, top, width, height in tenths of points, and whether it is a layer.
fn geometry(spec: &Spec<'_>) -> ([i32; 4], bool) {
    let t = |v: f32| (v * 10.0).round() as i32;
    let r = spec.rect;
    (
        [t(r.x), t(r.y), t(r.w.max(0.0)), t(r.h.max(0.0))],
        spec.layer,
    )
}

fn write_geometry(el: &Element, (r, layer): ([i32; 4], bool), buf: &mut String) {
    buf.clear();
    let px = |buf: &mut String, name: &str, v: i32| {
        let _ = write!(buf, "{name}:{}px;", f64::from(v) / 10.0);
    };
    px(buf, "left", r[0]);
    px(buf, "top", r[1]);
    px(buf, "width", r[2]);
    px(buf, "height", r[3]);
    if layer {
        buf.push_str("z-index:1");
    }
    let _ = el.set_attribute("style", buf);
}

/// Puts `kids` in `parent`, in order, moving only what is out of place.
fn put_in_order(parent: &Element, kids: &[NodeId], entries: &HashMap<NodeId, Entry>) {
    let parent_node: &web_sys::Node = parent;
    let mut next: Option<web_sys::Node> = None;
    for id in kids.iter().rev() {
        let Some(e) = entries.get(id) else {
            continue;
        };
        let node: &web_sys::Node = &e.el;
        let in_place =
            node.parent_node().as_ref() == Some(parent_node) && node.next_sibling() == next;
        if !in_place {
            let _ = parent_node.insert_before(node, next.as_ref());
        }
        next = Some(node.clone());
    }
}

fn set_opt(slot: &mut Option<String>, v: Option<&str>) {
    match (slot.as_mut(), v) {
        (Some(s), Some(v)) => {
            s.clear();
            s.push_str(v);
        }
        (None, Some(v)) => *slot = Some(v.to_owned()),
        (_, None) => *slot = None,
    }
}

/// Writes an optional attribute if it changed.
fn sync_attr(el: &Element, name: &str, old: &mut Option<String>, new: Option<&str>) {
    if old.as_deref() == new {
        return;
    }
    match new {
        Some(v) => drop(el.set_attribute(name, v)),
        None => drop(el.remove_attribute(name)),
    }
    set_opt(old, new);
}

fn field_value(el: &Element) -> Option<String> {
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        Some(i.value())
    } else {
        el.dyn_ref::<web_sys::HtmlTextAreaElement>()
            .map(|t| t.value())
    }
}

fn set_field_value(el: &Element, v: &str) {
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        if i.type_() != "password" {
            i.set_value(v);
        }
    } else if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.set_value(v);
    }
}

/// The node a mirror element stands for (`data-ak`, a decimal `u64`: a JS number would lose
/// bits).
fn node_id(el: &Element) -> Option<NodeId> {
    el.get_attribute("data-ak")?.parse().ok().map(NodeId)
}

/// The mirror element an event is about, and its node.
fn target_of(event: &web_sys::Event) -> Option<(Element, NodeId)> {
    let t: Element = event.target()?.dyn_into().ok()?;
    let el = t.closest("[data-ak]").ok()??;
    let id = node_id(&el)?;
    Some((el, id))
}

fn key_target(el: &Element) -> KeyTarget {
    let tag = match el.tag_name().to_ascii_lowercase().as_str() {
        "input" => Tag::Input,
        "textarea" => Tag::TextArea,
        _ => Tag::Div,
    };
    KeyTarget::of(tag, el.get_attribute("role").as_deref())
}

/// Hands an event to egui's next frame, and asks for that frame.
fn push(ctx: &egui::Context, event: egui::Event) {
    PENDING.with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            p.push(event);
        }
    });
    ctx.request_repaint();
}

fn request(ctx: &egui::Context, action: Action, target_node: NodeId, data: Option<ActionData>) {
    push(
        ctx,
        egui::Event::AccessKitActionRequest(ActionRequest {
            action,
            target_tree: TreeId::ROOT,
            target_node,
            data,
        }),
    );
}

fn modifiers(k: &web_sys::KeyboardEvent) -> egui::Modifiers {
    egui::Modifiers {
        alt: k.alt_key(),
        ctrl: k.ctrl_key(),
        shift: k.shift_key(),
        mac_cmd: k.meta_key(),
        command: k.ctrl_key() || k.meta_key(),
    }
}

/// The overlay's listeners, one per event type (delegated): they only queue requests for the
/// next frame and ask for it.
fn listen(root: &HtmlElement, ctx: &egui::Context) {
    let on = |kind: &str, handler: Box<dyn FnMut(web_sys::Event)>| {
        let closure = Closure::wrap(handler);
        let _ = root.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
        closure.forget(); // the overlay lives as long as the page
    };
    let c = ctx.clone();
    on(
        "click",
        Box::new(move |e| {
            if let Some((el, id)) = target_of(&e)
                && key_target(&el) != KeyTarget::SingleLine
                && key_target(&el) != KeyTarget::MultiLine
            {
                request(&c, Action::Click, id, None);
            }
        }),
    );
    let c = ctx.clone();
    on(
        "focusin",
        Box::new(move |e| {
            if PROGRAMMATIC.with(Cell::get) {
                return;
            }
            if let Some((_, id)) = target_of(&e) {
                request(&c, Action::Focus, id, None);
                request(&c, Action::ScrollIntoView, id, None);
            }
        }),
    );
    for (kind, pressed) in [("keydown", true), ("keyup", false)] {
        let c = ctx.clone();
        on(
            kind,
            Box::new(move |e| {
                let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if k.is_composing() {
                    return;
                }
                let Some((el, id)) = target_of(&e) else {
                    return;
                };
                let (key, code) = (k.key(), k.code());
                let mods = modifiers(k);
                match aria_map::route_key(&key, &code, mods, key_target(&el)) {
                    KeyRoute::Browser => {}
                    KeyRoute::Click => {
                        k.prevent_default();
                        if pressed && !k.repeat() {
                            request(&c, Action::Click, id, None);
                        }
                    }
                    KeyRoute::Step(action) => {
                        k.prevent_default();
                        if pressed {
                            request(&c, action, id, None);
                        }
                    }
                    KeyRoute::Forward {
                        key,
                        prevent_default,
                    } => {
                        if prevent_default {
                            k.prevent_default();
                        }
                        push(
                            &c,
                            egui::Event::Key {
                                key,
                                physical_key: egui::Key::from_name(&code),
                                pressed,
                                repeat: pressed && k.repeat(),
                                modifiers: mods,
                            },
                        );
                    }
                }
            }),
        );
    }
    let c = ctx.clone();
    on(
        "input",
        Box::new(move |e| {
            let Some((el, id)) = target_of(&e) else {
                return;
            };
            let Some(value) = field_value(&el) else {
                return;
            };
            request(
                &c,
                Action::SetValue,
                id,
                Some(ActionData::Value(value.as_str().into())),
            );
            MIRROR.with(|m| {
                if let Ok(mut m) = m.try_borrow_mut()
                    && let Some(m) = m.as_mut()
                {
                    let now = m.now();
                    if let Some(entry) = m.entries.get_mut(&id) {
                        entry.sent = Some((value, now));
                    }
                }
            });
        }),
    );
}
