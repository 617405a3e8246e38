//! What the window's languages cost: the catalogs the app loads at start-up
//! for the system's language (English behind any other), formatting a
//! message with a plural and a grouped number, and the sample project's
//! first and steady frames in each language, the frame that switches
//! language, and laying out one Arabic snapshot page in reading order (the
//! source viewer's first frame of a page). Run: `cargo bench --bench i18n`
//! (BENCHMARKS.md, "Languages").

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use claimdesk::headless::Headless;
use claimdesk::i18n::{Catalog, Lang};
use claimdesk::ui::Command;
use criterion::{BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};

mod common;

const LANGS: [Lang; 6] = [Lang::En, Lang::Es, Lang::PtBr, Lang::Fr, Lang::Ar, Lang::Ja];
const WIDTH: f32 = 1280.0;
const HEIGHT: f32 = 800.0;

fn sample() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/projects/takaichi-trump-tokyo.ron"
    ))
}

/// What start-up does for the language: ask the system for its locales,
/// pick one, and load its catalogs from the built-in files (English first,
/// then the language over it). Loaded afresh each time, past the cache.
fn catalogs_at_startup(c: &mut Criterion) {
    let mut group = c.benchmark_group("catalogs_at_startup");
    for lang in LANGS {
        group.bench_function(BenchmarkId::from_parameter(lang.code()), |b| {
            b.iter(|| {
                let locales: Vec<String> = sys_locale::get_locales().collect();
                black_box(Lang::for_locales(locales.iter().map(String::as_str)));
                let english = Catalog::load_uncached(Lang::En);
                let own = (lang != Lang::En).then(|| Catalog::load_uncached(lang));
                black_box((english, own))
            });
        });
    }
    group.finish();
}

/// One status-bar message: a plural chosen by the count, the count grouped.
fn format_message(c: &mut Criterion) {
    let mut group = c.benchmark_group("format_message");
    for lang in [Lang::En, Lang::Fr, Lang::Ar] {
        let catalog = Catalog::get(lang);
        group.bench_function(BenchmarkId::from_parameter(lang.code()), |b| {
            b.iter(|| {
                catalog.format(
                    "status-claims-count",
                    &[("count", black_box(12_345).into())],
                )
            });
        });
    }
    group.finish();
}

/// The sample project in `lang`, settled.
fn opened_in(lang: Lang) -> Headless {
    let mut h = Headless::open_in(Some(sample()), WIDTH, HEIGHT, lang);
    h.settle(120);
    h
}

/// The first frame of the sample project started in each language (the
/// catalogs are loaded before it, when the app is made).
fn frame_first(c: &mut Criterion) {
    let mut group = c.benchmark_group("i18n_frame_first");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    for lang in LANGS {
        group.bench_function(BenchmarkId::from_parameter(lang.code()), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let mut h = Headless::open_in(Some(sample()), WIDTH, HEIGHT, lang);
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
    let mut group = c.benchmark_group("i18n_frame_steady");
    for lang in LANGS {
        let mut h = opened_in(lang);
        group.bench_function(BenchmarkId::from_parameter(lang.code()), |b| {
            b.iter(|| black_box(h.frame()));
        });
    }
    group.finish();
}

/// The frame in which the Language menu's choice takes effect (drawn twice:
/// the switch discards the pass under way), back and forth.
fn switch_language(c: &mut Criterion) {
    let mut group = c.benchmark_group("switch_language");
    for to in [Lang::Es, Lang::Ar] {
        let mut h = opened_in(Lang::En);
        let mut now = Lang::En;
        group.bench_function(
            BenchmarkId::from_parameter(format!("en_{}", to.code())),
            |b| {
                b.iter(|| {
                    now = if now == Lang::En { to } else { Lang::En };
                    h.apply(Command::SetLanguage(now));
                    black_box(h.frame())
                });
            },
        );
    }
    group.finish();
}

/// One page of an Arabic snapshot (`evidence::PAGE_CHARS`
/// characters) laid out by the bidi run table as the source viewer does
/// when the page first shows or the width changes (it keeps the galley
/// while both stay the same), with the app's fonts.
fn arabic_snapshot_page(c: &mut Criterion) {
    use claimdesk::evidence::PAGE_CHARS;
    use claimdesk::sample_data::generated_arabic_text;
    use claimdesk::ui::bidi_edit::galley::lay_out;
    use eframe::egui::{FontId, RawInput, TextFormat};

    // Eight different pages in turn: egui keeps a galley only while frames
    // use it, so each layout here is a first one, glyphs aside.
    let text: Vec<char> = generated_arabic_text(40 * PAGE_CHARS, 7).chars().collect();
    let pages: Vec<String> = text
        .chunks(PAGE_CHARS)
        .take(8)
        .map(|c| c.iter().collect())
        .collect();
    let h = opened_in(Lang::Ar);
    let format = TextFormat::simple(FontId::proportional(15.0), eframe::egui::Color32::BLACK);
    let mut group = c.benchmark_group("arabic_snapshot_page");
    group.sample_size(10);
    group.bench_function(BenchmarkId::from_parameter(PAGE_CHARS), |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for i in 0..iters {
                let page = &pages[i as usize % pages.len()];
                let _ = h.ctx.run_ui(RawInput::default(), |ui| {
                    let start = Instant::now();
                    black_box(lay_out(ui, page, &format, 620.0, true, None));
                    total += start.elapsed();
                });
            }
            total
        });
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = catalogs_at_startup, format_message, frame_first, frame_steady, switch_language,
        arabic_snapshot_page
}
criterion_main!(benches);
