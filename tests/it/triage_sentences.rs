//! Sentence splitting (ICU4X) in four scripts, offsets in characters.

use claimdesk::triage::split_sentences;

/// Each sentence found, as the text its character offsets cover, checked
/// against its byte offsets too.
fn sentences(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    split_sentences(text)
        .into_iter()
        .map(|s| {
            let by_chars: String = chars[s.start..s.end].iter().collect();
            assert_eq!(by_chars, s.text(text), "char and byte offsets agree");
            by_chars
        })
        .collect()
}

#[test]
fn english_with_abbreviations_numbers_and_paragraphs() {
    let text = "Unemployment fell to 3.5 percent in 2019. Was it the lowest in 50 years? \
                Mr. Smith said so!\n\nThe deficit is $1.7 trillion.";
    assert_eq!(
        sentences(text),
        [
            "Unemployment fell to 3.5 percent in 2019.",
            "Was it the lowest in 50 years?",
            "Mr. Smith said so!",
            "The deficit is $1.7 trillion.",
        ]
    );
}

#[test]
fn french_with_guillemets_and_accents() {
    let text = "Le chômage a baissé de 2 % en 2023. « Ce n'est pas vrai », a-t-il répondu. Où est la vérité ?";
    assert_eq!(
        sentences(text),
        [
            "Le chômage a baissé de 2 % en 2023.",
            "« Ce n'est pas vrai », a-t-il répondu.",
            "Où est la vérité ?",
        ]
    );
}

#[test]
fn japanese_without_spaces() {
    let text = "東京の人口は約1400万人です。これは本当ですか？首相はそう述べた。";
    let found = sentences(text);
    assert_eq!(
        found,
        [
            "東京の人口は約1400万人です。",
            "これは本当ですか？",
            "首相はそう述べた。"
        ]
    );
    // Offsets count characters, not bytes: the second sentence starts at character 16.
    let s = split_sentences(text);
    assert_eq!((s[1].start, s[1].end), (16, 25));
}

#[test]
fn arabic_right_to_left() {
    let text = "ارتفع معدل البطالة إلى 7 بالمئة. هل هذا صحيح؟ قال الوزير ذلك.";
    assert_eq!(
        sentences(text),
        [
            "ارتفع معدل البطالة إلى 7 بالمئة.",
            "هل هذا صحيح؟",
            "قال الوزير ذلك.",
        ]
    );
}

#[test]
fn offsets_after_emoji_and_blank_lines() {
    let text = "🎉 We won. 👍\n\n   Taxes rose 5%.";
    let s = split_sentences(text);
    let chars: Vec<char> = text.chars().collect();
    let last = s.last().expect("a sentence");
    assert_eq!(
        chars[last.start..last.end].iter().collect::<String>(),
        "Taxes rose 5%."
    );
    assert_eq!(
        last.start,
        text.chars().count() - "Taxes rose 5%.".chars().count()
    );
    // A sentence of symbols only is no suggestion.
    assert!(split_sentences("… — !!").is_empty());
}
