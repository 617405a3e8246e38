//! Triage: which sentences of an article are worth checking. Pure logic, no
//! egui: `sentences` splits the article (ICU4X), `features` computes the
//! n-gram model's input, `model` scores it, `encoder` (a fine-tuned MiniLM,
//! when its asset is built in) scores it again; the final score mixes the
//! two by the encoder asset's `ngram_weight`. This file ranks a whole
//! article, with progress and Cancel for the window's worker thread.

pub mod encoder;
pub mod features;
mod language;
pub mod model;
mod quotes;
pub mod sentences;

use crate::progress::Progress;
use quotes::inside_quotes;

pub use encoder::Encoder;
pub use language::looks_english;
pub use model::Model;
pub use sentences::{Sentence, split as split_sentences};

/// A sentence with its check-worthiness score (0..=1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scored {
    pub sentence: Sentence,
    pub score: f32,
}

/// The default threshold of the final score: the encoder asset's when the
/// encoder takes part, else the n-gram model's.
pub fn threshold(model: &Model, encoder: Option<&Encoder>) -> f32 {
    encoder.map_or(model.threshold, |e| e.threshold)
}

/// The threshold of what `score_article` and `score_texts` give with the
/// shipped models.
pub fn shipped_threshold(model: &Model) -> f32 {
    threshold(model, Encoder::shipped())
}

/// The final score of each text, in order: the n-gram model's probability,
/// mixed with the encoder's when there is one. `go_on(done, total)` is
/// asked during the encoder pass (units: tokens); `None` when it said stop.
pub fn score_texts(
    model: &Model,
    encoder: Option<&Encoder>,
    texts: &[&str],
    go_on: &(dyn Fn(usize, usize) -> bool + Sync),
) -> Option<Vec<f32>> {
    let texts: Vec<&str> = texts.iter().map(|t| inside_quotes(t)).collect();
    let ngram = texts.iter().map(|t| model.score(t));
    let Some(encoder) = encoder else {
        return Some(ngram.collect());
    };
    let w = encoder.ngram_weight;
    let deep = encoder.probabilities(&texts, go_on)?;
    Some(
        ngram
            .zip(deep)
            .map(|(n, e)| w * n + (1.0 - w) * e)
            .collect(),
    )
}

/// Every sentence of `text` scored, in text order, with the shipped models;
/// `None` when cancelled.
pub fn score_article(model: &Model, text: &str, progress: &Progress) -> Option<Vec<Scored>> {
    score_article_with(model, Encoder::shipped(), text, progress)
}

/// How many tokens of an article the encoder reads at most: about 65,000
/// words, so a 5 MB article is scored within the minute aimed at on this
/// shared 2-core machine (BENCHMARKS.md, triage speed). Beyond it, the
/// sentences the n-gram model ranks best are read by the encoder, and the
/// rest keep the n-gram model's score, moved onto the encoder's scale so
/// the default threshold means the same: a cascade, the cheap model
/// choosing what the costly one reads. Counted in tokens, not time, so the
/// scores do not depend on the machine.
pub const ENCODER_TOKEN_BUDGET: usize = 100_000;

/// `score_article` with a given encoder (or none) and the usual budget.
pub fn score_article_with(
    model: &Model,
    encoder: Option<&Encoder>,
    text: &str,
    progress: &Progress,
) -> Option<Vec<Scored>> {
    score_article_budgeted(model, encoder, text, progress, ENCODER_TOKEN_BUDGET)
}

