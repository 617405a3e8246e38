//! All integration tests, as modules of one binary: each test file used to link
//! eframe, egui and the whole library on its own, which made the test build the
//! longest part of CI (see BENCHMARKS.md, "Build and CI").

mod accessibility;
mod app_workflow;
mod cli_check;
mod common;
mod dates;
mod export_annotations;
mod export_check;
mod export_claimreview;
mod export_cli;
mod export_golden;
mod export_untrusted;
mod file_dialog;
mod file_modes;
mod intake_cli;
mod intake_import;
mod intake_reanchor;
mod load_errors;
mod long_article;
mod recovery;
mod roundtrip;
mod sample_project;
mod save_errors;
mod undo;
mod unsaved_guard;
mod window;
