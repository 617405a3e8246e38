//! The rating scale: verdicts with their labels, values and colours, and the
//! presets a new project starts from, whose words come in the window's
//! language (message ids of `crates/core/i18n/<lang>/scale.ftl`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct VerdictId(pub u64);

/// An sRGB colour, written as `"#rrggbb"` so a project file stays readable.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Color(pub [u8; 3]);

impl Color {
    pub const NEUTRAL: Self = Self([0x9e, 0x9e, 0x9e]);

    pub fn parse(s: &str) -> Option<Self> {
        let hex = s.trim().strip_prefix('#')?;
        if hex.len() != 6 || !hex.is_ascii() {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Self([byte(0)?, byte(2)?, byte(4)?]))
    }
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [r, g, b] = self.0;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

impl Serialize for Color {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("colour {s:?} is not of the form \"#rrggbb\""))
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub id: VerdictId,
    pub label: String,
    /// Position on the truth line (higher is truer); `None` for verdicts off
    /// that line, such as "Unproven" or "Outdated".
    #[serde(default)]
    pub value: Option<i32>,
    pub color: Color,
    #[serde(default)]
    pub description: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScaleKind {
    /// Each claim gets one verdict from the list.
    #[default]
    Ratings,
    /// No scale: each claim gets a plain-language conclusion (as Full Fact does).
    ConclusionOnly,
}

/// The project's ordered list of verdicts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatingScale {
    pub name: String,
    #[serde(default)]
    pub kind: ScaleKind,
    #[serde(default)]
    pub verdicts: Vec<Verdict>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScalePreset {
    TruthSixStep,
    SnopesStyle,
    Short,
    ConclusionOnly,
}

/// One verdict of a preset: its message key (`scale-PRESET-KEY`, and
/// `-description`), value, colour, and English words.
type PresetVerdict = (
    &'static str,
    Option<i32>,
    &'static str,
    &'static str,
    &'static str,
);

impl ScalePreset {
    pub const ALL: [Self; 4] = [
        Self::TruthSixStep,
        Self::SnopesStyle,
        Self::Short,
        Self::ConclusionOnly,
    ];

    /// The preset's part of its message ids: `scale-preset-KEY` is its
    /// name, `scale-KEY-VERDICT` a verdict's label (catalog `scale.ftl`).
    pub fn key(self) -> &'static str {
        match self {
            Self::TruthSixStep => "truth",
            Self::SnopesStyle => "snopes",
            Self::Short => "short",
            Self::ConclusionOnly => "conclusion-only",
        }
    }

    /// The message id of the preset's name.
    pub fn name_id(self) -> String {
        format!("scale-preset-{}", self.key())
    }

