//! Attaching a 5 MB saved web page as a snapshot: reading, hashing,
//! Readability extraction and storing it (done on a worker thread), the
//! whole attach as the window does it with the longest frame meanwhile,
//! and a steady frame with the source viewer open on it.
//! Run: `cargo bench --bench evidence`.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use claimdesk::evidence::{evidence_dir, prepare_file, store_prepared};
use claimdesk::headless::Headless;
use claimdesk::model::{Article, Project, ScalePreset, Source, SourceId};
use claimdesk::sample_data::generated_text;
use claimdesk::ui::Command;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

const PAGE_BYTES: usize = 5_000_000;

/// A saved page of about 5 MB: head with metadata, a script, one article.
fn page(dir: &Path) -> PathBuf {
    let text = generated_text(PAGE_BYTES - 2_000, 2025);
    let mut html = String::with_capacity(PAGE_BYTES + 100_000);
    html.push_str("<!doctype html><html><head><meta charset=\"utf-8\"><title>Long report</title>\
<meta property=\"og:site_name\" content=\"Bench Wire\"><script>var x = 1;</script></head><body><article><h1>Long report</h1>\n");
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        html.push_str("<p>");
        html.push_str(&line.replace('&', "&amp;").replace('<', "&lt;"));
        html.push_str("</p>\n");
    }
    html.push_str("</article></body></html>\n");
    let path = dir.join("long-report.html");
    std::fs::write(&path, html).expect("the page is written");
    path
}

fn project(dir: &Path) -> PathBuf {
    // An article open in the window, as when a checker attaches evidence: the
    // article view has drawn its text before the viewer opens.
    let article = Article::new(Default::default(), generated_text(20_000, 7));
    let mut p = Project::new("Bench", article, ScalePreset::TruthSixStep);
    p.sources.push(Source {
        id: SourceId(1),
        title: "Long report".into(),
        url: "https://bench.example/report".into(),
        ..Source::default()
    });
    let path = dir.join("bench.ron");
    claimdesk::io::save_project(&p, &path).expect("the project is saved");
    path
}

fn evidence(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let page = page(dir.path());
    let project = project(dir.path());
    let mut group = c.benchmark_group("evidence");
    group.sample_size(10);

    // The worker's part: read, hash, extract, store (a first attach each time).
    group.bench_function("prepare_and_store_5mb_page", |b| {
        b.iter_batched(
            || {
                let _ = std::fs::remove_dir_all(evidence_dir(&project));
            },
            |()| {
                let prepared = prepare_file(&page, "2026-12-05").expect("the page is read");
                store_prepared(&project, &prepared).expect("the snapshot is stored");
            },
            BatchSize::PerIteration,
        );
    });

    // The whole attach in the window: from the command to the snapshot
    // listed and the viewer open; the longest frame meanwhile is printed.
    let longest = Cell::new(Duration::ZERO);
    group.bench_function("attach_in_window_5mb_page", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let _ = std::fs::remove_dir_all(evidence_dir(&project));
                let mut h = Headless::open(Some(&project), 1280.0, 800.0);
                h.settle(60);
                let start = Instant::now();
                h.apply(Command::AttachSnapshot {
                    source: SourceId(1),
                    path: page.clone(),
                });
                loop {
                    let f = Instant::now();
                    h.frame();
                    longest.set(longest.get().max(f.elapsed()));
                    if !h.app.evidence_busy() && h.app.source_viewer().is_some() {
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(2));
                }
                // The first frame that lays out the viewer's page counts too.
                let f = Instant::now();
                h.frame();
                longest.set(longest.get().max(f.elapsed()));
                total += start.elapsed();
                assert_eq!(h.app.project().sources[0].snapshots.len(), 1);
            }
            total
        });
    });
    eprintln!(
        "evidence/attach_in_window_5mb_page: longest frame {:?}",
        longest.get()
    );

    // A steady frame with the viewer open on the 5 MB page.
    let mut h = Headless::open(Some(&project), 1280.0, 800.0);
    h.apply(Command::AttachSnapshot {
        source: SourceId(1),
        path: page.clone(),
    });
    while h.app.evidence_busy() || h.app.source_viewer().is_none() {
        h.frame();
        std::thread::sleep(Duration::from_millis(2));
    }
    h.settle(60);
    group.bench_function("viewer_frame_5mb_page", |b| b.iter(|| h.frame()));
    group.finish();
}

criterion_group!(benches, evidence);
criterion_main!(benches);
