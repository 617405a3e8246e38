//! The catalogs: every file parses, every language matches English, and
//! formatting (plurals, arguments, fallback, the pseudo-language) works.

use std::sync::Arc;

use super::{Catalog, Lang, check, files, pseudo};

const ENGLISH: &str = "
claims = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
}
saved = Saved { $file }
only-english = Only in English
";

const ARABIC: &str = "
claims = { $count ->
    [zero] لا ادعاءات
    [one] ادعاء واحد
    [two] ادعاءان
    [few] { $count } ادعاءات
    [many] { $count } ادعاءً
   *[other] { $count } ادعاء
}
saved = حُفظ { $file }
row = الادعاء { $number }: { $title } — { $verdict }
stats = { $count } · SHA-256 { $sha }
";

fn english() -> Arc<Catalog> {
    Arc::new(Catalog::load(Lang::En, [ENGLISH].into_iter(), None))
}

#[test]
fn plurals_follow_each_languages_rules() {
    let en = english();
    assert_eq!(en.format("claims", &[("count", 1.into())]), "1 claim");
    assert_eq!(en.format("claims", &[("count", 12.into())]), "12 claims");
    assert_eq!(en.format("claims", &[("count", 0.into())]), "0 claims");
    let ar = Catalog::load(Lang::Ar, [ARABIC].into_iter(), Some(en));
    // The plural forms, without the marks that isolate the number.
    let forms: Vec<String> = [0, 1, 2, 3, 11, 100]
        .into_iter()
        .map(|n| ar.format("claims", &[("count", n.into())]))
        .map(|t| t.replace(['\u{2068}', '\u{2069}'], ""))
        .collect();
    assert_eq!(
        forms,
        [
            "لا ادعاءات",
            "ادعاء واحد",
            "ادعاءان",
            "3 ادعاءات",
            "11 ادعاءً",
            "100 ادعاء"
        ]
    );
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_id() {
    let ar = Catalog::load(Lang::Ar, [ARABIC].into_iter(), Some(english()));
    assert_eq!(ar.text("only-english"), "Only in English");
    assert!(!ar.has("only-english"));
    assert_eq!(ar.text("nowhere"), "nowhere");
}

#[test]
fn arguments_are_isolated_in_a_right_to_left_language_only() {
    // A left-to-right language's data reads its way: no marks to reach the
    // clipboard and screen readers.
    let saved = english().format("saved", &[("file", "a.ron".into())]);
    assert_eq!(saved, "Saved a.ron");
    let ar = Catalog::load(Lang::Ar, [ARABIC].into_iter(), Some(english()));
    let saved = ar.format("saved", &[("file", "a.ron".into())]);
    assert_eq!(saved, "حُفظ \u{2068}a.ron\u{2069}");
}

#[test]
fn english_data_in_an_arabic_sentence_keeps_its_place() {
    use crate::model::bidi::{Direction, paragraph_direction, visual_words};
    let ar = Catalog::load(Lang::Ar, [ARABIC].into_iter(), Some(english()));
    // "Claim 3: <title> — <verdict>", read from the right: the title, then
    // the verdict to its left. Not isolated, the two English texts and the
    // dash between them made one left-to-right run, the title at its left.
    let row = ar.format(
        "row",
        &[
            ("number", 3.into()),
            ("title", "Prices rose 4%".into()),
            ("verdict", "Mostly false".into()),
        ],
    );
    let shown = visual_words(&row);
    let (title, verdict) = (shown.find("Prices"), shown.find("Mostly"));
    assert!(verdict < title, "{shown:?}");
    assert!(
        shown.contains("Prices rose 4%"),
        "the title reads left to right: {shown:?}"
    );
    // A message whose own words have no Arabic letter still reads from the
    // right: a mark says so.
    let stats = ar.format("stats", &[("count", 12.into()), ("sha", "bf5c".into())]);
    assert!(stats.starts_with('\u{200F}'), "{stats:?}");
    assert_eq!(paragraph_direction(&stats), Some(Direction::Rtl));
    // One with Arabic words needs none; an English fallback gets none.
    assert!(!row.starts_with('\u{200F}'));
    assert_eq!(ar.text("only-english"), "Only in English");
}

#[test]
fn the_pseudo_language_accents_text_but_not_arguments() {
    let xa = Catalog::load(Lang::EnXa, [ENGLISH].into_iter(), None);
    let saved = xa.format("saved", &[("file", "notes.ron".into())]);
    assert!(saved.starts_with("[Ŝàvéd notes.ron·"), "{saved}");
    assert!(pseudo::is_wrapped(&saved));
    // About 40 % longer, and the brackets.
    let n = "Saved notes.ron".chars().count();
    assert_eq!(saved.chars().count(), n + (n * 2).div_ceil(5) + 2);
    assert!(
        xa.format("claims", &[("count", 1.into())])
            .starts_with("[1 çļàîm")
    );
}

#[test]
fn every_catalog_file_parses_and_lives_in_a_known_language() {
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    for file in files::all() {
        assert!(
            codes.contains(&file.lang) && file.lang != "en-XA",
            "{}/{}.ftl: not a language ClaimDesk has",
            file.lang,
            file.area
        );
    }
    for lang in Lang::ALL {
        let (_, problems) = check::messages(lang.code());
        assert!(problems.is_empty(), "{}: {problems:#?}", lang.code());
    }
    assert!(files::of("en").count() > 0);
}

/// Fails until every translator's files are in: the list says what is left.
#[test]
fn every_language_has_every_english_message_with_the_same_variables() {
    let mut report = String::new();
    for lang in Lang::TRANSLATED {
        for problem in check::problems(lang.code()) {
            report.push_str(&format!("{}: {problem}\n", lang.code()));
        }
    }
    assert!(report.is_empty(), "catalogs differ from English:\n{report}");
}

#[test]
fn the_checker_sees_missing_extra_and_changed_variables() {
    // Through the same walk as the real files, on two sources in memory.
    let english = check::parse(
        "en/t.ftl",
        "a = A { $x }\nb = B\nc = C { $n ->\n    [one] x\n   *[other] { $n }\n}\n",
    );
    let other = check::parse("es/t.ftl", "a = A { $y }\nc = C\nd = D\n");
    let problems = check::compare(&english.0, &other.0);
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "a: variables {\"y\"}, English has {\"x\"}",
            "missing: b",
            "c: variables {}, English has {\"n\"}",
            "not in English: d"
        ]
    );
}

