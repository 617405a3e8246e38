//! Saved web pages: the readable article is found by dom_smoothie (a port of
//! Mozilla's Readability, what Firefox's reader view uses), so navigation,
//! ads, comments, scripts and styles are left out the way readers expect.
//! Nothing in the page is run or fetched: it is parsed as a document only.

use dom_smoothie::{Config, Readability, TextMode};

use super::article_file::{ImportError, article_from_text};
use super::html_fallback::{ShortExtraction, second_look};
use super::html_meta::{iso_date, page_meta};
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
}

/// Extracts the article of an HTML page (already decoded to text): one
/// paragraph per line, entities decoded, with the metadata the page carries.
/// An extraction that keeps a small part of the page gets a second look
/// (`html_fallback.rs`).
pub fn article_from_html(html: &str, notes: &mut Vec<String>) -> Result<HtmlArticle, ImportError> {
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
        notes.push("No publication date found in the page".to_owned());
    }
    let meta = ArticleMeta {
        title: title.unwrap_or_default(),
        outlet: outlet.unwrap_or_default(),
        author: author.unwrap_or_default(),
        url: url.unwrap_or_default(),
        date_published: date.unwrap_or_default(),
        date_retrieved: String::new(),
    };
    Ok(HtmlArticle {
        article: Article::new(meta, text_article.text),
        short,
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
