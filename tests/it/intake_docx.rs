//! Word documents: paragraphs, headings, lists and tables as lines; a zip
//! bomb, a truncated file and other zips end with a message.

use std::io::Write;
use std::path::{Path, PathBuf};

use claimdesk::io::{ArticleFormat, import_article, import_article_bytes};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/intake")
        .join(name)
}

#[test]
fn paragraphs_headings_lists_and_tables() {
    let imported = import_article(&fixture("rail-fares.docx")).unwrap();
    assert_eq!(imported.format, ArticleFormat::Docx);
    let article = &imported.article;
    assert_eq!(article.meta.title, "Rail fares 2025");
    assert_eq!(article.meta.author, "Priya Natarajan");
    assert_eq!(
        article.text,
        "Rail fares to rise by 4.9 per cent\n\
         Summary\n\
         Regulated fares will rise by 4.9 per cent in March, the transport ministry said on Tuesday.\n\
         Season tickets & day returns are both affected, the ministry confirmed.\n\
         What changes\n\
         • Peak returns rise by up to 12 pounds.\n\
         • Railcards keep their one-third discount.\n\
         1. Step one: check the new tables.\n\
         2. Step two: buy before 1 March.\n\
         Route | 2024 | 2025\n\
         London–Leeds | £98.10 | £102.90\n\
         York–Hull | £21.40 | £22.45\n\
         The ministry says average earnings grew faster than fares."
    );
    assert!(
        imported
            .notes
            .iter()
            .any(|n| n.to_string().contains("4 list items, 1 table")),
        "{:?}",
        imported.notes
    );
}

/// A zip holding `word/document.xml` of `size` bytes of spaces.
fn zip_with_document(size: usize) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(size > u32::MAX as usize);
        zip.start_file("word/document.xml", options).unwrap();
        let chunk = vec![b' '; 1 << 20];
        let mut left = size;
        while left > 0 {
            let n = left.min(chunk.len());
            zip.write_all(&chunk[..n]).unwrap();
            left -= n;
        }
        zip.finish().unwrap();
    }
    out.into_inner()
}

#[test]
fn a_zip_bomb_is_refused_without_inflating_it_all() {
    let bomb = zip_with_document(80 << 20);
    assert!(bomb.len() < 200_000, "{}", bomb.len());
    let err = import_article_bytes(&bomb, ArticleFormat::Docx).unwrap_err();
    assert!(err.to_string().contains("zip bomb"), "{err}");
}

#[test]
fn damaged_and_foreign_files_are_refused() {
    let err = import_article(&fixture("truncated.docx")).unwrap_err();
    assert!(err.to_string().contains("damaged"), "{err}");
    // A zip that is not a Word document.
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        zip.start_file("photo.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(b"hello").unwrap();
        zip.finish().unwrap();
    }
    let err = import_article_bytes(out.get_ref(), ArticleFormat::Docx).unwrap_err();
    assert!(err.to_string().contains("not a Word document"), "{err}");
    // Text with a .docx name.
    let err = import_article_bytes(b"just text", ArticleFormat::Docx).unwrap_err();
    assert!(err.to_string().contains("not a Word document"), "{err}");
    // Broken XML inside a sound zip.
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        zip.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all(b"<w:document><w:body><w:p><w:t>Hi</w:x></w:p>")
            .unwrap();
        zip.finish().unwrap();
    }
    let err = import_article_bytes(out.get_ref(), ArticleFormat::Docx).unwrap_err();
    assert!(err.to_string().contains("damaged"), "{err}");
}

#[test]
fn deeply_nested_xml_is_read_without_recursion() {
    let mut xml = String::from("<w:document><w:body>");
    for _ in 0..100_000 {
        xml.push_str("<w:sdt>");
    }
    xml.push_str("<w:p><w:r><w:t>Deep text.</w:t></w:r></w:p>");
    for _ in 0..100_000 {
        xml.push_str("</w:sdt>");
    }
    xml.push_str("</w:body></w:document>");
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        zip.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
        zip.finish().unwrap();
    }
    let imported = import_article_bytes(out.get_ref(), ArticleFormat::Docx).unwrap();
    assert_eq!(imported.article.text, "Deep text.");
}