/// `score_article` with a given encoder (or none) reading at most
/// `token_budget` tokens (see `ENCODER_TOKEN_BUDGET`). `progress` counts
/// bytes of the text: splitting takes the first tenth of the bar and
/// scoring the rest; with the encoder, the n-gram model (and cutting into
/// tokens) takes a twentieth of that rest and the encoder, by far the
/// slowest part, the remainder, by tokens done.
pub fn score_article_budgeted(
    model: &Model,
    encoder: Option<&Encoder>,
    text: &str,
    progress: &Progress,
    token_budget: usize,
) -> Option<Vec<Scored>> {
    let total = text.len();
    progress.set_total(total);
    let split_share = total / 10;
    let sentences = sentences::split_with_progress(text, |byte| {
        let done = (byte as u128 * split_share as u128 / total.max(1) as u128) as usize;
        progress.set_done(done);
        !progress.is_cancelled()
    });
    if progress.is_cancelled() {
        return None;
    }
    let ngram_end = match encoder {
        Some(_) => split_share + (total - split_share) / 20,
        None => total,
    };
    let mut out = Vec::with_capacity(sentences.len());
    let mut ids = Vec::with_capacity(if encoder.is_some() {
        sentences.len()
    } else {
        0
    });
    for (i, s) in sentences.iter().enumerate() {
        if i % 256 == 0 {
            if progress.is_cancelled() {
                return None;
            }
            let done = split_share
                + ((s.byte_start as u128 * (ngram_end - split_share) as u128)
                    / total.max(1) as u128) as usize;
            progress.set_done(done);
        }
        let words = inside_quotes(s.text(text));
        out.push(Scored {
            sentence: *s,
            score: model.score(words),
        });
        if let Some(encoder) = encoder {
            ids.push(encoder.token_ids(words));
        }
    }
    if let Some(encoder) = encoder {
        progress.set_done(ngram_end);
        let chosen = within_budget(&out, &ids, token_budget);
        let chosen_ids: Vec<Vec<u32>> = chosen
            .iter()
            .map(|&i| std::mem::take(&mut ids[i]))
            .collect();
        let go_on = |done: usize, tokens: usize| {
            let share =
                (done as u128 * (total - ngram_end) as u128 / tokens.max(1) as u128) as usize;
            progress.set_done(ngram_end + share);
            !progress.is_cancelled()
        };
        let deep = encoder.probabilities_of_ids(&chosen_ids, &go_on)?;
        let w = encoder.ngram_weight;
        let mut read = vec![false; out.len()];
        for (&i, e) in chosen.iter().zip(deep) {
            out[i].score = w * out[i].score + (1.0 - w) * e;
            read[i] = true;
        }
        // The n-gram model's probabilities run on another scale (its
        // threshold is not the encoder's): a sentence the encoder did not
        // read is suggested by default exactly when the n-gram model alone
        // would suggest it.
        for (s, _) in out.iter_mut().zip(&read).filter(|(_, read)| !**read) {
            s.score = onto_scale(s.score, model.threshold, encoder.threshold);
        }
    }
    progress.set_done(total);
    Some(out)
}

/// `p` moved by a monotone piecewise-linear map that keeps 0 and 1 and takes
/// the threshold `from` to `to`.
fn onto_scale(p: f32, from: f32, to: f32) -> f32 {
    if !(from > 0.0 && from < 1.0) {
        return p;
    }
    if p < from {
        p * to / from
    } else {
        to + (p - from) * (1.0 - to) / (1.0 - from)
    }
}

/// The sentences the encoder reads, in text order: all when their tokens
/// fit `budget`, else the n-gram model's best (ties in text order) while
/// they fit.
fn within_budget(scored: &[Scored], ids: &[Vec<u32>], budget: usize) -> Vec<usize> {
    let all: usize = ids.iter().map(Vec::len).sum();
    if all <= budget {
        return (0..scored.len()).collect();
    }
    let mut order: Vec<usize> = (0..scored.len()).collect();
    order.sort_by(|&a, &b| scored[b].score.total_cmp(&scored[a].score).then(a.cmp(&b)));
    let mut left = budget;
    let mut chosen: Vec<usize> = order
        .into_iter()
        .filter(|&i| {
            let fits = ids[i].len() <= left;
            if fits {
                left -= ids[i].len();
            }
            fits
        })
        .collect();
    chosen.sort_unstable();
    chosen
}

