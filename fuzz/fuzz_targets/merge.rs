//! The three-way merge of untrusted projects: the input is base, ours and
//! theirs separated by 0xFF bytes; those that parse are merged.
#![no_main]

use claimdesk_core::io::parse_project;
use claimdesk_core::merge::merge;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    common::quiet_panics();
    let mut parts = data.split(|&b| b == 0xFF);
    let (Some(b), Some(o), Some(t)) = (parts.next(), parts.next(), parts.next()) else {
        return;
    };
    let (Ok(base), Ok(ours), Ok(theirs)) = (parse_project(b), parse_project(o), parse_project(t))
    else {
        return;
    };
    let _ = merge(&base, &ours, &theirs);
});
