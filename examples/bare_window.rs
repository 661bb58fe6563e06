//! The floor for start-up benchmarks: an empty eframe window with the app's features, closed
//! once its first frame is painted. `cargo run --release --example bare_window`

struct Bare {
    frames: u32,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |_ui| {});
        self.frames += 1;
        if self.frames >= 2 {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            ui.ctx().request_repaint();
        }
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1280.0, 800.0]),
        persist_window: false,
        ..Default::default()
    };
    eframe::run_native(
        "bare-window",
        options,
        Box::new(|_cc| Ok(Box::new(Bare { frames: 0 }))),
    )
}
