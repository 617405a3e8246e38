//! Writes a generated project (the benchmarks' articles) to a file.
//!
//! `cargo run --release --example generate_project -- BYTES CLAIMS OUT.ron [SEED]`

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(bytes), Some(claims), Some(out)) = (
        args.first().and_then(|s| s.parse().ok()),
        args.get(1).and_then(|s| s.parse().ok()),
        args.get(2),
    ) else {
        eprintln!("usage: generate_project BYTES CLAIMS OUT.ron [SEED]");
        return ExitCode::from(2);
    };
    let seed = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(2025);
    let project = claimdesk::sample_data::generated_project(bytes, claims, seed);
    match claimdesk::io::save_project(&project, std::path::Path::new(out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}
