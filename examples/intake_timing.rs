//! Quick intake timings without criterion: `cargo run --example intake_timing [PDF…]`.
//! Times the generated 300-page PDF, 2,400-cue transcript and 500-paragraph
//! Word document, and any PDF files given.

use std::time::Instant;

use claimdesk::io::{ArticleFormat, import_article, import_article_bytes};
use claimdesk::sample_intake::{docx_document, pdf_report, srt_transcript};

fn time<T>(label: &str, f: impl Fn() -> T) {
    let runs = 5;
    let mut best = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(f());
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
    }
    println!("{label}: best of {runs} {best:.1} ms");
}

fn main() {
    let pdf = pdf_report(300);
    let srt = srt_transcript(2_400);
    let docx = docx_document(500);
    println!(
        "sizes: pdf {} B, srt {} B, docx {} B",
        pdf.len(),
        srt.len(),
        docx.len()
    );
    match import_article_bytes(&pdf, ArticleFormat::Pdf) {
        Ok(a) => println!(
            "pdf: {} chars, {} segments",
            a.article.text.len(),
            a.article.segments.len()
        ),
        Err(e) => println!("pdf: {e}"),
    }
    time("pdf_300_pages", || {
        import_article_bytes(&pdf, ArticleFormat::Pdf).is_ok()
    });
    time("srt_2400_cues", || {
        import_article_bytes(srt.as_bytes(), ArticleFormat::SubRip).is_ok()
    });
    time("docx_500_paragraphs", || {
        import_article_bytes(&docx, ArticleFormat::Docx).is_ok()
    });
    for path in std::env::args().skip(1) {
        time(&path, || {
            import_article(std::path::Path::new(&path)).map(|a| a.article.text.len())
        });
    }
}
