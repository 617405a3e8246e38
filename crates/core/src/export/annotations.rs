//! W3C Web Annotations (reference.md §3): the claims as an
//! AnnotationCollection that annotation tools can re-anchor on the article.

use serde_json::{Value, json};

use super::report::{CitedSource, NumberedClaim, Report, non_empty, web_url, without_fragment};
use super::{ExportError, UtcTime};
use crate::model::date::is_iso_date;
use crate::model::text::TextIndex;
use crate::model::{Project, sha256_hex};

/// Context chars stored beside a quote, as Hypothesis does, for re-anchoring.
const CONTEXT_CHARS: usize = 32;

pub(crate) fn render(project: &Project, at: UtcTime) -> Result<String, ExportError> {
    Ok(serde_json::to_string_pretty(&collection(project, at))?)
}

fn collection(project: &Project, at: UtcTime) -> Value {
    let report = Report::new(project, crate::i18n::Lang::En);
    let ids = Ids::new(project);
    let article = Article::new(project);
    let mut items: Vec<Value> = report
        .claims
        .iter()
        .map(|c| annotation(&report, &ids, &article, c, at))
        .collect();
    items.extend(
        report
            .claims
            .iter()
            .flat_map(|c| excerpt_annotations(&ids, c, at)),
    );
    json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": ids.iri("annotations"),
        "type": "AnnotationCollection",
        "label": format!("Fact check: {}", report.title()),
        "total": items.len(),
        "first": {
            "id": ids.iri("annotations-page-1"),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    })
}

/// What every annotation's target shares, computed once per export: hashing
/// and indexing a long article per claim would dominate the export.
struct Article<'p> {
    text: &'p str,
    index: TextIndex,
    /// The article's URL, or `urn:sha256:` of its text when it has no web address.
    source: String,
}

impl<'p> Article<'p> {
    fn new(project: &'p Project) -> Self {
        let text = project.article.text.as_str();
        Self {
            text,
            index: TextIndex::new(text),
            source: web_url(&project.article.meta.url)
                .map_or_else(|| format!("urn:sha256:{}", sha256_hex(text)), str::to_owned),
        }
    }
}

/// Annotation IRIs: fragments of the review page when there is one, else
/// name-based UUIDs derived from the article's hash, stable across exports.
struct Ids {
    review_page: Option<String>,
    article_sha256: String,
}

impl Ids {
    fn new(project: &Project) -> Self {
        Self {
            review_page: web_url(&project.settings.review_url)
                .map(|u| without_fragment(u).to_owned()),
            article_sha256: sha256_hex(&project.article.text),
        }
    }

    fn iri(&self, name: &str) -> String {
        match &self.review_page {
            Some(page) => format!("{page}#{name}"),
            None => uuid_urn(&format!("claimdesk:{}:{name}", self.article_sha256)),
        }
    }
}

