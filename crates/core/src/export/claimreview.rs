//! schema.org ClaimReview JSON-LD (reference.md §1), one per concluded claim,
//! as Google's Fact Check Explorer and the Fact Check Tools API read it.

use serde::Serialize;

use super::ExportError;
use super::report::{NumberedClaim, Report, claim_review_url, non_empty, web_url};
use crate::model::date::is_iso_date;
use crate::model::{Project, RatingScale, ScaleKind};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ClaimReview<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    claim_reviewed: &'a str,
    review_rating: Rating<'a>,
    item_reviewed: ClaimItem<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<Agent<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    /// The latest correction after publication.
    #[serde(skip_serializing_if = "Option::is_none")]
    date_modified: Option<&'a str>,
    /// Earlier checks of the same claim, linked from the library: each a
    /// ClaimReview of its own.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    citation: Vec<Citation<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Citation<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    claim_reviewed: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<Agent<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    review_rating: Option<Rating<'a>>,
}

fn citations(claim: &crate::model::Claim) -> Vec<Citation<'_>> {
    claim
        .previous_checks
        .iter()
        .map(|p| Citation {
            kind: "ClaimReview",
            claim_reviewed: &p.claim,
            url: web_url(&p.url),
            author: non_empty(&p.organisation).map(|name| Agent {
                kind: "Organization",
                name,
                url: None,
            }),
            date_published: non_empty(&p.date).filter(|d| is_iso_date(d)),
            review_rating: non_empty(&p.verdict).map(|alternate_name| Rating {
                kind: "Rating",
                alternate_name,
                rating_value: None,
                best_rating: None,
                worst_rating: None,
                rating_explanation: None,
            }),
        })
        .collect()
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rating<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    alternate_name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rating_value: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    best_rating: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    worst_rating: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rating_explanation: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ClaimItem<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<Agent<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    appearance: Option<CreativeWork<'a>>,
}

/// A Person or Organization: schema.org wants a name whenever one is given.
#[derive(Serialize)]
struct Agent<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CreativeWork<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    headline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<Agent<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Agent<'a>>,
}

/// How a scale's values become ratingValue/bestRating/worstRating. Google
/// wants worstRating >= 1 and worstRating < bestRating, so scales starting
/// at 0 or below are shifted up; the spacing between verdicts is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RatingRange {
    shift: i64,
    pub worst: i64,
    pub best: i64,
}

impl RatingRange {
    /// `None` when fewer than two distinct values exist: no range to place a verdict in.
    pub(crate) fn of(scale: &RatingScale) -> Option<Self> {
        let values = scale.verdicts.iter().filter_map(|v| v.value.map(i64::from));
        let (min, max) = values.fold(None, |acc: Option<(i64, i64)>, v| match acc {
            None => Some((v, v)),
            Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
        })?;
        if min == max {
            return None;
        }
        let shift = if min >= 1 { 0 } else { 1 - min };
        Some(Self {
            shift,
            worst: min + shift,
            best: max + shift,
        })
    }

    pub(crate) fn rating_value(self, value: i32) -> i64 {
        i64::from(value) + self.shift
    }
}

pub(crate) fn render(project: &Project) -> Result<String, ExportError> {
    let report = Report::new(project, crate::i18n::Lang::En);
    Ok(serde_json::to_string_pretty(&reviews(&report))?)
}

fn reviews<'a>(report: &'a Report<'a>) -> Vec<ClaimReview<'a>> {
    let project = report.project;
    let range = RatingRange::of(&project.scale);
    let mut out = Vec::new();
    for c in &report.claims {
        if let Some(rating) = rating(project, c, range) {
            out.push(ClaimReview {
                context: "https://schema.org",
                kind: "ClaimReview",
                url: claim_review_url(&project.settings, c.claim.id),
                claim_reviewed: c.reviewed(),
                review_rating: rating,
                item_reviewed: item_reviewed(project, c),
                author: organisation(project),
                // Only a review whose publication was recorded has a
                // publication date: a draft's claims are not published.
                date_published: non_empty(&c.claim.published_on)
                    .filter(|d| is_iso_date(d))
                    .map(str::to_owned),
                date_modified: c.modified.filter(|d| is_iso_date(d)),
                citation: citations(c.claim),
            });
        }
    }
    out
}

