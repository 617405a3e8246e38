//! From positioned lines of PDF pages to an article's paragraphs: columns read
//! one after the other, cells of a table row joined, running headers, footers
//! and page numbers left out, lines joined into paragraphs and de-hyphenated,
//! and every page's start kept as a [`Segment`]. Pure geometry, no PDF parsing
//! (that is `pdf_import.rs`), so it is tested on hand-made lines.

use crate::model::Segment;

/// One line of text as the page shows it; `y` is the baseline measured from
/// the top of the page, in points.
#[derive(Clone, Debug, PartialEq)]
pub struct PdfLine {
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
    pub size: f64,
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PdfPage {
    pub number: u32,
    pub width: f64,
    pub height: f64,
    pub lines: Vec<PdfLine>,
}

/// A line after layout: table rows are never joined to their neighbours.
#[derive(Clone, Debug)]
struct Placed {
    line: PdfLine,
    row: bool,
    /// Left and right edge of the column the line sits in.
    left: f64,
    right: f64,
}

/// What the top and bottom 9 % of a page may hold: running heads and feet.
const BAND: f64 = 0.09;

/// The article text and its page segments; also how many header/footer lines
/// were left out, for the import notes.
pub fn layout(pages: &[PdfPage]) -> (String, Vec<Segment>, usize) {
    let repeated = repeated_keys(pages);
    let mut dropped = 0;
    let mut text = String::new();
    let mut chars = 0usize;
    let mut segments = Vec::new();
    let mut prev: Option<Placed> = None;
    for page in pages {
        let kept: Vec<PdfLine> = page
            .lines
            .iter()
            .filter(|l| {
                let drop =
                    in_band(l, page) && (is_page_number(&l.text) || repeated.contains(&key(l)));
                dropped += usize::from(drop);
                !drop && !l.text.trim().is_empty()
            })
            .cloned()
            .collect();
        let placed = reading_order(kept, page.width);
        let spacing = line_spacing(&placed);
        let mut first_on_page = true;
        for line in placed {
            let new_para = match &prev {
                None => true,
                Some(p) if first_on_page => !continues_across_pages(p, &line),
                Some(p) => breaks(p, &line, spacing),
            };
            if new_para {
                if !text.is_empty() {
                    text.push('\n');
                    chars += 1;
                }
            } else {
                match joint(&text, &line.line.text) {
                    Joint::Space => {
                        text.push(' ');
                        chars += 1;
                    }
                    Joint::Dehyphenate => {
                        text.pop();
                        chars -= 1;
                    }
                    Joint::Touch => {}
                }
            }
            if first_on_page {
                segments.push(Segment {
                    start_char: chars,
                    page: Some(page.number),
                    ..Segment::default()
                });
                first_on_page = false;
            }
            let t = line.line.text.trim();
            text.push_str(t);
            chars += t.chars().count();
            prev = Some(line);
        }
    }
    (text, segments, dropped)
}

/// The document's title as its first page shows it: the first paragraph of
/// the laid-out `text` when it is short and set larger than the body, or,
/// in one size throughout, when it is short and reads as a heading (no
/// sentence's full stop, a capital, a few words). `None` when the first
/// paragraph is a sentence of the article.
pub fn title_from_first_line(pages: &[PdfPage], text: &str) -> Option<String> {
    let first = text.lines().next()?.trim();
    let words = first.split_whitespace().count();
    if first.is_empty() || words == 0 || !first.chars().any(char::is_alphabetic) {
        return None;
    }
    let repeated = repeated_keys(pages);
    let page = pages.iter().find(|p| !p.lines.is_empty())?;
    let kept: Vec<PdfLine> = page
        .lines
        .iter()
        .filter(|l| {
            !l.text.trim().is_empty()
                && !(in_band(l, page) && (is_page_number(&l.text) || repeated.contains(&key(l))))
        })
        .cloned()
        .collect();
    let top_size = reading_order(kept, page.width).first()?.line.size;
    let larger = top_size >= body_size(pages) * 1.15;
    let ends_sentence = first.ends_with(['.', ',', ';', ':']);
    let capital = first
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| c.is_uppercase() || !c.is_lowercase());
    let fits = |max_words: usize, max_chars: usize| {
        words <= max_words && first.chars().count() <= max_chars
    };
    let title = if larger {
        fits(30, 200)
    } else {
        fits(14, 110) && !ends_sentence && capital && !is_page_number(first)
    };
    title.then(|| first.to_owned())
}

