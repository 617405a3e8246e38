//! Hostile project files: each is refused with a clear error, loading never
//! panics, and the file is never touched.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::common::{SHIPPED_SAMPLE as SAMPLE, shipped_sample as sample};
use claimdesk::io::{LoadError, MAX_PROJECT_BYTES, load_project, parse_project, project_to_ron};
use claimdesk::model::FORMAT_VERSION;
use claimdesk::model::{ClaimId, Problem, Project, SourceId, SourceLink, VerdictId, validate};
use proptest::prelude::*;

fn sample_bytes() -> Vec<u8> {
    fs::read(SAMPLE).unwrap()
}

/// Writes `bytes` to a file with an old modification time, loads it, checks
/// that neither the bytes nor the time changed, and returns the error.
fn load_hostile(bytes: &[u8]) -> LoadError {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.ron");
    fs::write(&path, bytes).unwrap();
    let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
    File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let result = load_project(&path);
    assert_eq!(fs::read(&path).unwrap(), bytes, "the file was changed");
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), old);
    let entries: Vec<PathBuf> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(entries, [path], "loading left files behind");
    match result {
        Ok(_) => panic!("a hostile file was accepted"),
        Err(e) => e,
    }
}

fn load_modified(change: impl FnOnce(&mut Project)) -> (Vec<Problem>, String) {
    let mut project = sample();
    change(&mut project);
    let err = load_hostile(project_to_ron(&project).unwrap().as_bytes());
    let message = err.to_string();
    assert!(message.starts_with("the project does not hold together:"));
    match err {
        LoadError::Invalid(problems) => (problems, message),
        other => panic!("expected Invalid, got {other:?}"),
    }
}

fn assert_syntax(err: LoadError, expect_in_message: &str) -> (usize, usize) {
    let display = err.to_string();
    match err {
        LoadError::Syntax {
            line,
            column,
            message,
        } => {
            assert!(line >= 1 && column >= 1, "{line}:{column}");
            assert!(
                display.contains(&format!("line {line}, column {column}")),
                "{display}"
            );
            assert!(
                message.to_lowercase().contains(expect_in_message),
                "{message:?} should mention {expect_in_message:?}"
            );
            (line, column)
        }
        other => panic!("expected a syntax error, got {other:?}: {display}"),
    }
}

#[test]
fn empty_file() {
    let err = load_hostile(b"");
    assert!(matches!(err, LoadError::Empty), "{err:?}");
    assert_eq!(err.to_string(), "the file is empty");
}

#[test]
fn whitespace_only() {
    let err = load_hostile(b"  \n\t\r\n   \n");
    assert!(matches!(err, LoadError::Empty), "{err:?}");
    assert!(err.to_string().contains("empty"));
}

#[test]
fn truncated_project() {
    let bytes = sample_bytes();
    // Cut at a character boundary so the error is about the cut, not the encoding.
    let text = std::str::from_utf8(&bytes).unwrap();
    let mut half = text.len() / 2;
    while !text.is_char_boundary(half) {
        half -= 1;
    }
    let err = load_hostile(&bytes[..half]);
    let display = err.to_string();
    let (line, _) = match err {
        LoadError::Syntax { line, column, .. } => (line, column),
        other => panic!("expected a syntax error, got {other:?}"),
    };
    assert!(line > 1, "the error points into the file: {display}");
    assert!(display.starts_with("not a valid ClaimDesk project (line"));

    // Cut just before the final `)`: the file ends too early.
    let trimmed = text.trim_end();
    let err = load_hostile(&trimmed.as_bytes()[..trimmed.len() - 1]);
    assert_syntax(err, "ends too early");
}

#[test]
fn binary_png() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    let err = load_hostile(png);
    assert!(matches!(err, LoadError::Binary), "{err:?}");
    assert!(err.to_string().contains("binary file"));
}

