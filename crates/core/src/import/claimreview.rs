//! ClaimReview JSON-LD (one object, a list, a graph, or a Data Commons feed)
//! read as `crate::claimreview` reads it for the library: the claim reviewed
//! is looked for in the article as the quote, the rating's name (or value)
//! becomes the verdict, the claim's author the claimant.

use serde_json::Value;

use super::{Incoming, Parsed, Rating, SourceFormat, skipped};
use crate::claimreview::{self, Review};
use crate::model::date::is_iso_date;

pub(super) fn read(value: &Value) -> Parsed {
    let mut parsed = Parsed {
        format: SourceFormat::ClaimReview,
        items: Vec::new(),
        skipped: Vec::new(),
    };
    for (i, review) in claimreview::reviews_in(value).into_iter().enumerate() {
        let fields = Review::read(review);
        if fields.claim_reviewed.is_empty() {
            parsed
                .skipped
                .push(skipped("annotations-skipped-no-claim-reviewed", i + 1));
            continue;
        }
        let rating = claimreview::rating(review);
        let number = |key: &str| {
            rating.and_then(|r| r.get(key)).and_then(|v| {
                v.as_f64()
                    .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
            })
        };
        let rating =
            (!fields.rating_name.is_empty() || number("ratingValue").is_some()).then(|| Rating {
                label: fields.rating_name.clone(),
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
            quote: fields.claim_reviewed.clone(),
            reviewed: fields.claim_reviewed,
            rating,
            rationale: fields.explanation,
            claimant: fields.claimant,
            claim_date,
            ..Incoming::default()
        });
    }
    parsed
}
