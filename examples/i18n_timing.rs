//! What the window's languages add to start-up, without criterion:
//! `cargo run --example i18n_timing`. Times asking the system for its
//! locales, loading each language's catalogs (parsing every `.ftl` file of
//! the language into a Fluent bundle), and formatting a plural message.
//! Then, in the real app headless on the sample project: a steady frame, and
//! the frame that switches language (the switch redraws that same frame).
//! A debug build gives an upper bound; see BENCHMARKS.md, "Languages".

use claimdesk::headless::Headless;
use claimdesk::i18n::{Catalog, Lang, files};

/// This thread's CPU time in milliseconds: on a machine shared with other
/// builds, wall time measures the neighbours more than the code.
fn cpu_ms() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec we own.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0;
    if !ok {
        return 0.0;
    }
    ts.tv_sec as f64 * 1e3 + ts.tv_nsec as f64 / 1e6
}

fn time<T>(label: &str, mut f: impl FnMut() -> T) -> f64 {
    let runs = 20;
    let mut best = f64::MAX;
    for _ in 0..runs {
        let t = cpu_ms();
        std::hint::black_box(f());
        best = best.min(cpu_ms() - t);
    }
    println!("{label}: best of {runs} {best:.3} ms CPU");
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
    // The first load in a process is what start-up pays (cold caches, the
    // plural rules' first use); later loads show the steady cost.
    let cold = cpu_ms();
    std::hint::black_box(Catalog::get(Lang::En));
    println!(
        "first load in this process (en): {:.3} ms CPU",
        cpu_ms() - cold
    );
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
    let mut h = Headless::open(None, 1280.0, 800.0);
    h.settle(120);
    time("steady frame (en)", || h.frame());
    let mut lang = Lang::En;
    time("frame that switches language (en <-> en-XA)", || {
        lang = if lang == Lang::En {
            Lang::EnXa
        } else {
            Lang::En
        };
        let ctx = h.ctx.clone();
        h.app.set_language(&ctx, lang, false);
        h.frame()
    });
    let ctx = h.ctx.clone();
    h.app.set_language(&ctx, Lang::EnXa, false);
    h.settle(120);
    time("steady frame (en-XA)", || h.frame());
}
