//! The galley an editing field shows when its text needs bidi: each line
//! laid out by the run table (`bidi_text`), its pieces' meshes placed in
//! visual order, and one glyph per character in logical order, as egui's
//! cursor code expects. What egui reads from those glyphs is where the
//! caret goes: a glyph's x is the caret's x before that character (its
//! leading edge: the right edge of a right-to-left letter), and a row's
//! width is the caret's x at its end. egui's own hit-testing and its
//! selection rectangle assume glyphs that grow left to right, so the field
//! (`super`) answers clicks and arrow keys and paints the selection from
//! [`EditLayout`]; the rows are zero high, which keeps egui's one
//! selection rectangle per row empty.

use std::sync::Arc;

use eframe::egui::{
    Color32, Galley, Mesh, Rect, Ui, Vec2,
    epaint::text::{PlacedRow, RowVisuals},
    pos2,
    text::{LayoutJob, TextFormat},
    vec2,
};

use crate::model::bidi::{Direction, Line, runs};
use crate::ui::bidi_text::{self, BidiParagraph};

/// One paragraph of the field as laid out: its lines' `top` is in galley
/// coordinates, their characters paragraph-local.
pub struct EditParagraph {
    /// The text's character index of the paragraph's first character.
    pub start: usize,
    pub len: usize,
    pub base: Direction,
    pub lines: Vec<Line>,
}

/// The geometry of a field's galley, for the caret, clicks, arrow keys and
/// the selection. Character indices are the text's.
pub struct EditLayout {
    pub text: String,
    pub paragraphs: Vec<EditParagraph>,
}

impl EditLayout {
    /// The paragraph holding boundary `c` and `c` within it.
    fn paragraph_of(&self, c: usize) -> Option<(usize, usize)> {
        let pi = self
            .paragraphs
            .iter()
            .position(|p| c <= p.start + p.len)
            .or_else(|| self.paragraphs.len().checked_sub(1))?;
        let p = &self.paragraphs[pi];
        Some((pi, c.saturating_sub(p.start).min(p.len)))
    }

    /// Where the caret for boundary `c` is drawn: x and the line's top.
    pub fn caret(&self, c: usize) -> Option<(f32, f32)> {
        let (pi, local) = self.paragraph_of(c)?;
        let p = &self.paragraphs[pi];
        let (li, x) = runs::caret_x(&p.lines, local)?;
        Some((x, p.lines.get(li)?.top))
    }

    /// The boundary nearest to a galley-local position.
    pub fn boundary_at(&self, pos: Vec2) -> usize {
        let hit = self
            .paragraphs
            .iter()
            .find(|p| p.lines.last().is_some_and(|l| pos.y < l.top + l.height));
        let Some(p) = hit.or(self.paragraphs.last()) else {
            return 0;
        };
        let li = runs::line_at(&p.lines, pos.y);
        p.start + runs::boundary_at(&p.lines, li, pos.x)
    }

    /// The boundary one arrow press left or right of `c`, in the order the
    /// characters are drawn; past a line's visual end, the next or previous
    /// character in reading order.
    pub fn horizontal(&self, c: usize, rightward: bool) -> usize {
        let total = self.text.chars().count();
        let Some((pi, local)) = self.paragraph_of(c) else {
            return c;
        };
        let p = &self.paragraphs[pi];
        if let Some(n) = runs::visual_step(&p.lines, local, rightward) {
            return p.start + n;
        }
        let forward = rightward == (p.base == Direction::Ltr);
        if forward {
            (c + 1).min(total)
        } else {
            c.saturating_sub(1)
        }
    }

    /// The boundary one line up or down from `c` at the caret's x, or the
    /// text's start or end past the first or last line.
    pub fn vertical(&self, c: usize, down: bool) -> usize {
        let Some((x, top)) = self.caret(c) else {
            return c;
        };
        let lines: Vec<(usize, &Line)> = self
            .paragraphs
            .iter()
            .enumerate()
            .flat_map(|(pi, p)| p.lines.iter().map(move |l| (pi, l)))
            .collect();
        let at = lines
            .iter()
            .position(|(_, l)| (l.top - top).abs() < 0.5)
            .unwrap_or(0);
        let target = if down {
            Some(at + 1).filter(|&t| t < lines.len())
        } else {
            at.checked_sub(1)
        };
        match target.and_then(|t| lines.get(t)) {
            Some(&(pi, line)) => {
                let p = &self.paragraphs[pi];
                p.start + runs::boundary_at(std::slice::from_ref(line), 0, x)
            }
            None if down => self.text.chars().count(),
            None => 0,
        }
    }

    /// Galley-local rectangles over characters `start..end`: per line, one
    /// per stretch of runs that touch.
    pub fn range_rects(&self, start: usize, end: usize) -> Vec<Rect> {
        let mut rects = Vec::new();
        for p in &self.paragraphs {
            let (s, e) = (
                start.saturating_sub(p.start),
                end.saturating_sub(p.start).min(p.len),
            );
            if end <= p.start || s >= e {
                continue;
            }
            for span in runs::range_spans(&p.lines, s, e) {
                if let Some(line) = p.lines.get(span.line) {
                    rects.push(Rect::from_x_y_ranges(
                        span.x0..=span.x1,
                        line.top..=line.top + line.height,
                    ));
                }
            }
        }
        rects
    }
}

/// A passage drawn marked (the source viewer's anchored excerpt): its
/// characters (the text's), the background painted under it and the colour
/// of its letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub background: Color32,
    pub color: Color32,
}

