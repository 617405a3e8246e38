//! Right-to-left and mixed-direction text on screen. egui 0.37 shapes each
//! right-to-left run but applies no bidi algorithm, and on RTL runs its
//! galleys no longer hold one glyph per character; so a paragraph that
//! needs bidi is laid out here: every single-direction piece (see
//! `model::bidi`) becomes its own galley, placed by the run table, which
//! also answers every geometry question (highlights, caret, hit-testing).
//! The article view uses it for its paragraphs, forms for RTL labels, and
//! the editing fields (`bidi_edit`) for the galleys they edit in.

use std::sync::Arc;

use eframe::egui::{
    self, Color32, Galley, Painter, Pos2, Rect, Response, Sense, Ui, Vec2,
    epaint::text::cursor::CCursor, pos2, text::LayoutJob, text::TextFormat, vec2,
};

use crate::model::bidi::{self, Direction, GlyphBox, Line, runs};

pub struct BidiParagraph {
    pub lines: Vec<Line>,
    /// One galley per piece of the analysis, each shaped in one direction;
    /// `None` for whitespace, which draws nothing (half the pieces: fewer
    /// shapes to paint and tessellate each frame).
    galleys: Vec<Option<Arc<Galley>>>,
    pub base: Direction,
    pub size: Vec2,
    line_height: f32,
}

/// Lays out one paragraph (no newlines) `wrap_width` wide; right-to-left
/// paragraphs are right-aligned within it.
pub fn lay_out(
    painter: &Painter,
    text: &str,
    format: &TextFormat,
    wrap_width: f32,
) -> BidiParagraph {
    shape(painter, text, format).place(wrap_width, true)
}

/// Lays out one paragraph on a single line at least `min_width` wide (a
/// one-line text field); right-to-left paragraphs are right-aligned within it.
pub fn lay_out_line(
    painter: &Painter,
    text: &str,
    format: &TextFormat,
    min_width: f32,
) -> BidiParagraph {
    shape(painter, text, format).place(min_width, false)
}

/// A paragraph's pieces, each shaped and measured, not yet broken into lines.
struct Shaped {
    analysis: bidi::Analysis,
    galleys: Vec<Option<Arc<Galley>>>,
    measures: Vec<runs::Measure>,
    line_height: f32,
}

fn shape(painter: &Painter, text: &str, format: &TextFormat) -> Shaped {
    let analysis = bidi::analyse(text);
    let mut galleys = Vec::with_capacity(analysis.pieces.len());
    let mut measures = Vec::with_capacity(analysis.pieces.len());
    let mut line_height = format.line_height.unwrap_or(0.0);
    for piece in &analysis.pieces {
        let piece_text = bidi::display_text(text, piece);
        // egui keeps galleys used in each frame: pieces on screen are shaped once.
        let galley = painter.layout_job(LayoutJob::single_section(
            piece_text.clone().into_owned(),
            format.clone(),
        ));
        line_height = line_height.max(galley.size().y);
        measures.push(measure(&galley, &piece_text, piece.rtl()));
        galleys.push((!piece.space).then_some(galley));
    }
    if line_height <= 0.0 {
        line_height = painter.fonts_mut(|f| f.row_height(&format.font_id));
    }
    Shaped {
        analysis,
        galleys,
        measures,
        line_height,
    }
}

impl Shaped {
    /// Breaks into lines `width` wide (`wrap`), or keeps one line as wide as
    /// the text and at least `width`.
    fn place(self, width: f32, wrap: bool) -> BidiParagraph {
        let width = if wrap {
            width
        } else {
            let natural: f32 = self.measures.iter().map(|m| m.width).sum();
            natural.max(if width.is_finite() { width } else { 0.0 })
        };
        let lines = runs::place(&self.analysis, &self.measures, width, self.line_height);
        let height = lines.len().max(1) as f32 * self.line_height;
        BidiParagraph {
            lines,
            galleys: self.galleys,
            base: self.analysis.base,
            size: vec2(width, height),
            line_height: self.line_height,
        }
    }
}

