//! `--screenshot OUT.png`: render a few frames in the real window, save what it shows, and exit.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Frames to draw before the screenshot, so that layout and charts have settled.
const WARM_UP_FRAMES: u32 = 5;

/// The screenshot in progress.
pub struct Plan {
    out: PathBuf,
    frames: u32,
    requested: bool,
    result: Arc<Mutex<Option<Result<(), String>>>>,
}

impl Plan {
    /// A screenshot to be written to `out`.
    pub fn new(out: PathBuf) -> Plan {
        Plan {
            out,
            frames: 0,
            requested: false,
            result: Arc::new(Mutex::new(None)),
        }
    }

    /// Called every frame: waits, asks for the screenshot, writes it, closes the window.
    pub fn step(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        if self.frames < WARM_UP_FRAMES {
            ctx.request_repaint();
            return;
        }
        if !self.requested {
            self.requested = true;
            let out = self.out.clone();
            let result = self.result.clone();
            let wake = ctx.clone();
            ctx.request_screenshot(move |image| {
                let r = save(&out, &image);
                *result.lock().unwrap_or_else(|e| e.into_inner()) = Some(r);
                wake.request_repaint();
            });
            ctx.request_repaint();
            return;
        }
        let done = self.result.lock().unwrap_or_else(|e| e.into_inner()).take();
        match done {
            Some(Ok(())) => {
                eprintln!("screenshot written to {}", self.out.display());
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Some(Err(e)) => {
                eprintln!("error: {e}");
                std::process::exit(1);
            }
            None => ctx.request_repaint(),
        }
    }
}

fn save(out: &std::path::Path, image: &egui::ColorImage) -> Result<(), String> {
    let [w, h] = image.size;
    let mut rgba = Vec::with_capacity(w * h * 4);
    for p in &image.pixels {
        rgba.extend_from_slice(&p.to_array());
    }
    let mut bytes = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut bytes, w as u32, h as u32);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        let mut writer = enc.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(&rgba).map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
    }
    crate::store::write_atomic(out, &bytes, crate::store::Overwrite::Allow)
        .map_err(|e| e.to_string())
}
