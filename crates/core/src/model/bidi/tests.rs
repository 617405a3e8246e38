use super::runs::{
    Measure, boundary_at, caret_x, char_at, line_at, place, range_spans, visual_step,
};
use super::*;

const W: f32 = 10.0;

/// Every character 10 wide, edges as a shaper would give them.
fn measures(text: &str, a: &Analysis) -> Vec<Measure> {
    a.pieces
        .iter()
        .map(|p| {
            let n = text[p.bytes.clone()].chars().count();
            let width = n as f32 * W;
            let edges = (0..=n)
                .map(|i| {
                    if p.rtl() {
                        width - i as f32 * W
                    } else {
                        i as f32 * W
                    }
                })
                .collect();
            Measure { width, edges }
        })
        .collect()
}

fn lines(text: &str, max_width: f32) -> Vec<Line> {
    let a = analyse(text);
    place(&a, &measures(text, &a), max_width, 20.0)
}

/// The text of each line's runs, left to right.
fn visual(text: &str, max_width: f32) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    lines(text, max_width)
        .iter()
        .map(|l| {
            l.runs
                .iter()
                .map(|r| chars[r.chars.clone()].iter().collect::<String>())
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect()
}

#[test]
fn base_direction_comes_from_the_first_strong_character() {
    assert_eq!(first_strong("التقت رئيسة"), Some(Direction::Rtl));
    assert_eq!(first_strong("2025: שלום world"), Some(Direction::Rtl));
    assert_eq!(first_strong("Hello مرحبا"), Some(Direction::Ltr));
    assert_eq!(first_strong("123 …"), None);
    assert_eq!(analyse("«مرحبا» hi").base, Direction::Rtl);
    assert_eq!(analyse("").base, Direction::Ltr);
    assert!(starts_rtl("سلام"));
    assert!(!starts_rtl("Tokyo سلام"));
}

#[test]
fn only_text_with_rtl_content_needs_bidi() {
    assert!(!needs_bidi("Café owners in Ōsaka 東京 Встреча 🎌"));
    assert!(needs_bidi("in Tokyo مرحبا"));
    assert!(needs_bidi("שלום"));
    assert!(needs_bidi("٢٨"));
    assert!(needs_bidi("a\u{202B}b"));
}

#[test]
fn arabic_words_run_right_to_left_and_the_first_word_sits_at_the_right_edge() {
    let text = "التقت رئيسة وزراء";
    assert_eq!(visual(text, 300.0), ["وزراء| |رئيسة| |التقت"]);
    let l = lines(text, 300.0);
    // 17 characters, right-aligned to 300.
    assert_eq!(l[0].runs[0].x, 130.0);
    let first = range_spans(&l, 0, 5);
    assert_eq!(
        first,
        [Span {
            line: 0,
            x0: 250.0,
            x1: 300.0
        }]
    );
    assert_eq!(caret_x(&l, 0), Some((0, 300.0)));
    assert_eq!(caret_x(&l, 17), Some((0, 130.0)));
    // Dragging from the right edge to the first space selects the first word.
    assert_eq!(boundary_at(&l, 0, 299.0), 0);
    assert_eq!(boundary_at(&l, 0, 251.0), 5);
    assert_eq!(char_at(&l, 0, 295.0), Some(0));
    assert_eq!(char_at(&l, 0, 135.0), Some(16));
}

#[test]
fn hebrew_wraps_into_right_aligned_lines_in_reading_order() {
    let text = "שלום עולם ומה שלומך";
    // Room for 10 characters: two words per line.
    assert_eq!(visual(text, 100.0), [" |עולם| |שלום", "שלומך| |ומה"]);
    let l = lines(text, 100.0);
    assert_eq!(l[0].chars, 0..10);
    assert_eq!(l[1].chars, 10..19);
    assert_eq!(l[1].runs[0].x, 10.0);
    assert_eq!(l[1].top, 20.0);
    assert_eq!(line_at(&l, 25.0), 1);
    // The line's first word, at its right edge; the trailing space at the left.
    assert_eq!(
        range_spans(&l, 10, 13),
        [Span {
            line: 1,
            x0: 70.0,
            x1: 100.0
        }]
    );
    assert_eq!(
        range_spans(&l, 9, 10),
        [Span {
            line: 0,
            x0: 0.0,
            x1: 10.0
        }]
    );
}

#[test]
fn digits_and_latin_inside_arabic_keep_their_own_order() {
    let text = "قال 25 شخصا in Tokyo اليوم.";
    assert_eq!(
        visual(text, 1000.0),
        [".|اليوم| |in| |Tokyo| |شخصا| |25| |قال"]
    );
    let l = lines(text, 1000.0);
    // "25" reads left to right inside the right-to-left line.
    let digits = range_spans(&l, 4, 6);
    assert_eq!(digits.len(), 1);
    assert!(digits[0].x1 - digits[0].x0 == 20.0);
    assert_eq!(caret_x(&l, 4).map(|c| c.1), Some(digits[0].x0));
    // "شخصا in" crosses into the Latin run: two rectangles, with "Tokyo" between them.
    let crossing = range_spans(&l, 7, 14);
    assert_eq!(crossing.len(), 2, "{crossing:?}");
    let tokyo = range_spans(&l, 15, 20)[0];
    assert!(crossing[0].x1 <= tokyo.x0 && tokyo.x1 <= crossing[1].x0);
}

#[test]
fn rtl_words_inside_a_latin_paragraph_swap_places() {
    let text = "The word سلام عليكم means peace";
    assert_eq!(analyse(text).base, Direction::Ltr);
    assert_eq!(
        visual(text, 1000.0),
        ["The| |word| |عليكم| |سلام| |means| |peace"]
    );
    assert_eq!(lines(text, 1000.0)[0].runs[0].x, 0.0);
    assert_eq!(visual_words(text), "The word عليكم سلام means peace");
    assert_eq!(visual_words("التقت رئيسة وزراء"), "وزراء رئيسة التقت");
    assert_eq!(visual_words("Café 東京"), "Café 東京");
}

#[test]
fn an_empty_paragraph_has_one_empty_line() {
    let l = lines("", 100.0);
    assert_eq!(l.len(), 1);
    assert!(l[0].runs.is_empty());
    assert_eq!(caret_x(&l, 0), Some((0, 0.0)));
    assert!(range_spans(&l, 0, 0).is_empty());
}

#[test]
fn a_lam_alef_ligature_shares_its_glyph_between_two_characters() {
    // "سلام": egui gives glyphs left to right: meem, the lam-alef ligature
    // (one glyph for two characters, carrying lam), seen; then fillers.
    let chars: Vec<char> = "سلام".chars().collect();
    let glyphs = [
        GlyphBox {
            chr: 'م',
            x: 0.0,
            width: 8.0,
        },
        GlyphBox {
            chr: 'ل',
            x: 8.0,
            width: 10.0,
        },
        GlyphBox {
            chr: 'س',
            x: 18.0,
            width: 12.0,
        },
        GlyphBox {
            chr: 'ل',
            x: 30.0,
            width: 0.0,
        },
        GlyphBox {
            chr: 'ا',
            x: 30.0,
            width: 0.0,
        },
    ];
    assert_eq!(
        rtl_edges(&chars, &glyphs, 30.0),
        [30.0, 18.0, 13.0, 8.0, 0.0]
    );
}

#[test]
fn marks_join_their_letter_and_repeated_letters_stay_apart() {
    // "مَمّ": meem + fatha, meem + shadda; marks come as zero-width glyphs.
    let chars: Vec<char> = "مَمّ".chars().collect();
    let glyphs = [
        GlyphBox {
            chr: 'م',
            x: 0.0,
            width: 9.0,
        },
        GlyphBox {
            chr: 'م',
            x: 0.0,
            width: 0.0,
        },
        GlyphBox {
            chr: 'م',
            x: 9.0,
            width: 11.0,
        },
        GlyphBox {
            chr: 'م',
            x: 20.0,
            width: 0.0,
        },
    ];
    assert_eq!(
        rtl_edges(&chars, &glyphs, 20.0),
        [20.0, 14.5, 9.0, 4.5, 0.0]
    );
    let double: Vec<char> = "مم".chars().collect();
    let glyphs = [
        GlyphBox {
            chr: 'م',
            x: 0.0,
            width: 9.0,
        },
        GlyphBox {
            chr: 'م',
            x: 9.0,
            width: 11.0,
        },
    ];
    assert_eq!(rtl_edges(&double, &glyphs, 20.0), [20.0, 9.0, 0.0]);
}

#[test]
fn glyphs_that_do_not_match_the_text_fall_back_to_even_edges() {
    let chars: Vec<char> = "שלום".chars().collect();
    let glyphs = [GlyphBox {
        chr: 'x',
        x: 0.0,
        width: 40.0,
    }];
    assert_eq!(
        rtl_edges(&chars, &glyphs, 40.0),
        [40.0, 30.0, 20.0, 10.0, 0.0]
    );
    assert_eq!(rtl_edges(&chars, &[], 40.0), [40.0, 30.0, 20.0, 10.0, 0.0]);
}

#[test]
fn paired_characters_are_mirrored_inside_right_to_left_text() {
    let text = "قال «نعم» (2025) and (yes)";
    let a = analyse(text);
    let shown: String = a.pieces.iter().map(|p| display_text(text, p)).collect();
    assert_eq!(
        shown,
        "قال »نعم« (2025) and (yes)".replace("(2025)", ")2025(")
    );
    assert_eq!(mirrored('«'), Some('»'));
    assert_eq!(mirrored(')'), Some('('));
    assert_eq!(mirrored('a'), None);
}

#[test]
fn arrow_keys_step_through_boundaries_in_the_order_they_are_drawn() {
    // "abc " then a Hebrew word drawn right to left at the right end.
    let text = "abc אבג";
    let ls = lines(text, 1000.0);
    let walk = |from: usize, rightward: bool| {
        let mut seen = vec![from];
        let mut c = from;
        while let Some(n) = visual_step(&ls, c, rightward) {
            seen.push(n);
            c = n;
        }
        seen
    };
    // Rightwards: through the Latin word, past the space, then into the
    // Hebrew word from its left end (its last letter) to its first.
    assert_eq!(walk(0, true), vec![0, 1, 2, 3, 7, 6, 5, 4]);
    assert_eq!(walk(4, false), vec![4, 5, 6, 7, 3, 2, 1, 0]);
    // An Arabic paragraph: Left moves forward through the text.
    let ar = lines("سلام عليكم", 1000.0);
    assert_eq!(visual_step(&ar, 0, false), Some(1));
    assert_eq!(visual_step(&ar, 0, true), None);
    assert_eq!(visual_step(&ar, 10, false), None);
}