/// A UUID (version 8, "custom") made from the SHA-256 of `name`.
fn uuid_urn(name: &str) -> String {
    let h = sha256_hex(name);
    let variant = ["8", "9", "a", "b"][usize::from(h.as_bytes()[16] % 4)];
    format!(
        "urn:uuid:{}-{}-8{}-{variant}{}-{}",
        &h[0..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

fn annotation(
    report: &Report<'_>,
    ids: &Ids,
    article: &Article<'_>,
    c: &NumberedClaim<'_>,
    at: UtcTime,
) -> Value {
    let project = report.project;
    let bodies = bodies(report, c);
    // An open claim has nothing assessed yet: it is only a highlight.
    let motivation = if c.outcome(project.scale.kind).is_some() {
        "assessing"
    } else {
        "highlighting"
    };
    let mut a = json!({
        "id": ids.iri(&format!("annotation-{}", c.anchor())),
        "type": "Annotation",
        "motivation": motivation,
        "created": at.date_time(),
        "modified": at.date_time(),
        "target": target(article, c),
    });
    if !bodies.is_empty() {
        a["body"] = Value::Array(bodies);
    }
    if let Some(creator) = creator(project) {
        a["creator"] = creator;
    }
    a
}

/// One annotation per excerpt anchored in a snapshot: it highlights the
/// passage in the source (TextQuote and TextPosition selectors over the
/// snapshot's readable text, its capture as a TimeState) and links it to the
/// claim's annotation.
fn excerpt_annotations(ids: &Ids, c: &NumberedClaim<'_>, at: UtcTime) -> Vec<Value> {
    c.sources
        .iter()
        .filter_map(|cited| {
            let anchor = cited.link.anchor.as_ref()?;
            let s = cited.source;
            let snapshot = s.snapshot(&anchor.snapshot);
            let mut quote = json!({ "type": "TextQuoteSelector", "exact": anchor.span.quote });
            if !anchor.prefix.is_empty() {
                quote["prefix"] = json!(anchor.prefix);
            }
            if !anchor.suffix.is_empty() {
                quote["suffix"] = json!(anchor.suffix);
            }
            let mut target = json!({
                "source": web_url(&s.url).map_or_else(|| format!("urn:sha256:{}", anchor.snapshot), str::to_owned),
                "selector": [
                    quote,
                    { "type": "TextPositionSelector", "start": anchor.span.start, "end": anchor.span.end },
                ],
            });
            if let Some(date) = snapshot
                .map(|n| n.captured.as_str())
                .filter(|d| d.len() == 10 && is_iso_date(d))
            {
                let mut state = json!({ "type": "TimeState", "sourceDate": format!("{date}T00:00:00Z") });
                if let Some(cached) = web_url(&s.archive_url) {
                    state["cached"] = json!(cached);
                }
                target["state"] = state;
            }
            let name = format!("excerpt-{}-{}", c.anchor(), s.id.0);
            Some(json!({
                "id": ids.iri(&name),
                "type": "Annotation",
                "motivation": "highlighting",
                "created": at.date_time(),
                "modified": at.date_time(),
                "body": [
                    { "type": "TextualBody", "value": format!("{} claim {}: {}", cited.link.stance.label(), c.number, c.reviewed()), "purpose": "commenting", "format": "text/plain" },
                    { "type": "SpecificResource", "purpose": "linking", "source": ids.iri(&format!("annotation-{}", c.anchor())) },
                ],
                "target": target,
            }))
        })
        .collect()
}

fn creator(project: &Project) -> Option<Value> {
    let s = &project.settings;
    let name = non_empty(&s.organisation)?;
    let mut agent = json!({ "type": "Organization", "name": name });
    if let Some(url) = web_url(&s.organisation_url) {
        agent["homepage"] = json!(url);
    }
    Some(agent)
}

fn target(article: &Article<'_>, c: &NumberedClaim<'_>) -> Value {
    let (text, index) = (article.text, &article.index);
    let total = index.total_chars();
    let end = c.claim.span.end.min(total);
    let start = c.claim.span.start.min(end);
    let slice = |a: usize, b: usize| index.slice(text, a, b).unwrap_or("");
    let mut quote = json!({ "type": "TextQuoteSelector", "exact": slice(start, end) });
    let prefix = slice(start.saturating_sub(CONTEXT_CHARS), start);
    let suffix = slice(end, (end + CONTEXT_CHARS).min(total));
    if !prefix.is_empty() {
        quote["prefix"] = json!(prefix);
    }
    if !suffix.is_empty() {
        quote["suffix"] = json!(suffix);
    }
    let mut selectors = vec![
        quote.clone(),
        json!({ "type": "TextPositionSelector", "start": start, "end": end }),
    ];
    // The page (RFC 3778 `page=N`) or moment (Media Fragments `t=`) refined by
    // the quote: a PDF viewer or player can go there even without the text.
    if let Some(page) = c.location.first_page {
        selectors.push(json!({
            "type": "FragmentSelector",
            "conformsTo": "http://tools.ietf.org/rfc/rfc3778",
            "value": format!("page={page}"),
            "refinedBy": quote,
        }));
    } else if let Some(ms) = c.location.time_ms {
        selectors.push(json!({
            "type": "FragmentSelector",
            "conformsTo": "http://www.w3.org/TR/media-frags/",
            "value": format!("t={}", ms as f64 / 1000.0),
            "refinedBy": quote,
        }));
    }
    json!({
        "source": article.source,
        "selector": selectors,
    })
}

fn bodies(report: &Report<'_>, c: &NumberedClaim<'_>) -> Vec<Value> {
    let claim = c.claim;
    let textual = |value: &str, purpose: &str, format: &str| json!({ "type": "TextualBody", "value": value, "purpose": purpose, "format": format });
    let mut out = Vec::new();
    if let Some(outcome) = c.outcome(report.project.scale.kind) {
        out.push(textual(outcome, "assessing", "text/plain"));
    }
    out.push(textual(c.reviewed(), "describing", "text/plain"));
    if let Some(rationale) = non_empty(&claim.rationale) {
        out.push(textual(rationale, "commenting", "text/markdown"));
    }
    out.extend(
        claim
            .tags
            .iter()
            .filter_map(|t| non_empty(t))
            .map(|t| textual(t, "tagging", "text/plain")),
    );
    out.extend(c.sources.iter().flat_map(source_bodies));
    out
}

/// A cited source as linking bodies: its web page (with the archived copy as
/// a TimeState when the capture date is known), else a textual citation.
fn source_bodies(cited: &CitedSource<'_>) -> Vec<Value> {
    let s = cited.source;
    let archive = web_url(&s.archive_url);
    let captured = non_empty(&s.date_accessed).filter(|d| d.len() == 10 && is_iso_date(d));
    let Some(url) = web_url(&s.url) else {
        let title = non_empty(&s.title).unwrap_or("Untitled source");
        let citation = match non_empty(&s.publisher) {
            Some(p) => format!("{title} ({p})"),
            None => title.to_owned(),
        };
        let mut out = vec![json!({
            "type": "TextualBody", "value": citation, "purpose": "linking", "format": "text/plain",
        })];
        out.extend(archive.map(linking));
        return out;
    };
    let mut body = linking(url);
    match (archive, captured) {
        (Some(cached), Some(date)) => {
            body["state"] = json!({
                "type": "TimeState",
                "cached": cached,
                "sourceDate": format!("{date}T00:00:00Z"),
            });
            vec![body]
        }
        (Some(cached), None) => vec![body, linking(cached)],
        (None, _) => vec![body],
    }
}

fn linking(url: &str) -> Value {
    json!({ "type": "SpecificResource", "purpose": "linking", "source": url })
}

#[cfg(test)]
mod tests {
    use super::uuid_urn;

    #[test]
    fn uuids_are_stable_and_well_formed() {
        let a = uuid_urn("x");
        assert_eq!(a, uuid_urn("x"));
        assert_ne!(a, uuid_urn("y"));
        let uuid = a.trim_start_matches("urn:uuid:");
        let groups: Vec<usize> = uuid.split('-').map(str::len).collect();
        assert_eq!(groups, [8, 4, 4, 4, 12]);
        assert_eq!(uuid.as_bytes()[14], b'8');
        assert!(uuid.bytes().all(|b| b == b'-' || b.is_ascii_hexdigit()));
    }
}
