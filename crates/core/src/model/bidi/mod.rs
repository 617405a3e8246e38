//! Right-to-left and mixed-direction text without egui: a paragraph's base
//! direction (from its first strong character, as browsers do for
//! `dir="auto"`), its split into pieces that are each shaped in one
//! direction, line breaking, the visual order of the pieces on a line
//! (Unicode bidi algorithm, `unicode-bidi`), and the run table that maps
//! character ranges to rectangles ([`runs`]).

mod clusters;
pub mod runs;

use std::ops::Range;

use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};

pub use clusters::{GlyphBox, rtl_edges};
pub use runs::{Line, Run, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

/// The direction of the first strong character, if there is one.
pub fn first_strong(text: &str) -> Option<Direction> {
    text.chars().find_map(|c| match bidi_class(c) {
        BidiClass::L => Some(Direction::Ltr),
        BidiClass::R | BidiClass::AL => Some(Direction::Rtl),
        _ => None,
    })
}

/// The direction a paragraph of `text` takes (rules P2 and P3): that of its
/// first strong letter outside isolates (FSI, LRI or RLI to their PDI), if
/// it has one. A message whose words are the language's and whose
/// placeables are isolated takes its language's direction so, not that of
/// an English title it starts with.
pub fn paragraph_direction(text: &str) -> Option<Direction> {
    let mut depth = 0_usize;
    text.chars().find_map(|c| match bidi_class(c) {
        BidiClass::FSI | BidiClass::LRI | BidiClass::RLI => {
            depth += 1;
            None
        }
        BidiClass::PDI => {
            depth = depth.saturating_sub(1);
            None
        }
        BidiClass::L if depth == 0 => Some(Direction::Ltr),
        BidiClass::R | BidiClass::AL if depth == 0 => Some(Direction::Rtl),
        _ => None,
    })
}

/// Whether the text starts right-to-left: such labels are right-aligned.
pub fn starts_rtl(text: &str) -> bool {
    first_strong(text) == Some(Direction::Rtl)
}

/// Whether laying the text out left to right in logical order could be
/// wrong: it holds right-to-left letters, Arabic digits or explicit
/// direction controls. Text without them takes the plain path.
pub fn needs_bidi(text: &str) -> bool {
    text.chars().any(|c| {
        // Every character that matters here lies above U+058F.
        c >= '\u{590}'
            && matches!(
                bidi_class(c),
                BidiClass::R
                    | BidiClass::AL
                    | BidiClass::AN
                    | BidiClass::RLE
                    | BidiClass::RLO
                    | BidiClass::RLI
                    | BidiClass::LRE
                    | BidiClass::LRO
                    | BidiClass::LRI
                    | BidiClass::FSI
            )
    })
}

/// The mirror image of a paired character, drawn in its place inside
/// right-to-left text (rule L4): an opening parenthesis or guillemet at the
/// right of an Arabic phrase opens it. Common pairs only, not all of
/// BidiMirroring.txt.
pub fn mirrored(c: char) -> Option<char> {
    const PAIRS: [(char, char); 13] = [
        ('(', ')'),
        ('[', ']'),
        ('{', '}'),
        ('<', '>'),
        ('«', '»'),
        ('‹', '›'),
        ('⁅', '⁆'),
        ('⁽', '⁾'),
        ('₍', '₎'),
        ('≤', '≥'),
        ('≪', '≫'),
        ('⟨', '⟩'),
        ('〈', '〉'),
    ];
    PAIRS.iter().find_map(|&(a, b)| {
        if c == a {
            Some(b)
        } else if c == b {
            Some(a)
        } else {
            None
        }
    })
}

/// The text to shape for a piece: a lone paired character at a
/// right-to-left level is drawn mirrored; everything else as it is.
pub fn display_text<'t>(text: &'t str, piece: &Piece) -> std::borrow::Cow<'t, str> {
    let s = text.get(piece.bytes.clone()).unwrap_or_default();
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if piece.rtl() => mirrored(c).map_or(s.into(), |m| m.to_string().into()),
        _ => s.into(),
    }
}

/// A stretch of a paragraph shaped as one unit in one direction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Characters of the paragraph, in logical order.
    pub chars: Range<usize>,
    pub bytes: Range<usize>,
    /// Bidi embedding level: odd is right to left.
    pub level: u8,
    /// Whitespace: a line may break after it, and at a line's end it takes
    /// the paragraph's level (rule L1).
    pub space: bool,
}