/// The size most of the text is set in: the median over characters.
fn body_size(pages: &[PdfPage]) -> f64 {
    let mut sizes: Vec<(f64, usize)> = pages
        .iter()
        .flat_map(|p| &p.lines)
        .map(|l| (l.size, l.text.chars().count()))
        .collect();
    sizes.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total: usize = sizes.iter().map(|s| s.1).sum();
    let mut seen = 0;
    for (size, n) in &sizes {
        seen += n;
        if seen * 2 >= total {
            return *size;
        }
    }
    0.0
}

enum Joint {
    Space,
    /// "approxi-" + "mately": the hyphen only split the word.
    Dehyphenate,
    /// "Franco-" + "German": a hyphenated compound, kept without a space.
    Touch,
}

/// How a line goes on from the text before it.
fn joint(text: &str, next: &str) -> Joint {
    let next_lower = next
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    let mut tail = text.chars().rev();
    let (last, before) = (tail.next(), tail.next());
    let hyphen = matches!(last, Some('-' | '\u{ad}' | '\u{2010}'));
    match (
        hyphen && before.is_some_and(char::is_alphabetic),
        next_lower,
    ) {
        (true, true) => Joint::Dehyphenate,
        (true, false) => Joint::Touch,
        _ => Joint::Space,
    }
}

fn in_band(line: &PdfLine, page: &PdfPage) -> bool {
    page.height > 0.0 && (line.y < page.height * BAND || line.y > page.height * (1.0 - BAND))
}

/// "12", "Page 12", "- 12 -", "12 of 300", "iv": nothing but a page number.
fn is_page_number(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    let rest: String = t
        .replace("page", "")
        .replace("of", "")
        .chars()
        .filter(|c| !c.is_ascii_digit() && !" -–—|/.".contains(*c))
        .collect();
    let digits = t.chars().any(|c| c.is_ascii_digit());
    (digits && rest.is_empty())
        || (!t.is_empty() && t.len() <= 6 && t.chars().all(|c| "ivxlc".contains(c)))
}

/// A line's identity across pages: its text with digits blanked (page numbers
/// and dates change) and its size, so a title in the same words is not a header.
fn key(line: &PdfLine) -> String {
    let text: String = line
        .text
        .trim()
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect();
    format!("{}|{}", (line.size * 2.0).round(), text.to_lowercase())
}

/// Keys of header/footer-band lines found on at least two pages and at least
/// a third of them.
fn repeated_keys(pages: &[PdfPage]) -> std::collections::HashSet<String> {
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for page in pages {
        let mut seen = std::collections::HashSet::new();
        for l in page.lines.iter().filter(|l| in_band(l, page)) {
            if seen.insert(key(l)) {
                *counts.entry(key(l)).or_default() += 1;
            }
        }
    }
    let need = 2.max(pages.len().div_ceil(3));
    counts
        .into_iter()
        .filter(|(_, n)| *n >= need)
        .map(|(k, _)| k)
        .collect()
}

/// Lines in reading order: a two-column page is read left column, then
/// right, with lines spanning both (a title) where they stand; lines on one
/// baseline within a column (cells of a table row) become one row.
fn reading_order(lines: Vec<PdfLine>, width: f64) -> Vec<Placed> {
    let mid = width / 2.0;
    let slack = width * 0.02;
    let left: Vec<&PdfLine> = lines.iter().filter(|l| l.x1 <= mid + slack).collect();
    let right: Vec<&PdfLine> = lines.iter().filter(|l| l.x0 >= mid - slack).collect();
    let two_columns = width > 0.0 && left.len() >= 3 && right.len() >= 3;
    if !two_columns {
        return rows(lines);
    }
    let (mut cols_top, mut cols_bottom) = (f64::MAX, f64::MIN);
    for l in left.iter().chain(&right) {
        cols_top = cols_top.min(l.y);
        cols_bottom = cols_bottom.max(l.y);
    }
    let (mut above, mut lcol, mut rcol, mut below) = (vec![], vec![], vec![], vec![]);
    for l in lines {
        if l.x1 <= mid + slack {
            lcol.push(l);
        } else if l.x0 >= mid - slack {
            rcol.push(l);
        } else if l.y <= cols_top {
            above.push(l);
        } else if l.y >= cols_bottom {
            below.push(l);
        } else {
            // A spanning line amid the columns: keep it with the left one.
            lcol.push(l);
        }
    }
    [above, lcol, rcol, below]
        .into_iter()
        .flat_map(rows)
        .collect()
}

