//! Importing annotations as claims (`claimdesk::import`): a Hypothesis
//! export, a round trip of our own W3C Web Annotations, ClaimReview, orphans,
//! duplicates and absurd positions. The files are written here, in the shapes
//! the tools produce.

use claimdesk::edit::{Actor, Document};
use claimdesk::export::{Format, export_at};
use claimdesk::import::{SourceFormat, parse, plan};
use claimdesk::model::{Project, VerdictId};
use serde_json::{Value, json};

pub use super::common::shipped_sample as sample_project;
use crate::common::at;

/// The sample's article with no claims yet.
pub fn without_claims() -> Project {
    let mut p = sample_project();
    p.claims.clear();
    p
}

fn actor() -> Actor {
    Actor {
        name: "Ana Reyes".into(),
        time: "2026-01-02T03:04:05Z".into(),
        session_start: "2026-01-02T03:00:00Z".into(),
    }
}

/// Characters `start..end` of `text`.
fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// Where `quote` starts in `text`, in characters and in UTF-16 units.
fn find(text: &str, quote: &str) -> (usize, usize) {
    let byte = text
        .find(quote)
        .unwrap_or_else(|| panic!("{quote:?} not in text"));
    (
        text[..byte].chars().count(),
        text[..byte].encode_utf16().count(),
    )
}

/// One Hypothesis annotation as its API returns it: the page it was made on
/// had `page_offset` UTF-16 units of navigation before the article.
pub fn hypothesis_row(
    text: &str,
    quote: &str,
    page_offset: usize,
    note: &str,
    tags: &[&str],
) -> Value {
    let (start, start16) = find(text, quote);
    let end = start + quote.chars().count();
    let prefix = chars(text, start.saturating_sub(32), start);
    let suffix = chars(text, end, (end + 32).min(text.chars().count()));
    json!({
        "id": format!("hyp-{start}"),
        "created": "2025-10-29T09:12:44.123456+00:00",
        "updated": "2025-10-29T09:12:44.123456+00:00",
        "user": "acct:ana_reyes@hypothes.is",
        "uri": "https://news.example.jp/2025/10/28/takaichi-trump",
        "text": note,
        "tags": tags,
        "group": "__world__",
        "permissions": { "read": ["group:__world__"], "admin": ["acct:ana_reyes@hypothes.is"] },
        "target": [{
            "source": "https://news.example.jp/2025/10/28/takaichi-trump",
            "selector": [
                { "type": "RangeSelector", "startContainer": "/main[1]/article[1]/p[2]", "startOffset": 12, "endContainer": "/main[1]/article[1]/p[2]", "endOffset": 80 },
                { "type": "TextPositionSelector", "start": start16 + page_offset, "end": start16 + page_offset + quote.encode_utf16().count() },
                { "type": "TextQuoteSelector", "exact": quote, "prefix": prefix, "suffix": suffix },
            ],
        }],
        "document": { "title": ["Takaichi and Trump in Tokyo"] },
        "links": { "html": format!("https://hypothes.is/a/hyp-{start}") },
        "flagged": false,
        "hidden": false,
    })
}

/// A Hypothesis export of the sample: three highlights from the article (on
/// a page with 57 units of navigation before it, so they moved), one whose
/// position is right, one of text the article does not have, a reply and a
/// page note.
pub fn hypothesis_export(text: &str, quotes: &[&str]) -> String {
    let mut rows = vec![
        hypothesis_row(
            text,
            quotes[0],
            57,
            "Check the **date**: announced in July.",
            &["trade", "date"],
        ),
        hypothesis_row(text, quotes[1], 57, "", &["numbers"]),
        hypothesis_row(text, quotes[2], 0, "Right where it says.", &[]),
    ];
    let mut orphan = hypothesis_row(text, quotes[0], 0, "Gone from the article", &[]);
    orphan["target"][0]["selector"][2]["exact"] =
        json!("The moon is made of cheese, the minister told reporters");
    orphan["target"][0]["selector"][2]["prefix"] = json!("");
    orphan["target"][0]["selector"][2]["suffix"] = json!("");
    rows.push(orphan);
    let mut reply = hypothesis_row(text, quotes[0], 0, "Agreed.", &[]);
    reply["references"] = json!(["hyp-1"]);
    rows.push(reply);
    rows.push(json!({
        "id": "page-note", "uri": "https://news.example.jp/2025/10/28/takaichi-trump",
        "text": "A page note", "tags": [], "target": [{ "source": "https://news.example.jp/2025/10/28/takaichi-trump" }],
    }));
    serde_json::to_string_pretty(&json!({ "total": rows.len(), "rows": rows })).unwrap()
}

