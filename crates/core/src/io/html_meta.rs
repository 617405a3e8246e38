//! Page metadata that Readability leaves out or reads only in part: the
//! canonical URL, JSON-LD in `@graph` form or with several types, and dates
//! written every way newsrooms write them. Read from the same parsed
//! document Readability then works on.

use dom_query::Document;
use serde_json::Value;

use super::byline::clean_byline;
use crate::model::{date::is_iso_date, is_web_url};

/// What the page's `<head>` and JSON-LD say about the article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub author: Option<String>,
    pub outlet: Option<String>,
    pub date_published: Option<String>,
    pub url: Option<String>,
}

/// `<meta>` names that carry the author, in the order they are trusted.
const AUTHOR_METAS: [&str; 7] = [
    "author",
    "article:author",
    "dc.creator",
    "byl",
    "parsely-author",
    "sailthru.author",
    "cXenseParse:author",
];

pub fn page_meta(doc: &Document) -> PageMeta {
    let (ld, ld_root) = match json_ld_article(doc) {
        Some((article, root)) => (Some(article), Some(root)),
        None => (None, None),
    };
    let ld_author = ld.as_ref().and_then(|a| {
        let resolve = |id: &str| ld_root.as_ref().and_then(|r| find_by_id(r, id, 0).cloned());
        names_of(a.get("author")?, &resolve)
    });
    let ld_str = |key: &str| ld.as_ref().and_then(|a| string_of(a.get(key)?));
    let url = first_attr(doc, "link[rel~=canonical]", "href")
        .or_else(|| meta_content(doc, &["og:url"]))
        .or_else(|| ld_str("url"))
        .or_else(|| ld_str("mainEntityOfPage"))
        .filter(|u| is_web_url(u));
    let date_published = ld_str("datePublished")
        .or_else(|| {
            meta_content(
                doc,
                &[
                    "article:published_time",
                    "datePublished",
                    "date",
                    "dc.date",
                    "dc.date.issued",
                    "dcterms.created",
                    "publish-date",
                    "parsely-pub-date",
                    "sailthru.date",
                ],
            )
        })
        .or_else(|| first_attr(doc, "[itemprop=datePublished]", "datetime"))
        .or_else(|| first_attr(doc, "[itemprop=datePublished]", "content"))
        .and_then(|d| iso_date(&d));
    // Each source is tried in turn; a profile URL where a name belongs is skipped.
    let author = ld_author
        .or_else(|| {
            AUTHOR_METAS
                .iter()
                .find_map(|key| meta_content(doc, &[key]).and_then(|a| clean_byline(&a)))
        })
        .or_else(|| byline_text(doc));
    let outlet = meta_content(doc, &["og:site_name"])
        .or_else(|| {
            let resolve = |id: &str| ld_root.as_ref().and_then(|r| find_by_id(r, id, 0).cloned());
            ld.as_ref()
                .and_then(|a| names_of(a.get("publisher")?, &resolve))
        })
        .or_else(|| meta_content(doc, &["application-name"]));
    let title = ld_str("headline").or_else(|| meta_content(doc, &["og:title"]));
    PageMeta {
        title,
        author,
        outlet,
        date_published,
        url,
    }
}

/// Elements that name the author in the page itself: a `rel=author` link,
/// schema.org microdata (its name as text or in a `<meta content>`), or the
/// byline classes news sites use.
const BYLINE_SELECTORS: [&str; 5] = [
    "a[rel~=author], [rel~=author]",
    "[itemprop=author] [itemprop=name]",
    "[itemprop=author]",
    ".byline__name, .byline__author, .author-name, .byline-name, .article-byline, .c-byline, \
     [data-testid*=byline], .byline, .author",
    "[class*=byline]",
];

/// The first short byline in the page, cleaned by [`clean_byline`].
fn byline_text(doc: &Document) -> Option<String> {
    BYLINE_SELECTORS.iter().find_map(|sel| {
        doc.try_select(sel)?.nodes().iter().find_map(|n| {
            let text = match n.attr("content") {
                Some(content) if n.has_name("meta") => content.to_string(),
                _ => n.text().to_string(),
            };
            clean_byline(&text)
        })
    })
}

