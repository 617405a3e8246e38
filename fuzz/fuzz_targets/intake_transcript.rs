//! Transcripts of untrusted bytes, SubRip and WebVTT (the first byte picks).
#![no_main]

use claimdesk_core::io::{ArticleFormat, import_article_bytes};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    common::quiet_panics();
    let Some((first, rest)) = data.split_first() else { return };
    let format = if first % 2 == 0 { ArticleFormat::SubRip } else { ArticleFormat::WebVtt };
    let _ = import_article_bytes(rest, format);
});
