//! Long work off the UI thread, one way for all of it (opening a long file,
//! re-anchoring, importing annotations, merging the file on disk, scoring
//! sentences, attaching and reading snapshots, archiving): a named thread,
//! a [`Progress`] the window draws and Cancel sets, and the result taken
//! once the thread is done. The window keeps drawing meanwhile.

use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use eframe::egui;

use crate::progress::Progress;

/// How soon the next frame comes while a job runs, so its progress bar moves
/// without the window redrawing flat out.
pub(super) const POLL: Duration = Duration::from_millis(50);

pub(super) struct Job<T> {
    progress: Arc<Progress>,
    worker: JoinHandle<T>,
}

/// The job's thread stopped on a panic instead of returning.
#[derive(Debug)]
pub(super) struct Crashed;

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a thread called `name`; it counts into the progress
    /// it is given and should return early once that is cancelled.
    pub(super) fn spawn(
        name: &str,
        work: impl FnOnce(&Progress) -> T + Send + 'static,
    ) -> std::io::Result<Self> {
        let progress = Arc::new(Progress::new());
        let shared = Arc::clone(&progress);
        let worker = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || work(&shared))?;
        Ok(Self { progress, worker })
    }

    pub(super) fn progress(&self) -> &Arc<Progress> {
        &self.progress
    }

    /// Asks the work to stop and lets its thread go: it ends at its next
    /// check, and whatever it returns is dropped.
    pub(super) fn cancel(self) {
        self.progress.cancel();
    }

    pub(super) fn is_finished(&self) -> bool {
        self.worker.is_finished()
    }

    /// The result; only call once [`Job::is_finished`] (else it waits).
    pub(super) fn join(self) -> Result<T, Crashed> {
        self.worker.join().map_err(|_| Crashed)
    }
}

/// The job in `slot` once its thread has finished, taken out so its result
/// can be joined; `None` when there is no job or it is still running (then
/// another frame is asked for, so the progress bar moves).
pub(super) fn take_finished<J, T: Send + 'static>(
    slot: &mut Option<J>,
    ctx: &egui::Context,
    job: impl Fn(&J) -> &Job<T>,
) -> Option<J> {
    if !job(slot.as_ref()?).is_finished() {
        ctx.request_repaint_after(POLL);
        return None;
    }
    slot.take()
}
