//! ClaimDesk's pure logic, below the window: no egui, eframe, winit or rfd
//! in this crate's tree (`cargo tree -p claimdesk-core`), so everything here
//! runs and is tested without a display.
//!
//! Layers, each using only those before it: `model` (the project as plain
//! data) → `edit` (the one place that changes it, with undo) → `io`, `merge`,
//! `claimreview`, `evidence`, `archive`, `export`, `import`, `library`,
//! `triage`, `desk` (sharing projects over git: it runs the user's `git`);
//! `i18n` (languages and message catalogs) and `wordpiece` (BERT's tokens,
//! for `library` and `triage`) sit beside `model`.
//! The window (`ui`, `app`) and the command line (`cli`) live in
//! the `claimdesk` crate above.

pub mod archive;
pub mod claimreview;
pub mod desk;
pub mod edit;
pub mod evidence;
pub mod export;
pub mod i18n;
pub mod import;
pub mod io;
pub mod library;
pub mod merge;
pub mod model;
pub mod progress;
pub mod triage;
pub mod wordpiece;

#[cfg(any(test, feature = "sample"))]
pub mod sample_data;
#[cfg(feature = "sample")]
pub mod sample_intake;
