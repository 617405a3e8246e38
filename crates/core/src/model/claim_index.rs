//! Which claims touch which paragraph, so a view asks for the claims of the
//! paragraphs on screen instead of scanning every claim each frame.

use super::{Claim, text::TextIndex};

/// For each paragraph, the indices (into `Project::claims`) of the claims
/// overlapping it, ordered by start. Rebuilt when the claims change.
#[derive(Clone, Debug, Default)]
pub struct ClaimIndex {
    by_paragraph: Vec<Vec<u32>>,
}

impl ClaimIndex {
    pub fn new(text: &TextIndex, claims: &[Claim]) -> Self {
        let paragraphs = text.paragraphs();
        let mut by_paragraph = vec![Vec::new(); paragraphs.len()];
        // Orphans have no place in the current text: they are listed, not highlighted.
        let mut order: Vec<usize> = (0..claims.len()).filter(|&i| !claims[i].orphaned).collect();
        order.sort_by_key(|&i| (claims[i].span.start, claims[i].span.end));
        for i in order {
            let span = &claims[i].span;
            let first = text.paragraph_of_char(span.start);
            let last = text.paragraph_of_char(span.end.saturating_sub(1).max(span.start));
            for bucket in by_paragraph.iter_mut().take(last + 1).skip(first) {
                bucket.push(i as u32);
            }
        }
        Self { by_paragraph }
    }

    pub fn claims_in_paragraph(&self, paragraph: usize) -> &[u32] {
        self.by_paragraph.get(paragraph).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimId, Span};

    fn claim(id: u64, start: usize, end: usize) -> Claim {
        Claim::new(
            ClaimId(id),
            Span {
                start,
                end,
                quote: String::new(),
            },
        )
    }

    #[test]
    fn claims_are_found_in_every_paragraph_they_touch() {
        let text = TextIndex::new("aaaa\nbbbb\ncccc");
        let claims = [
            claim(1, 0, 2),
            claim(2, 3, 7),
            claim(3, 10, 14),
            claim(4, 1, 3),
        ];
        let index = ClaimIndex::new(&text, &claims);
        assert_eq!(index.claims_in_paragraph(0), &[0, 3, 1]);
        assert_eq!(index.claims_in_paragraph(1), &[1]);
        assert_eq!(index.claims_in_paragraph(2), &[2]);
        assert_eq!(index.claims_in_paragraph(3), &[] as &[u32]);
    }
}
