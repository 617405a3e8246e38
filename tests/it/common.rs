//! The fixed project every export test renders, and golden-file comparison.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use claimdesk::export::UtcTime;
use claimdesk::model::{
    Activity, Article, ArticleMeta, Claim, ClaimId, ClaimStatus, Comment, CommentId, Correction,
    Event, Project, Reliability, ScalePreset, Source, SourceId, SourceLink, Span, Stance,
    VerdictId,
};

/// Runs the `claimdesk` binary built for these tests.
pub fn claimdesk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(args)
        .output()
        .unwrap()
}

/// A file of `tests/fixtures/intake/`, as a command-line argument.
pub fn intake_fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/intake")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// 2025-10-29T08:00:00Z: exports in tests are stamped with this, not the clock.
pub fn at() -> UtcTime {
    UtcTime::from_unix_seconds(1_761_724_800)
}

pub const TEXT: &str = "Prime Minister Sanae Takaichi (高市早苗) met President Donald Trump in Tokyo on 28 October 2025 🇯🇵.\n\
The $550 billion package includes shipbuilding cooperation, soybeans and LNG purchases.\n\
Japan will double defence spending to 2% of GDP by 2027, officials said.\n\
\n\
Critics say the deal \"changes nothing\" — café owners in Ōsaka disagree.";

/// A span over the first occurrence of `needle`, in characters as the model counts them.
pub fn span_of(text: &str, needle: &str) -> Span {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    let start = text[..byte].chars().count();
    Span {
        start,
        end: start + needle.chars().count(),
        quote: needle.to_owned(),
    }
}

fn source(id: u64, title: &str, url: &str, publisher: &str, archive: &str) -> Source {
    Source {
        id: SourceId(id),
        title: title.into(),
        url: url.into(),
        publisher: publisher.into(),
        author: String::new(),
        date_published: "2025-10-28".into(),
        date_accessed: "2025-10-29".into(),
        archive_url: archive.into(),
        reliability: Reliability::Credible,
        notes: String::new(),
        ..Source::default()
    }
}

fn link(source: u64, stance: Stance, excerpt: &str) -> SourceLink {
    SourceLink {
        source: SourceId(source),
        stance,
        excerpt: excerpt.into(),
        anchor: None,
    }
}

fn claim(id: u64, needle: &str) -> Claim {
    Claim::new(ClaimId(id), span_of(TEXT, needle))
}

/// Six-step scale; overlapping claims (2 and 3), a claim nested in another (4
/// in 3), a claim across a newline (5), an unrated claim (6), non-ASCII text
/// and emoji before every span, so byte and char offsets differ.
/// The sample project shipped in `projects/`, which the window opens at first start.
pub const SHIPPED_SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/projects/takaichi-trump-tokyo.ron"
);

/// The shipped sample project, loaded as `claimdesk` loads it.
pub fn shipped_sample() -> Project {
    claimdesk::io::load_project(Path::new(SHIPPED_SAMPLE)).unwrap_or_else(|e| panic!("{e}"))
}

