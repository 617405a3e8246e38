//! The library of past fact-checks: adding projects, ClaimReview data and
//! TSV, updating and removing, searching in English and Japanese, a damaged
//! index rebuilt, a post's signature ranked apart from its body, and
//! `claimdesk library` on the command line.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::common::SHIPPED_SAMPLE as SAMPLE;
use claimdesk::library::{AddFormat, Library, Outcome, SearchOptions, rerank};

/// A Data Commons / Google fact-check feed with two ClaimReviews, one of them Japanese.
const FEED: &str = r#"{
  "@context": "https://schema.org",
  "@type": "DataFeed",
  "dataFeedElement": [
    {"@type": "DataFeedItem", "item": [{
      "@type": "ClaimReview",
      "url": "https://checks.example.org/vaccine-microchips",
      "claimReviewed": "Covid vaccines contain microchips that track people",
      "author": {"@type": "Organization", "name": "Example Checks"},
      "datePublished": "2021-03-02",
      "reviewRating": {"@type": "Rating", "alternateName": "False"},
      "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A blog"}}
    }]},
    {"@type": "DataFeedItem", "item": [{
      "@type": "ClaimReview",
      "url": "https://checks.example.jp/tokyo-olympics",
      "claimReviewed": "東京五輪の開会式は中止された",
      "author": {"@type": "Organization", "name": "日本ファクトチェック"},
      "reviewRating": {"@type": "Rating", "alternateName": "誤り"}
    }]}
  ]
}"#;

/// One ClaimReview, as on a fact-check page.
const ONE: &str = r#"{"@context": "https://schema.org", "@type": "ClaimReview",
  "url": "https://checks.example.org/moon-cheese", "claimReviewed": "The moon is made of cheese",
  "reviewRating": {"@type": "Rating", "alternateName": "Pants on fire"}}"#;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn keys(library: &Library, query: &str) -> Vec<String> {
    library
        .search(query, 5)
        .unwrap()
        .into_iter()
        .map(|h| h.entry.key)
        .collect()
}

#[test]
fn projects_and_feeds_are_added_and_found() {
    let data = tempfile::tempdir().unwrap();
    let lib_dir = tempfile::tempdir().unwrap();
    write(data.path(), "feed.json", FEED);
    write(data.path(), "one.jsonld", ONE);
    write(data.path(), "notes.txt", "not for the library");
    let project = data.path().join("sample.ron");
    std::fs::copy(SAMPLE, &project).unwrap();
    let mut library = Library::open(lib_dir.path()).unwrap();
    let report = library
        .add_paths(&[data.path().to_path_buf()], AddFormat::Auto)
        .unwrap();
    assert!(!report.failed(), "{report:?}");
    assert_eq!(report.ignored, 1);
    let added: Vec<usize> = report
        .files
        .iter()
        .filter_map(|(_, o)| match o {
            Outcome::Added(n) => Some(*n),
            _ => None,
        })
        .collect();
    assert_eq!(
        added,
        [2, 1, 12],
        "feed, one ClaimReview, the sample's 12 claims"
    );
    assert_eq!(library.stats().entries, 15);

    let hits = library
        .search("do the covid vaccines have microchips?", 3)
        .unwrap();
    assert_eq!(
        hits[0].entry.key,
        "https://checks.example.org/vaccine-microchips"
    );
    assert_eq!(hits[0].entry.verdict, "False");
    assert_eq!(hits[0].entry.organisation, "Example Checks");
    assert_eq!(
        keys(&library, "moon cheese")[0],
        "https://checks.example.org/moon-cheese"
    );

    let hits = library
        .search("Takaichi golf club gift for Trump", 3)
        .unwrap();
    let top = &hits[0].entry;
    assert!(top.key.contains("sample.ron#claim-"), "{top:?}");
    assert!(top.claim.contains("golf club"), "{top:?}");
    assert_eq!(top.organisation, "ClaimDesk sample desk");
    assert!(!top.verdict.is_empty() && top.colour.starts_with('#'));

    // Adding the same files again changes nothing.
    let again = library
        .add_paths(&[data.path().to_path_buf()], AddFormat::Auto)
        .unwrap();
    assert!(
        again
            .files
            .iter()
            .all(|(_, o)| matches!(o, Outcome::Unchanged(_)))
    );
    assert_eq!(library.stats().entries, 15);
}

