//! Heights of all paragraphs and their running sums, which place every
//! paragraph without laying it out.

use crate::model::text::TextIndex;

pub(super) const PARAGRAPH_GAP: f32 = 12.0;

/// Heights measured when a paragraph was last on screen, estimated otherwise.
#[derive(Default)]
pub(super) struct Geometry {
    pub heights: Vec<f32>,
    pub offsets: Vec<f32>,
    pub wrap_width: f32,
    pub line_height: f32,
}

impl Geometry {
    pub fn estimate(
        &mut self,
        text: &TextIndex,
        wrap_width: f32,
        char_width: f32,
        line_height: f32,
    ) {
        let per_row = (wrap_width / char_width).max(1.0);
        self.heights = text
            .paragraphs()
            .iter()
            .map(|p| (p.char_len() as f32 / per_row).ceil().max(1.0) * line_height)
            .collect();
        self.wrap_width = wrap_width;
        self.line_height = line_height;
        self.sum();
    }

    pub fn sum(&mut self) {
        self.offsets.clear();
        self.offsets.reserve(self.heights.len() + 1);
        let mut y = 0.0;
        for h in &self.heights {
            self.offsets.push(y);
            y += h + PARAGRAPH_GAP;
        }
        self.offsets.push(y);
    }

    pub fn total(&self) -> f32 {
        self.offsets.last().copied().unwrap_or(0.0)
    }

    pub fn paragraph_at(&self, y: f32) -> usize {
        self.offsets.partition_point(|&o| o <= y).saturating_sub(1)
    }
}