pub fn sample_quotes(p: &Project) -> Vec<String> {
    let mut claims: Vec<_> = p.claims.iter().filter(|c| !c.orphaned).collect();
    claims.sort_by_key(|c| c.span.start);
    claims
        .iter()
        .map(|c| c.span.quote.clone())
        .take(3)
        .collect()
}

#[test]
fn a_hypothesis_export_becomes_claims_in_one_undo_step() {
    let project = without_claims();
    let quotes = sample_quotes(&sample_project());
    let q: Vec<&str> = quotes.iter().map(String::as_str).collect();
    let file = hypothesis_export(&project.article.text, &q);
    let parsed = parse(file.as_bytes()).unwrap();
    assert_eq!(parsed.format, SourceFormat::Hypothesis);
    assert_eq!(parsed.items.len(), 4);
    assert_eq!(parsed.skipped.len(), 2, "{:?}", parsed.skipped);
    let plan = plan(&project, parsed, &actor());
    let r = &plan.report;
    assert_eq!((r.anchored, r.moved, r.orphaned), (1, 2, 1), "{r:?}");
    assert!(
        r.summary().contains("1 anchored, 2 moved, 1 orphaned"),
        "{}",
        r.summary()
    );
    assert!(
        r.details()
            .iter()
            .any(|l| l.contains("orphaned") && l.contains("moon"))
    );

    let mut doc = Document::new_unsaved(project.clone());
    doc.apply(plan.action.unwrap()).unwrap();
    let after = doc.project();
    assert_eq!(after.claims.len(), 4);
    let text = &after.article.text;
    for c in after.claims.iter().filter(|c| !c.orphaned) {
        assert_eq!(chars(text, c.span.start, c.span.end), c.span.quote);
        assert!(q.contains(&c.span.quote.as_str()));
        assert_eq!(c.activity[0].who, "Ana Reyes");
    }
    let first = after.claims.iter().find(|c| c.span.quote == q[0]).unwrap();
    assert_eq!(first.rationale, "Check the **date**: announced in July.");
    assert_eq!(first.tags, ["trade", "date"]);
    let orphan = after.claims.iter().find(|c| c.orphaned).unwrap();
    assert!(orphan.span.quote.contains("moon"));
    assert!(
        claimdesk::model::validate(after).is_empty(),
        "{:?}",
        claimdesk::model::validate(after)
    );
    // Claims stay in span order.
    let starts: Vec<_> = after
        .claims
        .iter()
        .map(|c| (c.span.start, c.span.end))
        .collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");

    assert_eq!(
        super::common::undo_name(&doc).as_deref(),
        Some("import annotations")
    );
    assert!(doc.undo().unwrap());
    assert_eq!(
        doc.project(),
        &project,
        "one undo takes the whole import back"
    );
}

#[test]
fn our_web_annotations_round_trip_into_a_project_without_claims() {
    let original = sample_project();
    let exported = export_at(&original, Format::Annotations, at()).unwrap();
    let project = without_claims();
    let parsed = parse(exported.as_bytes()).unwrap();
    assert_eq!(parsed.format, SourceFormat::WebAnnotation);
    let plan = plan(&project, parsed, &actor());
    assert_eq!(
        plan.report.anchored,
        original.claims.len(),
        "{:?}",
        plan.report
    );
    assert_eq!(plan.report.moved + plan.report.orphaned, 0);
    let mut back = project.clone();
    plan.action.unwrap().apply(&mut back).unwrap();
    assert_eq!(back.claims.len(), original.claims.len());
    for c in &original.claims {
        let b = back
            .claims
            .iter()
            .find(|b| b.span == c.span)
            .unwrap_or_else(|| panic!("no claim at {:?}", c.span));
        assert_eq!(b.verdict, c.verdict);
        assert_eq!(b.reviewed, c.reviewed);
        assert_eq!(b.rationale, c.rationale);
        assert_eq!(b.tags, c.tags);
    }
    let order = |p: &Project| p.claims.iter().map(|c| c.span.clone()).collect::<Vec<_>>();
    assert_eq!(order(&back), order(&original));

    // Importing the same file again adds nothing.
    let again = claimdesk::import::plan(&back, parse(exported.as_bytes()).unwrap(), &actor());
    assert!(again.action.is_none());
    assert_eq!(again.report.already_present, original.claims.len());
    assert_eq!(again.report.imported(), 0);
}