pub fn sample() -> Project {
    let meta = ArticleMeta {
        title: "Takaichi and Trump agree $550 billion package".into(),
        outlet: "Tokyo Daily Wire".into(),
        author: "Aiko Tanaka".into(),
        url: "https://news.example.jp/2025/10/28/takaichi-trump".into(),
        date_published: "2025-10-28".into(),
        date_retrieved: "2025-10-29".into(),
    };
    let mut p = Project::new(
        "Takaichi–Trump meeting: what checks out",
        Article::new(meta, TEXT.to_owned()),
        ScalePreset::TruthSixStep,
    );
    p.settings.organisation = "Open Fact Desk".into();
    p.settings.organisation_url = "https://factdesk.example.org/".into();
    p.settings.review_url = "https://factdesk.example.org/checks/takaichi-trump".into();
    p.settings.reviewer = "Jonas Éberlé".into();
    p.sources = vec![
        source(
            1,
            "Joint statement on the Japan–US investment framework",
            "https://www.mofa.go.jp/na/st/page1e_001.html",
            "Ministry of Foreign Affairs of Japan",
            "https://web.archive.org/web/20251029/https://www.mofa.go.jp/na/st/page1e_001.html",
        ),
        source(
            2,
            "White House fact sheet: U.S.–Japan deal",
            "https://www.whitehouse.gov/fact-sheets/2025/10/japan",
            "The White House",
            "",
        ),
        source(
            3,
            "Defense budget outlook 2027",
            "https://www.mod.go.jp/budget/2027.html",
            "Ministry of Defense",
            "https://archive.ph/abcde",
        ),
    ];

    let mut c1 = claim(1, "met President Donald Trump in Tokyo on 28 October 2025");
    c1.reviewed = "Takaichi met Trump in Tokyo on 28 October 2025".into();
    c1.claimant = "Tokyo Daily Wire".into();
    c1.claim_date = "2025-10-28".into();
    // Checked by Ana, approved by Ben, published, then corrected.
    c1.status = ClaimStatus::Approved;
    c1.verdict = Some(VerdictId(1));
    c1.published_on = "2025-10-30".into();
    let did = |who: &str, when: &str, event| Activity {
        who: who.into(),
        when: when.into(),
        event,
    };
    c1.activity = vec![
        did("Ana", "2025-10-29T09:00:00Z", Event::Created),
        did(
            "Ana",
            "2025-10-29T09:30:00Z",
            Event::Verdict(Some(VerdictId(2))),
        ),
        did("Ben", "2025-10-29T12:00:00Z", Event::Approved),
        did("Ana", "2025-11-02T08:00:00Z", Event::Correction),
        did("Ben", "2025-11-02T09:00:00Z", Event::Approved),
    ];
    c1.rationale = "Both governments published statements dated 28 October.\n\nThe meeting took place at the Akasaka Palace.".into();
    c1.tags = vec!["diplomacy".into(), "日米".into()];
    c1.sources = vec![
        link(
            1,
            Stance::Supports,
            "The leaders met in Tokyo on 28 October 2025.",
        ),
        link(2, Stance::Supports, ""),
    ];
    c1.approved = Some(claimdesk::model::Approval {
        who: "Ben".into(),
        when: "2025-11-02T09:00:00Z".into(),
        digest: c1.approved_digest(),
    });

    let mut c2 = claim(2, "$550 billion package includes shipbuilding");
    c2.reviewed = "The $550 billion package includes shipbuilding".into();
    c2.claimant = "Tokyo Daily Wire".into();
    c2.status = ClaimStatus::ReadyForReview;
    c2.comments = vec![Comment {
        id: CommentId(9_000_000_000_000_000_001),
        author: "Ben".into(),
        time: "2025-10-29T12:05:00Z".into(),
        text: "A second publisher, please.".into(),
        resolved: false,
    }];
    c2.verdict = Some(VerdictId(2));
    c2.rationale = "The fact sheet lists shipbuilding, but as a separate memorandum.".into();
    c2.sources = vec![link(
        2,
        Stance::Supports,
        "Shipbuilding cooperation under a separate memorandum.",
    )];

    let mut c3 = claim(3, "shipbuilding cooperation, soybeans and LNG");
    c3.reviewed = "Japan will buy more soybeans and LNG".into();
    c3.status = ClaimStatus::InProgress;
    c3.verdict = Some(VerdictId(4));
    c3.rationale = "Purchases are planned, but no volumes are committed.".into();
    c3.sources = vec![link(1, Stance::Context, ""), link(2, Stance::Refutes, "")];

    let mut c4 = claim(4, "soybeans");
    c4.reviewed = "Soybean purchases are part of the deal".into();
    c4.verdict = Some(VerdictId(3));
    c4.sources = vec![link(2, Stance::Supports, "")];

    let mut c5 = claim(
        5,
        "LNG purchases.\nJapan will double defence spending to 2% of GDP by 2027",
    );
    c5.reviewed = "Japan will double its defence spending to 2% of GDP by 2027, as officials said when the deal was announced".into();
    c5.claimant = "Unnamed officials".into();
    c5.claim_date = "2025-10-28".into();
    c5.verdict = Some(VerdictId(5));
    c5.rationale =
        "The target year is 2027 in the plan, but spending would rise to 2%, not double from it."
            .into();
    c5.sources = vec![link(3, Stance::Refutes, "Reach 2% of GDP in fiscal 2027.")];

    let c6 = claim(6, "café owners in Ōsaka disagree");
    p.claims = vec![c1, c2, c3, c4, c5, c6];
    p.corrections = vec![Correction {
        date: "2025-11-02".into(),
        claim: ClaimId(1),
        who: "Ana".into(),
        change: "Verdict: Mostly true → True".into(),
        note: "The second statement confirms the date and the place.".into(),
    }];
    p
}

pub fn golden_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// Compares `actual` with the golden file; `UPDATE_GOLDEN=1` rewrites it instead.
pub fn assert_golden(name: &str, actual: &str) {
    let path = golden_path(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from its golden file at line {}:\n expected: {:?}\n   actual: {:?}\n(rerun with UPDATE_GOLDEN=1 if the change is intended)",
            line + 1,
            expected.lines().nth(line).unwrap_or("<end>"),
            actual.lines().nth(line).unwrap_or("<end>")
        );
    }
}

/// Fails when `project` does not pass the model's own load-time validation:
/// a fixture that the app would refuse proves nothing.
pub fn assert_valid(project: &Project) {
    let problems = claimdesk::model::validate(project);
    assert!(problems.is_empty(), "fixture is invalid: {problems:?}");
}

/// The sample as a conclusion-only project (as Full Fact works): no scale,
/// plain-language conclusions on all claims but the last.
pub fn sample_with_conclusions() -> Project {
    let mut p = sample();
    p.scale = ScalePreset::ConclusionOnly.scale();
    let conclusions = [
        "Correct: the meeting took place in Tokyo on 28 October.",
        "Shipbuilding is covered, but by a separate memorandum.",
        "Purchases are planned, but no volumes are committed.",
        "Soybeans are mentioned without any amount.",
        "Wrong: spending would rise to 2% of GDP, not double from it.",
    ];
    for (c, text) in p.claims.iter_mut().zip(conclusions) {
        c.verdict = None;
        c.conclusion = text.into();
    }
    p.claims[5].verdict = None;
    p
}

/// The name of the step Undo would take back, in English ("set verdict").
pub fn undo_name(document: &claimdesk::edit::Document) -> Option<String> {
    document.undo_label().map(ToString::to_string)
}
