use std::path::PathBuf;

use crate::edit::Action;
use crate::edit::review::Corrected;
use crate::model::{ClaimId, CommentId, ScalePreset};

/// A review step, taken as the current user (see `edit::review`).
#[derive(Clone, Debug)]
pub enum ReviewStep {
    /// `confirmed`: the user saw what is missing (`review::ready_gaps`) and
    /// goes ahead; otherwise a gap asks first.
    MarkReady {
        claim: ClaimId,
        confirmed: bool,
    },
    /// `confirmed`: the user saw the open comments and approves anyway.
    Approve {
        claim: ClaimId,
        confirmed: bool,
    },
    Return {
        claim: ClaimId,
        text: String,
    },
    Comment {
        claim: ClaimId,
        text: String,
    },
    Resolve {
        claim: ClaimId,
        comment: CommentId,
        resolved: bool,
    },
    Correct {
        claim: ClaimId,
        to: Corrected,
        note: String,
    },
    /// The approved claims went out today.
    RecordPublication,
}

/// Everything a view can ask for. Views return these; `app` applies them in
/// one place, which is where undo, the unsaved mark and autosave hook in.
// A few commands a frame: boxing the large `Edit` would buy nothing measurable.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum Command {
    Edit(Action),
    Review(ReviewStep),
    /// Ask for the user's name (Edit › Your name…).
    AskUserName,
    /// Remember the user's name; empty for none.
    SetUserName(String),
    /// Open the correction dialog for a published claim.
    AskCorrection(ClaimId),
    Undo,
    Redo,
    SelectClaim(Option<ClaimId>),
    /// Select a claim, scroll the article to it and flash it.
    JumpToClaim(ClaimId),
    NextClaim,
    PreviousClaim,
    /// Mark characters `start..end` of the article as a new claim (the
    /// article's selection, or a suggested sentence); `open_editor` shows
    /// the new claim in the claim editor, else the current tab stays.
    MarkClaim {
        start: usize,
        end: usize,
        open_editor: bool,
    },
    /// Say something in the status bar (a shortcut that cannot act now).
    Hint(String),
    /// The Article tab, scrolled to a setting's field with the caret in it.
    ShowSetting(super::Setting),
    /// Language › a language: the window switches to it at once and keeps it.
    SetLanguage(crate::i18n::Lang),
    /// Help › Keyboard shortcuts.
    ShowShortcuts,
    /// F6 / Shift+F6: focus the next (or previous) pane: the claim list, the
    /// article, the editor.
    CyclePane {
        forward: bool,
    },
    /// Clear the status bar's message (its × button; errors stay until then).
    DismissMessage,
    AskDeleteClaim(ClaimId),
    /// Add an empty source to the project and show it in the Sources tab.
    AddSource,
    /// Add an empty source and link it to the claim in one undo step.
    NewSourceForClaim(ClaimId),
    ShowTab(super::Tab),
    NewProject {
        title: String,
        preset: ScalePreset,
    },
    AskNewProject,
    OpenProjectDialog,
    OpenArticleDialog,
    /// Make a project from an article the user has previewed.
    CreateFromImport(Box<crate::io::ImportedArticle>),
    /// Pick a corrected version of the article and review what happens to each claim.
    ReplaceArticleDialog,
    /// Pick an annotation file (W3C, Hypothesis, ClaimReview) and import it as claims.
    ImportAnnotationsDialog,
    /// Stop importing annotations: nothing changes.
    CancelAnnotationImport,
    /// Stop re-anchoring a new version: nothing changes.
    CancelReplace,
    /// Stop reading a long article file (a PDF) before it opens.
    CancelIntake,
    /// Stop merging the file on disk in; nothing changes.
    CancelMerge,
    /// Pick a file to attach to the source as a snapshot.
    AddSnapshotDialog(crate::model::SourceId),
    /// Attach this file to the source as a snapshot (off the UI thread).
    AttachSnapshot {
        source: crate::model::SourceId,
        path: PathBuf,
    },
    /// A page dropped on the claim editor: a new source from its metadata,
    /// the page its first snapshot, linked to the claim.
    NewSourceFromPage {
        claim: ClaimId,
        path: PathBuf,
    },
    /// Show a snapshot's text in the source viewer, for taking an excerpt
    /// for `claim` (at its anchored excerpt, when it has one).
    ViewSnapshot {
        source: crate::model::SourceId,
        snapshot: String,
        claim: Option<ClaimId>,
    },
    /// Find or make Wayback Machine copies of these sources (in the background);
    /// `fresh` asks for a new capture even when the archive already holds one.
    Archive {
        sources: Vec<crate::model::SourceId>,
        fresh: bool,
    },
    /// Ask to archive every source without an archived copy.
    AskArchiveAll,
    /// Stop archiving: nothing changes.
    CancelArchive,
    Open(PathBuf),
    AskPasteArticle,
    CreateFromText {
        title: String,
        text: String,
        preset: ScalePreset,
    },
    Save,
    SaveAs,
    /// Save the never-saved project (asking where, in the article's folder),
    /// then carry on with this command (a snapshot to attach).
    SaveAsThen(Box<Command>),
    OpenUrl(String),
    /// Write a report or markup file, asking where.
    Export(crate::export::Format),
    Quit,
    /// Bring back the work in a recovery copy, or throw the copy away.
    RestoreRecovery(PathBuf),
    DiscardRecovery(PathBuf),
    /// Settle merge conflict number `index` (undoable).
    ResolveConflict {
        index: usize,
        choice: crate::edit::Resolution,
    },
    /// Merge in what was saved to the file since it was loaded or last saved
    /// (three-way, with that as the base); then save, when asked to.
    MergeFromDisk {
        then_save: bool,
    },
    /// Save over a file that changed on disk, after the user was told.
    OverwriteOnDisk,
    /// Hide the "changed on disk" notice without merging.
    DismissDiskChange,
    /// Search the library for this text (the Library tab's search box).
    SearchLibrary(String),
    /// Add saved projects to the library, or not.
    SetLibraryAddOnSave(bool),
    /// Keep the library in this folder from now on.
    SetLibraryFolder(PathBuf),
    /// Library tab › Add past checks…: choose files (or a folder) to add.
    AddPastChecksDialog {
        folder: bool,
    },
    /// Add these files and folders to the library (on its thread, with progress).
    AddPastChecks(Vec<PathBuf>),
    /// Stop adding past checks after the file being read.
    CancelLibraryAdd,
    /// Scroll the article to character `c` (the Suggestions panel walks its sentences).
    RevealInArticle(usize),
    /// Stop scoring the article's sentences.
    CancelSuggestions,
    /// File › Desk › Sync: save, commit, fetch, merge, push (off the UI thread).
    Sync,
    /// Stop a Sync: what was committed stays committed.
    CancelSync,
    /// File › Desk › Join a desk… / Start a desk…: the dialog.
    AskJoinDesk,
    AskStartDesk,
    /// Clone the desk at `remote` (a URL or a folder) into `folder`.
    JoinDesk {
        remote: String,
        folder: PathBuf,
        email: String,
    },
    /// Make a new desk in `shared`, a clone of it in `folder`, and add the
    /// open project to it.
    StartDesk {
        shared: PathBuf,
        folder: PathBuf,
        email: String,
    },
    /// Read the desk's projects again for the Desk tab (off the UI thread).
    RefreshDesk,
    /// The Desk tab's lists: open this project of the desk at this claim.
    OpenDeskClaim {
        path: PathBuf,
        claim: Option<ClaimId>,
    },
    /// The answer to "save your changes?": save first (or not), then go on.
    Proceed {
        save_first: bool,
        then: Box<Command>,
    },
}

impl Command {
    /// Commands that replace or close the open project, and so would lose unsaved work.
    pub fn discards_document(&self) -> bool {
        matches!(
            self,
            Self::AskNewProject
                | Self::OpenProjectDialog
                | Self::OpenArticleDialog
                | Self::Open(_)
                | Self::OpenDeskClaim { .. }
                | Self::AskPasteArticle
                | Self::Quit
        )
    }
}