/// Sorts one column's lines top to bottom and joins the pieces on one
/// baseline (table cells) into one row, marked so it stays its own paragraph.
fn rows(mut lines: Vec<PdfLine>) -> Vec<Placed> {
    lines.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
    let mut out: Vec<Placed> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let mut group = vec![lines[i].clone()];
        let tol = lines[i].size.max(1.0) * 0.35;
        let mut j = i + 1;
        while j < lines.len() && (lines[j].y - lines[i].y).abs() <= tol {
            group.push(lines[j].clone());
            j += 1;
        }
        group.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let row = group.len() > 1;
        let mut merged = group[0].clone();
        for g in &group[1..] {
            merged.text = format!("{} | {}", merged.text.trim_end(), g.text.trim_start());
            merged.x1 = merged.x1.max(g.x1);
        }
        out.push(Placed {
            line: merged,
            row,
            left: 0.0,
            right: 0.0,
        });
        i = j;
    }
    // Column edges from the lines themselves: the left margin is where most
    // lines start, the right where the longest end.
    let mut starts: Vec<f64> = out.iter().map(|p| p.line.x0).collect();
    starts.sort_by(f64::total_cmp);
    let left = starts.get(starts.len() / 5).copied().unwrap_or(0.0);
    let right = out.iter().map(|p| p.line.x1).fold(f64::MIN, f64::max);
    for p in &mut out {
        p.left = left;
        p.right = right;
    }
    out
}

/// The usual distance between baselines on a page (the median).
fn line_spacing(lines: &[Placed]) -> f64 {
    let mut gaps: Vec<f64> = lines
        .windows(2)
        .map(|w| w[1].line.y - w[0].line.y)
        .filter(|g| *g > 0.0)
        .collect();
    if gaps.is_empty() {
        return 0.0;
    }
    gaps.sort_by(f64::total_cmp);
    gaps[gaps.len() / 2]
}

/// Whether `b` starts a new paragraph after `a` on the same page.
fn breaks(a: &Placed, b: &Placed, spacing: f64) -> bool {
    let size = a.line.size.max(1.0);
    let gap = b.line.y - a.line.y;
    let spacing = if spacing > 0.0 { spacing } else { size * 1.2 };
    if a.row || b.row || a.left != b.left {
        return true;
    }
    if gap < 0.0 || gap > spacing * 1.45 {
        return true;
    }
    if (a.line.size - b.line.size).abs() > 0.9 {
        return true;
    }
    if starts_item(&b.line.text) {
        return true;
    }
    // A first-line indent.
    if b.line.x0 > b.left + size * 0.8 && a.line.x0 <= a.left + size * 0.8 {
        return true;
    }
    ends_short(a, size)
}

/// The last line of a paragraph (or a heading) ends well before the margin.
fn ends_short(a: &Placed, size: f64) -> bool {
    let width = (a.right - a.left).max(1.0);
    let short = a.line.x1 < a.right - size * 3.0;
    let very_short = a.line.x1 - a.left < width * 0.5;
    let sentence_end = a
        .line
        .text
        .trim_end()
        .ends_with(['.', '?', '!', ':', '"', '”', '»', ')']);
    short && (sentence_end || very_short)
}

/// A page break in the middle of a paragraph: the last line ran to the margin
/// without ending a sentence, and the next page starts flush left.
fn continues_across_pages(a: &Placed, b: &Placed) -> bool {
    let size = a.line.size.max(1.0);
    !a.row
        && !b.row
        && (a.line.size - b.line.size).abs() <= 0.9
        && !a.line.text.trim_end().ends_with(['.', '?', '!', ':'])
        && !ends_short(a, size)
        && b.line.x0 <= b.left + size * 0.8
        && !starts_item(&b.line.text)
}

