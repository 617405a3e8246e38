//! Numbers as each language writes them: CLDR's decimal and grouping
//! separators and minimum grouping digits for the six languages, by hand.
//! ICU4X's `icu_decimal` would bring the same figures for every locale and a
//! crate tree of its own (BENCHMARKS.md, "Languages"); six rows do here.
//!
//! Arabic is written with Western digits (0–9), as the reports write it and
//! as Arab fact-checkers (Misbar, Fatabyyano, AFP Arabic) publish their
//! dates and figures; CLDR's `ar-u-nu-latn` separators go with them.
//!
//! The same rules format every number a catalog message is given (the Fluent
//! bundle's formatter hook, [`fluent`]): `{ $count }` and `{ NUMBER($x,
//! minimumFractionDigits: 1) }` alike.

use fluent_bundle::types::FluentNumber;

use super::Lang;

/// How one language writes a number (CLDR 46, `decimalFormats` and `symbols`
/// of its default Latin-digit numbering system).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    pub decimal: &'static str,
    pub group: &'static str,
    /// Digits needed above the first group before it is separated: 2 in
    /// Spanish ("1234" but "12.345"), 1 elsewhere ("1,234").
    pub min_grouping: usize,
}

impl Style {
    pub fn of(lang: Lang) -> Style {
        match lang {
            Lang::En | Lang::EnXa | Lang::Ja | Lang::Ar => Style {
                decimal: ".",
                group: ",",
                min_grouping: 1,
            },
            Lang::Es => Style {
                decimal: ",",
                group: ".",
                min_grouping: 2,
            },
            Lang::PtBr => Style {
                decimal: ",",
                group: ".",
                min_grouping: 1,
            },
            // A narrow no-break space (U+202F), as CLDR has had since v34:
            // the group never breaks from its number at a line's end.
            Lang::Fr => Style {
                decimal: ",",
                group: "\u{202f}",
                min_grouping: 1,
            },
        }
    }
}

/// A whole number grouped as `lang` writes it: 1,234 · 1234 and 12.345 · 1.234 · 1 234.
pub fn integer(lang: Lang, n: u64) -> String {
    grouped(Style::of(lang), &n.to_string(), true)
}

/// `value` with between `min` and `max` digits after the separator (rounded
/// at `max`, trailing zeros dropped down to `min`), grouped: `0,93` in French.
pub fn decimal(lang: Lang, value: f64, min: usize, max: usize) -> String {
    written(Style::of(lang), value, min, max.max(min), true, 1).unwrap_or_else(|| value.to_string())
}

/// The digits of an integer part with the group separator every three from
/// the right, once there are `min_grouping` digits above the first group.
fn grouped(style: Style, digits: &str, use_grouping: bool) -> String {
    let n = digits.len();
    if !use_grouping || n < 3 + style.min_grouping {
        return digits.to_owned();
    }
    let mut out = String::with_capacity(n + n / 3 * style.group.len());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(3) {
            out.push_str(style.group);
        }
        out.push(c);
    }
    out
}

fn written(
    style: Style,
    value: f64,
    min_fraction: usize,
    max_fraction: usize,
    use_grouping: bool,
    min_integer: usize,
) -> Option<String> {
    if !value.is_finite() {
        return None;
    }
    let fixed = format!("{:.*}", max_fraction, value.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let mut frac = frac.trim_end_matches('0');
    if frac.len() < min_fraction {
        frac = &fixed[fixed.len() - max_fraction..][..min_fraction];
    }
    let int = format!("{int:0>min_integer$}");
    let mut out = String::new();
    // "-0" after rounding is 0.
    if value < 0.0 && (int.bytes().any(|b| b != b'0') || !frac.is_empty()) {
        out.push('-');
    }
    out.push_str(&grouped(style, &int, use_grouping));
    if !frac.is_empty() {
        out.push_str(style.decimal);
        out.push_str(frac);
    }
    Some(out)
}

/// A Fluent number (an argument, or `NUMBER()`'s result) as `lang` writes
/// it, honouring the options a catalog may set: `useGrouping`,
/// `minimumIntegerDigits`, `minimumFractionDigits`, `maximumFractionDigits`.
/// Without them, a whole number has no fraction and any other keeps up to
/// three digits (ICU's default), so a count reads "1,234" and a score
/// "0.93". `None` (Fluent's own text) for what is not a finite number.
pub fn fluent(lang: Lang, number: &FluentNumber) -> Option<String> {
    let o = &number.options;
    let min = o.minimum_fraction_digits.unwrap_or(0);
    let max = o.maximum_fraction_digits.unwrap_or(3).max(min);
    written(
        Style::of(lang),
        number.value,
        min,
        max,
        o.use_grouping,
        o.minimum_integer_digits.unwrap_or(1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_as_cldr_does() {
        let cases = [
            (
                Lang::En,
                [("1,234", 1234), ("12,345", 12345), ("1,234,567", 1234567)],
            ),
            (
                Lang::Es,
                [("1234", 1234), ("12.345", 12345), ("1.234.567", 1234567)],
            ),
            (
                Lang::PtBr,
                [("1.234", 1234), ("12.345", 12345), ("1.234.567", 1234567)],
            ),
            (
                Lang::Fr,
                [
                    ("1\u{202f}234", 1234),
                    ("12\u{202f}345", 12345),
                    ("1\u{202f}234\u{202f}567", 1234567),
                ],
            ),
            (
                Lang::Ja,
                [("1,234", 1234), ("12,345", 12345), ("1,234,567", 1234567)],
            ),
            (
                Lang::Ar,
                [("1,234", 1234), ("12,345", 12345), ("1,234,567", 1234567)],
            ),
        ];
        for (lang, expected) in cases {
            for (text, n) in expected {
                assert_eq!(integer(lang, n), text, "{lang:?} {n}");
            }
        }
        assert_eq!(integer(Lang::En, 999), "999");
        assert_eq!(integer(Lang::Es, 0), "0");
        assert_eq!(decimal(Lang::En, -1234.0, 0, 0), "-1,234");
        assert_eq!(integer(Lang::En, u64::MAX), "18,446,744,073,709,551,615");
    }

    #[test]
    fn decimals_round_and_use_the_languages_separator() {
        assert_eq!(decimal(Lang::En, 0.934, 2, 2), "0.93");
        assert_eq!(decimal(Lang::Fr, 0.934, 2, 2), "0,93");
        assert_eq!(decimal(Lang::Es, 26.45, 1, 1), "26,4");
        assert_eq!(decimal(Lang::PtBr, 12345.5, 0, 2), "12.345,5");
        assert_eq!(decimal(Lang::Ja, 3.0, 0, 2), "3");
        assert_eq!(decimal(Lang::Ar, 3.0, 1, 2), "3.0");
        assert_eq!(decimal(Lang::En, -0.001, 0, 2), "0");
        assert_eq!(decimal(Lang::En, f64::NAN, 0, 2), "NaN");
    }
}
