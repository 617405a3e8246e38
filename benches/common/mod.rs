//! The generated projects every benchmark runs on: three sizes, fixed seed.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;

use claimdesk::model::Project;
use claimdesk::sample_data::{generated_arabic_project, generated_project};

pub const SEED: u64 = 2025;

/// Parameter name, article bytes, claims. The last is all in Arabic: every
/// paragraph takes the bidi layout (see BENCHMARKS.md).
pub const SIZES: [(&str, usize, usize); 4] = [
    ("50kb_100", 50_000, 100),
    ("500kb_1k", 500_000, 1_000),
    ("5mb_10k", 5_000_000, 10_000),
    ("5mb_10k_arabic", 5_000_000, 10_000),
];

pub struct Fixture {
    pub name: &'static str,
    pub project: Project,
    /// The project saved as a `.ron` file.
    pub path: PathBuf,
}

pub struct Fixtures {
    _dir: tempfile::TempDir,
    pub all: Vec<Fixture>,
}

/// Generated and saved once per bench binary.
pub fn fixtures() -> &'static Fixtures {
    static FIXTURES: OnceLock<Fixtures> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let all = SIZES
            .iter()
            .map(|&(name, bytes, claims)| {
                let project = if name.ends_with("_arabic") {
                    generated_arabic_project(bytes, claims, SEED)
                } else {
                    generated_project(bytes, claims, SEED)
                };
                let path = dir.path().join(format!("{name}.ron"));
                claimdesk::io::save_project(&project, &path).expect("the project saves");
                Fixture {
                    name,
                    project,
                    path,
                }
            })
            .collect();
        Fixtures { _dir: dir, all }
    })
}

/// Fewer samples for the larger sizes keeps a whole `cargo bench` within minutes.
pub fn sample_size(name: &str) -> usize {
    match name {
        "50kb_100" => 50,
        "500kb_1k" => 20,
        _ => 10,
    }
}

/// Short warm-up and measurement, so the whole suite runs in minutes.
pub fn config() -> criterion::Criterion {
    criterion::Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3))
}
