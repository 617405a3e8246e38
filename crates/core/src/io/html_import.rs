//! Saved web pages: the readable article is found by dom_smoothie (a port of
//! Mozilla's Readability, what Firefox's reader view uses), so navigation,
//! ads, comments, scripts and styles are left out the way readers expect.
//! Nothing in the page is run or fetched: it is parsed as a document only.

use dom_smoothie::{Config, Readability, TextMode};

use super::article_file::{ImportError, article_from_text};
use super::html_fallback::{ShortExtraction, second_look};
use super::html_meta::{iso_date, page_meta};
use crate::i18n::Message;
use crate::model::{Article, ArticleMeta, is_web_url};

/// Pages with more elements than this are refused rather than scored for minutes.
const MAX_ELEMENTS: usize = 400_000;

/// Containers that declare themselves ads. Readability keeps a short
/// sibling paragraph that ends in a full stop ("ADVERTISEMENT: … offers."),
/// so these are removed first, the way an ad blocker's element rules do.
/// Only explicit ad names: a broader pattern would eat "header" or "shadow".
const AD_SELECTORS: &str = ".ad, .ads, .advert, .advertisement, .ad-slot, .ad-container, \
    .ad-wrapper, .adsbygoogle, .sponsored, [id^=\"ad-\"], [id^=\"google_ads\"], \
    [data-ad-slot], [aria-label=\"Advertisement\"]";

/// A page's article, and the page's whole text when the article kept little of it.
pub struct HtmlArticle {
    pub article: Article,
    pub short: Option<ShortExtraction>,
    /// The reader view's own text, one paragraph per line, when the second look extended it.
    pub reader_text: Option<String>,
}

/// Extracts the article of an HTML page (already decoded to text): one
/// paragraph per line, entities decoded, with the metadata the page carries.
/// An extraction that keeps a small part of the page gets a second look
/// (`html_fallback.rs`).
pub fn article_from_html(html: &str, notes: &mut Vec<Message>) -> Result<HtmlArticle, ImportError> {
    // The reader view's work grows with the square of the nesting depth: a
    // page nested thousands deep would take minutes. Real pages stay far below.
    let depth = nesting_depth(html);
    if depth > MAX_NESTING {
        return Err(ImportError::NoArticle(format!(
            "its elements are nested {depth} deep; ClaimDesk reads pages nested up to {MAX_NESTING} deep"
        )));
    }
    let doc = dom_query::Document::from(html);
    // Read before Readability runs: it removes scripts (JSON-LD among them) as it goes.
    let page = page_meta(&doc);
    remove_ads(&doc);
    // Readability changes the document it reads: the second look gets a copy
    // (a deep copy of the node arena, cheaper than parsing again).
    let plain = doc.clone();
    let config = Config {
        text_mode: TextMode::Formatted,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let mut readability = Readability::with_document(doc, None, Some(config))
        .map_err(|e| ImportError::NoArticle(e.to_string()))?;
    let extracted = readability
        .parse()
        .map_err(|e| ImportError::NoArticle(e.to_string()))?;

    let look = second_look(
        &plain,
        paragraphs(&extracted.text_content),
        paragraphs,
        notes,
    );
    if look.text.is_empty() {
        return Err(ImportError::NoArticle(
            "Readability found no text in it".to_owned(),
        ));
    }
    let text_article = article_from_text(&look.text)?;
    let short = look.short.and_then(|mut short| {
        short.other_text = article_from_text(&short.other_text).ok()?.text;
        Some(short)
    });

    let nonempty = |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    let title = nonempty(Some(extracted.title.clone())).or(page.title);
    let author = page
        .author
        .or_else(|| nonempty(extracted.byline.as_deref().map(strip_by)));
    let outlet = nonempty(extracted.site_name.clone()).or(page.outlet);
    let date = page
        .date_published
        .or_else(|| extracted.published_time.as_deref().and_then(iso_date));
    let url = page
        .url
        .or_else(|| extracted.url.clone().filter(|u| is_web_url(u)));
    if date.is_none() {
        notes.push(Message::new("note-no-date"));
    }
    let meta = ArticleMeta {
        title: title.unwrap_or_default(),
        outlet: outlet.unwrap_or_default(),
        author: author.unwrap_or_default(),
        url: url.unwrap_or_default(),
        date_published: date.unwrap_or_default(),
        date_retrieved: String::new(),
    };
    let reader_text = look
        .reader_text
        .and_then(|t| article_from_text(&t).ok())
        .map(|a| a.text);
    Ok(HtmlArticle {
        article: Article::new(meta, text_article.text),
        short,
        reader_text,
    })
}

fn remove_ads(doc: &dom_query::Document) {
    if let Some(ads) = doc.try_select(AD_SELECTORS) {
        ads.remove();
    }
}

/// Readability's formatted text as one paragraph per line: blank lines
/// collapsed, runs of spaces and tabs made single, lines trimmed.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut collapsed = String::with_capacity(line.len());
        for word in line.split([' ', '\t']).filter(|w| !w.is_empty()) {
            if !collapsed.is_empty() {
                collapsed.push(' ');
            }
            collapsed.push_str(word);
        }
        if !collapsed.is_empty() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&collapsed);
        }
    }
    out
}

