//! ClaimDesk: a desktop workbench for fact-checking.
//!
//! `model` is the project as plain data, `edit` is the one place that changes
//! it (with undo), `io` reads and writes files, `export` publishes reports and
//! markup, `ui` and `app` are the window.

pub mod app;
pub mod archive;
pub mod cli;
pub mod edit;
pub mod evidence;
pub mod export;
pub mod headless;
pub mod import;
pub mod io;
pub mod library;
pub mod merge;
pub mod model;
pub mod sample_data;
pub mod sample_intake;
pub mod triage;
pub mod ui;
