//! Character boundaries inside a right-to-left piece from its shaped glyphs.
//! egui 0.37 returns an RTL run's glyphs in visual order, each carrying only
//! the first character of its cluster (and appends zero-width filler glyphs
//! after them), so the glyph list cannot be indexed by character: the
//! clusters are recovered by matching those characters against the text.

/// A glyph as laid out: the first character of its cluster, its left edge
/// and its advance, relative to the piece's left.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GlyphBox {
    pub chr: char,
    pub x: f32,
    pub width: f32,
}

/// The x of every logical boundary `0..=chars.len()` of a right-to-left
/// piece `width` wide, from its glyphs in visual order. Characters that
/// share a cluster (a lam-alef ligature) split its width evenly. When the
/// glyphs do not match the text, the width is split evenly over the
/// characters instead, so a caret is never far off.
pub fn rtl_edges(chars: &[char], glyphs: &[GlyphBox], width: f32) -> Vec<f32> {
    let mut edges = clusters(chars, glyphs)
        .map(|c| edges_from_clusters(&c, chars.len()))
        .filter(|e| e.windows(2).all(|w| w[0] >= w[1] - 0.01))
        .unwrap_or_else(|| even(chars.len(), width));
    // The piece spans exactly its width: glyph positions are rounded to
    // pixels, and neighbouring runs' highlights must meet without a seam.
    if let Some(first) = edges.first_mut() {
        *first = width;
    }
    if let Some(last) = edges.last_mut() {
        *last = 0.0;
    }
    edges
}

fn even(n: usize, width: f32) -> Vec<f32> {
    (0..=n)
        .map(|i| width * (1.0 - i as f32 / n.max(1) as f32))
        .collect()
}

/// Clusters in logical order: first character, left and right edge.
fn clusters(chars: &[char], glyphs: &[GlyphBox]) -> Option<Vec<(usize, f32, f32)>> {
    let mut out: Vec<(usize, f32, f32)> = Vec::new();
    // Zero-width glyphs (marks, egui's fillers) never start a cluster of their own.
    for g in glyphs.iter().rev().filter(|g| g.width > 0.0) {
        let right = g.x + g.width;
        let from = out.last().map_or(0, |l| l.0 + 1);
        let next = chars
            .get(from..)
            .and_then(|rest| rest.iter().position(|&c| c == g.chr));
        match (next, out.last_mut()) {
            (Some(i), _) => out.push((from + i, g.x, right)),
            // A second glyph of the same cluster.
            (None, Some(last)) if chars.get(last.0) == Some(&g.chr) => {
                last.1 = last.1.min(g.x);
                last.2 = last.2.max(right);
            }
            _ => return None,
        }
    }
    (!out.is_empty()).then_some(out)
}

fn edges_from_clusters(clusters: &[(usize, f32, f32)], n: usize) -> Vec<f32> {
    let mut edges = vec![0.0; n + 1];
    for (k, &(start, left, right)) in clusters.iter().enumerate() {
        let end = clusters.get(k + 1).map_or(n, |c| c.0);
        // Characters before the first cluster drew nothing: they sit at its right edge.
        let from = if k == 0 { 0 } else { start };
        let len = (end - start).max(1) as f32;
        for (i, e) in edges.iter_mut().enumerate().take(end).skip(from) {
            let into = i.saturating_sub(start) as f32;
            *e = right - (right - left) * into / len;
        }
        if end == n {
            edges[n] = left;
        }
    }
    edges
}
