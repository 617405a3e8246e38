//! Importing articles: saved web pages (with nav, ads, comments, scripts and
//! entities; with JSON-LD; in windows-1252), Markdown and Latin-1 text.

use std::path::{Path, PathBuf};

use claimdesk::io::{
    ArticleFormat, ImportError, import_article, import_article_bytes, read_article,
};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/intake")
        .join(name)
}

fn assert_absent(text: &str, junk: &[&str]) {
    for j in junk {
        assert!(!text.contains(j), "{j:?} leaked into the text:\n{text}");
    }
}

#[test]
fn a_saved_news_page_gives_its_article_and_metadata() {
    let imported = import_article(&fixture("harbour-article.html")).unwrap();
    let article = &imported.article;
    let text = &article.text;
    println!("{text}\n{:?}\n{:?}", article.meta, imported.notes);
    assert_eq!(imported.format, ArticleFormat::Html);
    assert_eq!(
        article.meta.title,
        "Harbour bridge repairs to cost £48m, council admits"
    );
    assert_eq!(article.meta.outlet, "The Coastal Courier");
    assert_eq!(article.meta.author, "Siân O’Connell");
    assert_eq!(article.meta.date_published, "2024-03-14");
    assert_eq!(
        article.meta.url,
        "https://www.coastalcourier.example/news/harbour-bridge-repairs"
    );
    // Paragraphs stay paragraphs, entities decoded.
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.contains(
        &"The cost of repairing Kingsport’s Victorian harbour bridge has more than doubled to £48 million, the council’s finance committee was told on Wednesday."
    ), "{lines:#?}");
    assert!(text.contains("“Nobody is pretending this is good news,” she said."));
    assert!(text.contains("the station & the hospital.”"));
    assert!(text.contains("£21 million – set in 2021 –"));
    assert!(text.contains("Café owners on Quay Street"));
    assert!(lines.iter().all(|l| !l.trim().is_empty() && l.trim() == *l));
    // Chrome, ads, comments, scripts and styles are left out.
    assert_absent(
        text,
        &[
            "SHOULD NOT APPEAR",
            "TRACKING SCRIPT",
            "SCRIPT WROTE",
            "ADVERTISEMENT",
            "SPONSORED",
            "COMMENT TEXT",
            "Subscribe",
            "All rights reserved",
            "Share on",
            "font-family",
            "&amp;",
            "&#8217;",
        ],
    );
    assert_eq!(imported.notes, []);
    assert_eq!(article.sha256, claimdesk::model::sha256_hex(text));
}

#[test]
fn json_ld_and_open_graph_fill_the_metadata() {
    let imported = import_article(&fixture("jsonld-page.htm")).unwrap();
    let meta = &imported.article.meta;
    let text = &imported.article.text;
    println!("{text}\n{meta:?}");
    assert_eq!(
        meta.title,
        "Ministers miss NHS waiting list target for third year"
    );
    assert_eq!(meta.author, "Priya Natarajan, Owen Hughes");
    assert_eq!(meta.outlet, "Northern Ledger");
    assert_eq!(meta.date_published, "2023-11-09");
    assert_eq!(
        meta.url,
        "https://northernledger.example/health/waiting-lists-target-missed"
    );
    assert!(text.contains("The King's Fund said"));
    assert!(text.contains("rose to 3.1 million. Just 58%"));
    assert_eq!(text.lines().count(), 6, "six paragraphs expected:\n{text}");
    assert_absent(
        text,
        &["cookies", "Most read", "Sign up", "SCRIPT TEXT", "Log in"],
    );
}

#[test]
fn a_windows_1252_page_is_converted_as_it_declares() {
    let imported = import_article(&fixture("cp1252-page.html")).unwrap();
    let a = &imported.article;
    println!("{}\n{:?}\n{:?}", a.text, a.meta, imported.notes);
    assert_eq!(notes(&imported), ["Converted from windows-1252"]);
    assert_eq!(a.meta.title, "Le pont de la Rance fermé jusqu’en été");
    assert_eq!(a.meta.outlet, "L’Écho de la Côte");
    assert_eq!(a.meta.author, "Amélie Kergoat");
    assert_eq!(a.meta.date_published, "2022-06-02");
    assert!(a.text.contains("des « désordres structurels » découverts"));
    assert!(a.text.contains("« peut-être 30 % »"));
    assert!(!a.text.contains('\u{fffd}'));
    assert_absent(&a.text, &["Accueil", "Commentaire"]);
}