#[test]
fn japanese_is_found_without_spaces() {
    let data = tempfile::tempdir().unwrap();
    let lib_dir = tempfile::tempdir().unwrap();
    let feed = write(data.path(), "feed.json", FEED);
    let mut library = Library::open(lib_dir.path()).unwrap();
    library.add_paths(&[feed], AddFormat::Auto).unwrap();
    // A word inside the sentence, and a rewording sharing only some characters.
    for query in ["開会式", "東京五輪は中止?", "五輪 開会式 中止"] {
        assert_eq!(
            keys(&library, query).first().map(String::as_str),
            Some("https://checks.example.jp/tokyo-olympics"),
            "{query}"
        );
    }
    assert!(keys(&library, "大阪万博").is_empty());
}

#[test]
fn a_changed_file_is_updated_and_a_removed_one_is_gone() {
    let data = tempfile::tempdir().unwrap();
    let lib_dir = tempfile::tempdir().unwrap();
    let tsv = write(
        data.path(),
        "claims.tsv",
        "\tvclaim\ttitle\n1\tBananas cure the flu\tBanana flu cure?\n2\tSharks swim in the Thames\t\n",
    );
    let mut library = Library::open(lib_dir.path()).unwrap();
    let r = library
        .add_paths(std::slice::from_ref(&tsv), AddFormat::Tsv)
        .unwrap();
    assert_eq!(r.files[0].1, Outcome::Added(2));
    assert_eq!(keys(&library, "bananas flu"), ["1"]);

    write(
        data.path(),
        "claims.tsv",
        "1\tApples cure the flu\tApple flu cure?\n3\tOwls can read\t\n",
    );
    let r = library
        .add_paths(std::slice::from_ref(&tsv), AddFormat::Tsv)
        .unwrap();
    assert_eq!(r.files[0].1, Outcome::Updated(2));
    assert!(keys(&library, "bananas").is_empty());
    assert!(keys(&library, "sharks thames").is_empty());
    assert_eq!(keys(&library, "apples flu"), ["1"]);
    assert_eq!(library.stats().entries, 2);

    let removed = library.remove_paths(std::slice::from_ref(&tsv)).unwrap();
    assert_eq!(removed.removed.len(), 1);
    assert_eq!(library.stats().entries, 0);
    assert!(library.manifest().files.is_empty());
    let again = library.remove_paths(&[tsv]).unwrap();
    assert_eq!(again.not_found.len(), 1);
}

#[test]
fn a_damaged_index_is_rebuilt_from_the_list_of_files() {
    let data = tempfile::tempdir().unwrap();
    let lib_dir = tempfile::tempdir().unwrap();
    let one = write(data.path(), "one.json", ONE);
    {
        let mut library = Library::open(lib_dir.path()).unwrap();
        library.add_paths(&[one], AddFormat::Auto).unwrap();
    }
    // Scribble over every segment file.
    for f in std::fs::read_dir(lib_dir.path().join("index")).unwrap() {
        let path = f.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".json") && !name.starts_with('.') {
            let len = std::fs::metadata(&path).unwrap().len() as usize;
            std::fs::write(&path, vec![0x5a; len.max(1)]).unwrap();
        }
    }
    let mut library = Library::open(lib_dir.path()).unwrap();
    let notice = library.take_notice().expect("a message about the rebuild");
    let notice = notice.to_string();
    assert!(
        notice.contains("damaged") && notice.contains("rebuilt"),
        "{notice}"
    );
    assert_eq!(
        keys(&library, "moon cheese"),
        ["https://checks.example.org/moon-cheese"]
    );

    // A deleted index is rebuilt too; a garbled meta.json as well.
    std::fs::write(lib_dir.path().join("index/meta.json"), "{ not json").unwrap();
    drop(library);
    let mut library = Library::open(lib_dir.path()).unwrap();
    assert!(library.take_notice().is_some());
    assert_eq!(library.stats().entries, 1);
    drop(library);
    std::fs::remove_dir_all(lib_dir.path().join("index")).unwrap();
    let mut library = Library::open(lib_dir.path()).unwrap();
    assert!(
        library
            .take_notice()
            .unwrap()
            .to_string()
            .contains("missing")
    );
    assert_eq!(library.stats().entries, 1);
}

