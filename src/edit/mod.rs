//! The one place that changes a project. Every change is an [`Action`];
//! applying one yields its inverse, which is what undo and redo are built on.

mod action;
mod document;
mod history;
mod replace_article;

pub use action::{Action, EditError};
pub use document::Document;
pub use history::History;
pub use replace_article::{ReplaceProgress, replace_article, replace_article_with_progress};
