//! One language's messages, ready to format: a Fluent bundle of all its
//! catalog files, with English behind it for any message not translated yet.

use std::sync::{Arc, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::{Lang, dates, files, numbers, pseudo};
use crate::model::bidi::Direction;

/// A message argument: a string or a number (`12.into()`, `"a.ron".into()`).
/// A number chooses the plural form (`{ $count -> [one] … *[other] … }`).
pub type Arg<'a> = FluentValue<'a>;

type Bundle = FluentBundle<FluentResource>;

pub struct Catalog {
    lang: Lang,
    bundle: Bundle,
    /// English, for messages this language lacks; `None` for English itself
    /// and the pseudo-language made from it.
    fallback: Option<Arc<Catalog>>,
}

/// Catalogs already loaded: switching back to a language costs nothing.
static LOADED: Mutex<Vec<Arc<Catalog>>> = Mutex::new(Vec::new());

impl Catalog {
    /// The catalog of `lang`, loaded once per process.
    pub fn get(lang: Lang) -> Arc<Catalog> {
        if let Some(found) = Self::cached(lang) {
            return found;
        }
        let catalog = Arc::new(Self::load_uncached(lang));
        let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
        // Another thread may have loaded it meanwhile: keep one copy.
        if let Some(found) = loaded.iter().find(|c| c.lang == lang) {
            return Arc::clone(found);
        }
        loaded.push(Arc::clone(&catalog));
        catalog
    }

    /// Loads `lang`'s files afresh, past the cache (with English behind it
    /// from the cache): what switching to a language the first time costs.
    /// For timing; the window uses [`Catalog::get`].
    pub fn load_uncached(lang: Lang) -> Catalog {
        let fallback = match lang {
            Lang::En | Lang::EnXa => None,
            _ => Some(Self::get(Lang::En)),
        };
        let code = match lang {
            Lang::EnXa => Lang::En.code(),
            other => other.code(),
        };
        Self::load(lang, files::of(code).map(|f| f.source), fallback)
    }

    fn cached(lang: Lang) -> Option<Arc<Catalog>> {
        let loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
        loaded.iter().find(|c| c.lang == lang).cloned()
    }

    /// A catalog of `sources` (Fluent files) in `lang`, with `fallback`
    /// behind it.
    pub(crate) fn load<'s>(
        lang: Lang,
        sources: impl Iterator<Item = &'s str>,
        fallback: Option<Arc<Catalog>>,
    ) -> Catalog {
        // The pseudo-language is English with English plural rules, accented
        // as it is formatted.
        let rules = match lang {
            Lang::EnXa => "en",
            other => other.code(),
        };
        let langid: LanguageIdentifier = rules.parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![langid]);
        // In a right-to-left language every placeable is wrapped in FSI/PDI
        // isolation marks, as Fluent means them to be: an English title or a
        // number inside an Arabic sentence keeps its own direction and its
        // place in the sentence, where without them it pulled its
        // neighbours (a "#3", the colon after it, the next English text) into
        // one left-to-right run, and a message starting with it was laid out
        // left to right. The window's bidi layout (`model::bidi`) honours
        // them and egui draws them as nothing; browsers do too. Left-to-right
        // languages need none: their data reads in the same direction, and
        // the marks would only reach the clipboard and screen readers.
        bundle.set_use_isolating(lang.is_rtl());
        if lang == Lang::EnXa {
            bundle.set_transform(Some(pseudo::accent));
        }
        // Numbers in messages as the language writes them ("1.234 afirmaciones"),
        // `NUMBER()`'s options included.
        bundle.set_formatter(Some(number_hook(lang)));
        // NUMBER() only: the function is always there, so adding it cannot fail.
        let _ = bundle.add_builtins();
        for source in sources {
            // A file with a syntax error still gives its good messages (the
            // catalog tests fail on the error itself); a message defined
            // twice keeps its first definition.
            let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        Catalog {
            lang,
            bundle,
            fallback,
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn direction(&self) -> Direction {
        self.lang.direction()
    }

    /// A count as the language writes it: `1,234`, `1.234`, `1 234`.
    pub fn number(&self, n: usize) -> String {
        numbers::integer(self.lang, n as u64)
    }

    /// A fraction with `digits` after the separator: `0.93`, `0,93`.
    pub fn decimal(&self, value: f64, digits: usize) -> String {
        numbers::decimal(self.lang, value, digits, digits)
    }

    /// A date in a sentence ([`dates::long`]).
    pub fn date_long(&self, iso: &str) -> String {
        dates::long(self, iso)
    }

    /// A date in a list ([`dates::short`]).
    pub fn date_short(&self, iso: &str) -> String {
        dates::short(self.lang, iso)
    }

    /// A stored moment as a short date and time ([`dates::moment`]).
    pub fn moment(&self, stamp: &str) -> String {
        dates::moment(self.lang, stamp)
    }

    /// Whether this language itself (not English behind it) has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with its arguments: `format("claims", &[("count", 12.into())])`.
    /// A message missing in this language comes from English; one missing
    /// there too shows its id, which the catalog tests catch.
    pub fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        if let Some(text) = self.format_here(id, args) {
            return match self.lang {
                Lang::EnXa => pseudo::wrap(&text),
                // With arguments only: a message without any is the
                // translator's text as written ("long", a setting).
                lang if lang.is_rtl() && !args.is_empty() => right_to_left(text),
                _ => text,
            };
        }
        match self
            .fallback
            .as_ref()
            .and_then(|english| english.format_here(id, args))
        {
            Some(text) if self.lang == Lang::EnXa => pseudo::wrap(&text),
            Some(text) => text,
            None => id.to_owned(),
        }
    }

    fn format_here(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let fluent_args = (!args.is_empty()).then(|| {
            let mut fa = FluentArgs::with_capacity(args.len());
            for (name, value) in args {
                fa.set(*name, value.clone());
            }
            fa
        });
        // Errors (a missing argument, say) still leave readable text: Fluent
        // puts the variable's name in braces where its value would be.
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, fluent_args.as_ref(), &mut errors);
        Some(text.into_owned())
    }
}

/// The bundle's number formatter for `lang`: a plain function (Fluent takes
/// no closure), one per language.
fn number_hook<M>(lang: Lang) -> fn(&Arg<'_>, &M) -> Option<String> {
    fn hook<M, const L: usize>(value: &Arg<'_>, _: &M) -> Option<String> {
        match value {
            FluentValue::Number(n) => numbers::fluent(Lang::ALL[L], n),
            _ => None,
        }
    }
    match lang {
        Lang::En => hook::<M, 0>,
        Lang::Es => hook::<M, 1>,
        Lang::PtBr => hook::<M, 2>,
        Lang::Fr => hook::<M, 3>,
        Lang::Ar => hook::<M, 4>,
        Lang::Ja => hook::<M, 5>,
        Lang::EnXa => hook::<M, 6>,
    }
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("lang", &self.lang).finish()
    }
}

/// A message of a right-to-left language laid out right to left, as its
/// language reads: one with letters, none of which outside its isolated
/// placeables says so ("{ $chars } · { $words } · SHA-256 { $sha256 }", a
/// name and a comment), gets a right-to-left mark first. Others (a number
/// on its own) are as they were formatted.
fn right_to_left(text: String) -> String {
    use crate::model::bidi::{first_strong, paragraph_direction};
    if paragraph_direction(&text) == Some(Direction::Rtl) || first_strong(&text).is_none() {
        text
    } else {
        format!("\u{200F}{text}")
    }
}
