//! The desk: a team's projects in one shared git repository (a folder on a
//! shared drive, an SSH server or a git forge), each member with a clone.
//! `setup` makes and joins desks, `sync` commits, fetches, merges with
//! ClaimDesk's merge and pushes through the user's own `git` (`git`), and
//! two pure parts say what happened: `changes` (who did what to which
//! claims, for commit messages and the incoming summary) and `queue` (what
//! waits for a user across the desk).

pub mod changes;
pub mod git;
pub mod queue;
pub mod setup;
pub mod sync;

pub use changes::{PersonChanges, changes, incoming_lines, people_value, person_message, sentence};
pub use git::{Git, GitError, install_hint};
pub use queue::{Queue, QueueItem, queue};
pub use setup::{SetupError, configure, join, start};
pub use sync::{Author, Incoming, SyncError, SyncReport, SyncStatus, desk_of, load_projects, sync};
