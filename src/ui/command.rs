use std::path::PathBuf;

use crate::edit::Action;
use crate::model::{ClaimId, ScalePreset};

/// Everything a view can ask for. Views return these; `app` applies them in
/// one place, which is where undo, the unsaved mark and autosave hook in.
#[derive(Clone, Debug)]
pub enum Command {
    Edit(Action),
    Undo,
    Redo,
    SelectClaim(Option<ClaimId>),
    /// Select a claim, scroll the article to it and flash it.
    JumpToClaim(ClaimId),
    NextClaim,
    PreviousClaim,
    /// Mark the article's current text selection as a new claim.
    MarkClaim,
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
    /// Stop re-anchoring a new version: nothing changes.
    CancelReplace,
    Open(PathBuf),
    AskPasteArticle,
    CreateFromText {
        title: String,
        text: String,
        preset: ScalePreset,
    },
    Save,
    SaveAs,
    OpenUrl(String),
    /// Write a report or markup file, asking where.
    Export(crate::export::Format),
    Quit,
    /// Bring back the work in a recovery copy, or throw the copy away.
    RestoreRecovery(PathBuf),
    DiscardRecovery(PathBuf),
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
                | Self::AskPasteArticle
                | Self::Quit
        )
    }
}
