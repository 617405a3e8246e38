//! Transcripts (.srt, .vtt): cues become paragraphs at each speaker turn,
//! every claim knows its time code and speaker, and reports link a claim to
//! its moment when the article's URL is a video page.

use std::path::{Path, PathBuf};

use claimdesk::export::{Format, export_at};
use claimdesk::io::{
    ArticleFormat, ImportError, import_article, import_article_bytes, parse_project, project_to_ron,
};
use claimdesk::model::{Claim, ClaimId, Project, ScalePreset, Span};
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/intake")
        .join(name)
}

/// A project on `article` with one claim on `quote`.
fn project_with_claim(article: claimdesk::model::Article, quote: &str) -> Project {
    let mut project = Project::new("t", article, ScalePreset::TruthSixStep);
    let byte = project.article.text.find(quote).expect("quote in text");
    let start = project.article.text[..byte].chars().count();
    let end = start + quote.chars().count();
    let mut claim = Claim::new(
        ClaimId(7),
        Span {
            start,
            end,
            quote: quote.to_owned(),
        },
    );
    claim.reviewed = "Unemployment is at its lowest since 2008".into();
    project.claims.push(claim);
    project
}

#[test]
fn srt_cues_become_speaker_paragraphs_with_time_codes() {
    let imported = import_article(&fixture("debate.srt")).unwrap();
    assert_eq!(imported.format, ArticleFormat::SubRip);
    let article = &imported.article;
    assert_eq!(
        article.text,
        "MODERATOR: Senator, your first answer.\n\
         SENATOR OKAFOR: Unemployment fell to 5.5 per cent last year, the lowest since 2008.\n\
         MODERATOR: Governor, your reply.\n\
         GOVERNOR LINDQVIST: That is not true in the North, where it rose."
    );
    let project = project_with_claim(article.clone(), "the lowest since 2008");
    let claim = &project.claims[0];
    let loc = project.article.location(claim.span.start, claim.span.end);
    assert_eq!(loc.label(), "00:12:35");
    assert_eq!(loc.speaker.as_deref(), Some("SENATOR OKAFOR"));
    let first = project.article.location(0, 3);
    assert_eq!(first.label(), "00:12:29");
    assert!(
        imported
            .notes
            .iter()
            .any(|n| n.to_string().contains("3 speakers")),
        "{:?}",
        imported.notes
    );
}

#[test]
fn vtt_voices_notes_styles_and_entities() {
    let imported = import_article(&fixture("council.vtt")).unwrap();
    assert_eq!(imported.format, ArticleFormat::WebVtt);
    let article = &imported.article;
    // The long pause before the last cue does not split a turn already
    // split by the speaker; NOTE and STYLE blocks are not text.
    assert_eq!(
        article.text,
        "Chair: Welcome to the budget committee.\n\
         Councillor Berg: Street lighting now uses 41 per cent less electricity. That saves & matters.\n\
         Chair: The meeting is closed."
    );
    let at = article.text.find("That saves").unwrap();
    let loc = article.location(at, at + 10);
    assert_eq!(loc.label(), "00:00:08");
    assert_eq!(loc.speaker.as_deref(), Some("Councillor Berg"));
    let last = article.text.find("The meeting").unwrap();
    assert_eq!(article.location(last, last + 3).label(), "00:01:15");
}

#[test]
fn reports_show_the_time_and_link_to_the_moment_of_a_video() {
    let mut article = import_article(&fixture("debate.srt")).unwrap().article;
    article.meta.url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ".into();
    let project = project_with_claim(article, "Unemployment fell to 5.5 per cent");
    let at = crate::common::at();
    let md = export_at(&project, Format::Markdown, at).unwrap();
    assert!(
        md.contains("| Time | [00:12:31](<https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=751>) |"),
        "{md}"
    );
    let html = export_at(&project, Format::Html, at).unwrap();
    assert!(
        html.contains(r#"<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=751" rel="noopener">00:12:31</a>"#)
            || html.contains(r#"<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&#38;t=751" rel="noopener">00:12:31</a>"#),
        "{html}"
    );
    let csv = export_at(&project, Format::Csv, at).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = headers.iter().position(|h| h == "location").unwrap();
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[col], "00:12:31");
    let anno: Value =
        serde_json::from_str(&export_at(&project, Format::Annotations, at).unwrap()).unwrap();
    let selectors = &anno["first"]["items"][0]["target"]["selector"];
    let fragment = selectors
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["type"] == "FragmentSelector")
        .unwrap();
    assert_eq!(fragment["value"], "t=751.4");
    assert_eq!(
        fragment["refinedBy"]["exact"],
        "Unemployment fell to 5.5 per cent"
    );
}

#[test]
fn segments_survive_save_and_load() {
    let article = import_article(&fixture("council.vtt")).unwrap().article;
    let project = project_with_claim(article, "Street lighting");
    let ron = project_to_ron(&project).unwrap();
    assert!(ron.contains("segments:"), "{ron}");
    assert!(ron.contains("speaker: Some(\"Councillor Berg\")"), "{ron}");
    let back = parse_project(ron.as_bytes()).unwrap();
    assert_eq!(back.article.segments, project.article.segments);
    // Articles without segments are written as before: no empty list.
    let plain = Project::new(
        "p",
        claimdesk::io::article_from_text("Plain.").unwrap(),
        ScalePreset::TruthSixStep,
    );
    assert!(!project_to_ron(&plain).unwrap().contains("segments"));
}

#[test]
fn hostile_transcripts_are_refused_with_a_reason() {
    let cases: [(&[u8], ArticleFormat, &str); 4] = [
        (b"", ArticleFormat::SubRip, "no cues"),
        (
            b"1\n00:00:01,000 --> \nHello\n",
            ArticleFormat::SubRip,
            "no cues",
        ),
        (
            b"1\n00:00:01,000 --> 00:00:02,000\nHi\n",
            ArticleFormat::WebVtt,
            "not a WebVTT file",
        ),
        (
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01",
            ArticleFormat::SubRip,
            "",
        ),
    ];
    for (bytes, format, why) in cases {
        let err = import_article_bytes(bytes, format).unwrap_err();
        let message = err.to_string();
        assert!(message.contains(why), "{message}");
        assert!(!matches!(err, ImportError::Io(..)));
    }
    // A truncated file keeps the cues it has; a cue cut before its time code is noted.
    let cut = b"1\n00:00:01,000 --> 00:00:02,000\nFirst line.\n\n2\n00:00:0";
    let imported = import_article_bytes(cut, ArticleFormat::SubRip).unwrap();
    assert_eq!(imported.article.text, "First line.");
    assert!(
        imported
            .notes
            .iter()
            .any(|n| n.to_string().contains("left out")),
        "{:?}",
        imported.notes
    );
}
