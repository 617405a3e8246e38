//! ClaimDesk: a desktop workbench for fact-checking.
//!
//! This crate is the window (`ui` draws, `app` runs it) and the command line
//! (`cli`); everything below them is the `claimdesk-core` crate, re-exported
//! here under the same names (`claimdesk::model`, `claimdesk::edit`, …) so a
//! path reads the same from either side. The compiler keeps the layers: the
//! core cannot name `ui` or `app`, and it has no GUI crate in its tree.

pub use claimdesk_core::{
    archive, claimreview, desk, edit, evidence, export, i18n, import, io, library, merge, model,
    progress, triage,
};

#[cfg(feature = "test-support")]
pub use claimdesk_core::{sample_data, sample_intake};

pub mod app;
pub mod cli;
#[cfg(feature = "test-support")]
pub mod headless;
pub mod ui;
