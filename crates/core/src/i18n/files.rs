//! The catalog files built into the binary: every `i18n/<language>/<area>.ftl`
//! of the core crate, listed by `build.rs` at build time.

/// (language code, area, source), sorted by language then area.
static FILES: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/i18n_files.rs"));

/// One catalog file: an area of one language.
#[derive(Clone, Copy, Debug)]
pub struct CatalogFile {
    pub lang: &'static str,
    pub area: &'static str,
    pub source: &'static str,
}

/// Every catalog file, of every language.
pub fn all() -> impl Iterator<Item = CatalogFile> {
    FILES
        .iter()
        .map(|&(lang, area, source)| CatalogFile { lang, area, source })
}

/// The files of one language (by its code: `pt-BR`).
pub fn of(code: &str) -> impl Iterator<Item = CatalogFile> + '_ {
    all().filter(move |f| f.lang == code)
}
