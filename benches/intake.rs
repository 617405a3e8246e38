//! How long article intake takes at realistic sizes: a 300-page PDF report,
//! a two-hour debate transcript (2,400 cues), a 500-paragraph Word document.
//! Run: `CARGO_TARGET_DIR=/work/bench-target cargo bench --bench intake`.

use std::hint::black_box;

use claimdesk::io::{ArticleFormat, import_article_bytes};
use claimdesk::sample_intake::{docx_document, pdf_report, srt_transcript};
use criterion::{Criterion, criterion_group, criterion_main};

fn intake(c: &mut Criterion) {
    let mut group = c.benchmark_group("intake");
    group.sample_size(10);
    let pdf = pdf_report(300);
    group.bench_function("pdf_300_pages", |b| {
        b.iter(|| {
            import_article_bytes(black_box(&pdf), ArticleFormat::Pdf).map(|a| a.article.text.len())
        })
    });
    let srt = srt_transcript(2_400);
    group.bench_function("srt_2400_cues", |b| {
        b.iter(|| {
            import_article_bytes(black_box(srt.as_bytes()), ArticleFormat::SubRip)
                .map(|a| a.article.text.len())
        })
    });
    let docx = docx_document(500);
    group.bench_function("docx_500_paragraphs", |b| {
        b.iter(|| {
            import_article_bytes(black_box(&docx), ArticleFormat::Docx)
                .map(|a| a.article.text.len())
        })
    });
    group.finish();
}

criterion_group!(benches, intake);
criterion_main!(benches);