#[test]
fn numbers_in_messages_are_written_as_each_language_writes_them() {
    // The bundle's formatter: a plain `{ $count }` and `NUMBER()` with
    // options alike, in every language (each has a hook of its own).
    let source = r#"
n = { $count }
score = { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }
plain = { NUMBER($count, useGrouping: "false") }
"#;
    let expected = [
        (Lang::En, "12,345", "0.90"),
        (Lang::Es, "12.345", "0,90"),
        (Lang::PtBr, "12.345", "0,90"),
        (Lang::Fr, "12\u{202f}345", "0,90"),
        (Lang::Ar, "12,345", "0.90"),
        (Lang::Ja, "12,345", "0.90"),
        (Lang::EnXa, "12,345", "0.90"),
    ];
    for (lang, count, score) in expected {
        let c = Catalog::load(lang, [source].into_iter(), None);
        let n = c.format("n", &[("count", 12345.into())]);
        let s = c.format("score", &[("score", 0.9.into())]);
        let p = c.format("plain", &[("count", 12345.into())]);
        // The pseudo-language brackets and pads the message around it.
        for (got, want) in [(n, count), (s, score), (p, "12345")] {
            if lang == Lang::EnXa {
                assert!(got.starts_with(&format!("[{want}·")), "{got}");
            } else {
                assert_eq!(got, want, "{lang:?}");
            }
        }
        assert_eq!(c.number(12345), count, "{lang:?}");
    }
    // Spanish leaves four digits together, and the plural still follows the value.
    let es = Catalog::load(
        Lang::Es,
        ["c = { $count ->\n    [one] { $count } afirmación\n   *[other] { $count } afirmaciones\n}\n"]
            .into_iter(),
        None,
    );
    assert_eq!(
        es.format("c", &[("count", 1234.into())]),
        "1234 afirmaciones"
    );
    assert_eq!(es.format("c", &[("count", 1.into())]), "1 afirmación");
    assert_eq!(
        es.format("c", &[("count", 10000.into())]),
        "10.000 afirmaciones"
    );
}

#[test]
fn the_window_and_the_reports_write_long_dates_alike() {
    // One function behind both: the report's words and the window's catalog.
    let fr = Catalog::get(Lang::Fr);
    assert_eq!(fr.date_long("2025-11-01"), "1er novembre 2025");
    assert_eq!(fr.date_long("2025-11"), "novembre 2025");
    assert_eq!(
        Catalog::get(Lang::Es).date_long("2025-03-02"),
        "2 de marzo de 2025"
    );
    assert_eq!(Catalog::get(Lang::En).date_long("2025-03-02"), "2025-03-02");
    assert_eq!(fr.date_long("bientôt"), "bientôt");
}