#[test]
fn markdown_is_reduced_to_readable_text() {
    let imported = import_article(&fixture("rail-fares.md")).unwrap();
    let a = &imported.article;
    assert_eq!(imported.format, ArticleFormat::Markdown);
    assert_eq!(a.meta.title, "Rail fares: what the minister said, checked");
    assert_eq!(a.meta.author, "Jonah Whitfield");
    assert_eq!(a.meta.date_published, "2024-01-08");
    assert_eq!(
        a.text.lines().collect::<Vec<_>>(),
        [
            "Rail fares rise by 4.9%",
            "Regulated rail fares in England will rise by 4.9% from March, the transport secretary announced, calling it \"the lowest rise in years\". See the official statement.",
            "The minister made three claims:",
            "1. Fares rose less than inflation.",
            "2. Passenger numbers are back to pre-pandemic levels.",
            "3. Punctuality improved in 2023.",
            "Other points:",
            "• Season tickets are included in the cap.",
            "• Off-peak fares in the north are frozen.",
            "\"This is the lowest rise in years,\" said the secretary.",
            "Use fare_calculator to check your route.",
        ]
    );
}

#[test]
fn the_first_heading_titles_markdown_without_front_matter() {
    let imported = import_article_bytes(
        b"Intro line.\n\n## Budget *gap* grows\n\nText.",
        ArticleFormat::Markdown,
    )
    .unwrap();
    assert_eq!(imported.article.meta.title, "Budget gap grows");
}

#[test]
fn latin1_text_is_converted_with_a_note() {
    let imported = import_article(&fixture("council-budget-latin1.txt")).unwrap();
    let a = &imported.article;
    assert_eq!(
        notes(&imported),
        [
            "Converted from windows-1252",
            "No title found: the file name is used"
        ]
    );
    assert!(a.text.starts_with("Gemeinderat beschließt neues Budget\n"));
    assert!(a.text.contains("Bürgermeisterin Jürgens"));
    assert_eq!(a.meta.title, "council budget latin1");
    // The old entry point reads it too.
    assert_eq!(
        read_article(&fixture("council-budget-latin1.txt")).unwrap(),
        *a
    );
}

#[test]
fn binary_and_empty_files_are_still_refused() {
    let png = include_bytes!("../../assets/icon.png");
    assert!(matches!(
        import_article_bytes(png, ArticleFormat::Text),
        Err(ImportError::Binary)
    ));
    assert!(matches!(
        import_article_bytes(b"  \n\n", ArticleFormat::Text),
        Err(ImportError::Empty)
    ));
    assert!(matches!(
        import_article_bytes(
            b"<html><head><title>Empty</title><script>var a;</script></head><body></body></html>",
            ArticleFormat::Html
        ),
        Err(ImportError::NoArticle(_) | ImportError::Empty)
    ));
}

#[test]
fn a_page_saved_as_txt_is_read_as_a_page() {
    let bytes = std::fs::read(fixture("jsonld-page.htm")).unwrap();
    let imported = import_article_bytes(&bytes, ArticleFormat::Text).unwrap();
    assert_eq!(imported.format, ArticleFormat::Html);
    assert_eq!(imported.article.meta.outlet, "Northern Ledger");
}

#[test]
fn preview_rows_show_what_was_found() {
    let imported = import_article(&fixture("harbour-article.html")).unwrap();
    let rows = imported.preview_rows();
    let get = |k: &str| {
        rows.iter()
            .find(|(l, _)| l.to_string() == k)
            .map(|(_, v)| v.to_string())
    };
    assert_eq!(get("Read as").as_deref(), Some("web page"));
    assert_eq!(get("Outlet").as_deref(), Some("The Coastal Courier"));
    assert_eq!(
        get("Paragraphs"),
        Some(imported.paragraph_count().to_string())
    );
    assert!(imported.paragraph_count() >= 7);
}

#[test]
fn bylines_come_from_rel_author_and_byline_elements() {
    let imported = import_article(&fixture("byline-rel-author.html")).unwrap();
    // article:author is a profile URL here, so the rel=author link names the author.
    assert_eq!(imported.article.meta.author, "Inès Moreau");
    let imported = import_article(&fixture("byline-class.html")).unwrap();
    assert!(
        imported.article.meta.author.starts_with("Tomasz Nowak"),
        "{:?}",
        imported.article.meta.author
    );
}

/// The notes in English, as `claimdesk new` prints them.
fn notes(imported: &claimdesk::io::ImportedArticle) -> Vec<String> {
    imported.notes.iter().map(ToString::to_string).collect()
}