/// The Rating of a concluded claim; `None` while the claim is still open.
fn rating<'a>(
    project: &'a Project,
    c: &'a NumberedClaim<'a>,
    range: Option<RatingRange>,
) -> Option<Rating<'a>> {
    let alternate_name = c.outcome(project.scale.kind)?;
    let numbers = match (project.scale.kind, c.verdict.and_then(|v| v.value), range) {
        (ScaleKind::Ratings, Some(value), Some(r)) => Some((r.rating_value(value), r)),
        _ => None,
    };
    Some(Rating {
        kind: "Rating",
        alternate_name,
        rating_value: numbers.map(|(v, _)| v),
        best_rating: numbers.map(|(_, r)| r.best),
        worst_rating: numbers.map(|(_, r)| r.worst),
        rating_explanation: non_empty(&c.claim.rationale),
    })
}

fn item_reviewed<'a>(project: &'a Project, c: &'a NumberedClaim<'a>) -> ClaimItem<'a> {
    let claim = c.claim;
    let date = non_empty(&claim.claim_date).filter(|d| is_iso_date(d));
    ClaimItem {
        kind: "Claim",
        // The model does not say whether a claimant is a person or a body; most are people.
        author: non_empty(&claim.claimant).map(|name| Agent {
            kind: "Person",
            name,
            url: None,
        }),
        date_published: date,
        appearance: appearance(project),
    }
}

fn appearance(project: &Project) -> Option<CreativeWork<'_>> {
    let m = &project.article.meta;
    let work = CreativeWork {
        kind: "CreativeWork",
        url: web_url(&m.url),
        headline: non_empty(&m.title),
        date_published: non_empty(&m.date_published).filter(|d| is_iso_date(d)),
        author: non_empty(&m.author).map(|name| Agent {
            kind: "Person",
            name,
            url: None,
        }),
        publisher: non_empty(&m.outlet).map(|name| Agent {
            kind: "Organization",
            name,
            url: None,
        }),
    };
    (work.url.is_some() || work.headline.is_some()).then_some(work)
}

fn organisation(project: &Project) -> Option<Agent<'_>> {
    let s = &project.settings;
    non_empty(&s.organisation).map(|name| Agent {
        kind: "Organization",
        name,
        url: web_url(&s.organisation_url),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Color, Verdict, VerdictId};

    fn scale(values: &[Option<i32>]) -> RatingScale {
        RatingScale {
            verdicts: values
                .iter()
                .zip(1..)
                .map(|(&value, id)| Verdict {
                    id: VerdictId(id),
                    label: format!("v{id}"),
                    value,
                    color: Color::NEUTRAL,
                    description: String::new(),
                })
                .collect(),
            ..RatingScale::default()
        }
    }

    #[test]
    fn scales_already_starting_at_one_are_kept() {
        let r = RatingRange::of(&scale(&[Some(1), Some(6), None]));
        assert_eq!(r.map(|r| (r.worst, r.best)), Some((1, 6)));
        assert_eq!(r.map(|r| r.rating_value(4)), Some(4));
    }

    #[test]
    fn scales_at_zero_or_below_are_shifted_to_start_at_one() {
        let r = RatingRange::of(&scale(&[Some(-2), Some(0), Some(2)]));
        assert_eq!(r.map(|r| (r.worst, r.best)), Some((1, 5)));
        assert_eq!(r.map(|r| r.rating_value(0)), Some(3));
        let extreme = RatingRange::of(&scale(&[Some(i32::MIN), Some(i32::MAX)]));
        assert!(extreme.is_some_and(|r| r.worst == 1 && r.best > r.worst));
    }

    #[test]
    fn a_scale_without_two_values_has_no_range() {
        assert_eq!(RatingRange::of(&scale(&[Some(3), Some(3), None])), None);
        assert_eq!(RatingRange::of(&scale(&[None])), None);
    }
}
