//! Chart textures for the screen: drawn by the same code as the exports, re-rendered only when
//! what they show or their size changes.

use crate::chart::{self, ChartData, ChartKind};
use std::collections::HashMap;

struct Entry {
    data: ChartData,
    size: [u32; 2],
    texture: egui::TextureHandle,
}

/// Rendered charts, one per kind.
#[derive(Default)]
pub struct ChartCache {
    entries: HashMap<ChartKind, Entry>,
    /// How many times a chart was rendered (for tests and benchmarks).
    pub renders: usize,
}

impl ChartCache {
    /// The texture of `kind` for `data` at `size` pixels, rendered only if not cached.
    pub fn texture(
        &mut self,
        ctx: &egui::Context,
        kind: ChartKind,
        data: &ChartData,
        size: [u32; 2],
    ) -> Option<egui::TextureHandle> {
        // Sizes snap to 16 px so that a panel that jitters by a pixel does not re-render.
        let size = [
            (size[0] / 16 * 16).max(chart::MIN_SIZE.0),
            (size[1] / 16 * 16).max(chart::MIN_SIZE.1),
        ];
        if let Some(e) = self.entries.get(&kind)
            && e.size == size
            && &e.data == data
        {
            return Some(e.texture.clone());
        }
        let rgb = chart::render_rgb(data, kind, size[0], size[1]).ok()?;
        self.renders += 1;
        let image = egui::ColorImage::from_rgb([size[0] as usize, size[1] as usize], &rgb);
        let texture = match self.entries.remove(&kind) {
            Some(mut e) => {
                e.texture.set(image, egui::TextureOptions::LINEAR);
                e.texture
            }
            None => ctx.load_texture(
                format!("chart-{}", kind.name()),
                image,
                egui::TextureOptions::LINEAR,
            ),
        };
        self.entries.insert(
            kind,
            Entry {
                data: data.clone(),
                size,
                texture: texture.clone(),
            },
        );
        Some(texture)
    }
}
