//! A table of text that a screen reader reads as one (a table of rows of cells, the first row
//! its column headers) and that fits its column: the last column wraps in what the others
//! leave; where that is too narrow, the last column's text goes under its row, the whole width;
//! where even the others do not fit (a phone), each row becomes a block of "header: value"
//! lines, still a row of cells to a screen reader.

use egui::accesskit::Role;

/// A cell's text and how it looks.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    /// What it says.
    pub text: String,
    /// Shown quieter (not applicable, a note).
    pub weak: bool,
}

impl Cell {
    /// A cell saying `text`.
    pub fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            weak: false,
        }
    }

    /// A quieter cell.
    pub fn weak(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            weak: true,
        }
    }
}

/// The widest a column other than the last gets before its text wraps.
const MAX_COLUMN: f32 = 180.0;
/// The least the last column keeps beside the others; below, rows become blocks.
const MIN_LAST: f32 = 140.0;

/// Draws the table named `label` (said by screen readers), its `headers` above its `rows`.
pub fn table_ui(ui: &mut egui::Ui, label: &str, headers: &[&str], rows: &[Vec<Cell>]) {
    let gap = ui.spacing().item_spacing.x * 2.0;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width_of = |ui: &egui::Ui, t: &str| {
        ui.fonts_mut(|f| {
            f.layout_no_wrap(t.to_string(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
    };
    let n = headers.len();
    let mut widths: Vec<f32> = headers.iter().map(|h| width_of(ui, h)).collect();
    for row in rows {
        for (k, cell) in row.iter().enumerate().take(n) {
            widths[k] = widths[k].max(width_of(ui, &cell.text));
        }
    }
    for w in widths.iter_mut().take(n.saturating_sub(1)) {
        *w = w.min(MAX_COLUMN);
    }
    let full = ui.available_width();
    let before_last: f32 = widths[..n.saturating_sub(1)].iter().map(|w| w + gap).sum();
    let last = full - before_last;
    let under = last < MIN_LAST;
    let blocks = before_last > full;
    if let Some(w) = widths.last_mut() {
        *w = if under { full } else { last };
    }
    let table = egui::UiBuilder::new()
        .accessibility_role(Role::Table)
        .accessibility_label(label);
    ui.scope_builder(table, |ui| {
        if !blocks {
            row_ui(ui, Role::Row, |ui| {
                let shown = if under { n - 1 } else { n };
                for (h, w) in headers.iter().zip(&widths).take(shown) {
                    cell_ui(ui, Role::ColumnHeader, *w, |ui| {
                        ui.strong(*h);
                    });
                }
            });
        }
        for (i, row) in rows.iter().enumerate() {
            let fill = if i % 2 == 0 {
                ui.visuals().faint_bg_color
            } else {
                egui::Color32::TRANSPARENT
            };
            egui::Frame::new().fill(fill).show(ui, |ui| {
                ui.set_width(full);
                row_ui(ui, Role::Row, |ui| {
                    if blocks {
                        ui.vertical(|ui| {
                            for (k, cell) in row.iter().enumerate() {
                                let role = if k == 0 { Role::RowHeader } else { Role::Cell };
                                let w = ui.available_width();
                                cell_ui(ui, role, w, |ui| {
                                    if k == 0 {
                                        ui.add(
                                            egui::Label::new(
                                                egui::RichText::new(&cell.text).strong(),
                                            )
                                            .wrap(),
                                        );
                                    } else if !cell.text.is_empty() {
                                        let text = format!("{}: {}", headers[k], cell.text);
                                        text_ui(
                                            ui,
                                            &Cell {
                                                text,
                                                weak: cell.weak,
                                            },
                                        );
                                    }
                                });
                            }
                        });
                    } else if under {
                        ui.vertical(|ui| {
                            ui.horizontal_top(|ui| {
                                for (k, (cell, w)) in
                                    row.iter().zip(&widths).enumerate().take(n - 1)
                                {
                                    let role = if k == 0 { Role::RowHeader } else { Role::Cell };
                                    cell_ui(ui, role, *w, |ui| text_ui(ui, cell));
                                }
                            });
                            if let Some(cell) = row.get(n - 1).filter(|c| !c.text.is_empty()) {
                                let w = ui.available_width();
                                let text = format!("{}: {}", headers[n - 1], cell.text);
                                cell_ui(ui, Role::Cell, w, |ui| {
                                    text_ui(
                                        ui,
                                        &Cell {
                                            text,
                                            weak: cell.weak,
                                        },
                                    )
                                });
                            }
                        });
                    } else {
                        for (k, (cell, w)) in row.iter().zip(&widths).enumerate() {
                            let role = if k == 0 { Role::RowHeader } else { Role::Cell };
                            cell_ui(ui, role, *w, |ui| text_ui(ui, cell));
                        }
                    }
                });
            });
        }
    });
}

fn row_ui(ui: &mut egui::Ui, role: Role, content: impl FnOnce(&mut egui::Ui)) {
    ui.scope_builder(egui::UiBuilder::new().accessibility_role(role), |ui| {
        ui.horizontal_top(content);
    });
}

fn cell_ui(ui: &mut egui::Ui, role: Role, width: f32, content: impl FnOnce(&mut egui::Ui)) {
    let builder = egui::UiBuilder::new()
        .accessibility_role(role)
        .layout(egui::Layout::top_down(egui::Align::Min));
    ui.allocate_ui(egui::vec2(width, 0.0), |ui| {
        ui.scope_builder(builder, |ui| {
            ui.set_width(width);
            content(ui);
        });
    });
}

fn text_ui(ui: &mut egui::Ui, cell: &Cell) {
    let mut t = egui::RichText::new(&cell.text);
    if cell.weak {
        t = t.weak();
    }
    ui.add(egui::Label::new(t).wrap());
}
