//! Snapshots of sources kept beside the project: storing a file as
//! `NAME.evidence/SHA256.ext`, checking the stored copies, reading their
//! readable text through the article intake, and copying the folder when
//! the project is saved under a new name. Pure file logic, no window.

mod check;
mod paging;
mod store;

pub use check::{SnapshotState, check_evidence, snapshot_state};
pub use paging::{PAGE_CHARS, SnapshotText};
pub use store::{
    EvidenceError, PreparedSnapshot, attach_file, copy_evidence, evidence_dir, prepare_bytes,
    prepare_file, read_snapshot_text, snapshot_path, store_prepared,
};
