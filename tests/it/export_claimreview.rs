//! ClaimReview JSON-LD carries what Google's fact-check guide requires and
//! recommends, with ratings inside the allowed range (reference.md §1).

use crate::common::{at, sample};
use claimdesk::export::{Format, export_at};
use claimdesk::model::{Project, ScaleKind, VerdictId};
use serde_json::Value;

fn reviews(project: &Project) -> Vec<Value> {
    let out = export_at(project, Format::ClaimReview, at()).unwrap_or_else(|e| panic!("{e}"));
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}"));
    v.as_array()
        .cloned()
        .unwrap_or_else(|| panic!("not an array: {v}"))
}

#[test]
fn one_review_per_rated_claim_with_required_fields() {
    let reviews = reviews(&sample());
    assert_eq!(reviews.len(), 5, "claim 6 has no verdict and is left out");
    for r in &reviews {
        assert_eq!(r["@context"], "https://schema.org");
        assert_eq!(r["@type"], "ClaimReview");
        assert!(r["claimReviewed"].as_str().is_some_and(|s| !s.is_empty()));
        assert!(
            r["reviewRating"]["alternateName"]
                .as_str()
                .is_some_and(|s| !s.is_empty())
        );
        assert_eq!(r["reviewRating"]["@type"], "Rating");
        // A published claim keeps its publication day and says when it was
        // corrected; the others are not published and have no date.
        if r["claimReviewed"] == "Takaichi met Trump in Tokyo on 28 October 2025" {
            assert_eq!(r["datePublished"], "2025-10-30");
            assert_eq!(r["dateModified"], "2025-11-02");
        } else {
            assert!(r.get("datePublished").is_none(), "{r}");
            assert!(r.get("dateModified").is_none());
        }
        assert_eq!(r["author"]["@type"], "Organization");
        assert_eq!(r["author"]["name"], "Open Fact Desk");
        assert_eq!(r["author"]["url"], "https://factdesk.example.org/");
        let item = &r["itemReviewed"];
        assert_eq!(item["@type"], "Claim");
        let work = &item["appearance"];
        assert_eq!(work["@type"], "CreativeWork");
        assert_eq!(
            work["url"],
            "https://news.example.jp/2025/10/28/takaichi-trump"
        );
        assert_eq!(
            work["headline"],
            "Takaichi and Trump agree $550 billion package"
        );
        assert_eq!(work["datePublished"], "2025-10-28");
        assert_eq!(work["publisher"]["name"], "Tokyo Daily Wire");
    }
    let first = &reviews[0];
    assert_eq!(
        first["url"],
        "https://factdesk.example.org/checks/takaichi-trump#claim-1"
    );
    assert_eq!(
        first["claimReviewed"],
        "Takaichi met Trump in Tokyo on 28 October 2025"
    );
    assert_eq!(first["itemReviewed"]["author"]["name"], "Tokyo Daily Wire");
    assert_eq!(first["itemReviewed"]["datePublished"], "2025-10-28");
    assert_eq!(first["reviewRating"]["alternateName"], "True");
    assert_eq!(
        first["reviewRating"]["ratingExplanation"],
        "Both governments published statements dated 28 October.\n\nThe meeting took place at the Akasaka Palace."
    );
}

fn rating_numbers(r: &Value) -> (Option<i64>, Option<i64>, Option<i64>) {
    let n = |k: &str| r["reviewRating"][k].as_i64();
    (n("ratingValue"), n("worstRating"), n("bestRating"))
}

#[test]
fn ratings_use_the_scale_values_within_google_bounds() {
    for r in reviews(&sample()) {
        let (value, worst, best) = rating_numbers(&r);
        let (value, worst, best) = (value.unwrap_or(-1), worst.unwrap_or(-1), best.unwrap_or(-1));
        assert!(worst >= 1 && worst < best, "{r}");
        assert!((worst..=best).contains(&value), "{r}");
    }
    let first = &reviews(&sample())[0];
    assert_eq!(
        rating_numbers(first),
        (Some(6), Some(1), Some(6)),
        "True is 6 on the six-step scale"
    );
}

#[test]
fn scales_below_one_are_shifted_into_range() {
    let mut p = sample();
    // -2 … 3 instead of 1 … 6: ratingValue keeps its order, worstRating becomes 1.
    for v in &mut p.scale.verdicts {
        v.value = v.value.map(|x| x - 3);
    }
    let r = reviews(&p);
    assert_eq!(rating_numbers(&r[0]), (Some(6), Some(1), Some(6)));
    assert_eq!(
        rating_numbers(&r[4]),
        (Some(2), Some(1), Some(6)),
        "False (value -1) maps to 2"
    );
}

#[test]
fn verdicts_off_the_truth_line_have_no_rating_value() {
    let mut p = sample();
    p.scale.verdicts[0].value = None;
    let r = reviews(&p);
    assert_eq!(r[0]["reviewRating"]["alternateName"], "True");
    assert_eq!(rating_numbers(&r[0]), (None, None, None));
    assert!(rating_numbers(&r[1]).0.is_some());
}

#[test]
fn conclusion_only_projects_use_the_conclusion() {
    let mut p = sample();
    p.scale.kind = ScaleKind::ConclusionOnly;
    p.scale.verdicts.clear();
    for c in &mut p.claims {
        c.verdict = None;
    }
    p.claims[2].conclusion = "Purchases are planned; no volumes are agreed.".into();
    let r = reviews(&p);
    assert_eq!(r.len(), 1);
    assert_eq!(
        r[0]["reviewRating"]["alternateName"],
        "Purchases are planned; no volumes are agreed."
    );
    assert_eq!(rating_numbers(&r[0]), (None, None, None));
}

#[test]
fn missing_settings_and_bad_dates_are_left_out_not_invented() {
    let mut p = sample();
    p.settings.review_url.clear();
    p.settings.organisation.clear();
    p.claims[0].claim_date = "late October".into();
    p.claims[0].verdict = Some(VerdictId(1));
    let r = reviews(&p);
    assert!(r[0].get("url").is_none());
    assert!(r[0].get("author").is_none());
    assert!(r[0]["itemReviewed"].get("datePublished").is_none());
}
