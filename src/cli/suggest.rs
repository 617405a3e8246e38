//! `claimdesk suggest FILE [--top N] [--format text|tsv]`: an article's
//! sentences ranked by the triage model, with scores and character
//! offsets; `claimdesk suggest --sentences FILE`: each line scored as one
//! sentence, in input order, so anyone can evaluate the model on a labelled set.

use std::path::Path;
use std::process::ExitCode;

use clap::ValueEnum;

use super::fail;
use crate::triage::{self, Model};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SuggestFormat {
    Text,
    Tsv,
}

/// Tabs and line breaks inside a sentence would break a one-line record.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c == '\t' || c == '\n' || c == '\r' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn model() -> Result<&'static Model, ExitCode> {
    Model::shipped().map_err(|e| {
        eprintln!("claimdesk: the triage model could not be read: {e}");
        ExitCode::from(1)
    })
}

pub fn run(path: &Path, top: Option<usize>, format: SuggestFormat, sentences: bool) -> ExitCode {
    let model = match model() {
        Ok(m) => m,
        Err(code) => return code,
    };
    if sentences {
        return run_lines(path, model);
    }
    let is_project = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    let (text, dismissed) = if is_project {
        match crate::io::load_project(path) {
            Ok(p) => (p.article.text, p.dismissed_suggestions),
            Err(e) => return fail(path, &e),
        }
    } else {
        match crate::io::import_article(path) {
            Ok(imported) => (imported.article.text, Vec::new()),
            Err(e) => return fail(path, &e),
        }
    };
    let progress = crate::progress::Progress::new();
    let Some(scored) = triage::score_article(model, &text, &progress) else {
        return ExitCode::from(1);
    };
    let ranked = triage::ranked(scored)
        .into_iter()
        .filter(|s| !dismissed.contains(&triage::dismissal_key(s.sentence.text(&text))));
    let shown: Vec<_> = match top {
        Some(n) => ranked.take(n).collect(),
        None => {
            let threshold = triage::shipped_threshold(model);
            ranked.filter(|s| s.score >= threshold).collect()
        }
    };
    let mut out = String::new();
    if format == SuggestFormat::Tsv {
        out.push_str("rank\tscore\tstart\tend\tsentence\n");
    }
    for (i, s) in shown.iter().enumerate() {
        let sentence = one_line(s.sentence.text(&text));
        let (start, end) = (s.sentence.start, s.sentence.end);
        match format {
            SuggestFormat::Tsv => out.push_str(&format!(
                "{}\t{:.4}\t{start}\t{end}\t{sentence}\n",
                i + 1,
                s.score
            )),
            SuggestFormat::Text => out.push_str(&format!(
                "{:>4}. {:.3}  [{start}..{end}]  {sentence}\n",
                i + 1,
                s.score
            )),
        }
    }
    print!("{out}");
    ExitCode::SUCCESS
}

fn run_lines(path: &Path, model: &Model) -> ExitCode {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return fail(path, &e),
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return fail(path, &"not UTF-8 text");
    };
    let lines: Vec<&str> = text.lines().collect();
    let encoder = triage::Encoder::shipped();
    let Some(scores) = triage::score_texts(model, encoder, &lines, &|_, _| true) else {
        return ExitCode::from(1);
    };
    let threshold = triage::threshold(model, encoder);
    let mut out = String::with_capacity(text.len() * 2);
    for (line, score) in lines.into_iter().zip(scores) {
        let suggested = u8::from(score >= threshold);
        out.push_str(&format!("{score:.4}\t{suggested}\t{}\n", one_line(line)));
    }
    print!("{out}");
    ExitCode::SUCCESS
}
