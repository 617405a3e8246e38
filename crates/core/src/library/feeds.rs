//! Reading ClaimReview data and TSV lists into entries: each ClaimReview
//! (found and read by `crate::claimreview`) becomes an entry, and so does
//! each `id<TAB>claim<TAB>title` line.

use super::entry::Entry;
use crate::claimreview::{Review, reviews_in, values_in_text};

/// Every ClaimReview in a JSON or HTML text. `Err` says why nothing could be
/// read; `Ok(vec![])` means the file held JSON but no ClaimReview.
pub fn claimreview_entries(text: &str, origin: &str) -> Result<Vec<Entry>, String> {
    let values = values_in_text(text)?;
    Ok(values
        .iter()
        .flat_map(reviews_in)
        .enumerate()
        .map(|(i, review)| review_entry(&Review::read(review), origin, i))
        .collect())
}

fn review_entry(review: &Review, origin: &str, index: usize) -> Entry {
    let key = if !review.url.is_empty() {
        review.url.clone()
    } else if !review.id.is_empty() {
        review.id.clone()
    } else {
        format!("{origin}#{}", index + 1)
    };
    Entry {
        key,
        claim: review.claim_reviewed.clone(),
        title: review.title.clone(),
        text: review.explanation.clone(),
        claimant: review.claimant.clone(),
        verdict: review.rating_name.clone(),
        colour: String::new(),
        organisation: review.author.clone(),
        date: review.date_published.clone(),
        url: review.url.clone(),
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