/// An index written before entries kept their embedding (its schema has no
/// `embedding` field) is rebuilt with a message, and then re-ranks as usual.
#[test]
fn an_index_from_an_earlier_version_is_rebuilt() {
    let data = tempfile::tempdir().unwrap();
    let lib_dir = tempfile::tempdir().unwrap();
    let one = write(data.path(), "one.json", ONE);
    let feed = write(data.path(), "feed.json", FEED);
    {
        let mut library = Library::open(lib_dir.path()).unwrap();
        library.add_paths(&[one, feed], AddFormat::Auto).unwrap();
    }
    let meta_path = lib_dir.path().join("index/meta.json");
    let mut meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&meta_path).unwrap()).unwrap();
    let fields = meta["schema"].as_array_mut().unwrap();
    let before = fields.len();
    fields.retain(|f| f["name"] != "embedding");
    assert_eq!(
        fields.len(),
        before - 1,
        "the schema has an embedding field"
    );
    std::fs::write(&meta_path, serde_json::to_string(&meta).unwrap()).unwrap();

    let mut library = Library::open(lib_dir.path()).unwrap();
    let notice = library.take_notice().expect("a message about the rebuild");
    // Every word of it in the window's language (no outside text here).
    super::i18n_errors::all_pseudo(std::slice::from_ref(&notice), "");
    let notice = notice.to_string();
    assert!(
        notice.contains("another version") && notice.contains("rebuilt"),
        "{notice}"
    );
    assert_eq!(library.stats().entries, 3);
    assert_eq!(
        keys(&library, "vaccines with microchips")[0],
        "https://checks.example.org/vaccine-microchips"
    );
    // Opened again, it is current: no message.
    drop(library);
    let mut library = Library::open(lib_dir.path()).unwrap();
    assert_eq!(library.take_notice(), None);
}

fn claimdesk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(args)
        .env_remove("XDG_DATA_HOME")
        .env("HOME", "/nonexistent-claimdesk-home")
        .output()
        .unwrap()
}