fn starts_item(text: &str) -> bool {
    let t = text.trim_start();
    t.starts_with(['•', '◦', '▪', '–', '·', '*'])
        || t.starts_with("- ")
        || t.split_once(['.', ')']).is_some_and(|(n, rest)| {
            !n.is_empty()
                && n.len() <= 3
                && n.chars().all(|c| c.is_ascii_digit())
                && rest.starts_with(' ')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(x0: f64, x1: f64, y: f64, text: &str) -> PdfLine {
        PdfLine {
            x0,
            x1,
            y,
            size: 10.0,
            text: text.into(),
        }
    }

    fn page(number: u32, lines: Vec<PdfLine>) -> PdfPage {
        PdfPage {
            number,
            width: 600.0,
            height: 800.0,
            lines,
        }
    }

    #[test]
    fn lines_join_into_paragraphs_and_hyphens_go() {
        let p = page(
            1,
            vec![
                line(
                    72.0,
                    520.0,
                    100.0,
                    "The harbour handled more cargo than ever be-",
                ),
                line(72.0, 520.0, 112.0, "fore, according to the twenty-"),
                line(72.0, 300.0, 124.0, "Seven ports."),
                line(
                    90.0,
                    520.0,
                    136.0,
                    "A new paragraph starts with an indent and",
                ),
                line(72.0, 200.0, 148.0, "ends here."),
            ],
        );
        let (text, segs, _) = layout(&[p]);
        assert_eq!(
            text,
            "The harbour handled more cargo than ever before, according to the twenty-Seven ports.\n\
             A new paragraph starts with an indent and ends here."
        );
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].page, Some(1));
    }

    #[test]
    fn running_heads_and_page_numbers_are_left_out_and_pages_kept() {
        let pages: Vec<PdfPage> = (1..=3)
            .map(|n| {
                page(
                    n,
                    vec![
                        line(72.0, 300.0, 40.0, "Annual Report 2025"),
                        line(
                            72.0,
                            520.0,
                            100.0,
                            &format!("Body of page {n} runs to the margin and"),
                        ),
                        line(72.0, 200.0, 112.0, "ends."),
                        line(280.0, 320.0, 780.0, &format!("Page {n}")),
                    ],
                )
            })
            .collect();
        let (text, segs, dropped) = layout(&pages);
        assert_eq!(dropped, 6);
        assert!(
            !text.contains("Annual Report") && !text.contains("Page"),
            "{text}"
        );
        assert_eq!(
            segs.iter().map(|s| s.page).collect::<Vec<_>>(),
            [Some(1), Some(2), Some(3)]
        );
        let second = text.find("Body of page 2").unwrap();
        assert_eq!(segs[1].start_char, text[..second].chars().count());
    }

    #[test]
    fn two_columns_are_read_one_after_the_other() {
        let mut lines = vec![line(72.0, 520.0, 60.0, "Minutes of the committee")];
        for i in 0..4 {
            let y = 100.0 + 12.0 * f64::from(i);
            lines.push(line(320.0, 520.0, y, &format!("right {i}")));
            lines.push(line(72.0, 280.0, y, &format!("left {i}")));
        }
        let (text, _, _) = layout(&[page(1, lines)]);
        let order: Vec<usize> = ["Minutes", "left 0", "left 3", "right 0", "right 3"]
            .iter()
            .map(|w| text.find(w).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
    }

    #[test]
    fn table_cells_on_one_baseline_make_a_row() {
        let lines = vec![
            line(100.0, 150.0, 100.0, "Region"),
            line(100.0, 150.0, 112.0, "North"),
            line(200.0, 230.0, 100.0, "2024"),
            line(200.0, 230.0, 112.0, "6.1"),
        ];
        let (text, _, _) = layout(&[page(1, lines)]);
        assert_eq!(text, "Region | 2024\nNorth | 6.1");
    }

    #[test]
    fn page_numbers() {
        for yes in ["12", "Page 12", "- 12 -", "12 of 300", "iv", "Page 3 of 9"] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in ["Annual report", "12 ports", "Table 3"] {
            assert!(!is_page_number(no), "{no}");
        }
    }

    #[test]
    fn the_title_is_a_short_first_line_or_one_set_larger() {
        let body = |y: f64, t: &str| line(72.0, 520.0, y, t);
        let big = PdfLine {
            size: 18.0,
            ..line(
                150.0,
                450.0,
                100.0,
                "Port traffic hits a record as the eastern breakwater opens to shipping",
            )
        };
        let p = page(
            1,
            vec![
                big,
                body(140.0, "The harbour handled 4.2 million tonnes."),
                body(152.0, "It rose."),
            ],
        );
        let (text, _, _) = layout(std::slice::from_ref(&p));
        assert_eq!(
            title_from_first_line(&[p], &text).as_deref(),
            Some("Port traffic hits a record as the eastern breakwater opens to shipping")
        );
        // One size: a short line without a full stop is a title, a sentence is not.
        let p = page(
            1,
            vec![
                line(200.0, 400.0, 100.0, "Harbour Report 2025"),
                body(
                    140.0,
                    "The harbour handled 4.2 million tonnes of cargo in the",
                ),
                body(
                    152.0,
                    "year, an increase of twelve per cent on the year before",
                ),
                body(164.0, "and the highest since records began."),
            ],
        );
        let (text, _, _) = layout(std::slice::from_ref(&p));
        assert_eq!(
            title_from_first_line(&[p], &text).as_deref(),
            Some("Harbour Report 2025")
        );
        let p = page(
            1,
            vec![
                body(100.0, "The harbour handled 4.2 million tonnes."),
                body(140.0, "It rose."),
            ],
        );
        let (text, _, _) = layout(std::slice::from_ref(&p));
        assert_eq!(title_from_first_line(&[p], &text), None);
        let p = page(1, vec![line(72.0, 90.0, 100.0, "12"), body(140.0, "Text.")]);
        let (text, _, _) = layout(std::slice::from_ref(&p));
        assert_eq!(title_from_first_line(&[p], &text), None);
    }
}
