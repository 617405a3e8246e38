//! What the background jobs (intake, re-anchoring, annotation import,
//! evidence, library, suggestions) share: how often a running job is looked
//! at, and taking a finished one out of its slot.

use std::thread::JoinHandle;
use std::time::Duration;

use eframe::egui;

/// How soon the next frame comes while a job runs, so its progress bar moves
/// without the window redrawing flat out.
pub(super) const POLL: Duration = Duration::from_millis(50);

/// The job in `slot` once its thread has finished, taken out so its result
/// can be joined; `None` when there is no job or it is still running (then
/// another frame is asked for).
pub(super) fn take_finished<J, T>(
    slot: &mut Option<J>,
    ctx: &egui::Context,
    worker: impl Fn(&J) -> &JoinHandle<T>,
) -> Option<J> {
    if !worker(slot.as_ref()?).is_finished() {
        ctx.request_repaint_after(POLL);
        return None;
    }
    slot.take()
}
