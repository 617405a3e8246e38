//! How long ClaimDesk takes to open, draw, edit and save long articles.
//! Group and parameter names are fixed so results compare across versions
//! (see BENCHMARKS.md). Run: `cargo bench --bench workbench`.

mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use claimdesk::edit::Action;
use claimdesk::headless::Headless;
use claimdesk::model::{Claim, ClaimId, ClaimIndex, Span, text::TextIndex};
use claimdesk::ui::Command;
use criterion::{BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};

use claimdesk::sample_data::corrected_text;
use common::{Fixture, SEED, fixtures, sample_size};

const WIDTH: f32 = 1280.0;
const HEIGHT: f32 = 800.0;
/// Frames run before a steady frame is timed: fonts load and the layout settles.
const SETTLE: usize = 120;

/// The app with the fixture's project open, settled.
fn opened(fixture: &Fixture) -> Headless {
    let mut h = Headless::open(Some(&fixture.path), WIDTH, HEIGHT);
    h.settle(SETTLE);
    h
}

fn open(c: &mut Criterion) {
    let mut group = c.benchmark_group("open");
    for f in &fixtures().all {
        group.sample_size(sample_size(f.name));
        group.bench_with_input(BenchmarkId::from_parameter(f.name), f, |b, f| {
            b.iter_with_large_drop(|| {
                let project = claimdesk::io::load_project(&f.path).expect("the project loads");
                let text = TextIndex::new(&project.article.text);
                let claims = ClaimIndex::new(&text, &project.claims);
                (project, text, claims)
            });
        });
    }
    group.finish();
}

fn frame_first(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_first");
    // Each iteration opens the project afresh (untimed): few, equal samples.
    group.sampling_mode(SamplingMode::Flat);
    for f in &fixtures().all {
        group.sample_size(10);
        group.bench_with_input(BenchmarkId::from_parameter(f.name), f, |b, f| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let mut h = Headless::open(Some(&f.path), WIDTH, HEIGHT);
                    let start = Instant::now();
                    black_box(h.frame());
                    total += start.elapsed();
                }
                total
            });
        });
    }
    group.finish();
}

fn frame_steady(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_steady");
    for f in &fixtures().all {
        group.sample_size(sample_size(f.name));
        let mut h = opened(f);
        group.bench_function(BenchmarkId::from_parameter(f.name), |b| {
            b.iter(|| black_box(h.frame()));
        });
    }
    group.finish();
}

/// A new claim over characters of the third paragraph, which is on screen
/// when the article is scrolled to the top.
fn claim_on_screen(h: &Headless) -> Action {
    let project = h.app.project();
    let view = &h.app.article_view;
    let index = view.text_index();
    let para = index.paragraphs()[2.min(index.paragraphs().len() - 1)];
    let start = para.char_start + para.char_len().min(6);
    let end = para.char_start + para.char_len().min(46);
    assert!(
        view.boundary_screen_pos(start).is_some() && view.boundary_screen_pos(end).is_some(),
        "the new claim is on screen"
    );
    let quote = index
        .slice(&project.article.text, start, end)
        .expect("a span inside the article")
        .to_owned();
    let claim = Claim::new(project.next_claim_id(), Span { start, end, quote });
    let at = project
        .claims
        .partition_point(|c| (c.span.start, c.span.end) <= (start, end));
    Action::InsertClaim { index: at, claim }
}

fn frame_add_claim(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_add_claim");
    for f in &fixtures().all {
        group.sample_size(sample_size(f.name));
        // Opened at the top of the article, where the new claim goes.
        let mut h = opened(f);
        let action = claim_on_screen(&h);
        group.bench_function(BenchmarkId::from_parameter(f.name), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    h.apply(Command::Edit(action.clone()));
                    let start = Instant::now();
                    black_box(h.frame());
                    total += start.elapsed();
                    // Back to the same project for the next iteration.
                    h.apply(Command::Undo);
                    h.frame();
                    h.frame();
                }
                total
            });
        });
        assert_eq!(h.app.project().claims.len(), f.project.claims.len());
    }
    group.finish();
}

fn frame_jump(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_jump");
    for f in &fixtures().all {
        group.sample_size(sample_size(f.name));
        let mut h = opened(f);
        let n = f.project.claims.len();
        // Two claims in the middle of the article, far enough apart that each
        // jump lands on paragraphs the previous frame did not draw.
        let targets = [
            f.project.claims[n / 2].id,
            f.project.claims[n / 2 + n / 10].id,
        ];
        let mut next = 0;
        let mut last = None;
        group.bench_function(BenchmarkId::from_parameter(f.name), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let target: ClaimId = targets[next % 2];
                    next += 1;
                    last = Some(target);
                    h.apply(Command::JumpToClaim(target));
                    let start = Instant::now();
                    black_box(h.frame());
                    total += start.elapsed();
                    h.frame();
                    h.frame();
                }
                total
            });
        });
        // (Nothing was jumped to when a filter skipped this benchmark.)
        if let Some(last) = last {
            assert!(
                h.app.article_view.painted_claims().contains(&last),
                "the last claim jumped to is drawn"
            );
        }
    }
    group.finish();
}

/// Replacing the article with a corrected version: 200 scattered edits on
/// the 500 KB and 5 MB articles, every claim re-anchored.
fn reanchor(c: &mut Criterion) {
    let mut group = c.benchmark_group("reanchor");
    for f in fixtures().all.iter().filter(|f| f.name != "50kb_100") {
        group.sample_size(10);
        let old = &f.project.article.text;
        let new = corrected_text(old, 200, SEED);
        group.bench_function(BenchmarkId::from_parameter(f.name), |b| {
            b.iter(|| black_box(claimdesk::model::reanchor(old, &new, &f.project.claims)));
        });
    }
    group.finish();
}

fn save(c: &mut Criterion) {
    let mut group = c.benchmark_group("save");
    let dir = tempfile::tempdir().expect("a temporary folder");
    for f in &fixtures().all {
        group.sample_size(sample_size(f.name));
        let path = dir.path().join(format!("{}.ron", f.name));
        group.bench_with_input(BenchmarkId::from_parameter(f.name), f, |b, f| {
            b.iter(|| claimdesk::io::save_project(&f.project, &path).expect("the project saves"));
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = open, frame_first, frame_steady, frame_add_claim, frame_jump, reanchor, save
}
criterion_main!(benches);
