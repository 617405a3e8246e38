//! Saving a project and opening it again gives back exactly the same project,
//! whatever characters its text fields hold.

use claimdesk::io::{load_project, parse_project, project_to_ron, save_project};
use claimdesk::model::{
    Activity, Article, ArticleMeta, ArticleVersion, Claim, ClaimId, ClaimStatus, Color, Comment,
    CommentId, Conflict, ConflictSide, ConflictValue, Correction, Event, FORMAT_VERSION, Project,
    RatingScale, Reliability, ScaleKind, Settings, Source, SourceId, SourceLink, Span, Stance,
    Verdict, VerdictId,
};
use proptest::prelude::*;

/// Strings that have broken text formats before: each is used in every field.
const NASTY: &[&str] = &[
    "family 👩‍👩‍👧‍👦, flags 🇯🇵🇺🇸🏳️‍🌈, skin tone 👍🏽",
    "高市首相はトランプ大統領と東京で会談した。中文，한국어",
    "مرحبا بالعالم \u{200f}שלום עולם\u{200e} mixed ltr",
    "e\u{301}\u{301} Z\u{324}\u{354}\u{367}\u{311}, \u{301}leading combining",
    "line\r\nwindows\rold mac\n\ttab\u{b}vt\u{c}ff",
    "\"double\" 'single' «guillemets» “curly”",
    r"C:\path\to\file \n is not a newline \\ \u{41} \",
    "raw terminators \"# and \"## and \"### and r#\"x\"# and \"#\"",
    "ron: ( ) [ ] { } , : ; Some(None) #![enable(implicit_some)] // not a comment /* nor this */",
    "ends with a hash #",
    "ends with a quote \"",
    "r\"starts like a raw string",
    "\u{feff}byte-order mark, \u{2028}line sep\u{2029}para sep, nul\0bell\u{7}del\u{7f}",
    "",
];

fn nasty(i: usize) -> String {
    NASTY[i % NASTY.len()].to_owned()
}

