//! File choosers, behind a trait so tests (and a desktop without a portal)
//! can answer them without the system's dialogs.

use std::path::PathBuf;

/// File choosers, behind a trait so tests can answer them without a desktop portal.
pub trait FilePicker {
    fn open_project(&self) -> Option<PathBuf>;
    fn open_article(&self) -> Option<PathBuf>;
    fn save_project(&self, suggested_name: &str) -> Option<PathBuf>;
    fn export_file(&self, suggested_name: &str, extension: &str) -> Option<PathBuf>;
}

pub struct RfdPicker;

impl FilePicker for RfdPicker {
    fn open_project(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("ClaimDesk project", &["ron"])
            .pick_file()
    }

    fn open_article(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter(
                "Article",
                &["txt", "md", "markdown", "text", "html", "htm", "xhtml"],
            )
            .add_filter("All files", &["*"])
            .pick_file()
    }

    fn save_project(&self, suggested_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("ClaimDesk project", &["ron"])
            .set_file_name(suggested_name)
            .save_file()
    }

    fn export_file(&self, suggested_name: &str, extension: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter(extension, &[extension])
            .set_file_name(suggested_name)
            .save_file()
    }
}
