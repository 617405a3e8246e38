//! Annotations from other tools (W3C, Hypothesis, ClaimReview JSON) of
//! untrusted bytes, read and planned against the sample project.
#![no_main]

use claimdesk_core::edit::Actor;
use claimdesk_core::import::{parse, plan};
use claimdesk_core::io::parse_project;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

const SAMPLE: &[u8] = include_bytes!("../../projects/takaichi-trump-tokyo.ron");

fuzz_target!(|data: &[u8]| {
    common::quiet_panics();
    let (Ok(project), Ok(parsed)) = (parse_project(SAMPLE), parse(data)) else {
        return;
    };
    let actor = Actor {
        name: "Fuzz".into(),
        time: "2026-12-07T00:00:00Z".into(),
        session_start: "2026-12-07T00:00:00Z".into(),
    };
    let _ = plan(&project, parsed, &actor);
});
