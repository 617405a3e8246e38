//! Article intake of untrusted bytes as Pdf (`io::import_article_bytes`): any
//! input ends in an article or an error, never a crash or a hang.
#![no_main]

use claimdesk_core::io::{ArticleFormat, import_article_bytes};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    common::quiet_panics();
    let _ = import_article_bytes(data, ArticleFormat::Pdf);
});
