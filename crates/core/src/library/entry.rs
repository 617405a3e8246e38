//! One entry of the library: a claim someone checked, with what the "Checked
//! before" list and `library search` show about it. Entries come from
//! ClaimDesk projects (one per claim), ClaimReview data and TSV files.

use serde::{Deserialize, Serialize};

use crate::model::Project;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Unique in the library: a ClaimReview's URL (or `@id`), a TSV line's
    /// id, or `FILE#claim-ID` for a project's claim.
    pub key: String,
    /// The claim as reviewed (a project claim's quote when it has none).
    pub claim: String,
    /// The review's headline, or the article's title for a project claim.
    pub title: String,
    /// More searchable text: the quote, rationale, conclusion and tags.
    pub text: String,
    pub claimant: String,
    /// The verdict as text ("Mostly false").
    pub verdict: String,
    /// The verdict's colour, `#rrggbb`, when known.
    pub colour: String,
    /// Who checked it.
    pub organisation: String,
    /// When the review was published (or the claim made), as given.
    pub date: String,
    /// Where the review is published, when known.
    pub url: String,
    /// The file it was added from.
    pub origin: String,
}

/// The text an entry is embedded and character-compared by.
pub fn doc_text(claim: &str, title: &str) -> String {
    format!("{claim} {title}")
}

/// The claims of a project as entries; claims with neither a restatement
/// nor a quote say nothing to search for and are left out.
pub fn project_entries(project: &Project, origin: &str) -> Vec<Entry> {
    project
        .claims
        .iter()
        .filter(|c| !c.reviewed.trim().is_empty() || !c.span.quote.trim().is_empty())
        .map(|c| {
            let verdict = project.verdict_of(c);
            let claim = if c.reviewed.trim().is_empty() {
                c.span.quote.clone()
            } else {
                c.reviewed.clone()
            };
            let mut text = vec![c.span.quote.as_str(), &c.rationale, &c.conclusion];
            text.extend(c.tags.iter().map(String::as_str));
            let url = if project.settings.review_url.is_empty() {
                project.article.meta.url.clone()
            } else {
                project.settings.review_url.clone()
            };
            Entry {
                key: format!("{origin}#claim-{}", c.id.0),
                claim,
                title: project.article.meta.title.clone(),
                text: text
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n"),
                claimant: c.claimant.clone(),
                verdict: verdict
                    .map(|v| v.label.clone())
                    .unwrap_or_else(|| c.conclusion.clone()),
                colour: verdict.map(|v| v.color.to_string()).unwrap_or_default(),
                organisation: project.settings.organisation.clone(),
                date: if c.published_on.is_empty() {
                    c.claim_date.clone()
                } else {
                    c.published_on.clone()
                },
                url,
                origin: origin.to_owned(),
            }
        })
        .collect()
}