/// The galley of `text` in visual order, `wrap_width` wide (`multiline`) or
/// on one line per paragraph, with its geometry; the letters of `mark` in
/// its colour. `None` when egui laid out no glyph to copy (no text), where
/// its own galley is right anyway.
pub fn lay_out(
    ui: &Ui,
    text: &str,
    format: &TextFormat,
    wrap_width: f32,
    multiline: bool,
    mark: Option<Mark>,
) -> Option<(Arc<Galley>, EditLayout)> {
    let job = LayoutJob::single_section(text.to_owned(), format.clone());
    let base = ui.fonts_mut(|f| f.layout_job(job));
    // Glyphs and rows carry crate-private fields: copies of egui's are changed.
    let template_row = base.rows.first()?.row.clone();
    let template_glyph = *base.rows.iter().find_map(|r| r.glyphs.first())?;
    let ppp = ui.ctx().pixels_per_point();
    let painter = ui.painter();
    let mut galley = (*base).clone();
    let (mut rows, mut paragraphs) = (Vec::new(), Vec::new());
    let (mut y, mut start, mut width) = (0.0_f32, 0, 0.0_f32);
    let mut bounds = Rect::NOTHING;
    let texts: Vec<&str> = text.split('\n').collect();
    for (pi, para) in texts.iter().enumerate() {
        let laid = if multiline {
            bidi_text::lay_out(painter, para, format, wrap_width)
        } else {
            bidi_text::lay_out_line(painter, para, format, wrap_width)
        };
        width = width.max(laid.size.x);
        let mut lines = laid.lines.clone();
        let last = lines.len().saturating_sub(1);
        for (li, line) in lines.iter_mut().enumerate() {
            line.top = y;
            let mut row = (*template_row).clone();
            row.visuals = line_mesh(&laid, line, ppp);
            if let Some(mark) = mark {
                let (a, b) = (
                    mark.start.saturating_sub(start),
                    mark.end.saturating_sub(start),
                );
                recolor(&mut row.visuals.mesh, line, a, b, mark.color);
            }
            let vertices = row.visuals.mesh.vertices.len();
            row.glyphs = line
                .chars
                .clone()
                .zip(para.chars().skip(line.chars.start))
                .map(|(c, chr)| {
                    let (x, advance) = char_box(line, c);
                    let mut g = template_glyph;
                    g.chr = chr;
                    g.pos.x = x;
                    g.advance_width = advance;
                    // No glyph's colour changes with the selection: the
                    // vertices are not in character order.
                    g.first_vertex = u32::try_from(vertices).unwrap_or(u32::MAX);
                    g
                })
                .collect();
            let end_x =
                runs::caret_x(std::slice::from_ref(line), line.chars.end).map_or(0.0, |(_, x)| x);
            row.size = vec2(end_x, 0.0);
            bounds |= row.visuals.mesh_bounds.translate(vec2(0.0, y));
            rows.push(PlacedRow {
                pos: pos2(0.0, y),
                row: Arc::new(row),
                ends_with_newline: li == last && pi + 1 < texts.len(),
            });
            y += line.height;
        }
        let len = para.chars().count();
        paragraphs.push(EditParagraph {
            start,
            len,
            base: laid.base,
            lines,
        });
        start += len + 1;
    }
    galley.num_vertices = rows.iter().map(|r| r.visuals.mesh.vertices.len()).sum();
    galley.num_indices = rows.iter().map(|r| r.visuals.mesh.indices.len()).sum();
    galley.rows = rows;
    galley.rect = Rect::from_min_size(pos2(0.0, 0.0), vec2(width, y));
    galley.mesh_bounds = bounds;
    galley.elided = false;
    let layout = EditLayout {
        text: text.to_owned(),
        paragraphs,
    };
    Some((Arc::new(galley), layout))
}

/// The meshes of a line's pieces side by side in visual order, each at a
/// whole pixel so the glyphs stay crisp.
fn line_mesh(laid: &BidiParagraph, line: &Line, ppp: f32) -> RowVisuals {
    let mut mesh = Mesh::default();
    for run in &line.runs {
        let Some(g) = laid.piece_galley(run.piece) else {
            continue;
        };
        let x = (run.x * ppp).round() / ppp;
        for row in &g.rows {
            if row.visuals.mesh.is_empty() {
                continue;
            }
            let mut m = row.visuals.mesh.clone();
            m.translate(vec2(x + row.pos.x, row.pos.y));
            mesh.append(m);
        }
    }
    RowVisuals {
        mesh_bounds: mesh.calc_bounds(),
        glyph_index_start: 0,
        glyph_vertex_range: 0..mesh.vertices.len(),
        mesh,
    }
}

/// The letters of paragraph characters `start..end` on `line` in `color`:
/// each glyph's quad (four vertices, as egui adds them) whose middle lies
/// over one of them. The mesh is in visual order, not in characters'.
fn recolor(mesh: &mut Mesh, line: &Line, start: usize, end: usize, color: Color32) {
    let spans = runs::range_spans(std::slice::from_ref(line), start, end);
    if spans.is_empty() {
        return;
    }
    for quad in mesh.vertices.chunks_exact_mut(4) {
        let x = quad.iter().map(|v| v.pos.x).sum::<f32>() / 4.0;
        if spans.iter().any(|s| (s.x0..s.x1).contains(&x)) {
            quad.iter_mut().for_each(|v| v.color = color);
        }
    }
}

/// The caret's x before paragraph character `c` (its leading edge) and
/// the character's width.
fn char_box(line: &Line, c: usize) -> (f32, f32) {
    line.runs
        .iter()
        .find(|r| r.chars.contains(&c))
        .and_then(|r| {
            let i = c - r.chars.start;
            let (a, b) = (r.edges.get(i)?, r.edges.get(i + 1)?);
            Some((r.x + a, (b - a).abs()))
        })
        .unwrap_or((0.0, 0.0))
}