fn first_attr(doc: &Document, selector: &str, attr: &str) -> Option<String> {
    doc.try_select(selector)?
        .nodes()
        .iter()
        .filter_map(|n| n.attr(attr))
        .map(|v| v.trim().to_owned())
        .find(|v| !v.is_empty())
}

/// The first non-empty `<meta>` whose `property`, `name` or `itemprop` is one
/// of `keys` (case-insensitive), trying the keys in order.
fn meta_content(doc: &Document, keys: &[&str]) -> Option<String> {
    let metas = doc.try_select("meta[content]")?;
    keys.iter().find_map(|key| {
        metas.nodes().iter().find_map(|node| {
            let named = ["property", "name", "itemprop"].iter().any(|a| {
                node.attr(a)
                    .is_some_and(|v| v.trim().eq_ignore_ascii_case(key))
            });
            let content = node.attr("content")?;
            let content = content.trim();
            (named && !content.is_empty()).then(|| content.to_owned())
        })
    })
}

const ARTICLE_TYPES: [&str; 7] = [
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BlogPosting",
    "Report",
];

/// The first schema.org article object in the page's JSON-LD blocks, looking
/// inside arrays and `@graph`, with the block it came from (to resolve an
/// author given by `@id`, as WordPress's Yoast writes it).
fn json_ld_article(doc: &Document) -> Option<(Value, Value)> {
    let scripts = doc.try_select("script[type=\"application/ld+json\"]")?;
    scripts.nodes().iter().find_map(|node| {
        let text = node.text();
        let text = text
            .trim()
            .trim_start_matches("<![CDATA[")
            .trim_end_matches("]]>");
        let value: Value = serde_json::from_str(text).ok()?;
        let article = find_article(&value, 0).cloned()?;
        Some((article, value))
    })
}

/// The object whose `@id` is `id`, anywhere in a JSON-LD block (bounded depth).
fn find_by_id<'a>(value: &'a Value, id: &str, depth: usize) -> Option<&'a Value> {
    if depth > 8 {
        return None;
    }
    match value {
        Value::Array(items) => items.iter().find_map(|v| find_by_id(v, id, depth + 1)),
        Value::Object(map) => {
            let named = map.get("name").is_some() || map.get("givenName").is_some();
            if named && map.get("@id").and_then(Value::as_str) == Some(id) {
                return Some(value);
            }
            map.values().find_map(|v| find_by_id(v, id, depth + 1))
        }
        _ => None,
    }
}

fn find_article(value: &Value, depth: usize) -> Option<&Value> {
    // JSON-LD from a page is outside data: bound the walk.
    if depth > 8 {
        return None;
    }
    match value {
        Value::Array(items) => items.iter().find_map(|v| find_article(v, depth + 1)),
        Value::Object(map) => {
            let is_article = match map.get("@type") {
                Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                Some(Value::Array(ts)) => ts
                    .iter()
                    .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                _ => false,
            };
            if is_article {
                Some(value)
            } else {
                map.get("@graph").and_then(|g| find_article(g, depth + 1))
            }
        }
        _ => None,
    }
}

