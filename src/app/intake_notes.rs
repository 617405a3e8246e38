//! The notes an opened article file comes with, in the window's language.
//! Core words its notes in English (`claimdesk new` prints them as they
//! are); the fixed ones have catalog ids here. Notes that carry numbers or
//! names (pages, cues, words kept) are still shown in core's English.

/// The catalog id of a fixed note, if it has one.
fn id(note: &str) -> Option<&'static str> {
    Some(match note {
        "No title found: the file name is used" => "note-no-title",
        "The title is the document's first line" => "note-title-first-line",
        "No publication date found in the page" => "note-no-date",
        "HTML inside the Markdown was left out" => "note-markdown-html",
        "The file holds a web page: it was read as one" => "note-read-as-web-page",
        _ => return None,
    })
}

/// `note` in the window's language through `tr`, or as core wrote it.
pub fn words(note: &str, tr: impl Fn(&str) -> String) -> String {
    id(note).map_or_else(|| note.to_owned(), tr)
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimdesk_core::i18n::{Catalog, Lang};

    /// The English catalog says exactly what core says, so the window and
    /// `claimdesk new` agree in English.
    #[test]
    fn each_fixed_note_reads_the_same_from_the_english_catalog() {
        let catalog = Catalog::get(Lang::En);
        for note in [
            "No title found: the file name is used",
            "The title is the document's first line",
            "No publication date found in the page",
            "HTML inside the Markdown was left out",
            "The file holds a web page: it was read as one",
        ] {
            assert_eq!(words(note, |id| catalog.text(id)), note);
        }
        assert_eq!(
            words("Pages 3 to 5 had no text", |id| catalog.text(id)),
            "Pages 3 to 5 had no text"
        );
    }
}