/// A project that puts a nasty string into every text field of every struct.
fn nasty_project() -> Project {
    let text: String = NASTY.concat();
    let chars: Vec<char> = text.chars().collect();
    let mut project = Project {
        format_version: FORMAT_VERSION,
        title: nasty(0),
        settings: Settings {
            organisation: nasty(1),
            organisation_url: nasty(2),
            review_url: nasty(3),
            reviewer: nasty(4),
            publish_approved_only: true,
            report_language: Some(nasty(6)),
        },
        scale: RatingScale {
            name: nasty(5),
            kind: ScaleKind::Ratings,
            verdicts: (0..NASTY.len())
                .map(|i| Verdict {
                    id: VerdictId(i as u64 + 1),
                    label: nasty(i),
                    value: if i % 3 == 0 { None } else { Some(i as i32 - 7) },
                    color: Color([i as u8, 255 - i as u8, 0x80]),
                    description: nasty(i + 1),
                })
                .collect(),
        },
        claims: Vec::new(),
        sources: Vec::new(),
        article: Article::new(
            ArticleMeta {
                title: nasty(6),
                outlet: nasty(7),
                author: nasty(8),
                url: nasty(9),
                date_published: nasty(10),
                date_retrieved: nasty(11),
            },
            text,
        ),
        // An earlier text of the article, itself full of nasty strings.
        article_history: vec![ArticleVersion::of(
            Article::new(
                ArticleMeta {
                    title: nasty(12),
                    url: nasty(13),
                    ..ArticleMeta::default()
                },
                NASTY.iter().rev().copied().collect(),
            ),
            &nasty(14),
        )],
        corrections: (0..NASTY.len())
            .map(|i| Correction {
                date: nasty(i),
                claim: ClaimId(i as u64 + 100),
                who: nasty(i + 1),
                change: nasty(i + 2),
                note: nasty(i + 3),
            })
            .collect(),
        // A merge conflict left unresolved, its values nasty too.
        conflicts: vec![Conflict {
            place: nasty(15),
            path: "claims[id=1].rationale".into(),
            base: ConflictSide::of(ConflictValue::Text(nasty(16))),
            ours: ConflictSide {
                value: ConflictValue::Data(serde_json::json!(nasty(17)).to_string()),
                who: nasty(18),
                when: nasty(19),
            },
            theirs: ConflictSide::of(ConflictValue::Absent),
        }],
        dismissed_suggestions: vec![nasty(20), nasty(21)],
        activity: vec![Activity {
            who: nasty(3),
            when: nasty(4),
            event: Event::NameChanged {
                from: nasty(5),
                to: nasty(6),
            },
        }],
    };
    for i in 0..NASTY.len() {
        project.sources.push(Source {
            id: SourceId(i as u64 * 10 + 3),
            title: nasty(i),
            url: nasty(i + 1),
            publisher: nasty(i + 2),
            author: nasty(i + 3),
            date_published: nasty(i + 4),
            date_accessed: nasty(i + 5),
            archive_url: nasty(i + 6),
            reliability: Reliability::ALL[i % Reliability::ALL.len()],
            notes: nasty(i + 7),
            archived_on: nasty(i + 8),
            snapshots: vec![claimdesk::model::Snapshot {
                sha256: nasty(i + 9),
                ext: "html".into(),
                captured: nasty(i + 10),
                file_name: nasty(i + 11),
                bytes: i as u64,
            }],
        });
    }
    // One claim per nasty string, its span exactly that string inside the article.
    let mut start = 0;
    for (i, s) in NASTY.iter().enumerate() {
        let len = s.chars().count();
        let quote: String = chars[start..start + len].iter().collect();
        assert_eq!(quote, *s);
        project.claims.push(Claim {
            id: ClaimId(i as u64 + 100),
            span: Span {
                start,
                end: start + len,
                quote,
            },
            reviewed: nasty(i + 1),
            claimant: nasty(i + 2),
            claim_date: nasty(i + 3),
            status: ClaimStatus::ALL[i % ClaimStatus::ALL.len()],
            verdict: (i % 4 != 0).then_some(VerdictId(i as u64 + 1)),
            conclusion: nasty(i + 4),
            rationale: nasty(i + 5),
            tags: vec![nasty(i + 6), nasty(i + 7), String::new()],
            sources: vec![SourceLink {
                source: SourceId(((i + 1) % NASTY.len()) as u64 * 10 + 3),
                stance: [
                    Stance::Unset,
                    Stance::Supports,
                    Stance::Refutes,
                    Stance::Context,
                ][i % 4],
                excerpt: nasty(i + 8),
                anchor: None,
            }],
            // Every fifth claim lost its place in a new version of the article.
            orphaned: i % 5 == 0,
            published_on: nasty(i + 9),
            comments: vec![Comment {
                id: CommentId(u64::MAX - i as u64),
                author: nasty(i + 10),
                time: nasty(i + 11),
                text: nasty(i + 12),
                resolved: i % 2 == 0,
            }],
            activity: vec![
                Activity {
                    who: nasty(i + 13),
                    when: nasty(i + 14),
                    event: Event::Verdict(Some(VerdictId(i as u64 + 1))),
                },
                Activity {
                    who: nasty(i),
                    when: String::new(),
                    event: Event::Status(ClaimStatus::ALL[i % ClaimStatus::ALL.len()]),
                },
            ],
            approved: (i % 2 == 0).then(|| claimdesk::model::Approval {
                who: nasty(i + 19),
                when: nasty(i + 20),
                digest: nasty(i + 21),
            }),
            previous_checks: vec![claimdesk::model::PreviousCheck {
                claim: nasty(i + 15),
                verdict: nasty(i + 16),
                organisation: nasty(i + 17),
                date: nasty(i + 18),
                url: nasty(i + 19),
                key: nasty(i + 20),
            }],
        });
        start += len;
    }
    project
}

