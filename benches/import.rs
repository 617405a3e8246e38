//! How long importing annotations takes: 1,000 Hypothesis annotations (a
//! page with navigation before the article, so every position is off and
//! each quote is found by its context) on a 200 KB article, and the same
//! claims as our own W3C Web Annotations. Read, anchor, apply.
//! Run: `cargo bench --bench import`.

use std::hint::black_box;

use claimdesk::edit::Actor;
use claimdesk::export::{Format, export};
use claimdesk::sample_data::generated_project;
use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::json;

fn hypothesis(project: &claimdesk::model::Project) -> String {
    let chars: Vec<char> = project.article.text.chars().collect();
    let utf16 = |at: usize| chars[..at].iter().map(|c| c.len_utf16()).sum::<usize>();
    let slice = |a: usize, b: usize| chars[a..b.min(chars.len())].iter().collect::<String>();
    let rows: Vec<_> = project
        .claims
        .iter()
        .map(|c| {
            let (s, e) = (c.span.start, c.span.end);
            json!({
                "uri": "https://example.org/article",
                "text": "Needs a source.",
                "tags": ["bench"],
                "target": [{ "source": "https://example.org/article", "selector": [
                    { "type": "TextPositionSelector", "start": utf16(s) + 57, "end": utf16(e) + 57 },
                    { "type": "TextQuoteSelector", "exact": c.span.quote, "prefix": slice(s.saturating_sub(32), s), "suffix": slice(e, e + 32) },
                ]}],
            })
        })
        .collect();
    json!({ "total": rows.len(), "rows": rows }).to_string()
}

fn import(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    let source = generated_project(200_000, 1_000, 7);
    let mut empty = source.clone();
    empty.claims.clear();
    let actor = Actor::now("bench");
    let run = |file: &str| {
        let parsed = claimdesk::import::parse(file.as_bytes()).expect("parses");
        let plan = claimdesk::import::plan(&empty, parsed, &actor);
        let mut p = empty.clone();
        if let Some(action) = plan.action {
            action.apply(&mut p).expect("applies");
        }
        (plan.report.anchored + plan.report.moved, p.claims.len())
    };
    let hyp = hypothesis(&source);
    eprintln!("hypothesis: {:?} of {}", run(&hyp), source.claims.len());
    group.bench_function("hypothesis_1000_on_200kb", |b| {
        b.iter(|| run(black_box(&hyp)))
    });
    let w3c = export(&source, Format::Annotations).expect("exports");
    eprintln!("w3c: {:?}", run(&w3c));
    group.bench_function("w3c_1000_on_200kb", |b| b.iter(|| run(black_box(&w3c))));
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