    /// The preset's name in English.
    pub fn label(self) -> &'static str {
        match self {
            Self::TruthSixStep => "Six-step truth scale",
            Self::SnopesStyle => "Snopes-style scale",
            Self::Short => "Short scale",
            Self::ConclusionOnly => "Conclusion only (no scale)",
        }
    }

    fn verdicts(self) -> &'static [PresetVerdict] {
        match self {
            Self::TruthSixStep => &[
                (
                    "true",
                    Some(6),
                    "#1a9850",
                    "True",
                    "The statement is accurate and nothing significant is missing.",
                ),
                (
                    "mostly-true",
                    Some(5),
                    "#91cf60",
                    "Mostly true",
                    "The statement is accurate but needs clarification or additional information.",
                ),
                (
                    "half-true",
                    Some(4),
                    "#fdd835",
                    "Half true",
                    "The statement is partially accurate but leaves out important details or takes things out of context.",
                ),
                (
                    "mostly-false",
                    Some(3),
                    "#fc8d59",
                    "Mostly false",
                    "The statement contains an element of truth but ignores critical facts that would give a different impression.",
                ),
                (
                    "false",
                    Some(2),
                    "#d73027",
                    "False",
                    "The statement is not accurate.",
                ),
                (
                    "pants-on-fire",
                    Some(1),
                    "#8e0152",
                    "Pants on fire",
                    "The statement is not accurate and makes a ridiculous claim.",
                ),
            ],
            Self::SnopesStyle => &[
                (
                    "true",
                    Some(5),
                    "#1a9850",
                    "True",
                    "The primary elements of the claim are demonstrably true.",
                ),
                (
                    "mostly-true",
                    Some(4),
                    "#91cf60",
                    "Mostly true",
                    "The primary elements are true, but some details are inaccurate or missing.",
                ),
                (
                    "mixture",
                    Some(3),
                    "#fdd835",
                    "Mixture",
                    "The claim has significant elements of both truth and falsity.",
                ),
                (
                    "mostly-false",
                    Some(2),
                    "#fc8d59",
                    "Mostly false",
                    "The primary elements are false, though some details are accurate.",
                ),
                (
                    "false",
                    Some(1),
                    "#d73027",
                    "False",
                    "The primary elements of the claim are demonstrably false.",
                ),
                (
                    "unproven",
                    None,
                    "#7e57c2",
                    "Unproven",
                    "Insufficient evidence exists to establish the claim as true or false.",
                ),
                (
                    "outdated",
                    None,
                    "#8d6e63",
                    "Outdated",
                    "The claim was once accurate but is no longer.",
                ),
                (
                    "miscaptioned",
                    None,
                    "#26a69a",
                    "Miscaptioned",
                    "A real photo or video is presented with a false description of what it shows.",
                ),
            ],
            Self::Short => &[
                (
                    "accurate",
                    Some(3),
                    "#1a9850",
                    "Accurate",
                    "The claim is correct.",
                ),
                (
                    "misleading",
                    Some(2),
                    "#fb8c00",
                    "Misleading",
                    "The claim contains facts but gives a false impression.",
                ),
                ("false", Some(1), "#d73027", "False", "The claim is wrong."),
                (
                    "unverifiable",
                    None,
                    "#7e57c2",
                    "Unverifiable",
                    "The evidence available cannot settle the claim.",
                ),
            ],
            Self::ConclusionOnly => &[],
        }
    }

    /// Every message id the preset's words come from, with its English text
    /// (the catalog tests check `scale.ftl` says the same).
    pub fn english_messages(self) -> Vec<(String, &'static str)> {
        let mut out = vec![(self.name_id(), self.label())];
        for &(key, _, _, label, description) in self.verdicts() {
            let id = format!("scale-{}-{key}", self.key());
            out.push((format!("{id}-description"), description));
            out.push((id, label));
        }
        out
    }

    /// The preset in English.
    pub fn scale(self) -> RatingScale {
        self.scale_in(|_| None)
    }

    /// The preset in a language: `words` gives a message by its id
    /// (`scale-truth-false`, `scale-truth-false-description`,
    /// `scale-preset-truth`), and English stands in where it gives none. The
    /// words are copied into the project, which keeps them whatever
    /// language it is opened in later.
    pub fn scale_in(self, words: impl Fn(&str) -> Option<String>) -> RatingScale {
        let word = |id: String, english: &str| words(&id).unwrap_or_else(|| english.to_owned());
        RatingScale {
            name: word(self.name_id(), self.label()),
            kind: if self == Self::ConclusionOnly {
                ScaleKind::ConclusionOnly
            } else {
                ScaleKind::Ratings
            },
            verdicts: self
                .verdicts()
                .iter()
                .zip(1..)
                .map(|(&(key, value, color, label, description), id)| {
                    let message = format!("scale-{}-{key}", self.key());
                    Verdict {
                        id: VerdictId(id),
                        label: word(message.clone(), label),
                        value,
                        color: Color::parse(color).unwrap_or(Color::NEUTRAL),
                        description: word(format!("{message}-description"), description),
                    }
                })
                .collect(),
        }
    }
}

impl RatingScale {
    pub fn verdict(&self, id: VerdictId) -> Option<&Verdict> {
        self.verdicts.iter().find(|v| v.id == id)
    }

    pub fn next_verdict_id(&self) -> VerdictId {
        VerdictId(self.verdicts.iter().map(|v| v.id.0).max().unwrap_or(0) + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_round_trip_as_hex() {
        let c = Color([0x1a, 0x98, 0x50]);
        assert_eq!(c.to_string(), "#1a9850");
        assert_eq!(Color::parse("#1a9850"), Some(c));
        assert_eq!(Color::parse("#1a985"), None);
        assert_eq!(Color::parse("1a9850"), None);
        assert_eq!(Color::parse("#ééé"), None);
    }

    #[test]
    fn presets_have_their_verdicts() {
        let labels = |p: ScalePreset| -> Vec<String> {
            p.scale().verdicts.into_iter().map(|v| v.label).collect()
        };
        assert_eq!(
            labels(ScalePreset::TruthSixStep),
            [
                "True",
                "Mostly true",
                "Half true",
                "Mostly false",
                "False",
                "Pants on fire"
            ]
        );
        assert_eq!(labels(ScalePreset::SnopesStyle).len(), 8);
        assert_eq!(
            labels(ScalePreset::Short),
            ["Accurate", "Misleading", "False", "Unverifiable"]
        );
        let c = ScalePreset::ConclusionOnly.scale();
        assert_eq!(c.kind, ScaleKind::ConclusionOnly);
        assert!(c.verdicts.is_empty());
    }
}
