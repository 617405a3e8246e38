//! A named pipe as the file the app reads, so a test decides when the
//! reading can finish (the worker blocks on it meanwhile), and stepping the
//! window until something shows.

use std::io::Write;
use std::path::Path;

use claimdesk::app::ClaimDeskApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// A named pipe at `path`: opening it for reading blocks until a writer comes.
pub fn fifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
}

/// Writes `bytes` into the pipe from another thread (opening it blocks until
/// the app's worker opens it for reading).
pub fn feed(path: &Path, bytes: impl Into<Vec<u8>>) -> std::thread::JoinHandle<()> {
    let (path, bytes) = (path.to_path_buf(), bytes.into());
    std::thread::spawn(move || {
        let mut pipe = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .expect("the pipe opens");
        // The reader may have gone (cancelled): a broken pipe is fine.
        let _ = pipe.write_all(&bytes);
    })
}

/// Runs frames until `label` shows, at most a generous number of them.
pub fn step_until(h: &mut Harness<'static, ClaimDeskApp>, label: &str) -> bool {
    for _ in 0..4_000 {
        h.step();
        if h.query_by_label(label).is_some() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    false
}