#[test]
fn latin1_is_not_utf8() {
    let err = load_hostile(b"(\n  title: \"Caf\xe9 cr\xe8me\",\n)");
    assert!(matches!(err, LoadError::NotUtf8 { line: 2 }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "the file is not UTF-8 text (first bad byte on line 2)"
    );
}

#[test]
fn not_ron() {
    let err = load_hostile(b"# My fact-check\n\nThis is Markdown, not a project.\n");
    assert_syntax(err, "");
    let err = load_hostile(br#"{"format_version": 1, "title": "json"}"#);
    assert_syntax(err, "");
}

#[test]
fn ron_of_the_wrong_shape() {
    let err = load_hostile(b"(format_version: 1, title: \"no scale, no article\")");
    assert_syntax(err, "scale");
    let err = load_hostile(b"[1, 2, 3]");
    assert_syntax(err, "");
    let mut wrong = String::from_utf8(sample_bytes()).unwrap();
    wrong = wrong.replacen(
        &format!("format_version: {FORMAT_VERSION}"),
        "format_version: \"one\"",
        1,
    );
    let err = load_hostile(wrong.as_bytes());
    let (line, _) = assert_syntax(err, "");
    assert_eq!(line, 2, "points at the format_version line");
}

#[test]
fn newer_format_version() {
    let text = String::from_utf8(sample_bytes()).unwrap();
    // A newer file may also carry fields this version does not know.
    let newer = text
        .replacen(
            &format!("format_version: {FORMAT_VERSION}"),
            "format_version: 99",
            1,
        )
        .replacen("title:", "future_field: [1, 2],\n  title:", 1);
    let err = load_hostile(newer.as_bytes());
    assert!(
        matches!(err, LoadError::NewerVersion { found: 99 }),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(message.contains("newer ClaimDesk"), "{message}");
    assert!(message.contains("99"), "{message}");
}

#[test]
fn deeply_nested_input_does_not_overflow_the_stack() {
    for nested in [
        "[".repeat(100_000),
        "(".repeat(100_000),
        format!("(format_version: 1, title: {}", "Some(".repeat(100_000)),
        format!("(scale: {}", "{\"a\":".repeat(100_000)),
        format!("(future_field: {}", "[".repeat(100_000)),
        format!(
            "(format_version: 1, unknown: {}",
            "{\"a\":(b:".repeat(50_000)
        ),
    ] {
        let err = load_hostile(nested.as_bytes());
        assert!(matches!(err, LoadError::Syntax { .. }), "{err:?}");
        assert!(!err.to_string().is_empty());
    }
    // Unknown fields are skipped whatever they hold: that is where depth could pile up.
    let err = load_hostile(format!("(future_field: {}", "[".repeat(100_000)).as_bytes());
    assert_syntax(err, "nested too deeply");
}

#[test]
fn file_larger_than_the_limit_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let size = MAX_PROJECT_BYTES * 4;
    // Sparse: nothing is written to disk.
    File::create(&path).unwrap().set_len(size).unwrap();
    let before = fs::metadata(&path).unwrap().modified().unwrap();
    let err = load_project(&path).unwrap_err();
    // Had the file been read, at most MAX_PROJECT_BYTES + 1 bytes would have
    // been seen, and the reported size would be that.
    match err {
        LoadError::TooLarge { size: s, limit } => {
            assert_eq!(s, size);
            assert_eq!(limit, MAX_PROJECT_BYTES);
        }
        ref other => panic!("expected TooLarge, got {other:?}"),
    }
    assert_eq!(
        err.to_string(),
        "the file is 256 MB, larger than the 64 MB a project may be; it was not read"
    );
    let after = fs::metadata(&path).unwrap();
    assert_eq!(after.len(), size);
    assert_eq!(after.modified().unwrap(), before);
}

#[test]
fn missing_file_names_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nowhere.ron");
    let err = load_project(&path).unwrap_err();
    assert!(
        matches!(err, LoadError::Io(ref p, _) if p == &path),
        "{err:?}"
    );
    assert!(err.to_string().contains("nowhere.ron"));
}

#[test]
fn span_out_of_range() {
    let (problems, message) = load_modified(|p| {
        p.claims[2].span.start = 5000;
        p.claims[2].span.end = 5010;
    });
    assert_eq!(
        problems,
        [Problem::SpanOutOfRange {
            claim: ClaimId(3),
            // Its span is past the end now: last in article order.
            number: 12,
            start: 5000,
            end: 5010,
            len: 2755
        }]
    );
    assert!(
        message.contains(
            "claim #12 (id 3) spans characters 5000..5010, but the article has 2755 characters"
        ),
        "{message}"
    );
    // A reversed span is out of range too.
    let (problems, _) = load_modified(|p| {
        p.claims[0].span.start = 20;
        p.claims[0].span.end = 10;
    });
    assert!(matches!(problems[..], [Problem::SpanOutOfRange { .. }]));
}

#[test]
fn span_not_matching_its_quote() {
    let (problems, message) = load_modified(|p| p.claims[0].span.start += 1);
    assert!(
        matches!(
            &problems[..],
            [Problem::SpanQuoteMismatch {
                claim: ClaimId(1),
                ..
            }]
        ),
        "{problems:?}"
    );
    assert!(
        message.contains("claim #1 (id 1) quotes \"within the framework"),
        "{message}"
    );
    assert!(
        message.contains("but the article there reads \"ithin"),
        "{message}"
    );
}

#[test]
fn duplicate_claim_ids() {
    let (problems, message) = load_modified(|p| p.claims[5].id = ClaimId(2));
    assert_eq!(problems, [Problem::DuplicateClaimId(ClaimId(2))]);
    assert!(message.contains("two claims share the id 2"), "{message}");
}

#[test]
fn duplicate_source_ids() {
    let (problems, message) = load_modified(|p| p.sources[3].id = SourceId(1));
    // The claims citing the old id 4 now point to a missing source, too.
    assert!(problems.contains(&Problem::DuplicateSourceId(SourceId(1))));
    assert!(message.contains("two sources share the id 1"), "{message}");
}

#[test]
fn link_to_a_missing_source() {
    let (problems, message) = load_modified(|p| {
        p.claims[1].sources.push(SourceLink {
            source: SourceId(404),
            ..SourceLink::default()
        })
    });
    assert_eq!(
        problems,
        [Problem::MissingSource {
            claim: ClaimId(2),
            number: 2,
            source: SourceId(404)
        }]
    );
    assert!(
        message.contains("claim #2 (id 2) links source 404, which is not in the source list"),
        "{message}"
    );
}

#[test]
fn verdict_not_in_the_scale() {
    let (problems, message) = load_modified(|p| p.claims[3].verdict = Some(VerdictId(42)));
    assert_eq!(
        problems,
        [Problem::MissingVerdict {
            claim: ClaimId(4),
            number: 4,
            verdict: VerdictId(42)
        }]
    );
    assert!(
        message.contains("claim #4 (id 4) has verdict 42, which is not in the rating scale"),
        "{message}"
    );
    let (problems, _) = load_modified(|p| {
        p.scale = claimdesk::model::ScalePreset::ConclusionOnly.scale();
        p.claims.retain(|c| c.id == ClaimId(3));
    });
    assert_eq!(
        problems,
        [Problem::VerdictInConclusionOnlyScale {
            claim: ClaimId(3),
            number: 1
        }]
    );
}

#[test]
fn stored_sha256_does_not_match() {
    let (problems, message) = load_modified(|p| {
        p.article.sha256 = "0".repeat(64);
    });
    assert!(
        matches!(&problems[..], [Problem::Sha256Mismatch { stored, .. }] if stored == &"0".repeat(64)),
        "{problems:?}"
    );
    assert!(
        message.contains("does not match its stored SHA-256"),
        "{message}"
    );
    // The text edited outside ClaimDesk (spans still fit): caught by the hash.
    let text = String::from_utf8(sample_bytes()).unwrap();
    let edited = text.replacen("fighter jets", "fighter JETS", 1);
    assert_ne!(edited, text);
    let err = load_hostile(edited.as_bytes());
    assert!(
        matches!(&err, LoadError::Invalid(p) if matches!(p[..], [Problem::Sha256Mismatch { .. }])),
        "{err:?}"
    );
}

#[test]
fn several_problems_are_all_listed() {
    let (problems, message) = load_modified(|p| {
        p.claims[0].id = ClaimId(2);
        p.claims[6].verdict = Some(VerdictId(99));
    });
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(message.lines().count(), 3, "{message}");
}

#[test]
fn loading_a_sound_file_does_not_touch_it_either() {
    let bytes = sample_bytes();
    let dir = tempfile::tempdir().unwrap();
    let path: &Path = &dir.path().join("ok.ron");
    fs::write(path, &bytes).unwrap();
    let before = fs::metadata(path).unwrap().modified().unwrap();
    load_project(path).unwrap();
    assert_eq!(fs::read(path).unwrap(), bytes);
    assert_eq!(fs::metadata(path).unwrap().modified().unwrap(), before);
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Truncate(usize),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let interesting = prop_oneof![
        proptest::collection::vec(any::<u8>(), 1..8),
        proptest::sample::select(vec![
            b"\"".to_vec(),
            b"r#\"".to_vec(),
            b"\"#".to_vec(),
            b"(".to_vec(),
            b"[".to_vec(),
            b")".to_vec(),
            b",".to_vec(),
            b"\\".to_vec(),
            b"\\u{".to_vec(),
            b"Some(".to_vec(),
            b"/*".to_vec(),
            b"99999999999999999999999".to_vec(),
            "é😀".as_bytes().to_vec(),
            vec![0xff, 0xfe],
            vec![0],
        ]),
    ];
    prop_oneof![
        (any::<usize>(), 1..=255u8).prop_map(|(i, x)| Mutation::Flip(i, x)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), interesting).prop_map(|(i, b)| Mutation::Insert(i, b)),
        (any::<usize>(), 1..64usize).prop_map(|(i, n)| Mutation::Delete(i, n)),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let len = bytes.len();
    match m {
        Mutation::Flip(i, x) if len > 0 => bytes[i % len] ^= x,
        Mutation::Truncate(i) => bytes.truncate(i % (len + 1)),
        Mutation::Insert(i, b) => {
            let at = i % (len + 1);
            bytes.splice(at..at, b.iter().copied());
        }
        Mutation::Delete(i, n) if len > 0 => {
            let at = i % len;
            bytes.drain(at..(at + n).min(len));
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn mutated_sample_never_panics(mutations in proptest::collection::vec(mutation(), 1..6)) {
        let mut bytes = sample_bytes();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        match parse_project(&bytes) {
            // Some mutations are harmless (inside a note, say): what loads is sound.
            Ok(project) => prop_assert!(validate(&project).is_empty()),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}

#[test]
fn a_version_1_file_is_migrated_in_memory_and_left_untouched_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.ron");
    let current = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/projects/takaichi-trump-tokyo.ron"
    ))
    .unwrap();
    let v1 = current.replacen(
        &format!("format_version: {FORMAT_VERSION}"),
        "format_version: 1",
        1,
    );
    assert_ne!(v1, current);
    std::fs::write(&path, &v1).unwrap();
    let project = claimdesk::io::load_project(&path).expect("version 1 still opens");
    assert_eq!(project.format_version, FORMAT_VERSION);
    assert!(project.article_history.is_empty() && project.claims.iter().all(|c| !c.orphaned));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        v1,
        "opening never rewrites the file"
    );
    claimdesk::io::save_project(&project, &path).unwrap();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains(&format!("format_version: {FORMAT_VERSION},"))
    );
}
