//! The run table of a laid-out bidi paragraph: for each line, its runs in
//! visual order with their character range, position and the x of every
//! character boundary. Highlights, the caret and hit-testing read it, so a
//! range that crosses a change of direction gets several rectangles on one
//! line (as parley's and cosmic-text's selection geometry do).

use std::ops::Range;

use super::{Analysis, Direction, break_lines, visual_order};

/// A piece placed on a line.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// Which piece of the [`Analysis`] this is.
    pub piece: usize,
    /// Paragraph-local characters, logical order.
    pub chars: Range<usize>,
    /// Left edge, relative to the paragraph's left.
    pub x: f32,
    pub width: f32,
    pub rtl: bool,
    /// x of each boundary `chars.start..=chars.end`, relative to `x`:
    /// increasing for a left-to-right run, decreasing for a right-to-left one.
    pub edges: Vec<f32>,
}

impl Run {
    fn edge(&self, c: usize) -> f32 {
        let i = c.saturating_sub(self.chars.start);
        self.x + self.edges.get(i).copied().unwrap_or(0.0)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Runs left to right.
    pub runs: Vec<Run>,
    /// Paragraph-local characters of the line, logical order.
    pub chars: Range<usize>,
    pub top: f32,
    pub height: f32,
}

/// A horizontal stretch of one line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    pub line: usize,
    pub x0: f32,
    pub x1: f32,
}

/// The measured width and boundary edges of every piece (see [`Run::edges`]).
pub struct Measure {
    pub width: f32,
    pub edges: Vec<f32>,
}

/// Breaks the paragraph into lines of at most `max_width` and places the
/// runs of each line in visual order; a right-to-left paragraph's lines are
/// right-aligned to `max_width`.
pub fn place(
    analysis: &Analysis,
    measures: &[Measure],
    max_width: f32,
    line_height: f32,
) -> Vec<Line> {
    let pieces = &analysis.pieces;
    let widths: Vec<f32> = measures.iter().map(|m| m.width).collect();
    let mut lines = Vec::new();
    for (n, range) in break_lines(pieces, &widths, max_width)
        .into_iter()
        .enumerate()
    {
        let chars = match (pieces.get(range.start), range.end.checked_sub(1)) {
            (Some(first), Some(last)) if range.start < range.end => {
                first.chars.start..pieces[last].chars.end
            }
            _ => 0..0,
        };
        let total: f32 = widths[range.clone()].iter().sum();
        // Trailing whitespace sits at the visual end (rule L1): for a
        // right-to-left line that is its left, where it may hang past the edge.
        let mut x = match analysis.base {
            Direction::Ltr => 0.0,
            Direction::Rtl => max_width - total,
        };
        let runs = visual_order(pieces, range, analysis.base_level())
            .into_iter()
            .map(|i| {
                let p = &pieces[i];
                let m = &measures[i];
                let run = Run {
                    piece: i,
                    chars: p.chars.clone(),
                    x,
                    width: m.width,
                    rtl: p.rtl(),
                    edges: m.edges.clone(),
                };
                x += m.width;
                run
            })
            .collect();
        lines.push(Line {
            runs,
            chars,
            top: n as f32 * line_height,
            height: line_height,
        });
    }
    lines
}

/// The spans covering characters `start..end`: per line, one per stretch of
/// runs that touch, so a range crossing a direction change can give several.
pub fn range_spans(lines: &[Line], start: usize, end: usize) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        for run in &line.runs {
            let (s, e) = (start.max(run.chars.start), end.min(run.chars.end));
            if s >= e {
                continue;
            }
            let (a, b) = (run.edge(s), run.edge(e));
            let (x0, x1) = (a.min(b), a.max(b));
            match spans.last_mut() {
                Some(last) if last.line == li && (last.x1 - x0).abs() < 1.0 => last.x1 = x1,
                _ => spans.push(Span { line: li, x0, x1 }),
            }
        }
    }
    spans
}

