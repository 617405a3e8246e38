//! A project file of untrusted bytes (`io::parse_project`): parsed and
//! validated, or refused with a message; what parses is written back.
#![no_main]

use claimdesk_core::io::{parse_project, project_to_ron};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    common::quiet_panics();
    if let Ok(project) = parse_project(data) {
        let _ = project_to_ron(&project);
    }
});
