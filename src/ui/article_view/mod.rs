//! The article: laid out paragraph by paragraph, and only the paragraphs on
//! screen. Selection, highlights and hit-testing work on those layouts, so a
//! frame costs the same for a 5 KB and a 5 MB article. Paragraphs with
//! right-to-left text are laid out by the bidi run table (`layout`).

mod geometry;
mod keyboard;
mod layout;
mod paint;
mod pointer;
mod selection;
mod suggestion_marks;

use eframe::egui::{self, Pos2, ScrollArea, Ui};

use super::Command;
use crate::model::{ClaimId, ClaimIndex, Project, text::TextIndex};
use geometry::Geometry;
use layout::Laid;
pub(crate) use layout::{article_font, line_height};
pub use selection::Selection;
pub use suggestion_marks::SuggestionMarks;

const MAX_WRAP_WIDTH: f32 = 720.0;
const FLASH_SECONDS: f64 = 1.4;

struct Visible {
    paragraph: usize,
    pos: Pos2,
    laid: Laid,
}

#[derive(Default)]
pub struct ArticleView {
    text: TextIndex,
    text_sha: String,
    claims: ClaimIndex,
    claims_revision: Option<u64>,
    geometry: Geometry,
    visible: Vec<Visible>,
    pub selection: Option<Selection>,
    /// Where keyboard selection starts when nothing is selected.
    caret: usize,
    /// Keeps the column when moving up and down through rows of different length.
    column_x: Option<f32>,
    scroll_to: Option<usize>,
    flash: Option<(ClaimId, f64)>,
    /// Repeated clicks on overlapping claims step through them.
    last_hit: Option<(usize, usize)>,
    /// How many paragraphs the last frame laid out: tests check it stays bounded.
    pub paragraphs_laid_out: usize,
    has_focus: bool,
    /// Take the keyboard focus when next drawn (F6 from another pane).
    focus_request: bool,
    painted: Vec<ClaimId>,
    bidi_cache: layout::BidiCache,
    /// The Suggestions panel's sentences, while it is open.
    pub suggestion_marks: Option<std::sync::Arc<SuggestionMarks>>,
}

impl ArticleView {
    /// Rebuilds what depends on the text or the claims, only when they changed.
    fn sync(&mut self, project: &Project, revision: u64) {
        if self.text_sha != project.article.sha256 || self.text.paragraphs().is_empty() {
            self.text = TextIndex::new(&project.article.text);
            self.text_sha = project.article.sha256.clone();
            self.geometry = Geometry::default();
            self.bidi_cache.clear();
            self.claims_revision = None;
            self.selection = None;
            self.caret = 0;
        }
        if self.claims_revision != Some(revision) {
            self.claims = ClaimIndex::new(&self.text, &project.claims);
            self.claims_revision = Some(revision);
        }
    }

    pub fn text_index(&self) -> &TextIndex {
        &self.text
    }

    /// Scrolls the claim into view on the next frame and flashes it.
    pub fn jump_to(&mut self, claim: ClaimId, start: usize, now: f64) {
        self.scroll_to = Some(start);
        self.flash = Some((claim, now));
    }

    /// Scrolls character `c` into view on the next frame.
    pub fn reveal(&mut self, c: usize) {
        self.scroll_to = Some(c);
    }

    pub fn has_focus(&self) -> bool {
        self.has_focus
    }

    /// Takes the keyboard focus when next drawn (F6).
    pub fn request_focus(&mut self) {
        self.focus_request = true;
    }

    /// The selected text's range with surrounding whitespace left out, if any remains.
    pub fn trimmed_selection(&self, text: &str) -> Option<(usize, usize)> {
        selection::trimmed(self.selection, &self.text, text)
    }

