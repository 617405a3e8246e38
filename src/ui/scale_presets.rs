//! The rating-scale presets in a language: their names for the choosers, and
//! their verdicts' labels and descriptions (catalog `scale.ftl`) for a new
//! project or a replaced scale. A project keeps the words it got then.

use crate::i18n::{Catalog, Lang};
use crate::model::{RatingScale, ScalePreset};

/// `preset` with its words in `lang` (English where a word is not translated).
pub fn scale(preset: ScalePreset, lang: Lang) -> RatingScale {
    let catalog = Catalog::get(lang);
    preset.scale_in(|id| catalog.has(id).then(|| catalog.text(id)))
}

/// The preset's name in `lang`, for the choosers.
pub fn name(preset: ScalePreset, lang: Lang) -> String {
    Catalog::get(lang).text(&preset.name_id())
}
