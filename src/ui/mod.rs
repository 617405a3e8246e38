//! egui views. Each view reads state and returns what the user asked for as
//! [`Command`]s; `app` applies them in one place.

pub mod archive_window;
pub mod article_view;
pub mod bidi_edit;
pub mod bidi_text;
pub mod check_panel;
pub mod claim_editor;
pub mod claim_list;
mod command;
pub mod conflicts_panel;
pub mod desk_dialogs;
pub mod desk_view;
pub mod dialogs;
pub mod disk_prompt;
pub mod evidence_view;
mod fields;
pub mod file_dialog;
pub mod i18n;
pub mod labels;
pub mod library_panel;
pub mod menu;
pub mod mirror;
pub mod project_panel;
pub mod review_dialogs;
pub mod review_panel;
pub mod scale_editor;
mod short_extraction;
pub mod source_viewer;
pub mod sources_panel;
pub mod status_bar;
pub mod suggestions_panel;
pub mod theme;
pub mod working;

pub use command::{Command, ReviewStep};
pub use i18n::{tr, tr_args};

use crate::model::SourceId;

/// A project setting the Check tab can point at: the Article tab opens
/// scrolled to its field, with the caret in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    Organisation,
    ReviewUrl,
    ArticleDatePublished,
    ArticleDateRetrieved,
}

impl Setting {
    /// The field's label (a message id), which is also the link's text in the Check tab.
    pub fn label(self) -> &'static str {
        match self {
            Setting::Organisation => "setting-organisation",
            Setting::ReviewUrl => "setting-review-url",
            Setting::ArticleDatePublished => "setting-date-published",
            Setting::ArticleDateRetrieved => "setting-date-retrieved",
        }
    }
}

/// The tabs of the right-hand panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Claim,
    Sources(Option<SourceId>),
    Project,
    Scale,
    Check,
    /// Fields a merge could not settle; shown while there are some.
    Conflicts,
    /// "Checked before": the library of past fact-checks.
    Library,
    /// Sentences the triage model suggests checking.
    Suggestions,
    /// The desk the project is in: its projects and this user's queue.
    Desk,
}