/// A plain string, or the `@id`/`url` of an object (`mainEntityOfPage`).
fn string_of(value: &Value) -> Option<String> {
    let s = match value {
        Value::String(s) => s.as_str(),
        Value::Object(map) => map
            .get("@id")
            .or_else(|| map.get("url"))
            .and_then(Value::as_str)?,
        _ => return None,
    };
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

/// `"Name"`, `{"name": …}`, `{"givenName": …, "familyName": …}`, `{"@id": …}`
/// naming an object elsewhere in the block, or a list of these, joined with ", ".
fn names_of(value: &Value, resolve: &dyn Fn(&str) -> Option<Value>) -> Option<String> {
    let names: Vec<String> = match value {
        Value::Array(items) => items.iter().filter_map(|v| name_of(v, resolve)).collect(),
        other => name_of(other, resolve).into_iter().collect(),
    };
    (!names.is_empty()).then(|| names.join(", "))
}

fn name_of(value: &Value, resolve: &dyn Fn(&str) -> Option<Value>) -> Option<String> {
    let name = match value {
        Value::String(s) => s.trim().to_owned(),
        Value::Object(map) => match map.get("name") {
            Some(Value::String(s)) => s.trim().to_owned(),
            Some(Value::Array(parts)) => parts.first().and_then(Value::as_str)?.trim().to_owned(),
            _ => {
                let part = |k: &str| map.get(k).and_then(Value::as_str).map(str::trim);
                match (part("givenName"), part("familyName")) {
                    (Some(g), Some(f)) => format!("{g} {f}"),
                    (Some(one), None) | (None, Some(one)) => one.to_owned(),
                    (None, None) => {
                        let id = map.get("@id").and_then(Value::as_str)?;
                        let found = resolve(id)?;
                        // A resolved object is read once, without resolving further.
                        return name_of(&found, &|_| None);
                    }
                }
            }
        },
        _ => return None,
    };
    (!name.is_empty() && !is_web_url(&name)).then_some(name)
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A publication date as `YYYY-MM-DD`: ISO 8601 timestamps keep the date as
/// the publisher wrote it (no time-zone shift), and "28 Oct 2025",
/// "October 28, 2025" and "Tue, 28 Oct 2025 09:00:00 GMT" are read too.
pub fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    if let Some(head) = s.get(..10) {
        let head = head.replace('/', "-");
        if is_iso_date(&head) {
            return Some(head);
        }
    }
    if is_iso_date(s) {
        return Some(s.to_owned());
    }
    let words: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let month = words.iter().find_map(|w| {
        MONTHS
            .iter()
            .position(|m| w.len() >= 3 && w.starts_with(m))
            .map(|i| i + 1)
    })?;
    let year = words
        .iter()
        .find(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))?;
    let day: u32 = words
        .iter()
        .find(|w| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))?
        .parse()
        .ok()?;
    let date = format!("{year}-{month:02}-{day:02}");
    is_iso_date(&date).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_normalised() {
        assert_eq!(
            iso_date("2025-10-28T09:30:00+09:00").as_deref(),
            Some("2025-10-28")
        );
        assert_eq!(iso_date("2025/10/28").as_deref(), Some("2025-10-28"));
        assert_eq!(iso_date("2025-10").as_deref(), Some("2025-10"));
        assert_eq!(
            iso_date("Tue, 28 Oct 2025 09:00:00 GMT").as_deref(),
            Some("2025-10-28")
        );
        assert_eq!(iso_date("October 3, 2024").as_deref(), Some("2024-10-03"));
        assert_eq!(iso_date("yesterday"), None);
        assert_eq!(iso_date("31 Feb"), None);
    }

    #[test]
    fn json_ld_in_a_graph_is_found() {
        let html = r#"<html><head>
            <link rel="canonical" href="https://news.example/a/1">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Site"},
              {"@type":["NewsArticle"],"headline":"H","datePublished":"2024-05-06T07:00:00Z",
               "author":[{"@type":"Person","name":"A. One"},{"name":"B. Two"}],
               "publisher":{"@type":"Organization","name":"The Example"}}]}</script>
            </head><body></body></html>"#;
        let meta = page_meta(&Document::from(html));
        assert_eq!(meta.title.as_deref(), Some("H"));
        assert_eq!(meta.author.as_deref(), Some("A. One, B. Two"));
        assert_eq!(meta.outlet.as_deref(), Some("The Example"));
        assert_eq!(meta.date_published.as_deref(), Some("2024-05-06"));
        assert_eq!(meta.url.as_deref(), Some("https://news.example/a/1"));
    }

    #[test]
    fn bad_json_ld_and_scripted_urls_are_ignored() {
        let html = r#"<head><script type="application/ld+json">{not json</script>
            <meta property="og:url" content="javascript:alert(1)"></head>"#;
        assert_eq!(page_meta(&Document::from(html)), PageMeta::default());
    }
}
