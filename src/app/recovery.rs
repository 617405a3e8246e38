//! Autosave and recovery: while there is unsaved work, a copy goes to the data
//! folder every so often; the next start offers what a crash left behind.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use eframe::egui;

use super::{APP_ID, ClaimDeskApp};
use crate::edit::Document;
use crate::io::FileStamp;
use crate::io::recovery::{self, OnDiskCopy, Recovery};
use crate::ui::dialogs::Dialog;

/// `~/.local/share/claimdesk/recovery` on Linux (eframe's storage folder).
pub fn default_recovery_dir() -> Option<PathBuf> {
    eframe::storage_dir(APP_ID).map(|d| d.join("recovery"))
}

pub(super) struct Autosave {
    pub(super) dir: PathBuf,
    pub(super) every: Duration,
    pub(super) last: Instant,
    pub(super) revision: Option<u64>,
    /// Tells this session's untitled copies from another's.
    pub(super) session: u64,
    pub(super) pending: Vec<Recovery>,
}

impl Autosave {
    pub(super) fn new(dir: PathBuf, every: Duration) -> Self {
        Self {
            pending: recovery::pending_recoveries(&dir),
            dir,
            every,
            last: Instant::now(),
            revision: None,
            session: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64),
        }
    }
}

impl ClaimDeskApp {
    pub(super) fn recovery_file(&self) -> Option<PathBuf> {
        let a = self.autosave.as_ref()?;
        Some(recovery::recovery_path(
            &a.dir,
            self.doc.path.as_deref(),
            a.session,
        ))
    }

    pub(super) fn offer_next_recovery(&mut self) {
        let Some(r) = self.autosave.as_ref().and_then(|a| a.pending.first()) else {
            return;
        };
        if self.dialog.is_some() {
            return;
        }
        let name = r.original.as_ref().and_then(|p| p.file_name()).map_or_else(
            || r.project.title.clone(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.dialog = Some(Dialog::Recover {
            file: r.file.clone(),
            name,
            when: crate::model::date::UtcTime::from_unix_seconds(
                i64::try_from(r.written_at).unwrap_or(i64::MAX),
            )
            .readable(),
            claims: r.project.claims.len(),
        });
    }

    /// Restores a recovery copy; what its file held when the work started
    /// becomes what this window last saw there, so the first save compares.
    pub(super) fn restore_recovery(&mut self, r: Recovery) {
        let original = r.original.clone();
        self.replace_document(Document::recovered(r.project, r.original));
        if let (Some(path), Some(base)) = (original, r.on_disk) {
            // Only the bytes' digest is known: size and time unknown make the
            // first check read the file and compare digests.
            let stamp = FileStamp {
                len: u64::MAX,
                modified: None,
                sha256: base.sha256,
            };
            self.remember_on_disk(&path, stamp, base.project);
        }
    }

    pub(super) fn take_recovery(&mut self, file: &Path) -> Option<Recovery> {
        let a = self.autosave.as_mut()?;
        let i = a.pending.iter().position(|r| r.file == file)?;
        Some(a.pending.remove(i))
    }

    /// While there are unsaved changes, writes a recovery copy every so often.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let Some(file) = self.recovery_file() else {
            return;
        };
        let dirty = self.doc.is_dirty();
        let revision = self.doc.revision();
        let Some(a) = self.autosave.as_mut() else {
            return;
        };
        if !dirty || a.revision == Some(revision) {
            return;
        }
        if a.last.elapsed() < a.every {
            ctx.request_repaint_after(a.every.saturating_sub(a.last.elapsed()));
            return;
        }
        a.last = Instant::now();
        a.revision = Some(revision);
        // What the file held, so the restored copy's first save notices a change.
        let on_disk = self
            .on_disk
            .as_ref()
            .filter(|d| self.doc.path.as_deref() == Some(d.path.as_path()))
            .map(|d| OnDiskCopy {
                sha256: d.stamp.sha256,
                project: d.project.clone(),
            });
        if let Err(e) =
            recovery::write_recovery(&file, self.doc.path.as_deref(), self.doc.project(), on_disk)
        {
            let text = self.tr_args(
                "msg-recovery-write-failed",
                &[("error", self.catalog.message(&e.words()).into())],
            );
            self.message = Some((text, true));
        }
    }

    /// The work is safe elsewhere (saved, or knowingly dropped): its recovery copy can go.
    pub(super) fn discard_recovery_copy(&mut self) {
        if let Some(file) = self.recovery_file() {
            recovery::discard(&file);
        }
        if let Some(a) = self.autosave.as_mut() {
            a.revision = None;
        }
    }
}