pub fn claimreview_feed(text_claim: &str) -> String {
    let review = |claim: &str, name: &str, value: Value, author: &str| {
        json!({
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": format!("https://checks.example/{}", claim.len()),
            "claimReviewed": claim,
            "author": { "@type": "Organization", "name": "Example Checks" },
            "datePublished": "2025-10-30",
            "itemReviewed": {
                "@type": "Claim",
                "author": { "@type": "Person", "name": author },
                "datePublished": "2025-10-28T10:00:00Z",
            },
            "reviewRating": { "@type": "Rating", "alternateName": name, "ratingValue": value, "bestRating": 6, "worstRating": 1, "ratingExplanation": "Announced in July." },
        })
    };
    serde_json::to_string_pretty(&json!({
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "dataFeedElement": [
            { "@type": "DataFeedItem", "item": [review(text_claim, "MOSTLY FALSE", json!(1), "Sanae Takaichi")] },
            { "@type": "DataFeedItem", "item": [review("Tokyo will host the Winter Olympics next year", "Fabricated", json!("2"), "A blogger")] },
        ],
    }))
    .unwrap()
}

#[test]
fn claimreview_feeds_are_anchored_by_the_claim_reviewed() {
    let project = without_claims();
    let quote = sample_quotes(&sample_project())[1].clone();
    let feed = claimreview_feed(&quote);
    let parsed = parse(feed.as_bytes()).unwrap();
    assert_eq!(parsed.format, SourceFormat::ClaimReview);
    let plan = plan(&project, parsed, &actor());
    assert_eq!(
        (plan.report.anchored, plan.report.orphaned),
        (1, 1),
        "{:?}",
        plan.report
    );
    let mut p = project.clone();
    plan.action.unwrap().apply(&mut p).unwrap();
    let found = p.claims.iter().find(|c| !c.orphaned).unwrap();
    assert_eq!(found.span.quote, quote);
    assert_eq!(found.claimant, "Sanae Takaichi");
    assert_eq!(found.claim_date, "2025-10-28");
    assert_eq!(found.rationale, "Announced in July.");
    // By label, ignoring case (the value 1 would say Pants on fire).
    assert_eq!(found.verdict, Some(VerdictId(4)));
    // By value, when the label is not on the scale.
    let orphan = p.claims.iter().find(|c| c.orphaned).unwrap();
    assert_eq!(orphan.verdict, Some(VerdictId(5)));
    assert_eq!(
        orphan.reviewed,
        "Tokyo will host the Winter Olympics next year"
    );

    // One object, and a list, read the same.
    let value: Value = serde_json::from_str(&feed).unwrap();
    let one = &value["dataFeedElement"][0]["item"][0];
    assert_eq!(parse(one.to_string().as_bytes()).unwrap().items.len(), 1);
    let list = json!([one, value["dataFeedElement"][1]["item"][0]]);
    assert_eq!(parse(list.to_string().as_bytes()).unwrap().items.len(), 2);
}

#[test]
fn absurd_positions_are_only_hints() {
    let project = without_claims();
    let quote = sample_quotes(&sample_project())[0].clone();
    let annotation = |start: Value, end: Value| {
        json!({
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "type": "Annotation",
            "target": { "source": "https://x.example", "selector": [
                { "type": "TextQuoteSelector", "exact": quote },
                { "type": "TextPositionSelector", "start": start, "end": end },
            ]},
        })
    };
    let list = json!([
        annotation(json!(u64::MAX), json!(u64::MAX)),
        annotation(json!(500), json!(3)),
        annotation(json!(-7), json!("x")),
        annotation(json!(1e300), json!(null)),
    ]);
    let plan = plan(
        &project,
        parse(list.to_string().as_bytes()).unwrap(),
        &actor(),
    );
    // All four find the quote; the first is imported, the rest are the same claim.
    assert_eq!(plan.report.imported(), 1, "{:?}", plan.report);
    assert_eq!(plan.report.already_present, 3);
    assert_eq!(plan.report.orphaned, 0);

    // An orphan with an absurd position stays inside the text's bounds.
    let orphan = json!({
        "type": "Annotation",
        "target": { "selector": [
            { "type": "TextQuoteSelector", "exact": "Nothing of the sort was ever said by anyone" },
            { "type": "TextPositionSelector", "start": u64::MAX - 1, "end": u64::MAX },
        ]},
    });
    let plan = claimdesk::import::plan(
        &project,
        parse(orphan.to_string().as_bytes()).unwrap(),
        &actor(),
    );
    let mut p = project.clone();
    plan.action.unwrap().apply(&mut p).unwrap();
    let c = &p.claims[0];
    assert!(c.orphaned);
    assert_eq!(c.span.start, project.article.text.chars().count());
    assert!(claimdesk::model::validate(&p).is_empty());
}
