//! One paragraph laid out for the screen. Paragraphs without right-to-left
//! text are one egui galley, as they always were (the fast path); the others
//! go through `ui::bidi_text`, one galley per single-direction piece.

use std::collections::HashMap;
use std::sync::Arc;

use eframe::egui::{
    self, Color32, FontId, Galley, Painter, Pos2, Rect, Ui, Vec2, epaint::text::cursor::CCursor,
    text::LayoutJob,
};

use crate::model::bidi::{self, Direction};
use crate::ui::bidi_text::{self, BidiParagraph};

pub(crate) fn article_font() -> FontId {
    FontId::proportional(16.0)
}

pub(crate) fn line_height() -> f32 {
    25.0
}

fn format(color: Color32) -> egui::TextFormat {
    egui::TextFormat {
        font_id: article_font(),
        line_height: Some(line_height()),
        color,
        ..Default::default()
    }
}

pub(super) enum Laid {
    Plain(Arc<Galley>),
    Bidi(Arc<BidiParagraph>),
}

/// Bidi paragraphs laid out in earlier frames, kept while they stay on
/// screen: egui caches each piece's galley but not the run table built
/// from them, which would otherwise be rebuilt every frame.
#[derive(Default)]
pub(super) struct BidiCache {
    entries: HashMap<usize, Arc<BidiParagraph>>,
    used: Vec<usize>,
    key: Option<(u32, Color32)>,
    atlas_fill: f32,
}

impl BidiCache {
    /// Drops everything when the width or colours change, or when egui
    /// emptied its font atlas (the cached galleys point into the old one).
    pub fn begin_frame(&mut self, ui: &Ui, wrap_width: f32) {
        let key = Some((wrap_width.to_bits(), ui.visuals().text_color()));
        let fill = ui.fonts(|f| f.font_atlas_fill_ratio());
        if key != self.key || fill < self.atlas_fill {
            self.entries.clear();
        }
        self.key = key;
        self.atlas_fill = fill;
        self.used.clear();
    }

    /// Keeps only the paragraphs used this frame.
    pub fn end_frame(&mut self) {
        let used = &self.used;
        self.entries.retain(|p, _| used.contains(p));
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

/// Lays out paragraph number `paragraph`, whose text is `text`, `wrap_width` wide.
pub(super) fn lay_out(
    ui: &Ui,
    cache: &mut BidiCache,
    paragraph: usize,
    text: &str,
    wrap_width: f32,
) -> Laid {
    let color = ui.visuals().text_color();
    if !bidi::needs_bidi(text) {
        let mut job = LayoutJob::single_section(text.to_owned(), format(color));
        job.wrap.max_width = wrap_width;
        // egui keeps galleys used in each frame, keyed on the text and format:
        // paragraphs that stay on screen are not laid out again.
        return Laid::Plain(ui.painter().layout_job(job));
    }
    cache.used.push(paragraph);
    let laid = cache
        .entries
        .entry(paragraph)
        .or_insert_with(|| {
            Arc::new(bidi_text::lay_out(
                ui.painter(),
                text,
                &format(color),
                wrap_width,
            ))
        })
        .clone();
    Laid::Bidi(laid)
}

impl Laid {
    pub fn size(&self) -> Vec2 {
        match self {
            Laid::Plain(g) => g.size(),
            Laid::Bidi(b) => b.size,
        }
    }

    /// Whether the paragraph reads right to left (its rows are right-aligned).
    pub fn rtl(&self) -> bool {
        matches!(self, Laid::Bidi(b) if b.base == Direction::Rtl)
    }

    /// Paragraph-local rectangles covering paragraph-local characters
    /// `start..end`: one per row, or more where the range crosses a change of
    /// direction.
    pub fn range_rects(&self, start: usize, end: usize) -> Vec<Rect> {
        match self {
            Laid::Plain(g) => plain_range_rects(g, start, end),
            Laid::Bidi(b) => b.range_rects(start, end),
        }
    }

    /// The caret's rectangle (zero width) for the boundary before `c`.
    pub fn caret_rect(&self, c: usize) -> Rect {
        match self {
            Laid::Plain(g) => g.pos_from_cursor(CCursor::new(c)),
            Laid::Bidi(b) => b.caret_rect(c),
        }
    }

    /// The character boundary nearest to a paragraph-local position.
    pub fn boundary_at(&self, pos: Vec2) -> usize {
        match self {
            Laid::Plain(g) => g.cursor_from_pos(pos).index.0,
            Laid::Bidi(b) => b.boundary_at(pos),
        }
    }

    /// The character drawn under a paragraph-local position, if any.
    pub fn char_under(&self, pos: Vec2, char_len: usize) -> Option<usize> {
        match self {
            Laid::Plain(g) => {
                let local = g.cursor_from_pos(pos).index.0;
                // The boundary nearest the pointer may sit after the character under it.
                let left = g.pos_from_cursor(CCursor::new(local)).min.x;
                let local = if pos.x < left && local > 0 {
                    local - 1
                } else {
                    local
                };
                (local < char_len).then_some(local)
            }
            Laid::Bidi(b) => b.char_under(pos),
        }
    }

    /// The boundary one row up or down from `c`, keeping the column `x`;
    /// `None` at the first or last row. Returns the column used.
    pub fn vertical(&self, c: usize, down: bool, x: Option<f32>) -> Option<(usize, Option<f32>)> {
        match self {
            Laid::Plain(g) => {
                let cursor = CCursor::new(c);
                let row = g.layout_from_cursor(cursor).row;
                if (down && row + 1 >= g.rows.len()) || (!down && row == 0) {
                    return None;
                }
                let (next, x) = if down {
                    g.cursor_down_one_row(&cursor, x)
                } else {
                    g.cursor_up_one_row(&cursor, x)
                };
                Some((next.index.0, x))
            }
            Laid::Bidi(b) => b.vertical(c, down, x),
        }
    }

    pub fn paint(&self, painter: &Painter, pos: Pos2, color: Color32) {
        match self {
            Laid::Plain(g) => painter.galley(pos, g.clone(), color),
            Laid::Bidi(b) => b.paint(painter, pos, color),
        }
    }
}

/// Galley-local rectangles covering the paragraph-local characters
/// `start..end`, one per wrapped row.
fn plain_range_rects(galley: &Galley, start: usize, end: usize) -> Vec<Rect> {
    let mut rects = Vec::new();
    let mut row_start = 0;
    for row in &galley.rows {
        let n = row.char_count_excluding_newline();
        let row_end = row_start + n.0;
        let (s, e) = (start.max(row_start), end.min(row_end));
        if s < e {
            let x0 = row.pos.x + row.x_offset((s - row_start).into());
            let x1 = row.pos.x + row.x_offset((e - row_start).into());
            rects.push(Rect::from_x_y_ranges(x0..=x1, row.min_y()..=row.max_y()));
        }
        row_start += row.char_count_including_newline().0;
    }
    rects
}
