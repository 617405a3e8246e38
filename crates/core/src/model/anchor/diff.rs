//! Where each old character went: a diff of the old text against the new,
//! by paragraph first and then by character inside the paragraphs that
//! changed, so a 5 MB article with a few hundred corrections diffs in
//! milliseconds. The diff only proposes positions; the search checks the
//! quote there before trusting it.

use std::time::{Duration, Instant};

use similar::{Algorithm, DiffOp, capture_diff_slices_deadline};

/// Character diffs of changed paragraphs stop refining after this long in
/// all (a rewritten article is all one change, and the search takes over).
const CHAR_DIFF_BUDGET: Duration = Duration::from_millis(150);
/// Changed stretches longer than this (either side) are not diffed by
/// character: their claims are searched for instead.
const MAX_CHAR_DIFF: usize = 200_000;

/// A stretch of characters that is the same in both texts.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Run {
    old: usize,
    new: usize,
    len: usize,
}

/// Unchanged stretches of the old text and where they are in the new one.
pub(super) struct PositionMap {
    /// Sorted, not overlapping, not touching (touching runs are merged).
    runs: Vec<Run>,
}

impl PositionMap {
    /// Every character where it was: for searching a text in itself.
    pub fn identity(len: usize) -> Self {
        let mut map = Self { runs: Vec::new() };
        map.push(0, 0, len);
        map
    }

    /// `None` when `cancelled` said stop.
    pub fn new(old: &[char], new: &[char], cancelled: &dyn Fn() -> bool) -> Option<Self> {
        let mut map = Self { runs: Vec::new() };
        let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
        let max_suffix = old.len().min(new.len()) - prefix;
        let suffix = old
            .iter()
            .rev()
            .zip(new.iter().rev())
            .take(max_suffix)
            .take_while(|(a, b)| a == b)
            .count();
        map.push(0, 0, prefix);
        let (old_mid, new_mid) = (
            &old[prefix..old.len() - suffix],
            &new[prefix..new.len() - suffix],
        );
        let old_lines = lines(old_mid);
        let new_lines = lines(new_mid);
        // Paragraphs compared by a hash of their text: cheap to compare, and
        // a collision only proposes a place the search then checks.
        let old_hashes: Vec<u64> = old_lines
            .iter()
            .map(|&(s, e)| hash(&old_mid[s..e]))
            .collect();
        let new_hashes: Vec<u64> = new_lines
            .iter()
            .map(|&(s, e)| hash(&new_mid[s..e]))
            .collect();
        let ops = capture_diff_slices_deadline(Algorithm::Myers, &old_hashes, &new_hashes, None);
        // Changed stretches between unchanged paragraphs, diffed by character after.
        let mut gaps: Vec<(usize, usize, usize, usize)> = Vec::new();
        let (mut old_at, mut new_at) = (0, 0);
        let line_start =
            |lines: &[(usize, usize)], i: usize, len: usize| lines.get(i).map_or(len, |&(s, _)| s);
        for op in ops {
            if let DiffOp::Equal {
                old_index,
                new_index,
                len,
            } = op
            {
                let o = line_start(&old_lines, old_index, old_mid.len());
                let n = line_start(&new_lines, new_index, new_mid.len());
                let o_end = line_start(&old_lines, old_index + len, old_mid.len());
                if o > old_at || n > new_at {
                    gaps.push((old_at, o, new_at, n));
                }
                map.push(prefix + o, prefix + n, o_end - o);
                old_at = o_end;
                new_at = n + (o_end - o);
            }
        }
        if old_at < old_mid.len() || new_at < new_mid.len() {
            gaps.push((old_at, old_mid.len(), new_at, new_mid.len()));
        }
        let deadline = Instant::now() + CHAR_DIFF_BUDGET;
        let mut refined = Vec::new();
        for (os, oe, ns, ne) in gaps {
            if cancelled() {
                return None;
            }
            if os == oe || ns == ne || oe - os > MAX_CHAR_DIFF || ne - ns > MAX_CHAR_DIFF {
                continue;
            }
            let ops = capture_diff_slices_deadline(
                Algorithm::Myers,
                &old_mid[os..oe],
                &new_mid[ns..ne],
                Some(deadline.max(Instant::now() + Duration::from_millis(1))),
            );
            for op in ops {
                if let DiffOp::Equal {
                    old_index,
                    new_index,
                    len,
                } = op
                {
                    refined.push(Run {
                        old: prefix + os + old_index,
                        new: prefix + ns + new_index,
                        len,
                    });
                }
            }
        }
        let tail = Run {
            old: old.len() - suffix,
            new: new.len() - suffix,
            len: suffix,
        };
        let mut all = std::mem::take(&mut map.runs);
        all.extend(refined);
        all.push(tail);
        all.sort_unstable_by_key(|r| r.old);
        for r in all {
            map.push(r.old, r.new, r.len);
        }
        Some(map)
    }

