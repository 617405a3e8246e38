//! Whether an article looks English: the triage model was trained on US
//! political debates, so on other languages its scores are a rough guide and
//! the Suggestions tab says so. A cheap test, not language identification:
//! mostly Latin letters, and English function words making up a share of the
//! words that English prose reaches and French, Spanish or Portuguese prose
//! does not.

/// How much of the article is looked at: enough words to judge, cheap enough
/// to ask every frame.
const SAMPLE_CHARS: usize = 5_000;

/// Words that make up about a third of running English text and are rare
/// as words in the other languages of fact-checking (no "a", "on" or "as").
const FUNCTION_WORDS: [&str; 32] = [
    "the", "of", "and", "to", "in", "is", "that", "it", "for", "was", "with", "be", "by", "at",
    "are", "this", "have", "from", "or", "an", "but", "not", "they", "his", "her", "he", "she",
    "we", "you", "has", "had", "were",
];

/// Below this share of function words a Latin-script text is taken as not English.
const MIN_SHARE: f32 = 0.12;

/// Whether `text` looks like English prose. Short texts (under 20 words) are
/// given the benefit of the doubt.
pub fn looks_english(text: &str) -> bool {
    let sample: String = text.chars().take(SAMPLE_CHARS).collect();
    let letters: Vec<char> = sample.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return true;
    }
    let latin = letters.iter().filter(|c| c.is_ascii_alphabetic()).count();
    if (latin as f32) < 0.8 * letters.len() as f32 {
        return false;
    }
    let words: Vec<String> = sample
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.len() < 20 {
        return true;
    }
    let common = words
        .iter()
        .filter(|w| FUNCTION_WORDS.contains(&w.as_str()))
        .count();
    common as f32 >= MIN_SHARE * words.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_prose_is_english() {
        let seed = "New Japanese Prime Minister Sanae Takaichi is expected to soon announce \
            details of the US investment package within the framework of a newly agreed \
            $550 billion deal on October 28 with President Donald Trump. The package \
            includes shipbuilding cooperation, along with Japan increasing purchases of \
            soybeans, according to sources familiar with the negotiations.";
        assert!(looks_english(seed));
    }

    #[test]
    fn other_languages_are_not() {
        for text in [
            "Le gouvernement a annoncé mardi une hausse de 3 % du budget de la défense, \
             une mesure que l'opposition juge insuffisante face aux besoins des armées. \
             Selon le ministre, les crédits seront votés avant la fin de l'année.",
            "El gobierno anunció el martes un aumento del 3 % en el presupuesto de defensa, \
             una medida que la oposición considera insuficiente ante las necesidades de las \
             fuerzas armadas. Según el ministro, los fondos se votarán antes de fin de año.",
            "O governo anunciou na terça-feira um aumento de 3% no orçamento da defesa, \
             uma medida que a oposição considera insuficiente diante das necessidades das \
             forças armadas. Segundo o ministro, os recursos serão votados até o fim do ano.",
            "高市首相は28日、防衛費を国内総生産の2%に引き上げる目標を前倒しすると表明した。",
            "أعلنت الحكومة يوم الثلاثاء زيادة ميزانية الدفاع بنسبة ثلاثة في المئة.",
        ] {
            assert!(!looks_english(text), "{text}");
        }
    }

    #[test]
    fn short_or_empty_texts_get_the_benefit_of_the_doubt() {
        assert!(looks_english(""));
        assert!(looks_english("Bonjour tout le monde"));
    }
}
