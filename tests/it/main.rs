//! All integration tests, as modules of one binary: each test file used to link
//! eframe, egui and the whole library on its own, which made the test build the
//! longest part of CI (see BENCHMARKS.md, "Build and CI").

mod accessibility;
mod app_workflow;
mod cli_check;
mod common;
mod dates;
mod evidence;
mod evidence_cli;
mod evidence_window;
mod export_annotations;
mod export_check;
mod export_claimreview;
mod export_cli;
mod export_golden;
mod export_review;
mod export_untrusted;
mod file_dialog;
mod file_modes;
mod intake_cli;
mod intake_import;
mod intake_reanchor;
mod intake_reanchor_cli;
mod intake_reanchor_window;
mod load_errors;
mod long_article;
mod merge_cli;
mod merge_prop;
mod merge_rules;
mod merge_window;
mod mock_archive;
mod recovery;
mod review;
mod review_window;
mod roundtrip;
mod rtl;
mod sample_project;
mod save_errors;
mod triage_cli;
mod triage_model;
mod triage_sentences;
mod triage_window;
mod undo;
mod unsaved_guard;
mod window;
