//! Counts in words: "1 claim", "3 claims". Every count the window shows goes
//! through here, so that a message catalog (Fluent, with its plural rules per
//! language) can later replace these few functions without touching the views.

/// `n` followed by the noun in the form English uses for it: `one` for
/// exactly 1, `other` for every other number (0 included: "0 claims").
pub fn count(n: usize, one: &str, other: &str) -> String {
    format!("{n} {}", noun(n, one, other))
}

/// The noun alone, in the form for `n` ("of 1 claim", "of 2 claims").
pub fn noun<'a>(n: usize, one: &'a str, other: &'a str) -> &'a str {
    if n == 1 { one } else { other }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_and_many() {
        assert_eq!(count(0, "claim", "claims"), "0 claims");
        assert_eq!(count(1, "claim", "claims"), "1 claim");
        assert_eq!(count(2, "open comment", "open comments"), "2 open comments");
        assert_eq!(count(1, "source link", "source links"), "1 source link");
        assert_eq!(noun(1, "claim", "claims"), "claim");
    }
}
