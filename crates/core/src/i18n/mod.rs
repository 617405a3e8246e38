//! The window's and the reports' languages: which there are ([`Lang`]:
//! codes, names in themselves, direction, the best match for a system
//! locale), their messages ([`Catalog`]: Fluent, plurals, arguments, English
//! behind any message not translated yet) and the pseudo-language `en-XA`
//! ([`pseudo`]); [`Message`]: an id and its arguments, which the core
//! returns for the window to word in its language (`Display` words it in
//! English for the command line); and numbers and dates as each language
//! writes them ([`numbers`], [`dates`]: CLDR's rules for the six languages,
//! by hand).
//!
//! Messages live in `crates/core/i18n/<code>/<area>.ftl`, one file per
//! language per area, built into the binary by `build.rs`: a new file is
//! picked up without a code change. The window's areas are `ui-*`; the
//! reports' `report*`, `scale*`, `check*` and `errors*`. [`check`] compares a
//! language with English (missing, extra, other variables).

pub mod catalog;
pub mod check;
pub mod dates;
pub mod files;
mod lang;
mod message;
pub mod numbers;
pub mod pseudo;
#[cfg(test)]
mod tests;

pub use crate::model::bidi::Direction;
pub use catalog::{Arg, Catalog};
pub use lang::Lang;
pub use message::{Message, Value};

/// The message `id` of `lang`: a shorthand for code outside the window
/// (reports, errors) that formats now and then.
pub fn text(lang: Lang, id: &str) -> String {
    Catalog::get(lang).text(id)
}

/// The message `id` of `lang` with arguments.
pub fn format(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    Catalog::get(lang).format(id, args)
}
