//! `claimdesk export PROJECT --format F [-o OUT]`.

use std::path::Path;
use std::process::ExitCode;

use super::fail;
use crate::export::{Format, export};
use crate::io::load_project;

pub fn run(path: &Path, format: Format, output: Option<&Path>) -> ExitCode {
    let project = match load_project(path) {
        Ok(p) => p,
        Err(e) => return fail(path, &e),
    };
    let text = match export(&project, format) {
        Ok(t) => t,
        Err(e) => return fail(path, &e),
    };
    let written = match output {
        Some(out) => std::fs::write(out, text).map_err(|e| (out, e)),
        None => std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes())
            .map_err(|e| (Path::new("stdout"), e)),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err((out, e)) => fail(out, &e),
    }
}
