//! Everything a user typed is untrusted: script payloads in every field must
//! come out inert in HTML, JSON-LD, Markdown and CSV.

use crate::common::{assert_valid, at, span_of};
use claimdesk::export::{Format, export_at};
use claimdesk::model::{
    Article, ArticleMeta, Claim, ClaimId, Color, Project, ScalePreset, Source, SourceId,
    SourceLink, Span, Stance, VerdictId,
};

const SCRIPT: &str = "<script>alert(1)</script>";
const ATTR: &str = "\"><img src=x onerror=alert(2)>";
const STYLE: &str = "</style><script>alert(3)</script>";
const CLOSE: &str = "</script><script>alert(4)</script>";
const JS_URL: &str = "javascript:alert(5)";

fn evil() -> String {
    format!("{SCRIPT} {ATTR} {STYLE} {CLOSE} =cmd|' /C calc'!A0")
}

/// A project whose every string field carries every payload, and whose every URL is `javascript:`.
fn hostile() -> Project {
    let e = evil();
    let text = format!("Intro {e}\nSecond line {e} end.");
    let meta = ArticleMeta {
        title: e.clone(),
        outlet: e.clone(),
        author: e.clone(),
        url: JS_URL.into(),
        date_published: e.clone(),
        date_retrieved: e.clone(),
    };
    let mut p = Project::new(
        e.clone(),
        Article::new(meta, text.clone()),
        ScalePreset::Short,
    );
    p.scale.name = e.clone();
    for v in &mut p.scale.verdicts {
        v.label = format!("{} {e}", v.label);
        v.description = e.clone();
    }
    p.settings.organisation = e.clone();
    p.settings.organisation_url = JS_URL.into();
    p.settings.review_url = JS_URL.into();
    p.settings.reviewer = e.clone();
    p.sources = vec![Source {
        id: SourceId(1),
        title: e.clone(),
        url: JS_URL.into(),
        publisher: e.clone(),
        author: e.clone(),
        date_published: e.clone(),
        date_accessed: e.clone(),
        archive_url: "JavaScript:alert(6)".into(),
        notes: e.clone(),
        ..Source::default()
    }];
    let quoted = span_of(&text, &e);
    let mut c = Claim::new(ClaimId(1), quoted);
    c.reviewed = e.clone();
    c.claimant = e.clone();
    c.claim_date = e.clone();
    c.verdict = Some(VerdictId(1));
    c.conclusion = String::new();
    c.rationale = e.clone();
    c.tags = vec![e.clone()];
    c.sources = vec![SourceLink {
        source: SourceId(1),
        stance: Stance::Refutes,
        excerpt: e.clone(),
        anchor: None,
    }];
    let mut c2 = Claim::new(
        ClaimId(2),
        Span {
            start: 0,
            end: 0,
            quote: String::new(),
        },
    );
    c2.span = span_of(&text, &format!("{e} end"));
    c2.reviewed = format!("-{e}");
    c2.verdict = Some(VerdictId(2));
    p.claims = vec![c, c2];
    p
}

fn render(format: Format) -> String {
    let p = hostile();
    assert_valid(&p);
    export_at(&p, format, at()).unwrap_or_else(|e| panic!("{format}: {e}"))
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// Every `href="…"` value in the page.
fn hrefs(html: &str) -> Vec<&str> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

#[test]
fn html_has_no_markup_from_user_text() {
    let html = render(Format::Html);
    assert!(!html.contains("<img"), "an <img> tag got through");
    assert!(!html.contains("alert(1)</script>"));
    assert!(
        !html.contains("<script>"),
        "only the JSON-LD script may exist"
    );
    assert_eq!(count(&html, "<script"), 1, "exactly the JSON-LD script");
    assert_eq!(count(&html, "</script>"), 1);
    assert_eq!(count(&html, "<style>"), 1);
    assert_eq!(count(&html, "</style>"), 1);
    // Shown to the reader, as text.
    assert!(
        html.contains("&#60;script&#62;alert(1)&#60;/script&#62;"),
        "payload shown escaped"
    );
    assert!(html.contains("&#34;&#62;&#60;img src=x onerror=alert(2)&#62;"));
}

#[test]
fn javascript_urls_never_become_links() {
    for html in [render(Format::Html)] {
        for href in hrefs(&html) {
            assert!(
                href.starts_with('#')
                    || href.starts_with("https://")
                    || href.starts_with("http://"),
                "href {href:?}"
            );
        }
        assert!(!html.to_ascii_lowercase().contains("href=\"javascript"));
    }
    let md = render(Format::Markdown);
    assert!(
        !md.to_ascii_lowercase().contains("](javascript"),
        "Markdown link to javascript:"
    );
    assert!(!md.to_ascii_lowercase().contains("](<javascript"));
}

#[test]
fn json_ld_in_html_cannot_close_its_script_and_still_parses() {
    let html = render(Format::Html);
    let start = html
        .find("<script type=\"application/ld+json\">")
        .map(|i| i + 35);
    let start = start.unwrap_or_else(|| panic!("no JSON-LD script"));
    let end = start + html[start..].find("</script>").unwrap_or(0);
    let json = &html[start..end];
    assert!(!json.contains('<'), "a '<' inside the script could end it");
    let parsed: serde_json::Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}"));
    let reviews = parsed.as_array().map(Vec::len);
    assert_eq!(reviews, Some(2));
    assert_eq!(
        parsed[0]["claimReviewed"],
        serde_json::Value::String(evil()),
        "round-trips the text exactly"
    );
}