#[test]
fn the_command_line_adds_searches_removes_and_counts() {
    let data = tempfile::tempdir().unwrap();
    let lib = tempfile::tempdir().unwrap();
    let lib = lib.path().to_str().unwrap();
    let feed = write(data.path(), "feed.json", FEED);
    let feed = feed.to_str().unwrap();
    let tsv = write(
        data.path(),
        "claims.tsv",
        "7\tSharks swim in the Thames\tThames sharks?\n",
    );
    let tsv = tsv.to_str().unwrap();

    let out = claimdesk(&[
        "library",
        "--library",
        lib,
        "add",
        feed,
        "/nonexistent/file.json",
    ]);
    assert_eq!(out.status.code(), Some(1), "an unreadable input: exit 1");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("added") && stdout.contains("2 entries"),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));

    let out = claimdesk(&["library", "add", "--library", lib, "--format", "tsv", tsv]);
    assert_eq!(out.status.code(), Some(0));

    let out = claimdesk(&[
        "library",
        "search",
        "--library",
        lib,
        "vaccine microchips",
        "--top",
        "1",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("  1. ") && stdout.contains("False") && stdout.contains("Example Checks"),
        "{stdout}"
    );

    let queries = write(
        data.path(),
        "q.tsv",
        "\ttweet\nq1\tAre there sharks in the Thames? https://t.co/x\nq2\tmicrochips in vaccines\n",
    );
    let out = claimdesk(&[
        "library",
        "search",
        "--library",
        lib,
        "--queries",
        queries.to_str().unwrap(),
        "--format",
        "tsv",
        "--top",
        "1",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<Vec<String>> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0][..3], ["q1", "1", "7"]);
    assert_eq!(
        lines[1][..3],
        ["q2", "1", "https://checks.example.org/vaccine-microchips"]
    );
    assert!(lines[0][3].parse::<f32>().is_ok());

    let out = claimdesk(&["library", "stats", "--library", lib]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("entries: 3"), "{stdout}");

    let out = claimdesk(&["library", "remove", "--library", lib, tsv]);
    assert_eq!(out.status.code(), Some(0));
    let out = claimdesk(&["library", "stats", "--library", lib]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("entries: 2"));

    assert_eq!(
        claimdesk(&["library", "search", "--library", lib])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(claimdesk(&["library", "frobnicate"]).status.code(), Some(2));
}

#[test]
fn reports_show_and_cite_previous_checks() {
    use claimdesk::export::{Format, export_at};
    let mut project = crate::common::sample();
    project.claims[0]
        .previous_checks
        .push(claimdesk::model::PreviousCheck {
            claim: "Takaichi met Trump in Tokyo".into(),
            verdict: "True".into(),
            organisation: "Example Checks".into(),
            date: "2025-10-29".into(),
            url: "https://checks.example.org/tokyo".into(),
            key: "https://checks.example.org/tokyo".into(),
        });
    let at = crate::common::at();
    let html = export_at(&project, Format::Html, at).unwrap();
    assert!(
        html.contains("Previously checked by Example Checks (2025-10-29): True"),
        "html"
    );
    assert!(html.contains("href=\"https://checks.example.org/tokyo\""));
    let md = export_at(&project, Format::Markdown, at).unwrap();
    assert!(
        md.contains("Previously checked by Example Checks (2025-10-29): True"),
        "{md}"
    );
    let json = export_at(&project, Format::ClaimReview, at).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let cited: Vec<&serde_json::Value> = v
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r.get("citation"))
        .collect();
    assert_eq!(cited.len(), 1);
    assert_eq!(cited[0][0]["@type"], "ClaimReview");
    assert_eq!(cited[0][0]["url"], "https://checks.example.org/tokyo");
    assert_eq!(cited[0][0]["author"]["name"], "Example Checks");
    assert_eq!(cited[0][0]["reviewRating"]["alternateName"], "True");
}

#[test]
fn a_posts_signature_counts_apart_from_what_it_says() {
    let data = tempfile::tempdir().unwrap();
    let lib_dir = tempfile::tempdir().unwrap();
    let tsv = write(
        data.path(),
        "claims.tsv",
        "soros\tGeorge Soros was a Nazi collaborator during World War II\tWas George Soros a Nazi Collaborator?\n\
         coulter\tAnn Coulter was arrested for using the women's bathroom\tAnn Coulter Arrested\n",
    );
    let mut library = Library::open(lib_dir.path()).unwrap();
    library.add_paths(&[tsv], AddFormat::Tsv).unwrap();
    let post = "Media Matters sugar daddy is George Soros, who helped Nazis \
                — Ann Coulter (@AnnCoulter) June 12, 2015";
    let found = library
        .candidate_features(post, 10, &SearchOptions::default())
        .unwrap();
    let feature = |key: &str, name: &str| {
        let at = rerank::FEATURES.iter().position(|f| *f == name).unwrap();
        found.iter().find(|(k, _)| k == key).unwrap().1[at]
    };
    // The poster's name matches the other check, but only in the signature.
    assert!(feature("coulter", "word_cos") > 0.0);
    assert_eq!(feature("coulter", "body_word_cos"), 0.0);
    assert!(feature("soros", "body_word_cos") > 0.0);
    assert!(feature("soros", "max_shared_idf") > 0.0);
    assert_eq!(keys(&library, post)[0], "soros");
}
