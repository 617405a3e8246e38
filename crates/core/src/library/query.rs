//! What a search makes of its text before ranking: links dropped, @handles
//! and hashtags split into words, and the body of a copied post told apart
//! from the signature it ends with.

/// The text a search ranks by: `full` is the cleaned text, `body` the same
/// without a post's signature (equal to `full` when there is none).
#[derive(Clone, Debug, PartialEq)]
pub struct QueryText {
    pub full: String,
    pub body: String,
}

impl QueryText {
    pub fn new(text: &str, clean: bool) -> Self {
        let body = strip_signature(text);
        if clean {
            Self {
                full: clean_query(text),
                body: clean_query(body),
            }
        } else {
            Self {
                full: text.to_owned(),
                body: body.to_owned(),
            }
        }
    }
}

/// A copied tweet ends with its signature, "… — Name (@handle) March 24,
/// 2019". The signature names who posted, and a fact-check of what was
/// posted often does not, so the re-ranker also compares the body alone
/// (on CLEF 2020 dev that alone moved MAP@5 by about +0.01; BENCHMARKS.md).
/// Text without such an ending is returned whole.
pub fn strip_signature(text: &str) -> &str {
    let trimmed = text.trim_end();
    let Some(at) = trimmed.rfind("(@") else {
        return text;
    };
    let after = &trimmed[at + 2..];
    let Some(close) = after.find(')') else {
        return text;
    };
    let handle = &after[..close];
    let rest = after[close + 1..].trim();
    let handle_ok = !handle.is_empty() && handle.chars().all(|c| c.is_alphanumeric() || c == '_');
    // Nothing, or a date such as "March 24, 2019", may follow the handle.
    let rest_ok = rest.is_empty()
        || (rest.chars().count() <= 20
            && rest.chars().rev().take(4).all(|c| c.is_ascii_digit())
            && !rest.contains(['(', '@']));
    if !handle_ok || !rest_ok {
        return text;
    }
    let before = &trimmed[..at];
    for dash in [" — ", " – ", " - "] {
        if let Some(d) = before.rfind(dash) {
            let name = before[d + dash.len()..].trim();
            let n = name.chars().count();
            if (2..=60).contains(&n) && !name.contains(['@', '(', '—']) {
                return &text[..d];
            }
        }
    }
    text
}

/// Drops links from a post and turns @handles and hashtags into their words
/// ("@realDonaldTrump" → "real Donald Trump", "#AustralianFires" →
/// "Australian Fires"): a handle often names the claimant, so it is kept.
pub fn clean_query(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let word = match word.find("http").or_else(|| word.find("pic.twitter.com")) {
            Some(at) => &word[..at],
            None => word,
        };
        if word.starts_with("www.") || word.is_empty() {
            continue;
        }
        let word = word.trim_start_matches('(');
        if let Some(tag) = word.strip_prefix('#').or_else(|| word.strip_prefix('@')) {
            out.push_str(&split_camel(&tag.replace('_', " ")));
        } else {
            out.push_str(word);
        }
        out.push(' ');
    }
    out.trim_end().to_owned()
}

fn split_camel(tag: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in tag.chars() {
        if c.is_uppercase() && prev_lower {
            out.push(' ');
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_drops_links_and_splits_handles_and_hashtags() {
        assert_eq!(
            clean_query(
                "Butterflies survive #AustralianFires pic.twitter.com/0eJ — Center (@CenterForBioDiv)"
            ),
            "Butterflies survive Australian Fires — Center Center For Bio Div)"
        );
        assert_eq!(
            clean_query("CBC #DefundTheCBChttps://t.co/Cs @Brad_T hi"),
            "CBC Defund The CBC Brad T hi"
        );
    }

    #[test]
    fn a_posts_signature_is_told_apart_from_its_body() {
        let post = "No Collusion, No Obstruction, Complete and Total EXONERATION. KEEP AMERICA GREAT! — Donald J. Trump (@realDonaldTrump) March 24, 2019";
        assert_eq!(
            strip_signature(post),
            "No Collusion, No Obstruction, Complete and Total EXONERATION. KEEP AMERICA GREAT!"
        );
        let q = QueryText::new(post, true);
        assert!(q.full.contains("Donald J. Trump"));
        assert!(!q.body.contains("Trump"));
        // Without a date, with an en dash, and with nothing to strip.
        assert_eq!(
            strip_signature("Kids in cages. – Jose (@jose_v)"),
            "Kids in cages."
        );
        for whole in [
            "Obama released prisoners",
            "See (@x) — what he said",
            "A — B (@handle) said more after the handle",
        ] {
            assert_eq!(strip_signature(whole), whole);
        }
    }
}
