//! Reading and writing files: projects, imported articles, screenshots.

mod article_file;
mod byline;
mod decode;
mod docx_import;
mod error_words;
mod file_stamp;
mod html_fallback;
mod html_import;
mod html_meta;
mod import;
pub mod isolate;
mod markdown_import;
mod pdf_import;
mod pdf_layout;
mod project_file;
pub mod recovery;
mod transcript_import;

pub use article_file::{
    ImportError, article_from_bytes, article_from_text, read_article,
    read_article_bytes as read_limited_article_bytes,
};
pub use decode::{Decoded, decode_bytes};
pub use file_stamp::FileStamp;
pub use html_fallback::{PROSE_LINE_WORDS, SHORT_FRACTION, ShortExtraction, word_count};
pub use import::{
    ArticleFormat, ImportedArticle, import_article, import_article_bytes,
    import_article_with_progress,
};
pub use pdf_import::MAX_PDF_PAGES;
pub use project_file::{
    LoadError, MAX_PROJECT_BYTES, SaveError, load_project, load_project_stamped, parse_project,
    project_to_ron, save_project,
};
mod png_file;

pub use png_file::write_png;
pub use project_file::write_atomically;
