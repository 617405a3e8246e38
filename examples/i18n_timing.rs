//! What the window's languages add to start-up, without criterion:
//! `cargo run --example i18n_timing`. Times asking the system for its
//! locales, loading each language's catalogs (parsing every `.ftl` file of
//! the language into a Fluent bundle), and formatting a plural message.
//! A debug build gives an upper bound; see BENCHMARKS.md, "Languages".

use std::time::Instant;

use claimdesk::i18n::{Catalog, Lang, files};

fn time<T>(label: &str, mut f: impl FnMut() -> T) -> f64 {
    let runs = 20;
    let mut best = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(f());
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
    }
    println!("{label}: best of {runs} {best:.3} ms");
    best
}

fn main() {
    for lang in Lang::ALL {
        let code = match lang {
            Lang::EnXa => "en",
            other => other.code(),
        };
        let bytes: usize = files::of(code).map(|f| f.source.len()).sum();
        let count = files::of(code).count();
        println!("{}: {count} files, {bytes} bytes", lang.code());
    }
    time("sys_locale::get_locales", || {
        sys_locale::get_locales().collect::<Vec<_>>()
    });
    // English is behind every other language, so a non-English start loads both.
    let english = time("load en", || Catalog::load_uncached(Lang::En));
    for lang in [Lang::Es, Lang::Ar, Lang::Ja, Lang::EnXa] {
        let ms = time(&format!("load {}", lang.code()), || {
            Catalog::load_uncached(lang)
        });
        if lang != Lang::EnXa {
            println!("  start-up in {}: {:.3} ms", lang.code(), english + ms);
        }
    }
    let catalog = Catalog::get(Lang::Ar);
    time("format a plural message (ar)", || {
        catalog.format("status-claims-count", &[("count", 12.into())])
    });
}
