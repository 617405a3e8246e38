//! Reading schema.org ClaimReview JSON-LD: where the reviews are (one object,
//! a list, an `@graph`, the Data Commons / Google fact-check feed whose
//! `dataFeedElement[].item[]` hold them, or a web page's
//! `<script type="application/ld+json">` blocks) and what each one says.
//! The library indexes them as past checks and `import` turns them into
//! claims; both read the fields here, so they agree.

use serde_json::Value;

/// What one ClaimReview says, each field trimmed text ("" when absent).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Review {
    pub url: String,
    pub id: String,
    /// The headline, or the name when there is no headline.
    pub title: String,
    pub claim_reviewed: String,
    /// The rating's explanation.
    pub explanation: String,
    /// The claim's author (`itemReviewed.author`).
    pub claimant: String,
    /// The rating's name (`alternateName`), such as "Mostly false".
    pub rating_name: String,
    /// Who published the review.
    pub author: String,
    pub date_published: String,
}

/// The JSON in a text: the text itself when it is JSON, else a web page's
/// JSON-LD blocks (those that parse). `Err` says why there is none.
pub fn values_in_text(text: &str) -> Result<Vec<Value>, String> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        return Ok(vec![
            serde_json::from_str(trimmed).map_err(|e| format!("not valid JSON: {e}"))?,
        ]);
    }
    let blocks = json_ld_blocks(text);
    if blocks.is_empty() {
        return Err("neither JSON nor a web page with JSON-LD".into());
    }
    Ok(blocks
        .iter()
        .filter_map(|b| serde_json::from_str(b.trim()).ok())
        .collect())
}

/// The ClaimReviews anywhere in parsed JSON (a feed's items, a graph, a
/// list), depth first, but not inside another ClaimReview.
pub fn reviews_in(value: &Value) -> Vec<&Value> {
    let mut found = Vec::new();
    collect_reviews(value, &mut found, 0);
    found
}

/// The review's rating: `reviewRating`, or the first of a list of them.
pub fn rating(review: &Value) -> Option<&Value> {
    let rating = review.get("reviewRating");
    rating
        .and_then(|r| r.as_array().and_then(|a| a.first()))
        .or(rating)
}

impl Review {
    pub fn read(review: &Value) -> Review {
        let rating = rating(review);
        let item = review.get("itemReviewed");
        Review {
            url: text_of(review.get("url")),
            id: text_of(review.get("@id")),
            title: [review.get("headline"), review.get("name")]
                .into_iter()
                .map(text_of)
                .find(|s| !s.is_empty())
                .unwrap_or_default(),
            claim_reviewed: text_of(review.get("claimReviewed")),
            explanation: text_of(rating.and_then(|r| r.get("ratingExplanation"))),
            claimant: text_of(item.and_then(|i| i.get("author"))),
            rating_name: text_of(rating.and_then(|r| r.get("alternateName"))),
            author: text_of(review.get("author")),
            date_published: text_of(review.get("datePublished")),
        }
    }
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
