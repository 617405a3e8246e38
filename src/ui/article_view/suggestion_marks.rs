//! The Suggestions panel's sentences, drawn in the article as a faint
//! dotted underline (not a claim colour) while the panel is open. Only the
//! paragraphs on screen are looked at, each by binary search, so the cost
//! follows what is visible, not how many suggestions there are.

use eframe::egui::{Color32, CornerRadius, Painter, Shape, pos2};

use super::{Visible, local_range};
use crate::model::text::Paragraph;

const DOT: Color32 = Color32::from_rgb(0x4a, 0x6f, 0xa5);

/// Character ranges of the suggested sentences, sorted and not overlapping,
/// and the one the panel has selected.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SuggestionMarks {
    pub ranges: Vec<(usize, usize)>,
    pub current: Option<(usize, usize)>,
}

impl SuggestionMarks {
    /// The ranges that touch `start..end`.
    pub fn within(&self, start: usize, end: usize) -> &[(usize, usize)] {
        let from = self.ranges.partition_point(|r| r.1 <= start);
        let to = from + self.ranges[from..].partition_point(|r| r.0 < end);
        &self.ranges[from..to]
    }
}

pub(super) fn paint(painter: &Painter, marks: &SuggestionMarks, v: &Visible, para: Paragraph) {
    for &(s, e) in marks.within(para.char_start, para.char_end.max(para.char_start + 1)) {
        let current = marks.current == Some((s, e));
        let (ls, le) = local_range(para, s, e);
        for rect in v.laid.range_rects(ls, le) {
            let rect = rect.translate(v.pos.to_vec2());
            if current {
                painter.rect_filled(rect, CornerRadius::same(2), DOT.gamma_multiply(0.10));
            }
            let y = rect.bottom() + 0.5;
            let (alpha, radius) = if current { (0.9, 1.1) } else { (0.55, 0.8) };
            painter.extend(Shape::dotted_line(
                &[pos2(rect.left(), y), pos2(rect.right(), y)],
                DOT.gamma_multiply(alpha),
                3.5,
                radius,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SuggestionMarks;

    #[test]
    fn within_finds_the_ranges_touching_a_paragraph() {
        let marks = SuggestionMarks {
            ranges: vec![(0, 10), (12, 20), (25, 40), (50, 60)],
            current: None,
        };
        assert_eq!(marks.within(15, 30), &[(12, 20), (25, 40)]);
        assert_eq!(marks.within(40, 50), &[] as &[(usize, usize)]);
        assert_eq!(marks.within(0, 100).len(), 4);
    }
}
