//! The one place that changes a project. Every change is an [`Action`];
//! applying one yields its inverse, which is what undo and redo are built on.

mod action;
mod document;
mod history;
mod replace_article;
mod resolve;
pub mod review;
mod stamp;

pub use action::{Action, EditError};
pub use document::Document;
pub use history::History;
pub use replace_article::{replace_article, replace_article_with_progress};
pub use resolve::{Resolution, ResolveError, resolve_conflict};
pub use review::{Actor, ReviewError, SignOff};
