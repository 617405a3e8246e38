//! Cutting the article into pieces for highlighting. Claims may nest, overlap
//! and cross paragraph breaks, which nested tags cannot express; instead the
//! text is cut at every span boundary and every newline, and each piece knows
//! which claims cover it and which claims begin there.

use crate::model::text::TextIndex;

/// A run of one paragraph's text covered by the same set of claims.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Piece<'t> {
    pub text: &'t str,
    /// Claims (indices into the caller's spans) whose number goes before this piece.
    pub starts: Vec<usize>,
    /// Claims covering this piece, the longest (outermost) first.
    pub covering: Vec<usize>,
}

/// The non-empty paragraphs of `text`, each as pieces. `spans` are character
/// ranges (end exclusive) and may be out of order or out of range: they are clamped.
/// Every span's number is placed exactly once, before the first text at or after its start.
pub(crate) fn paragraphs<'t>(text: &'t str, spans: &[(usize, usize)]) -> Vec<Vec<Piece<'t>>> {
    let index = TextIndex::new(text);
    let total = index.total_chars();
    let spans: Vec<(usize, usize)> = spans
        .iter()
        .map(|&(s, e)| (s.min(total), e.min(total).max(s.min(total))))
        .collect();
    let mut by_start: Vec<usize> = (0..spans.len()).collect();
    by_start.sort_by_key(|&i| (spans[i].0, std::cmp::Reverse(spans[i].1), i));

    let mut out = Vec::new();
    let (mut next, mut next_marker) = (0, 0);
    let mut active: Vec<usize> = Vec::new();
    for p in index.paragraphs() {
        while next < by_start.len() && spans[by_start[next]].0 < p.char_end {
            active.push(by_start[next]);
            next += 1;
        }
        active.retain(|&i| spans[i].1 > p.char_start);
        let mut pieces = Vec::new();
        let para = &text[p.byte_start..p.byte_end];
        let points = cuts(p.char_start, p.char_end, &active, &spans);
        let bytes = byte_offsets(para, p.char_start, &points);
        for (w, (a, b)) in points.windows(2).map(|w| (w[0], w[1])).enumerate() {
            let text = &para[bytes[w]..bytes[w + 1]];
            let mut starts = Vec::new();
            while next_marker < by_start.len() && spans[by_start[next_marker]].0 <= a {
                starts.push(by_start[next_marker]);
                next_marker += 1;
            }
            let mut covering: Vec<usize> = active
                .iter()
                .copied()
                .filter(|&i| spans[i].0 <= a && spans[i].1 >= b)
                .collect();
            covering.sort_by_key(|&i| (std::cmp::Reverse(spans[i].1 - spans[i].0), i));
            pieces.push(Piece {
                text,
                starts,
                covering,
            });
        }
        if !pieces.is_empty() {
            out.push(pieces);
        }
    }
    place_leftover_markers(&mut out, &by_start[next_marker..]);
    out
}

/// The paragraph's bounds and every boundary of the active spans inside it, sorted.
fn cuts(start: usize, end: usize, active: &[usize], spans: &[(usize, usize)]) -> Vec<usize> {
    let mut points = vec![start, end];
    for &i in active {
        let (s, e) = spans[i];
        points.extend([s, e].into_iter().filter(|&c| start < c && c < end));
    }
    points.sort_unstable();
    points.dedup();
    points
}

/// Byte offsets in `para` of the sorted character offsets `points`, in one
/// walk: a paragraph can be megabytes long and have hundreds of cuts.
fn byte_offsets(para: &str, char_start: usize, points: &[usize]) -> Vec<usize> {
    let mut bytes = para.char_indices().map(|(b, _)| b).chain([para.len()]);
    let mut next_char = 0;
    points
        .iter()
        .map(|&c| {
            let rel = c - char_start;
            let b = bytes.nth(rel - next_char).unwrap_or(para.len());
            next_char = rel + 1;
            b
        })
        .collect()
}

/// Spans that start after the last character (empty ones at the very end)
/// still get their number, in a final empty piece.
fn place_leftover_markers(out: &mut Vec<Vec<Piece<'_>>>, leftover: &[usize]) {
    if leftover.is_empty() {
        return;
    }
    let piece = Piece {
        text: "",
        starts: leftover.to_vec(),
        covering: Vec::new(),
    };
    match out.last_mut() {
        Some(last) => last.push(piece),
        None => out.push(vec![piece]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat<'t>(paras: &[Vec<Piece<'t>>]) -> Vec<(&'t str, Vec<usize>, Vec<usize>)> {
        paras
            .iter()
            .flatten()
            .map(|p| (p.text, p.starts.clone(), p.covering.clone()))
            .collect()
    }

    #[test]
    fn overlapping_and_nested_spans_split_the_text() {
        // "abcdefgh": claim 0 = bcdef, claim 1 = defgh (overlap), claim 2 = d (nested in both).
        let paras = paragraphs("abcdefgh", &[(1, 6), (3, 8), (3, 4)]);
        assert_eq!(
            flat(&paras),
            vec![
                ("a", vec![], vec![]),
                ("bc", vec![0], vec![0]),
                ("d", vec![1, 2], vec![0, 1, 2]),
                ("ef", vec![], vec![0, 1]),
                ("gh", vec![], vec![1]),
            ]
        );
    }

    #[test]
    fn a_span_across_a_newline_is_cut_into_both_paragraphs() {
        let paras = paragraphs("one two\n\nthree é😀", &[(4, 14)]);
        assert_eq!(paras.len(), 2, "the empty paragraph is dropped");
        assert_eq!(
            flat(&paras),
            vec![
                ("one ", vec![], vec![]),
                ("two", vec![0], vec![0]),
                ("three", vec![], vec![0]),
                (" é😀", vec![], vec![]),
            ]
        );
    }

    #[test]
    fn every_marker_is_placed_once_even_for_odd_spans() {
        // Empty span mid-text, span starting at a newline, empty span at the end, out of range.
        let text = "ab\ncd";
        let paras = paragraphs(text, &[(1, 1), (2, 4), (5, 5), (9, 12)]);
        let mut placed: Vec<usize> = paras
            .iter()
            .flatten()
            .flat_map(|p| p.starts.clone())
            .collect();
        placed.sort_unstable();
        assert_eq!(placed, vec![0, 1, 2, 3]);
        let joined: String = paras.iter().flatten().map(|p| p.text).collect();
        assert_eq!(joined, "abcd");
    }
}
