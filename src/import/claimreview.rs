//! ClaimReview JSON-LD (one object, a list, a graph, or a Data Commons feed)
//! read by the library's parser (`library::claimreviews_in`): the claim
//! reviewed is looked for in the article as the quote, the rating's name
//! (or value) becomes the verdict, the claim's author the claimant.

use serde_json::Value;

use super::{Incoming, Parsed, Rating, SourceFormat};
use crate::model::date::is_iso_date;

pub(super) fn read(value: &Value) -> Parsed {
    let mut parsed = Parsed {
        format: SourceFormat::ClaimReview,
        items: Vec::new(),
        skipped: Vec::new(),
    };
    for (i, (review, entry)) in crate::library::claimreviews_in(value, "import")
        .into_iter()
        .enumerate()
    {
        if entry.claim.is_empty() {
            parsed
                .skipped
                .push(format!("ClaimReview {}: no claimReviewed", i + 1));
            continue;
        }
        let rating = review.get("reviewRating");
        let rating = rating
            .and_then(|r| r.as_array().and_then(|a| a.first()))
            .or(rating);
        let number = |key: &str| {
            rating.and_then(|r| r.get(key)).and_then(|v| {
                v.as_f64()
                    .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
            })
        };
        let rating =
            (!entry.verdict.is_empty() || number("ratingValue").is_some()).then(|| Rating {
                label: entry.verdict.clone(),
                value: number("ratingValue"),
                worst: number("worstRating"),
                best: number("bestRating"),
            });
        let claim_date = review
            .get("itemReviewed")
            .and_then(|i| i.get("datePublished"))
            .and_then(Value::as_str)
            .and_then(|d| d.get(..10))
            .filter(|d| is_iso_date(d))
            .unwrap_or_default()
            .to_owned();
        parsed.items.push(Incoming {
            quote: entry.claim.clone(),
            reviewed: entry.claim,
            rating,
            rationale: entry.text,
            claimant: entry.claimant,
            claim_date,
            ..Incoming::default()
        });
    }
    parsed
}