    fn push(&mut self, old: usize, new: usize, len: usize) {
        if len == 0 {
            return;
        }
        if let Some(last) = self.runs.last_mut()
            && last.old + last.len == old
            && last.new + last.len == new
        {
            last.len += len;
            return;
        }
        self.runs.push(Run { old, new, len });
    }

    fn run_at(&self, at: usize) -> Option<&Run> {
        let i = self.runs.partition_point(|r| r.old + r.len <= at);
        self.runs.get(i).filter(|r| r.old <= at)
    }

    /// Where the old characters `start..end` (not empty) are in the new
    /// text, when they are there unchanged and together.
    pub fn range(&self, start: usize, end: usize) -> Option<usize> {
        let run = self.run_at(start)?;
        (end <= run.old + run.len).then(|| run.new + start - run.old)
    }

    /// Where the old position `at` most likely is in the new text: exact
    /// inside unchanged text, else just after the unchanged text before it.
    pub fn expected(&self, at: usize) -> usize {
        let i = self.runs.partition_point(|r| r.old + r.len <= at);
        match self.runs.get(i) {
            Some(r) if r.old <= at => r.new + at - r.old,
            _ => match i.checked_sub(1).map(|j| self.runs[j]) {
                Some(before) => {
                    let after = self.runs.get(i).map_or(usize::MAX, |r| r.new);
                    (before.new + before.len + at - (before.old + before.len)).min(after)
                }
                None => self.runs.get(i).map_or(at, |r| at.min(r.new)),
            },
        }
    }
}

/// FNV-1a over the characters.
fn hash(text: &[char]) -> u64 {
    text.iter().fold(0xcbf2_9ce4_8422_2325, |h, &c| {
        (h ^ u64::from(c)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Paragraphs as `(start, end)`, each with its line break.
fn lines(text: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in text.iter().enumerate() {
        if c == '\n' {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(old: &str, new: &str) -> PositionMap {
        let (o, n): (Vec<char>, Vec<char>) = (old.chars().collect(), new.chars().collect());
        PositionMap::new(&o, &n, &|| false).unwrap()
    }

    #[test]
    fn unchanged_text_keeps_its_place_around_edits() {
        let old = "One two three.\nFour five six.\nSeven eight.";
        let new = "One two three.\nFour FIVE six and more.\nNew line.\nSeven eight.";
        let m = map(old, new);
        assert_eq!(m.range(0, 14), Some(0));
        // "Four " is unchanged; "six." moved by the length of "FIVE".
        assert_eq!(m.range(15, 20), Some(15));
        let seven = old.find("Seven").unwrap();
        assert_eq!(m.range(seven, old.len()), Some(new.find("Seven").unwrap()));
        assert_eq!(m.range(20, 24), None, "five changed");
        assert_eq!(m.expected(seven), new.find("Seven").unwrap());
    }

    #[test]
    fn a_moved_paragraph_is_not_mapped_to_its_old_place() {
        let old = "Alpha one.\nBravo two.\nCharlie three.\nDelta four.";
        let new = "Alpha one.\nCharlie three.\nDelta four.\nBravo two.";
        let m = map(old, new);
        let bravo = old.find("Bravo").unwrap();
        let charlie = old.find("Charlie").unwrap();
        // One of the two moved paragraphs keeps its place; neither is
        // mapped somewhere that does not hold it.
        for (at, len) in [(bravo, 9), (charlie, 13)] {
            if let Some(n) = m.range(at, at + len) {
                assert_eq!(&new[n..n + len], &old[at..at + len]);
            }
        }
    }
}