#[test]
fn claimreview_and_annotations_drop_javascript_urls() {
    for format in [Format::ClaimReview, Format::Annotations] {
        let out = render(format);
        let v: serde_json::Value =
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("{format}: {e}"));
        let mut urls = Vec::new();
        collect_url_fields(&v, &mut urls);
        for u in &urls {
            assert!(
                !u.to_ascii_lowercase().starts_with("javascript"),
                "{format}: {u}"
            );
        }
        assert!(
            !out.to_ascii_lowercase().contains("\"javascript:"),
            "{format} carries a javascript: value"
        );
    }
}

/// Values of fields that hold IRIs in ClaimReview and Web Annotations.
fn collect_url_fields(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, val) in map {
                if let (true, Some(s)) = (
                    ["url", "id", "source", "cached", "homepage"].contains(&k.as_str()),
                    val.as_str(),
                ) {
                    out.push(s.to_owned());
                }
                collect_url_fields(val, out);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|i| collect_url_fields(i, out)),
        _ => {}
    }
}

#[test]
fn markdown_escapes_html_and_link_syntax() {
    let md = render(Format::Markdown);
    assert!(md.contains("\\<script\\>alert(1)"), "payload shown escaped");
    // Every '<' is escaped, except in our own anchors and link destinations.
    let anchor = |l: &str| {
        l.strip_prefix("<a id=\"claim-")
            .and_then(|r| r.strip_suffix("\"></a>"))
            .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
    };
    for line in md.lines().filter(|l| !anchor(l)) {
        for (i, _) in line.match_indices('<') {
            let before = &line[..i];
            let ours = before.ends_with("](") && line[i..].starts_with("<http");
            assert!(ours || before.ends_with('\\'), "raw '<' in: {line}");
        }
    }
}

#[test]
fn csv_neutralises_formula_cells() {
    let out = render(Format::Csv);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap_or_default()).collect();
    assert_eq!(rows.len(), 2);
    // Claim 2's "claim reviewed" starts with '-': it must be neutralised.
    let reviewed: Vec<&str> = rows.iter().map(|r| r.get(4).unwrap_or("")).collect();
    assert!(
        reviewed.contains(&format!("'-{}", evil()).as_str()),
        "{reviewed:?}"
    );
    for row in &rows {
        for cell in row {
            let numeric = cell.parse::<i64>().is_ok();
            assert!(
                numeric || !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "cell {cell:?}"
            );
        }
    }
}

#[test]
fn csv_neutralises_every_trigger_character() {
    let mut p = crate::common::sample();
    let triggers = ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"];
    for (claim, t) in p.claims.iter_mut().zip(triggers) {
        claim.claimant = t.to_owned();
    }
    let out = export_at(&p, Format::Csv, at()).unwrap_or_default();
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let claimants: Vec<String> = reader
        .records()
        .map(|r| r.unwrap_or_default().get(5).unwrap_or("").to_owned())
        .collect();
    let mut expected: Vec<String> = triggers.iter().map(|t| format!("'{t}")).collect();
    expected.sort();
    let mut got = claimants.clone();
    got.sort();
    assert_eq!(got, expected);
}

#[test]
fn colours_only_come_from_the_typed_colour() {
    // Colours reach inline styles; they are a typed #rrggbb and cannot carry CSS.
    let mut p = hostile();
    p.scale.verdicts[0].color = Color([1, 2, 3]);
    let html = export_at(&p, Format::Html, at()).unwrap_or_default();
    assert!(html.contains("#010203"));
}