#[test]
fn nasty_strings_survive_save_and_reopen() {
    let project = nasty_project();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nasty.ron");
    save_project(&project, &path).unwrap();
    let reopened = load_project(&path).unwrap();
    assert_eq!(reopened, project);

    // Saving the reopened project again writes the very same bytes.
    let first = std::fs::read(&path).unwrap();
    save_project(&reopened, &path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), first);
    // The previous version is kept as a backup, and it opens too.
    let backup = dir.path().join("nasty.ron.bak");
    assert_eq!(load_project(&backup).unwrap(), project);
}

#[test]
fn each_nasty_string_alone_round_trips_as_title() {
    for s in NASTY {
        let mut project = nasty_project();
        project.title = (*s).to_owned();
        let ron = project_to_ron(&project).unwrap();
        let back = parse_project(ron.as_bytes()).unwrap_or_else(|e| panic!("{s:?}: {e}"));
        assert_eq!(back.title, *s);
    }
}

#[test]
fn empty_and_conclusion_only_projects_round_trip() {
    let mut project = Project::new(
        "",
        Article::new(ArticleMeta::default(), String::new()),
        claimdesk::model::ScalePreset::ConclusionOnly,
    );
    let ron = project_to_ron(&project).unwrap();
    assert_eq!(parse_project(ron.as_bytes()).unwrap(), project);
    project.scale = claimdesk::model::ScalePreset::SnopesStyle.scale();
    let ron = project_to_ron(&project).unwrap();
    assert_eq!(parse_project(ron.as_bytes()).unwrap(), project);
}

// ---- random projects ----

fn text_field() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<String>(),
        1 => proptest::sample::select(NASTY).prop_map(str::to_owned),
        1 => "[\"#r\\\\\\r\\n()\\[\\],:]{0,12}",
    ]
}

prop_compose! {
    fn arb_meta()(title in text_field(), outlet in text_field(), author in text_field(),
                  url in text_field(), date_published in text_field(), date_retrieved in text_field())
                  -> ArticleMeta {
        ArticleMeta { title, outlet, author, url, date_published, date_retrieved }
    }
}

prop_compose! {
    fn arb_settings()(organisation in text_field(), organisation_url in text_field(),
                      review_url in text_field(), reviewer in text_field()) -> Settings {
        Settings { organisation, organisation_url, review_url, reviewer, publish_approved_only: false, report_language: None }
    }
}

prop_compose! {
    fn arb_verdict()(label in text_field(), value in any::<Option<i32>>(), rgb in any::<[u8; 3]>(),
                     description in text_field()) -> Verdict {
        Verdict { id: VerdictId(0), label, value, color: Color(rgb), description }
    }
}

prop_compose! {
    fn arb_source()(title in text_field(), url in text_field(), publisher in text_field(),
                    author in text_field(), date_published in text_field(),
                    date_accessed in text_field(), archive_url in text_field(),
                    reliability in proptest::sample::select(Reliability::ALL.to_vec()),
                    notes in text_field()) -> Source {
        Source { id: SourceId(0), title, url, publisher, author, date_published,
                 date_accessed, archive_url, reliability, notes, ..Source::default() }
    }
}

/// A claim whose span, verdict and links are chosen by index and fixed up later.
#[derive(Debug, Clone)]
struct ClaimSeed {
    a: usize,
    b: usize,
    verdict: Option<usize>,
    links: Vec<(usize, usize, String)>,
    claim: Claim,
}

prop_compose! {
    fn arb_claim()(a in any::<usize>(), b in any::<usize>(), verdict in any::<Option<usize>>(),
                   links in proptest::collection::vec((any::<usize>(), 0..3usize, text_field()), 0..3),
                   reviewed in text_field(), claimant in text_field(), claim_date in text_field(),
                   status in 0..4usize, conclusion in text_field(), rationale in text_field(),
                   tags in proptest::collection::vec(text_field(), 0..3)) -> ClaimSeed {
        ClaimSeed {
            a, b, verdict, links,
            claim: Claim {
                reviewed, claimant, claim_date, status: ClaimStatus::ALL[status],
                conclusion, rationale, tags, ..Claim::default()
            },
        }
    }
}