/// Sentences ranked best first (ties in text order).
pub fn ranked(mut scored: Vec<Scored>) -> Vec<Scored> {
    scored.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.sentence.start.cmp(&b.sentence.start))
    });
    scored
}

/// The key a dismissed suggestion is remembered by: its text with runs of
/// whitespace made one space, so it survives re-wrapping and re-anchoring.
pub fn dismissal_key(sentence: &str) -> String {
    sentence.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// For each sentence, whether a claim already covers it: a claim inside it
/// (the user marked part of it) or one overlapping at least half of it.
/// Claims are looked up by binary search, so 50,000 sentences against
/// 10,000 claims stay quick.
pub fn covered_flags<'a>(
    sentences: impl IntoIterator<Item = &'a Sentence>,
    claims: &[crate::model::Claim],
) -> Vec<bool> {
    let mut spans: Vec<(usize, usize)> = claims
        .iter()
        .filter(|c| !c.orphaned && c.span.end > c.span.start)
        .map(|c| (c.span.start, c.span.end))
        .collect();
    spans.sort_unstable();
    let longest = spans.iter().map(|(s, e)| e - s).max().unwrap_or(0);
    sentences
        .into_iter()
        .map(|sentence| {
            let lo = spans.partition_point(|c| c.0 + longest < sentence.start);
            let hi = spans.partition_point(|c| c.0 < sentence.end);
            let len = sentence.end.saturating_sub(sentence.start);
            spans[lo..hi].iter().any(|&(cs, ce)| {
                let inside = cs >= sentence.start && ce <= sentence.end;
                let overlap = ce.min(sentence.end).saturating_sub(cs.max(sentence.start));
                overlap > 0 && (inside || 2 * overlap >= len)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Claim, ClaimId, Span};

    fn claim(start: usize, end: usize) -> Claim {
        Claim::new(
            ClaimId(start as u64 + 1),
            Span {
                start,
                end,
                quote: String::new(),
            },
        )
    }

    fn sentence(start: usize, end: usize) -> Sentence {
        Sentence {
            start,
            end,
            byte_start: start,
            byte_end: end,
        }
    }

    #[test]
    fn a_sentence_is_done_when_a_claim_lies_inside_it_or_covers_half() {
        let s = [sentence(0, 100), sentence(100, 200), sentence(200, 300)];
        // Inside the first; 40 % of the second (and of the third); 70 % of
        // the third, running past its end.
        let claims = [claim(10, 20), claim(160, 240), claim(230, 320)];
        assert_eq!(covered_flags(&s, &claims), [true, false, true]);
        assert_eq!(covered_flags(&s, &[]), [false, false, false]);
        let mut orphan = claim(0, 100);
        orphan.orphaned = true;
        assert_eq!(covered_flags(&s[..1], &[orphan]), [false]);
    }

    #[test]
    fn dismissal_keys_ignore_wrapping() {
        assert_eq!(
            dismissal_key("  Taxes rose\n 5%  this year. "),
            "Taxes rose 5% this year."
        );
    }

    #[test]
    fn a_damaged_model_file_is_refused_with_a_reason() {
        assert!(Model::from_bytes(b"not a model").is_err());
        assert!(Model::from_bytes(b"CDTRIAG1\x12\x00").is_err());
        let mut cut = b"CDTRIAG1".to_vec();
        for v in [2u32, 2, features::N_HAND as u32] {
            cut.extend(v.to_le_bytes());
        }
        assert!(Model::from_bytes(&cut).is_err_and(|e| e.to_string().contains("cut off")));
    }

    /// A model file with one-bit tables, all weights zero but the bias, and
    /// an embedding block of `dims` weights.
    fn tiny_model(dims: u32, bias: f32) -> Vec<u8> {
        let mut b = b"CDTRIAG2".to_vec();
        for v in [1u32, 1, features::N_HAND as u32] {
            b.extend(v.to_le_bytes());
        }
        for v in [bias, 0.5, 0.0] {
            b.extend(v.to_le_bytes());
        }
        let floats = 2 + 2 + 2 + 2 + features::N_HAND;
        b.extend(std::iter::repeat_n(0u8, 4 * floats));
        b.extend(dims.to_le_bytes());
        b.extend(std::iter::repeat_n(0u8, 4 * dims as usize));
        b
    }

    #[test]
    fn the_embedding_block_must_fit_the_library_table() {
        let dims = crate::library::embed::shipped()
            .expect("the library's embeddings")
            .dims() as u32;
        let model = Model::from_bytes(&tiny_model(dims, 0.0)).expect("a fitting model");
        assert!((model.score("Taxes rose 5 percent.") - 0.5).abs() < 1e-6);
        assert!(
            Model::from_bytes(&tiny_model(dims + 1, 0.0))
                .is_err_and(|e| e.to_string().contains("does not fit"))
        );
        let mut cut = tiny_model(dims, 0.0);
        cut.truncate(cut.len() - 4);
        assert!(Model::from_bytes(&cut).is_err_and(|e| e.to_string().contains("cut off")));
        // A file without the block (the first format) still reads.
        let mut v1 = tiny_model(0, 0.0);
        v1[..8].copy_from_slice(b"CDTRIAG1");
        v1.truncate(v1.len() - 4);
        assert!(Model::from_bytes(&v1).is_ok());
    }

    #[test]
    fn the_encoder_is_mixed_in_by_the_assets_weight() {
        let model = Model::shipped().expect("the shipped model");
        // The shipped asset with the n-gram model's share made 0.25 (the
        // header's ninth field), so the two shares cannot be swapped unseen.
        let mut bytes = Encoder::shipped_bytes().to_vec();
        bytes[12 + 32..12 + 36].copy_from_slice(&0.25f32.to_le_bytes());
        let encoder = &Encoder::from_bytes(&bytes).expect("a valid asset");
        assert_eq!(encoder.ngram_weight, 0.25);
        let text = "We cut taxes by 5 percent. Thank you.";
        let progress = Progress::new();
        let alone = score_article_with(model, None, text, &progress).expect("not cancelled");
        let both =
            score_article_with(model, Some(encoder), text, &progress).expect("not cancelled");
        assert_eq!(alone.len(), 2);
        let w = encoder.ngram_weight;
        for (a, b) in alone.iter().zip(&both) {
            let deep = encoder.probability(a.sentence.text(text));
            assert!((b.score - (w * a.score + (1.0 - w) * deep)).abs() < 1e-5);
            assert!((a.score - model.score(a.sentence.text(text))).abs() < 1e-6);
        }
        let texts = [both[0].sentence.text(text), both[1].sentence.text(text)];
        let lines = score_texts(model, Some(encoder), &texts, &|_, _| true).expect("not stopped");
        assert!((lines[0] - both[0].score).abs() < 1e-5 && (lines[1] - both[1].score).abs() < 1e-5);
        assert_eq!(threshold(model, Some(encoder)), encoder.threshold);
        assert_eq!(threshold(model, None), model.threshold);
    }

    #[test]
    fn past_the_budget_the_encoder_reads_the_ngram_models_best() {
        let model = Model::shipped().expect("the shipped model");
        let encoder = Encoder::shipped().expect("the shipped encoder");
        let text = "Thank you. Unemployment fell to 3.5 percent last year. Good evening. \
                    We spent $2 trillion on the war in Iraq, 40 percent more.";
        let progress = Progress::new();
        let alone = score_article_with(model, None, text, &progress).expect("not cancelled");
        let all = score_article_budgeted(model, Some(encoder), text, &progress, usize::MAX)
            .expect("not cancelled");
        let tokens = |i: usize| encoder.token_ids(alone[i].sentence.text(text)).len();
        let best_two = {
            let mut by_score: Vec<usize> = (0..alone.len()).collect();
            by_score.sort_by(|&a, &b| alone[b].score.total_cmp(&alone[a].score));
            [by_score[0], by_score[1]]
        };
        let budget = tokens(best_two[0]) + tokens(best_two[1]);
        let cut = score_article_budgeted(model, Some(encoder), text, &progress, budget)
            .expect("not cancelled");
        assert_eq!(alone.len(), 4);
        for i in 0..4 {
            let expected = if best_two.contains(&i) {
                all[i].score
            } else {
                onto_scale(alone[i].score, model.threshold, encoder.threshold)
            };
            assert!((cut[i].score - expected).abs() < 1e-6, "sentence {i}");
            assert!(
                (all[i].score - alone[i].score).abs() > 1e-6,
                "sentence {i} was mixed"
            );
        }
    }

    #[test]
    fn a_quoted_sentence_scores_as_the_sentence_itself() {
        let model = Model::shipped().expect("the shipped model");
        let encoder = Encoder::shipped();
        let plain = "They're able to charge women more for the same exact procedure.";
        let quoted = format!("\u{201c}{plain}\u{201d}");
        let texts = [plain, quoted.as_str()];
        let lines = score_texts(model, encoder, &texts, &|_, _| true).expect("not stopped");
        assert_eq!(lines[0], lines[1]);
        let article = format!("He said it twice. {quoted} {plain}");
        let scored = score_article(model, &article, &Progress::new()).expect("not cancelled");
        assert_eq!(scored.len(), 3);
        assert_eq!(scored[1].score, scored[2].score);
        assert!(scored[1].sentence.text(&article).starts_with('\u{201c}'));
    }

    #[test]
    fn a_sentence_left_to_the_ngram_model_is_suggested_as_that_model_would() {
        let (from, to) = (0.53, 0.65);
        for p in [0.0f32, 0.2, 0.52, 0.53, 0.6, 0.64, 0.9, 1.0] {
            let q = onto_scale(p, from, to);
            assert_eq!(q >= to, p >= from, "{p} went to {q}");
            assert!((0.0..=1.0).contains(&q));
        }
        assert!(onto_scale(0.3, from, to) < onto_scale(0.31, from, to));
        assert_eq!(onto_scale(0.0, from, to), 0.0);
        assert!((onto_scale(1.0, from, to) - 1.0).abs() < 1e-6);
        assert_eq!(
            onto_scale(0.4, 0.0, to),
            0.4,
            "a degenerate threshold moves nothing"
        );
    }

    #[test]
    fn cancel_stops_the_encoder_pass_and_the_bar_moves_in_it() {
        let model = Model::shipped().expect("the shipped model");
        let encoder = Encoder::shipped().expect("the shipped encoder");
        let text =
            "Unemployment fell to 3.5 percent last year, the lowest in fifty years.\n".repeat(3000);
        let total = text.len();
        // Where the n-gram model's share of the bar ends (see score_article_with).
        let ngram_end = total / 10 + (total - total / 10) / 20;
        let progress = Progress::new();
        let seen = std::thread::scope(|s| {
            let watcher = s.spawn(|| {
                loop {
                    let done = progress.done();
                    if done > ngram_end && done < total {
                        progress.cancel();
                        return Some(done);
                    }
                    if done >= total {
                        return None;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
            });
            let result = score_article_with(model, Some(encoder), &text, &progress);
            assert!(result.is_none(), "cancelled during the encoder pass");
            watcher.join().expect("the watcher")
        });
        assert!(seen.is_some(), "the bar moved inside the encoder pass");
        assert!(progress.done() < total);
    }

    #[test]
    fn scoring_an_article_can_be_cancelled() {
        let model = Model::shipped().expect("the shipped model");
        let text = "We cut taxes by 5 percent. Thank you.\n".repeat(100);
        let progress = Progress::new();
        let scored = score_article(model, &text, &progress).expect("not cancelled");
        assert_eq!(scored.len(), 200);
        assert_eq!(progress.fraction(), 1.0);
        progress.cancel();
        assert!(score_article(model, &text, &progress).is_none());
    }
}
