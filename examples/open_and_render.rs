//! Opens a project in the real app, headless, and renders frames until it
//! settles, as a window would show it first: for measuring peak memory with
//! `/usr/bin/time -v` (see BENCHMARKS.md).
//!
//! `cargo run --release --example open_and_render -- PROJECT.ron`

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use claimdesk::headless::Headless;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: open_and_render PROJECT.ron");
        return ExitCode::from(2);
    };
    let start = Instant::now();
    let mut h = Headless::open(Some(&path), 1280.0, 800.0);
    let opened = start.elapsed();
    if h.app.project().claims.is_empty() {
        eprintln!("{} did not open: {:?}", path.display(), h.app.message());
        return ExitCode::from(1);
    }
    let first = Instant::now();
    let stats = h.frame();
    let first = first.elapsed();
    let frames = 1 + h.settle(120);
    println!(
        "opened {} ({} claims) in {opened:?}; first frame {first:?} ({} primitives); {frames} frames to settle",
        path.display(),
        h.app.project().claims.len(),
        stats.primitives
    );
    ExitCode::SUCCESS
}
