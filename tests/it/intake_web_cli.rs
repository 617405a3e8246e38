//! `claimdesk new` on a page whose extraction keeps little of it: a warning
//! on stderr, and `--whole-page` to keep the whole visible text; a note on
//! stderr when the second look extended the reader view's text.

use crate::common::{claimdesk, intake_fixture};

use claimdesk::io::load_project;

#[test]
fn a_short_extraction_is_warned_about_and_whole_page_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let teaser = dir.path().join("teaser.ron");
    let run = claimdesk(&[
        "new",
        &intake_fixture("split-story-divs.html"),
        "-o",
        teaser.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("warning: Only 110 of ")
            && stderr.contains("words were kept as the article; pass --whole-page"),
        "{stderr}"
    );
    let project = load_project(&teaser).unwrap();
    assert_eq!(project.article.text.lines().count(), 3);

    let whole = dir.path().join("whole.ron");
    let run = claimdesk(&[
        "new",
        &intake_fixture("split-story-divs.html"),
        "-o",
        whole.to_str().unwrap(),
        "--whole-page",
    ]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("the whole page text is kept"), "{stderr}");
    let project = load_project(&whole).unwrap();
    assert!(project.article.text.contains("Ofwat, the water regulator"));
    assert!(project.article.text.contains("Local MP Sarah Whitcombe"));
    assert_eq!(
        project.article.meta.title,
        "Water company fined record £11.2m for sewage in River Leadon"
    );
}

#[test]
fn a_good_extraction_has_no_warning() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("split.ron");
    let run = claimdesk(&[
        "new",
        &intake_fixture("split-story.html"),
        "-o",
        out.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        stdout.contains("Note:       The reader view kept only 110 of"),
        "{stdout}"
    );
}

/// `--reader-view` keeps the reader view's own text when a second look extended it.
#[test]
fn reader_view_keeps_the_text_without_the_second_look() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("split.ron");
    let page = intake_fixture("split-story.html");
    let run = claimdesk(&["new", &page, "-o", out.to_str().unwrap(), "--reader-view"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("the reader view's text is kept"),
        "{stderr}"
    );
    assert!(!stderr.contains("second look taken"), "{stderr}");
    let text = load_project(&out).unwrap().article.text;
    // The reader view keeps the three intro paragraphs only (see intake_web.rs).
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(!text.contains("Local MP Sarah Whitcombe"), "{text}");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(!stdout.contains("The reader view kept only"), "{stdout}");

    // Without a second look there is nothing to undo.
    let out = dir.path().join("harbour.ron");
    let run = claimdesk(&[
        "new",
        &intake_fixture("harbour-article.html"),
        "-o",
        out.to_str().unwrap(),
        "--reader-view",
    ]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("--reader-view is not needed"), "{stderr}");
}

#[test]
fn a_second_look_is_told_on_stderr_and_a_good_extraction_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("split.ron");
    let run = claimdesk(&[
        "new",
        &intake_fixture("split-story.html"),
        "-o",
        out.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("note: second look taken: The reader view kept only 110 of")
            && stderr.contains("was kept instead. Check the article's first and last paragraphs"),
        "{stderr}"
    );
    for page in [
        "story-after-video-menu.html",
        "story-beside-other-stories.html",
    ] {
        let out = dir.path().join(format!("{page}.ron"));
        let run = claimdesk(&["new", &intake_fixture(page), "-o", out.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(0), "{stderr}");
        assert!(!stderr.contains("second look"), "{page}: {stderr}");
        let text = load_project(&out).unwrap().article.text;
        assert!(
            !text.contains("100% (opaque)") && !text.contains("Lifeboat crew"),
            "{page}: {text}"
        );
    }
}

#[test]
fn reanchor_warns_about_a_short_new_version() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.ron");
    let run = claimdesk(&[
        "new",
        &intake_fixture("split-story.html"),
        "-o",
        project.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0));
    let out = dir.path().join("q.ron");
    let run = claimdesk(&[
        "reanchor",
        project.to_str().unwrap(),
        &intake_fixture("split-story-divs.html"),
        "-o",
        out.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("warning: Only 110 of ") && stderr.contains("check the new version's text"),
        "{stderr}"
    );
}