/// Width and character edges of one piece's galley.
fn measure(galley: &Galley, text: &str, rtl: bool) -> runs::Measure {
    let width = galley.size().x;
    let edges = if rtl {
        let chars: Vec<char> = text.chars().collect();
        let glyphs: Vec<GlyphBox> = galley
            .rows
            .iter()
            .flat_map(|r| r.glyphs.iter().map(move |g| (r.pos.x, g)))
            .map(|(x0, g)| GlyphBox {
                chr: g.chr,
                x: x0 + g.pos.x,
                width: g.advance_width,
            })
            .collect();
        bidi::rtl_edges(&chars, &glyphs, width)
    } else {
        // Left-to-right runs keep egui's one glyph per character.
        (0..=text.chars().count())
            .map(|i| galley.pos_from_cursor(CCursor::new(i)).min.x)
            .collect()
    };
    runs::Measure { width, edges }
}

impl BidiParagraph {
    /// Paragraph-local rectangles over characters `start..end`.
    pub fn range_rects(&self, start: usize, end: usize) -> Vec<Rect> {
        runs::range_spans(&self.lines, start, end)
            .into_iter()
            .filter_map(|s| {
                let line = self.lines.get(s.line)?;
                Some(Rect::from_x_y_ranges(
                    s.x0..=s.x1,
                    line.top..=line.top + line.height,
                ))
            })
            .collect()
    }

    /// The caret's rectangle (zero width) for the boundary before `c`.
    pub fn caret_rect(&self, c: usize) -> Rect {
        let (li, x) = runs::caret_x(&self.lines, c).unwrap_or((0, 0.0));
        let top = self.lines.get(li).map_or(0.0, |l| l.top);
        Rect::from_x_y_ranges(x..=x, top..=top + self.line_height)
    }

    /// The character boundary nearest to a paragraph-local position.
    pub fn boundary_at(&self, pos: Vec2) -> usize {
        runs::boundary_at(&self.lines, runs::line_at(&self.lines, pos.y), pos.x)
    }

    /// The character drawn under a paragraph-local position, if any.
    pub fn char_under(&self, pos: Vec2) -> Option<usize> {
        runs::char_at(&self.lines, runs::line_at(&self.lines, pos.y), pos.x)
    }

    /// The boundary one line up or down from `c` at column `x` (or the
    /// caret's), `None` at the first or last line; with the column used.
    pub fn vertical(&self, c: usize, down: bool, x: Option<f32>) -> Option<(usize, Option<f32>)> {
        let (li, cx) = runs::caret_x(&self.lines, c)?;
        let target = if down { li + 1 } else { li.checked_sub(1)? };
        if target >= self.lines.len() {
            return None;
        }
        let x = x.unwrap_or(cx);
        Some((runs::boundary_at(&self.lines, target, x), Some(x)))
    }

    /// The shaped galley of piece `i`; `None` for whitespace.
    pub fn piece_galley(&self, i: usize) -> Option<&Arc<Galley>> {
        self.galleys.get(i).and_then(Option::as_ref)
    }

    pub fn line_height(&self) -> f32 {
        self.line_height
    }

    pub fn paint(&self, painter: &Painter, pos: Pos2, color: Color32) {
        for line in &self.lines {
            for run in &line.runs {
                if let Some(Some(g)) = self.galleys.get(run.piece) {
                    painter.galley(pos2(pos.x + run.x, pos.y + line.top), g.clone(), color);
                }
            }
        }
    }
}

/// A wrapping label that shows right-to-left text in its direction,
/// right-aligned when the text starts right to left. Plain text takes
/// egui's own label. Screen readers get the text in logical order.
pub fn label(ui: &mut Ui, text: impl Into<egui::RichText>) -> Response {
    let rich: egui::RichText = text.into();
    let plain = rich.text().to_owned();
    if !bidi::needs_bidi(&plain) {
        return ui.label(rich);
    }
    let style = ui.style().clone();
    let color = ui.visuals().text_color();
    let mut job = LayoutJob::default();
    rich.append_to(
        &mut job,
        &style,
        egui::FontSelection::Default,
        egui::Align::LEFT,
    );
    let mut format = job
        .sections
        .first()
        .map(|s| s.format.clone())
        .unwrap_or_default();
    if format.color == Color32::PLACEHOLDER {
        format.color = color;
    }
    let width = ui.available_width();
    // Each line of the text is a paragraph with its own direction.
    let paragraphs: Vec<BidiParagraph> = plain
        .split('\n')
        .map(|line| lay_out(ui.painter(), line, &format, width))
        .collect();
    let height: f32 = paragraphs.iter().map(|p| p.size.y).sum();
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &plain));
    if ui.is_rect_visible(rect) {
        let mut y = rect.top();
        for p in &paragraphs {
            p.paint(ui.painter(), pos2(rect.left(), y), format.color);
            y += p.size.y;
        }
    }
    response
}
