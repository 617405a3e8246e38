//! The HTML report of long projects. Needs `claimdesk::export` (the export
//! branch): its `[[bench]]` entry in Cargo.toml is switched on when that lands.
//! Run: `cargo bench --bench export_html`.

mod common;

use std::hint::black_box;

use claimdesk::export::{Format, export};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use common::{fixtures, sample_size};

fn export_html(c: &mut Criterion) {
    let mut group = c.benchmark_group("export_html");
    for f in &fixtures().all {
        group.sample_size(sample_size(f.name));
        group.bench_with_input(BenchmarkId::from_parameter(f.name), f, |b, f| {
            b.iter(|| black_box(export(&f.project, Format::Html).expect("the report renders")));
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = export_html
}
criterion_main!(benches);
