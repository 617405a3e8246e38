//! A report's words in its language: messages of the `report` catalog,
//! counts with the language's plurals, dates as the language writes them,
//! and messages split around a value that gets markup of its own (a link, a
//! `<time>`), so a translation may put that value anywhere in its sentence.

use std::sync::Arc;

use askama::filters::Safe;

use crate::i18n::{Arg, Catalog, Lang};

/// Stands for a value while a message is split around it: a private-use
/// character no catalog or desk text is expected to hold.
const SLOT: &str = "\u{e000}";

pub(crate) struct Words {
    catalog: Arc<Catalog>,
}

impl Words {
    pub fn new(lang: Lang) -> Self {
        Self {
            catalog: Catalog::get(lang),
        }
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.catalog.text(id)
    }

    /// The message `id` with arguments.
    pub fn f(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.catalog.format(id, args)
    }

    /// A message whose only argument is `$count`, which picks the plural form.
    pub fn count(&self, id: &str, count: usize) -> String {
        self.f(id, &[("count", count.into())])
    }

    /// The message `id` for HTML text or a quoted attribute: `&`, `<`, `>`
    /// and `"` escaped (the catalog's and the arguments' alike), apostrophes
    /// left as they are, as the template's own text had them.
    pub fn h(&self, id: &str) -> Safe<String> {
        Safe(html_text(&self.t(id)))
    }

    /// [`Self::h`] of a message whose only argument is `$count`.
    pub fn hc(&self, id: &str, count: usize) -> Safe<String> {
        Safe(html_text(&self.count(id, count)))
    }

    /// The message with `slot`'s value left out: the text before and after
    /// it. A translation that drops the value gives all its text before.
    pub fn around(&self, id: &str, slot: &str, args: &[(&str, Arg<'_>)]) -> (String, String) {
        let mut all: Vec<(&str, Arg<'_>)> = args.to_vec();
        all.push((slot, SLOT.into()));
        let text = self.f(id, &all);
        match text.split_once(SLOT) {
            Some((before, after)) => (before.to_owned(), after.to_owned()),
            None => (text, String::new()),
        }
    }

    /// [`Self::around`] for HTML.
    pub fn h_around(&self, id: &str, slot: &str) -> (Safe<String>, Safe<String>) {
        let (before, after) = self.around(id, slot, &[]);
        (Safe(html_text(&before)), Safe(html_text(&after)))
    }

    /// A date as the report's language writes it: `YYYY-MM-DD` and
    /// `YYYY-MM` in words where the language writes them so; a year, or
    /// text that is not a date, as typed (`i18n::dates::long`, which the
    /// window's dates share).
    pub fn date(&self, text: &str) -> String {
        self.catalog.date_long(text)
    }

    /// Short list items joined as the language joins them ("1, 3"; Arabic "1، 3").
    pub fn join(&self, items: &[String]) -> String {
        items.join(&self.t("report-list-separator"))
    }
}

/// Escapes what would end text or a double-quoted attribute.
pub(crate) fn html_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_of_the_month_is_written_as_the_language_writes_it() {
        let fr = Words::new(Lang::Fr);
        assert_eq!(fr.date("2025-11-01"), "1er novembre 2025");
        assert_eq!(fr.date("2025-11-02"), "2 novembre 2025");
    }

    #[test]
    fn english_dates_stay_iso_and_text_stays_as_typed() {
        let en = Words::new(Lang::En);
        assert_eq!(en.date("2025-10-28"), "2025-10-28");
        assert_eq!(en.date("soon"), "soon");
    }

    #[test]
    fn a_message_splits_around_its_value() {
        let en = Words::new(Lang::En);
        assert_eq!(
            en.around("report-corrected", "date", &[]),
            ("Corrected ".to_owned(), String::new())
        );
        assert_eq!(
            html_text("a<b & \"c\" d's"),
            "a&lt;b &amp; &quot;c&quot; d's"
        );
    }
}
