//! Asking a Wayback Machine for a copy of a source: its availability API
//! for an existing capture and Save Page Now for a new one (`client.rs`),
//! and archiving many sources with progress and Cancel (`run.rs`). Pure
//! logic over a blocking HTTP client; the window runs it on a worker thread.

mod client;
mod endpoint;
mod run;

pub use client::{ArchiveClient, ArchiveError, Capture};
pub use endpoint::{DEFAULT_ENDPOINT, Endpoint, EndpointError};
pub use run::{
    ArchiveOutcome, ArchiveResult, ArchiveTarget, apply_results, archive_sources,
    targets_without_copy,
};
