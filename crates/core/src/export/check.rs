//! "Check before export": what a reader of the published report would trip
//! over. These are warnings for the fact-checker; they never block an export.

use std::collections::BTreeSet;

use crate::model::date;
use crate::model::{
    Claim, ClaimStatus, DateField, MAX_CLAIM_REVIEWED_CHARS, Project, ReportWarning, ScaleKind,
    Source, WarningKind, is_web_url,
};

/// Every warning for `project`: settings first, then claims in project order,
/// then sources without an archived copy.
pub fn check_report(project: &Project) -> Vec<ReportWarning> {
    let mut out = Vec::new();
    let global = |kind| ReportWarning { claim: None, kind };
    if project.settings.organisation.trim().is_empty() {
        out.push(global(WarningKind::NoOrganisation));
    }
    if !is_web_url(&project.settings.review_url) {
        out.push(global(WarningKind::NoReviewUrl));
    }
    let meta = &project.article.meta;
    for (field, what, value) in [
        (
            "article's publication date",
            DateField::ArticlePublished,
            &meta.date_published,
        ),
        (
            "article's retrieval date",
            DateField::ArticleRetrieved,
            &meta.date_retrieved,
        ),
    ] {
        out.extend(bad_date(field, what, value).map(global));
    }
    for claim in &project.claims {
        out.extend(
            claim_warnings(project, claim)
                .into_iter()
                .map(|kind| ReportWarning {
                    claim: Some(claim.id),
                    kind,
                }),
        );
    }
    for source in &project.sources {
        let claim = project.claims_citing(source.id).next().map(|c| c.id);
        let name = source_name(source).to_owned();
        for (field, what, value) in [
            (
                "publication date",
                DateField::SourcePublished(name.clone()),
                &source.date_published,
            ),
            (
                "access date",
                DateField::SourceAccessed(name.clone()),
                &source.date_accessed,
            ),
        ] {
            let field = format!("source {name:?}'s {field}");
            out.extend(bad_date(&field, what, value).map(|kind| ReportWarning { claim, kind }));
        }
    }
    out.extend(
        project
            .sources
            .iter()
            .filter(|s| !s.has_copy())
            .map(|s| ReportWarning {
                claim: project.claims_citing(s.id).next().map(|c| c.id),
                kind: WarningKind::NotArchived {
                    source: s.id,
                    title: source_name(s).to_owned(),
                },
            }),
    );
    out
}

fn claim_warnings(project: &Project, claim: &Claim) -> Vec<WarningKind> {
    let mut out = Vec::new();
    let concluded = match project.scale.kind {
        ScaleKind::Ratings => project.verdict_of(claim).is_some(),
        ScaleKind::ConclusionOnly => !claim.conclusion.trim().is_empty(),
    };
    if !concluded {
        out.push(WarningKind::NoVerdict);
    }
    let sources: Vec<&Source> = claim
        .sources
        .iter()
        .filter_map(|l| project.source(l.source))
        .collect();
    if concluded && sources.is_empty() {
        out.push(WarningKind::NoSource);
    }
    let publishers = independent_publishers(&sources);
    if concluded && !sources.is_empty() && publishers < 2 {
        out.push(WarningKind::TooFewIndependentSources { publishers });
    }
    let reviewed = if claim.reviewed.trim().is_empty() {
        &claim.span.quote
    } else {
        &claim.reviewed
    };
    let chars = reviewed.trim().chars().count();
    if chars > MAX_CLAIM_REVIEWED_CHARS {
        out.push(WarningKind::ClaimReviewedTooLong { chars });
    }
    out.extend(bad_date(
        "claim date",
        DateField::ClaimDate,
        &claim.claim_date,
    ));
    for link in &claim.sources {
        if let (false, Some(source)) = (link.stance.is_set(), project.source(link.source)) {
            out.push(WarningKind::NoStance {
                source: source.id,
                title: source_name(source).to_owned(),
            });
        }
    }
    // Review last: what the checker can fix comes first.
    if claim.status != ClaimStatus::Approved {
        out.push(WarningKind::NotApproved {
            status: claim.status,
        });
    } else if !claim.approval_holds() {
        out.push(WarningKind::ApprovalStale);
    }
    let count = claim.unresolved_comments();
    if count > 0 {
        out.push(WarningKind::UnresolvedComments { count });
    }
    out
}

/// A warning when a date field holds text that is not a real date.
fn bad_date(field: &str, what: DateField, value: &str) -> Option<WarningKind> {
    date::check(value.trim())
        .err()
        .map(|problem| WarningKind::BadDate {
            field: field.to_owned(),
            what,
            value: value.to_owned(),
            problem,
        })
}

/// Distinct publishers, compared case-insensitively; a source without a
/// publisher counts by its web host, and not at all when it has neither.
fn independent_publishers(sources: &[&Source]) -> usize {
    sources
        .iter()
        .filter_map(|s| {
            let p = s.publisher.trim();
            if p.is_empty() {
                host(&s.url)
            } else {
                Some(p.to_lowercase())
            }
        })
        .collect::<BTreeSet<_>>()
        .len()
}

/// The host of an http(s) URL, lowercased, without a leading `www.`.
fn host(url: &str) -> Option<String> {
    if !is_web_url(url) {
        return None;
    }
    let rest = url.trim().split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host
        .rsplit_once('@')
        .map_or(host, |(_, h)| h)
        .to_lowercase();
    Some(
        host.strip_prefix("www.")
            .map_or_else(|| host.clone(), str::to_owned),
    )
}

fn source_name(s: &Source) -> &str {
    [&s.title, &s.url]
        .into_iter()
        .map(|t| t.trim())
        .find(|t| !t.is_empty())
        .unwrap_or("untitled")
}

#[cfg(test)]
mod tests {
    use super::host;

    #[test]
    fn hosts_ignore_www_and_credentials() {
        assert_eq!(
            host("https://WWW.mofa.go.jp/a").as_deref(),
            Some("mofa.go.jp")
        );
        assert_eq!(
            host("http://user@example.org?x").as_deref(),
            Some("example.org")
        );
        assert_eq!(host("javascript:alert(1)"), None);
    }
}