/// The line a boundary `c` sits on: the one holding character `c`, or the
/// last line for the paragraph's end.
pub fn line_of(lines: &[Line], c: usize) -> usize {
    lines
        .iter()
        .position(|l| l.chars.start <= c && c < l.chars.end)
        .unwrap_or(lines.len().saturating_sub(1))
}

/// Where the caret for boundary `c` goes: the leading edge of character `c`
/// in its run, or the trailing edge of the one before it at a line's end.
pub fn caret_x(lines: &[Line], c: usize) -> Option<(usize, f32)> {
    let li = line_of(lines, c);
    let line = lines.get(li)?;
    if let Some(run) = line.runs.iter().find(|r| r.chars.contains(&c)) {
        return Some((li, run.edge(c)));
    }
    if let Some(run) = line
        .runs
        .iter()
        .find(|r| c > 0 && r.chars.contains(&(c - 1)))
    {
        return Some((li, run.edge(c)));
    }
    let x = line.runs.first().map_or(0.0, |r| r.x);
    Some((li, x))
}

/// The line at a paragraph-local `y`, clamped to the paragraph.
pub fn line_at(lines: &[Line], y: f32) -> usize {
    lines
        .iter()
        .position(|l| y < l.top + l.height)
        .unwrap_or(lines.len().saturating_sub(1))
}

/// The run under `x` on a line, or the nearest one.
fn run_at(line: &Line, x: f32) -> Option<&Run> {
    line.runs
        .iter()
        .find(|r| x >= r.x && x < r.x + r.width)
        .or_else(|| {
            line.runs.iter().min_by(|a, b| {
                let da = (a.x - x).abs().min((a.x + a.width - x).abs());
                let db = (b.x - x).abs().min((b.x + b.width - x).abs());
                da.total_cmp(&db)
            })
        })
}

/// The character boundary nearest to `x` on line `li`.
pub fn boundary_at(lines: &[Line], li: usize, x: f32) -> usize {
    let Some(line) = lines.get(li) else { return 0 };
    let Some(run) = run_at(line, x) else {
        return line.chars.start;
    };
    let best = (run.chars.start..=run.chars.end)
        .min_by(|&a, &b| (run.edge(a) - x).abs().total_cmp(&(run.edge(b) - x).abs()));
    best.unwrap_or(run.chars.start)
}

/// The character whose glyphs cover `x` on line `li`, if any.
pub fn char_at(lines: &[Line], li: usize, x: f32) -> Option<usize> {
    let line = lines.get(li)?;
    let run = line.runs.iter().find(|r| x >= r.x && x < r.x + r.width)?;
    run.chars.clone().find(|&c| {
        let (a, b) = (run.edge(c), run.edge(c + 1));
        x >= a.min(b) && x < a.max(b)
    })
}

/// The boundary one step left (or right, `rightward`) of boundary `c` as
/// the eye sees it, as native editors move the caret with the arrow keys:
/// the line's boundaries ordered by where their caret is drawn. `None` at
/// the line's visual end, where the caller moves to the next line.
pub fn visual_step(lines: &[Line], c: usize, rightward: bool) -> Option<usize> {
    let li = line_of(lines, c);
    let line = lines.get(li)?;
    // A wrapped line's end boundary is drawn at the start of the next line.
    let end = if li + 1 == lines.len() {
        line.chars.end
    } else {
        line.chars.end.saturating_sub(1)
    };
    let mut stops: Vec<(usize, f32)> = (line.chars.start..=end.max(line.chars.start))
        .filter_map(|b| caret_x(lines, b).map(|(_, x)| (b, x)))
        .collect();
    stops.sort_by(|a, b| a.1.total_cmp(&b.1));
    let at = stops.iter().position(|&(b, _)| b == c)?;
    let next = if rightward {
        at.checked_add(1)?
    } else {
        at.checked_sub(1)?
    };
    stops.get(next).map(|&(b, _)| b)
}