/// "By Jane Doe" is a byline; the author is "Jane Doe".
fn strip_by(byline: &str) -> String {
    let b = byline.trim();
    let lower = b.get(..3).map(str::to_ascii_lowercase);
    match lower.as_deref() {
        Some("by ") => b[3..].trim().to_owned(),
        _ => b.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatted_text_becomes_one_paragraph_per_line() {
        assert_eq!(
            paragraphs("  First  para\tgraph. \n\n\n Second.\n \n"),
            "First para graph.\nSecond."
        );
    }

    #[test]
    fn bylines_lose_their_by() {
        assert_eq!(strip_by("By Jane Doe"), "Jane Doe");
        assert_eq!(strip_by("Bylines Inc"), "Bylines Inc");
    }
}

/// The deepest nesting a page may have for the reader view (real news pages
/// stay under a hundred).
pub const MAX_NESTING: usize = 512;

/// Elements that never hold others, and elements a sibling of the same kind
/// closes (`<p>a<p>b` are two paragraphs, not one inside the other): neither
/// makes the page deeper.
const FLAT: [&str; 24] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody",
];

/// How deep the page's elements nest, from a scan of its tags (no parsing:
/// this runs before the parser, on any input). Script and style contents are
/// skipped; unclosed tags count as open.
pub fn nesting_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest, mut i) = (0usize, 0usize, 0usize);
    while let Some(at) = memchr_lt(bytes, i) {
        i = at + 1;
        let closing = bytes.get(i) == Some(&b'/');
        let start = if closing { i + 1 } else { i };
        let name_len = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            continue;
        }
        let name = html[start..start + name_len].to_ascii_lowercase();
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(bytes.len(), |p| start + p);
        let self_closing = end > 0 && bytes.get(end - 1) == Some(&b'/');
        i = end;
        if FLAT.contains(&name.as_str()) || self_closing {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
            continue;
        }
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            i = find_ascii_ci(html, i, &close).unwrap_or(bytes.len());
            continue;
        }
        depth += 1;
        deepest = deepest.max(depth);
    }
    deepest
}

fn memchr_lt(bytes: &[u8], from: usize) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|&b| b == b'<')
        .map(|p| from + p)
}

/// Where `needle` (ASCII, lowercase) starts at or after `from`, ignoring case.
fn find_ascii_ci(hay: &str, from: usize, needle: &str) -> Option<usize> {
    let hay = hay.as_bytes();
    let needle = needle.as_bytes();
    (from..hay.len().saturating_sub(needle.len() - 1))
        .find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod depth_tests {
    use super::*;

    #[test]
    fn counts_nesting_not_siblings() {
        assert_eq!(
            nesting_depth("<html><body><div><p>a<p>b<br>c</div></body></html>"),
            3
        );
        assert_eq!(nesting_depth("<ul><li>a<li>b</ul>"), 1);
        assert_eq!(nesting_depth(&"<div>".repeat(600)), 600);
        assert_eq!(nesting_depth(&"<ul><li>x".repeat(700)), 700);
        assert_eq!(
            nesting_depth("<script>if (a<b && c<d) { x = '<div><div>'; }</script><div></div>"),
            1
        );
        assert_eq!(nesting_depth("<img src=x/><div/><a>x</a>"), 1);
        assert_eq!(nesting_depth("a < b and <"), 0);
    }

    #[test]
    fn a_deeply_nested_page_is_refused_with_the_reason() {
        let page = format!("<html><body>{}text</body></html>", "<div>".repeat(20_000));
        let err = article_from_html(&page, &mut Vec::new()).err();
        assert!(
            err.as_ref()
                .is_some_and(|e| e.to_string().contains("nested 20002 deep")),
            "{err:?}"
        );
    }
}
