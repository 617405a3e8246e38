//! Reading ClaimReview data and TSV lists into entries: schema.org
//! ClaimReview JSON-LD (one object, a list, an `@graph`, the Data Commons /
//! Google fact-check feed whose `dataFeedElement[].item[]` hold ClaimReviews,
//! or a web page with such JSON-LD in `<script type="application/ld+json">`),
//! and `id<TAB>claim<TAB>title` lines.

use serde_json::Value;

use super::entry::Entry;

/// Every ClaimReview in a JSON or HTML text. `Err` says why nothing could be
/// read; `Ok(vec![])` means the file held JSON but no ClaimReview.
pub fn claimreview_entries(text: &str, origin: &str) -> Result<Vec<Entry>, String> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let values: Vec<Value> = if trimmed.starts_with('{') || trimmed.starts_with('[') {
        vec![serde_json::from_str(trimmed).map_err(|e| format!("not valid JSON: {e}"))?]
    } else {
        let blocks = json_ld_blocks(text);
        if blocks.is_empty() {
            return Err("neither JSON nor a web page with JSON-LD".into());
        }
        blocks
            .iter()
            .filter_map(|b| serde_json::from_str(b.trim()).ok())
            .collect()
    };
    let mut found = Vec::new();
    for value in &values {
        collect_reviews(value, &mut found, 0);
    }
    Ok(found
        .into_iter()
        .enumerate()
        .map(|(i, review)| review_entry(review, origin, i))
        .collect())
}

/// The ClaimReviews in parsed JSON (one object, a list, a graph, a feed),
/// each with its entry: importing them as claims (`crate::import`) reads
/// the same fields, and the rating's value beside them.
pub fn claimreviews_in<'a>(value: &'a Value, origin: &str) -> Vec<(&'a Value, Entry)> {
    let mut found = Vec::new();
    collect_reviews(value, &mut found, 0);
    found
        .into_iter()
        .enumerate()
        .map(|(i, review)| (review, review_entry(review, origin, i)))
        .collect()
}

/// The contents of `<script type="application/ld+json">` blocks.
fn json_ld_blocks(html: &str) -> Vec<&str> {
    let lower = html.to_ascii_lowercase();
    let mut blocks = Vec::new();
    let mut from = 0;
    while let Some(at) = lower[from..].find("application/ld+json") {
        let tag_start = from + at;
        let Some(open_end) = lower[tag_start..].find('>').map(|i| tag_start + i + 1) else {
            break;
        };
        let Some(close) = lower[open_end..].find("</script").map(|i| open_end + i) else {
            break;
        };
        blocks.push(&html[open_end..close]);
        from = close;
    }
    blocks
}

fn is_type(value: &Value, name: &str) -> bool {
    match value.get("@type") {
        Some(Value::String(t)) => t == name || t.ends_with(&format!("/{name}")),
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str() == Some(name)),
        _ => false,
    }
}

/// Depth-first: ClaimReviews anywhere in the tree (a feed's items, a graph,
/// a list), but not inside another ClaimReview.
fn collect_reviews<'a>(value: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 32 {
        return;
    }
    match value {
        Value::Object(map) => {
            if is_type(value, "ClaimReview") {
                out.push(value);
                return;
            }
            for v in map.values() {
                collect_reviews(v, out, depth + 1);
            }
        }
        Value::Array(items) => {
            for v in items {
                collect_reviews(v, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn text_of(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.trim().to_owned(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| text_of(Some(v)))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        Some(obj @ Value::Object(_)) => text_of(obj.get("name")),
        _ => String::new(),
    }
}

fn review_entry(review: &Value, origin: &str, index: usize) -> Entry {
    let rating = review.get("reviewRating");
    let rating = rating
        .and_then(|r| r.as_array().and_then(|a| a.first()))
        .or(rating);
    let item = review.get("itemReviewed");
    let url = text_of(review.get("url"));
    let id = text_of(review.get("@id"));
    let key = if !url.is_empty() {
        url.clone()
    } else if !id.is_empty() {
        id
    } else {
        format!("{origin}#{}", index + 1)
    };
    let title = [review.get("headline"), review.get("name")]
        .into_iter()
        .map(text_of)
        .find(|s| !s.is_empty())
        .unwrap_or_default();
    Entry {
        key,
        claim: text_of(review.get("claimReviewed")),
        title,
        text: text_of(rating.and_then(|r| r.get("ratingExplanation"))),
        claimant: text_of(item.and_then(|i| i.get("author"))),
        verdict: text_of(rating.and_then(|r| r.get("alternateName"))),
        colour: String::new(),
        organisation: text_of(review.get("author")),
        date: text_of(review.get("datePublished")),
        url,
        origin: origin.to_owned(),
    }
}

/// `id<TAB>claim<TAB>title` lines (title optional). A line without an id
/// (such as the header of the CLEF files) or without a claim is skipped;
/// the count of skipped lines is returned beside the entries.
pub fn tsv_entries(text: &str, origin: &str) -> (Vec<Entry>, usize) {
    let mut entries = Vec::new();
    let mut skipped = 0;
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        let mut fields = line.splitn(3, '\t');
        let id = fields.next().unwrap_or_default().trim();
        let claim = fields.next().unwrap_or_default().trim();
        let title = fields.next().unwrap_or_default().trim();
        if id.is_empty() || claim.is_empty() {
            skipped += 1;
            continue;
        }
        entries.push(Entry {
            key: id.to_owned(),
            claim: claim.to_owned(),
            title: title.to_owned(),
            origin: origin.to_owned(),
            ..Entry::default()
        });
    }
    (entries, skipped)
}