    /// Screen position of the boundary before character `c` (mid-row), if
    /// its paragraph was drawn last frame. Tests drag between these.
    pub fn boundary_screen_pos(&self, c: usize) -> Option<Pos2> {
        let p = self.text.paragraph_of_char(c);
        let v = self.visible.iter().find(|v| v.paragraph == p)?;
        let local = c - self.text.paragraphs()[p].char_start;
        let r = v.laid.caret_rect(local);
        Some(v.pos + egui::vec2(r.min.x, r.center().y))
    }

    /// Screen rectangles of the characters `start..end`, among paragraphs
    /// drawn last frame: where a highlight of that range is painted.
    pub fn range_screen_rects(&self, start: usize, end: usize) -> Vec<egui::Rect> {
        let mut out = Vec::new();
        for v in &self.visible {
            let para = self.text.paragraphs()[v.paragraph];
            let (s, e) = local_range(para, start, end);
            out.extend(
                v.laid
                    .range_rects(s, e)
                    .into_iter()
                    .map(|r| r.translate(v.pos.to_vec2())),
            );
        }
        out
    }

    /// Claims whose highlight was painted last frame.
    pub fn painted_claims(&self) -> &[ClaimId] {
        &self.painted
    }

    fn lay_out(&mut self, ui: &Ui, project: &Project, paragraph: usize) -> Laid {
        let p = self.text.paragraphs()[paragraph];
        let text = project
            .article
            .text
            .get(p.byte_start..p.byte_end)
            .unwrap_or_default();
        layout::lay_out(
            ui,
            &mut self.bidi_cache,
            paragraph,
            text,
            self.geometry.wrap_width,
        )
    }

    pub fn ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        revision: u64,
        selected: Option<ClaimId>,
        commands: &mut Vec<Command>,
    ) {
        self.sync(project, revision);
        let margin = 24.0;
        let wrap = (ui.available_width() - 2.0 * margin - 16.0).clamp(160.0, MAX_WRAP_WIDTH);
        if (self.geometry.wrap_width - wrap).abs() > 0.5
            || self.geometry.heights.len() != self.text.paragraphs().len()
        {
            let char_width = ui.fonts_mut(|f| f.glyph_width(&layout::article_font(), 'n'));
            self.geometry
                .estimate(&self.text, wrap, char_width.max(1.0), layout::line_height());
        }

        self.bidi_cache.begin_frame(ui, self.geometry.wrap_width);
        let mut scroll = ScrollArea::vertical().id_salt("article").auto_shrink(false);
        if let Some(c) = self.scroll_to.take() {
            let y = self.content_y_of_char(ui, project, c);
            scroll = scroll.vertical_scroll_offset((y - ui.available_height() / 3.0).max(0.0));
        }
        let now = ui.input(|i| i.time);
        scroll.show_viewport(ui, |ui, viewport| {
            self.paint_visible(ui, project, viewport, margin, selected, now);
            self.interact(ui, project, selected, commands);
        });
        self.bidi_cache.end_frame();
        if let Some((_, t)) = self.flash {
            if now - t < FLASH_SECONDS {
                ui.ctx().request_repaint();
            } else {
                self.flash = None;
            }
        }
    }

    /// The content y of a character, laying out its paragraph if need be.
    fn content_y_of_char(&mut self, ui: &Ui, project: &Project, c: usize) -> f32 {
        let p = self.text.paragraph_of_char(c);
        let laid = self.lay_out(ui, project, p);
        self.geometry.heights[p] = laid.size().y;
        self.geometry.sum();
        let local = c - self.text.paragraphs()[p].char_start;
        self.geometry.offsets[p] + laid.caret_rect(local).min.y
    }

    fn head(&self) -> usize {
        self.selection.map_or(self.caret, |s| s.head)
    }
}

/// Article characters `start..end` as characters of paragraph `para`, clamped to it.
fn local_range(para: crate::model::text::Paragraph, start: usize, end: usize) -> (usize, usize) {
    let s = start.saturating_sub(para.char_start).min(para.char_len());
    let e = end.saturating_sub(para.char_start).min(para.char_len());
    (s, e)
}
