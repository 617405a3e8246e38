//! ClaimReview feeds and pages of untrusted text, as the library reads them.
#![no_main]

use claimdesk_core::library::claimreview_entries;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    common::quiet_panics();
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = claimreview_entries(text, "fuzz");
    }
});
