//! How long article intake takes at realistic sizes: a 300-page PDF report,
//! a two-hour debate transcript (2,400 cues), a one-hour WebVTT transcript
//! (1,200 cues), a 500-paragraph (about 50-page) Word document, and a 200 kB
//! saved news page (article in one container, and split into blocks so the
//! extraction takes its second look).
//! Run: `cargo bench --bench intake`.

use std::hint::black_box;

use claimdesk::io::{ArticleFormat, import_article_bytes};
use claimdesk::sample_intake::{
    docx_document, pdf_report, saved_page, srt_transcript, vtt_transcript,
};
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
    let vtt = vtt_transcript(1_200);
    group.bench_function("vtt_1200_cues", |b| {
        b.iter(|| {
            import_article_bytes(black_box(vtt.as_bytes()), ArticleFormat::WebVtt)
                .map(|a| a.article.text.len())
        })
    });
    for (name, split) in [("html_200kb", false), ("html_200kb_split", true)] {
        let page = saved_page(200_000, split);
        group.bench_function(name, |b| {
            b.iter(|| {
                import_article_bytes(black_box(page.as_bytes()), ArticleFormat::Html)
                    .map(|a| a.article.text.len())
            })
        });
    }
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
