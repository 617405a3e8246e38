//! W3C Web Annotations: selectors in code points, and the W3C test suite's
//! must assertions, checked by data/web-annotation/tools/validate-web-annotations.py.

use std::path::PathBuf;
use std::process::Command;

use crate::common::{TEXT, at, sample};
use claimdesk::export::{Format, export_at};
use claimdesk::model::Project;
use serde_json::Value;

fn collection(project: &Project) -> Value {
    let out = export_at(project, Format::Annotations, at()).unwrap_or_else(|e| panic!("{e}"));
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}"))
}

fn items(c: &Value) -> Vec<Value> {
    c["first"]["items"].as_array().cloned().unwrap_or_default()
}

#[test]
fn collection_has_one_annotation_per_claim() {
    let c = collection(&sample());
    assert_eq!(c["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(c["type"], "AnnotationCollection");
    assert_eq!(c["total"], 6);
    assert_eq!(c["first"]["type"], "AnnotationPage");
    let items = items(&c);
    assert_eq!(items.len(), 6);
    assert_eq!(items[0]["motivation"], "assessing");
    assert_eq!(items[0]["created"], "2025-10-29T08:00:00Z");
    assert_eq!(
        items[0]["id"],
        "https://factdesk.example.org/checks/takaichi-trump#annotation-claim-1"
    );
    assert_eq!(
        items[5]["motivation"], "highlighting",
        "an unrated claim assesses nothing"
    );
}

#[test]
fn selectors_count_code_points_and_carry_32_chars_of_context() {
    let p = sample();
    let chars: Vec<char> = TEXT.chars().collect();
    for (a, claim) in items(&collection(&p)).iter().zip(&p.claims) {
        let target = &a["target"];
        assert_eq!(
            target["source"],
            "https://news.example.jp/2025/10/28/takaichi-trump"
        );
        let quote = &target["selector"][0];
        let pos = &target["selector"][1];
        assert_eq!(quote["type"], "TextQuoteSelector");
        assert_eq!(pos["type"], "TextPositionSelector");
        let (start, end) = (claim.span.start, claim.span.end);
        assert_eq!(pos["start"].as_u64(), Some(start as u64));
        assert_eq!(pos["end"].as_u64(), Some(end as u64));
        let exact: String = chars[start..end].iter().collect();
        assert_eq!(quote["exact"], Value::String(exact));
        let prefix: String = chars[start.saturating_sub(32)..start].iter().collect();
        let suffix: String = chars[end..(end + 32).min(chars.len())].iter().collect();
        assert_eq!(quote["prefix"].as_str().unwrap_or(""), prefix);
        assert_eq!(quote["suffix"].as_str().unwrap_or(""), suffix);
    }
}

#[test]
fn bodies_carry_verdict_rationale_tags_and_sources() {
    let first = &items(&collection(&sample()))[0];
    let bodies = first["body"].as_array().cloned().unwrap_or_default();
    let with = |purpose: &str| -> Vec<&Value> {
        bodies.iter().filter(|b| b["purpose"] == purpose).collect()
    };
    assert_eq!(with("assessing")[0]["value"], "True");
    assert_eq!(with("commenting")[0]["format"], "text/markdown");
    let tags: Vec<&str> = with("tagging")
        .iter()
        .filter_map(|b| b["value"].as_str())
        .collect();
    assert_eq!(tags, ["diplomacy", "日米"]);
    let links = with("linking");
    assert_eq!(links.len(), 2);
    assert_eq!(links[0]["type"], "SpecificResource");
    assert_eq!(
        links[0]["source"],
        "https://www.mofa.go.jp/na/st/page1e_001.html"
    );
    assert_eq!(links[0]["state"]["type"], "TimeState");
    assert_eq!(links[0]["state"]["sourceDate"], "2025-10-29T00:00:00Z");
}

#[test]
fn an_article_without_a_web_address_is_named_by_its_hash() {
    let mut p = sample();
    p.article.meta.url.clear();
    p.settings.review_url.clear();
    let c = collection(&p);
    let a = &items(&c)[0];
    assert_eq!(
        a["target"]["source"],
        Value::String(format!("urn:sha256:{}", p.article.sha256))
    );
    assert!(
        a["id"]
            .as_str()
            .is_some_and(|id| id.starts_with("urn:uuid:"))
    );
    assert!(
        c["id"]
            .as_str()
            .is_some_and(|id| id.starts_with("urn:uuid:"))
    );
}

fn validator() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data/web-annotation/tools/validate-web-annotations.py")
}

/// The validator needs python3 with jsonschema and rfc3987; CI installs them (see .ci/run).
/// Without them the test fails and says what to install: it never passes unchecked.
fn require_python() {
    let ok = Command::new("python3")
        .args(["-c", "import jsonschema, referencing, rfc3987"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "the Web Annotation validator needs python3 with jsonschema and rfc3987: \
         install them with `python3 -m pip install jsonschema rfc3987`"
    );
}

pub(crate) fn validate(project: &Project, name: &str) {
    assert!(
        validator().exists(),
        "{} is missing from the repository",
        validator().display()
    );
    require_python();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = export_at(project, Format::Annotations, at()).unwrap_or_else(|e| panic!("{e}"));
    let collection_file = dir.path().join(format!("{name}.jsonld"));
    std::fs::write(&collection_file, &out).unwrap_or_else(|e| panic!("{e}"));
    // Each annotation also on its own, as a tool would receive it, with the context it needs.
    let mut files = vec![collection_file];
    let c: Value = serde_json::from_str(&out).unwrap_or_default();
    for (i, mut a) in items(&c).into_iter().enumerate() {
        a["@context"] = c["@context"].clone();
        let f = dir.path().join(format!("{name}-{i}.jsonld"));
        std::fs::write(&f, a.to_string()).unwrap_or_else(|e| panic!("{e}"));
        files.push(f);
    }
    let run = Command::new("python3")
        .arg(validator())
        .args(&files)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let report = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "validator failed:\n{report}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(report.contains(", 0 failed"), "{report}");
}

#[test]
fn sample_passes_the_w3c_must_assertions() {
    validate(&sample(), "sample");
}

#[test]
fn bare_project_passes_the_w3c_must_assertions() {
    let mut p = sample();
    p.article.meta = Default::default();
    p.settings = Default::default();
    for s in &mut p.sources {
        s.url = "not a url".into();
        s.date_accessed.clear();
    }
    validate(&p, "bare");
}