impl Piece {
    pub fn rtl(&self) -> bool {
        self.level % 2 == 1
    }
}

/// A paragraph cut into pieces, with its base direction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis {
    pub base: Direction,
    pub pieces: Vec<Piece>,
}

impl Analysis {
    pub fn base_level(&self) -> u8 {
        u8::from(self.base == Direction::Rtl)
    }
}

/// Runs the bidi algorithm over one paragraph (no newlines) and cuts it into
/// pieces: a piece never crosses a change of level or of whitespace, so
/// lines can break between pieces and each piece is shaped in one direction.
/// At a right-to-left level only letters and their marks stay together;
/// every other character (punctuation, symbols) is a piece of its own so
/// the visual order reverses it as the algorithm says.
pub fn analyse(text: &str) -> Analysis {
    let info = ParagraphBidiInfo::new(text, None);
    let base = if info.paragraph_level.is_rtl() {
        Direction::Rtl
    } else {
        Direction::Ltr
    };
    let mut pieces: Vec<Piece> = Vec::new();
    let mut open = false;
    for (ci, (b, c)) in text.char_indices().enumerate() {
        let level = info.levels.get(b).map_or(0, |l| l.number());
        let space = c.is_whitespace();
        let joins = space
            || level % 2 == 0
            || matches!(
                bidi_class(c),
                BidiClass::R | BidiClass::AL | BidiClass::NSM | BidiClass::BN
            );
        match pieces.last_mut() {
            Some(p) if open && joins && p.level == level && p.space == space => {
                p.chars.end = ci + 1;
                p.bytes.end = b + c.len_utf8();
            }
            _ => pieces.push(Piece {
                chars: ci..ci + 1,
                bytes: b..b + c.len_utf8(),
                level,
                space,
            }),
        }
        open = joins;
    }
    Analysis { base, pieces }
}

/// Greedy line breaking over pieces of the given widths: a line breaks only
/// after whitespace, trailing whitespace does not count against `max_width`,
/// and a word wider than a line gets a line of its own. Returns piece index
/// ranges; an empty paragraph has one empty line.
pub fn break_lines(pieces: &[Piece], widths: &[f32], max_width: f32) -> Vec<Range<usize>> {
    let n = pieces.len().min(widths.len());
    let mut lines = Vec::new();
    let (mut start, mut x, mut i) = (0, 0.0, 0);
    while i < n {
        let (mut j, mut word) = (i, 0.0);
        while j < n && !pieces[j].space {
            word += widths[j];
            j += 1;
        }
        let (mut k, mut gap) = (j, 0.0);
        while k < n && pieces[k].space {
            gap += widths[k];
            k += 1;
        }
        if i > start && x + word > max_width {
            lines.push(start..i);
            start = i;
            x = 0.0;
        }
        x += word + gap;
        i = k;
    }
    lines.push(start..n);
    lines
}

/// The pieces of one line in visual order, left to right (rules L1 and L2).
pub fn visual_order(pieces: &[Piece], line: Range<usize>, base_level: u8) -> Vec<usize> {
    let slice = &pieces[line.clone()];
    let trailing = slice.iter().rev().take_while(|p| p.space).count();
    let levels: Vec<Level> = slice
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let n = if i >= slice.len() - trailing {
                base_level
            } else {
                p.level
            };
            Level::new(n).unwrap_or_else(|_| Level::ltr())
        })
        .collect();
    ParagraphBidiInfo::reorder_visual(&levels)
        .into_iter()
        .map(|i| line.start + i)
        .collect()
}

/// One line of text rearranged so that a renderer that places words left to
/// right in the order given, but shapes each right-to-left word itself,
/// shows it in visual order: the words of right-to-left runs come reversed,
/// the letters of each word stay in logical order. For short labels that do
/// not wrap (claim list rows).
pub fn visual_words(text: &str) -> String {
    if !needs_bidi(text) {
        return text.to_owned();
    }
    let a = analyse(text);
    visual_order(&a.pieces, 0..a.pieces.len(), a.base_level())
        .into_iter()
        .map(|i| display_text(text, &a.pieces[i]))
        .collect()
}

#[cfg(test)]
mod tests;
