//! The languages ClaimDesk speaks: their codes, their names in themselves,
//! their writing direction, and which one suits a system locale.

use crate::model::bidi::Direction;

/// A language of the window and the reports. `EnXa` is the pseudo-language
/// (accented, longer, bracketed English) that shows untranslated strings
/// and labels too narrow for a longer translation. Stored (settings, and
/// a project's report language) as its code.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "pt-BR")]
    PtBr,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "ar")]
    Ar,
    #[serde(rename = "ja")]
    Ja,
    #[serde(rename = "en-XA")]
    EnXa,
}

impl Lang {
    /// Every language, in the order the Language menu lists them.
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::Es,
        Lang::PtBr,
        Lang::Fr,
        Lang::Ar,
        Lang::Ja,
        Lang::EnXa,
    ];

    /// The languages with catalogs of their own (the pseudo-language is made
    /// from English).
    pub const TRANSLATED: [Lang; 5] = [Lang::Es, Lang::PtBr, Lang::Fr, Lang::Ar, Lang::Ja];

    /// The BCP 47 tag, also the folder of the language's catalogs.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
            Lang::Ja => "ja",
            Lang::EnXa => "en-XA",
        }
    }

    /// The language named in itself, as the Language menu shows it: a reader
    /// looks for their own language's name, not its name in English.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::PtBr => "Português (Brasil)",
            Lang::Fr => "Français",
            Lang::Ar => "العربية",
            Lang::Ja => "日本語",
            Lang::EnXa => "[Pŝéûðö····]",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Lang::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    pub fn is_rtl(self) -> bool {
        self.direction() == Direction::Rtl
    }

    /// The language of an exact code (`--lang`), case and `_` forgiven.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().replace('_', "-");
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(&code))
    }

    /// The best language for a system locale (`es-MX` → Spanish, `pt-PT` →
    /// Brazilian Portuguese, `fr_CA.UTF-8` → French, `zh-CN` → English): the
    /// language subtag decides, since each language has one variety here.
    pub fn for_locale(tag: &str) -> Lang {
        // POSIX locales carry an encoding and a modifier: `ar_JO.UTF-8@latin`.
        let tag = tag.split(['.', '@']).next().unwrap_or_default();
        if let Some(exact) = Lang::from_code(tag) {
            return exact;
        }
        let language = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "es" => Lang::Es,
            "pt" => Lang::PtBr,
            "fr" => Lang::Fr,
            "ar" => Lang::Ar,
            "ja" => Lang::Ja,
            _ => Lang::En,
        }
    }

    /// The first of the user's preferred locales that ClaimDesk speaks, else
    /// English: a Catalan user who also lists Spanish gets Spanish.
    pub fn for_locales<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .map(|t| (t, Lang::for_locale(t)))
            .find(|(t, l)| *l != Lang::En || t.to_ascii_lowercase().starts_with("en"))
            .map_or(Lang::En, |(_, l)| l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_match_the_nearest_language() {
        for (tag, lang) in [
            ("es-MX", Lang::Es),
            ("es_AR.UTF-8", Lang::Es),
            ("pt-PT", Lang::PtBr),
            ("pt_BR", Lang::PtBr),
            ("fr-CA", Lang::Fr),
            ("ar-JO", Lang::Ar),
            ("ar_EG.UTF-8@latin", Lang::Ar),
            ("ja-JP", Lang::Ja),
            ("en-GB", Lang::En),
            ("en-XA", Lang::EnXa),
            ("zh-CN", Lang::En),
            ("C", Lang::En),
            ("", Lang::En),
        ] {
            assert_eq!(Lang::for_locale(tag), lang, "{tag}");
        }
    }

    #[test]
    fn the_first_spoken_preference_wins() {
        assert_eq!(Lang::for_locales(["ca-ES", "es-ES", "en-US"]), Lang::Es);
        assert_eq!(Lang::for_locales(["en-US", "fr-FR"]), Lang::En);
        assert_eq!(Lang::for_locales(["de-DE"]), Lang::En);
        assert_eq!(Lang::for_locales([]), Lang::En);
    }

    #[test]
    fn codes_round_trip_and_arabic_is_rtl() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.is_rtl(), lang == Lang::Ar);
        }
        assert_eq!(Lang::from_code("PT_br"), Some(Lang::PtBr));
        assert_eq!(Lang::from_code("de"), None);
    }
}