prop_compose! {
    fn arb_project()(title in text_field(), settings in arb_settings(), meta in arb_meta(),
                     text in any::<String>(), scale_name in text_field(),
                     verdicts in proptest::collection::vec(arb_verdict(), 0..4),
                     sources in proptest::collection::vec(arb_source(), 0..4),
                     claims in proptest::collection::vec(arb_claim(), 0..5)) -> Project {
        let chars: Vec<char> = text.chars().collect();
        let verdicts: Vec<Verdict> = verdicts.into_iter().enumerate()
            .map(|(i, v)| Verdict { id: VerdictId(i as u64 * 7 + 1), ..v }).collect();
        let sources: Vec<Source> = sources.into_iter().enumerate()
            .map(|(i, s)| Source { id: SourceId(i as u64 * 5 + 2), ..s }).collect();
        let claims = claims.into_iter().enumerate().map(|(i, seed)| {
            let (x, y) = (seed.a % (chars.len() + 1), seed.b % (chars.len() + 1));
            let (start, end) = (x.min(y), x.max(y));
            let verdict = match (seed.verdict, verdicts.is_empty()) {
                (Some(v), false) => Some(verdicts[v % verdicts.len()].id),
                _ => None,
            };
            let links = if sources.is_empty() { Vec::new() } else {
                seed.links.into_iter().map(|(s, stance, excerpt)| SourceLink {
                    source: sources[s % sources.len()].id,
                    stance: Stance::ALL[stance],
                    excerpt,
                    anchor: None,
                }).collect()
            };
            Claim {
                id: ClaimId(i as u64 * 3 + 1),
                span: Span { start, end, quote: chars[start..end].iter().collect() },
                verdict,
                sources: links,
                ..seed.claim
            }
        }).collect();
        Project {
            format_version: FORMAT_VERSION,
            title,
            settings,
            scale: RatingScale { name: scale_name, kind: ScaleKind::Ratings, verdicts },
            claims,
            sources,
            article: Article::new(meta, text),
            article_history: Vec::new(),
            corrections: Vec::new(),
            conflicts: Vec::new(),
            dismissed_suggestions: Vec::new(),
            activity: Vec::new(),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn random_projects_round_trip_in_memory(project in arb_project()) {
        prop_assert!(claimdesk::model::validate(&project).is_empty());
        let ron = project_to_ron(&project).unwrap();
        let back = parse_project(ron.as_bytes());
        prop_assert!(back.is_ok(), "{:?}\n{}", back.err(), ron);
        prop_assert_eq!(back.unwrap(), project);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn random_projects_round_trip_through_a_file(project in arb_project()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        save_project(&project, &path).unwrap();
        prop_assert_eq!(load_project(&path).unwrap(), project);
    }
}

/// Regression: a NUL in any field used to be written raw, and the saved file
/// was then refused as binary ("this is a binary file") on reopening.
#[test]
fn a_nul_character_in_notes_does_not_make_the_file_unreadable() {
    let mut project = Project::new(
        "nul",
        Article::new(ArticleMeta::default(), "line one\nline two".to_owned()),
        claimdesk::model::ScalePreset::Short,
    );
    let plain = project_to_ron(&project).unwrap();
    // Ordinary projects keep readable, unescaped text.
    assert!(plain.contains("line one\nline two"));
    project.settings.reviewer = "a\0b".to_owned();
    let ron = project_to_ron(&project).unwrap();
    assert!(!ron.contains('\0'));
    assert_eq!(parse_project(ron.as_bytes()).unwrap(), project);
}
