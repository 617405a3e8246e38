//! Long generated projects for benchmarks and tests: an article of a chosen
//! size in paragraphs of varied length (with accented Latin, Cyrillic and
//! CJK text), and claims spread over it, some overlapping, with verdicts and
//! a few sources. The same seed always gives the same project.

use crate::model::{
    Article, ArticleMeta, Claim, ClaimId, ClaimStatus, Project, ScalePreset, Source, SourceId,
    SourceLink, Span, Stance, text::TextIndex,
};

/// A small deterministic generator (SplitMix64): no dependency, same output everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const SUBJECTS: &[&str] = &[
    "The ministry",
    "The mayor of Kraków",
    "A spokesperson for the agency",
    "The opposition leader",
    "Officials in Łódź",
    "The central bank",
    "Researchers at the university in Zürich",
    "The company's chief executive",
    "A report by the São Paulo audit office",
    "The committee's chair",
    "Residents of Málaga",
    "The defence minister",
];

const VERBS: &[&str] = &[
    "said",
    "claimed",
    "told reporters",
    "wrote in a statement",
    "insisted",
    "estimated",
    "denied that",
    "confirmed",
];

const CLAUSES: &[&str] = &[
    "unemployment fell to its lowest level in forty years",
    "the budget for public transport doubled between 2019 and 2023",
    "crime in the city centre rose by 12 percent last year",
    "the new plant will create 3,000 jobs by the end of the decade",
    "more than half of the café owners surveyed backed the reform",
    "the figures were revised in March after an independent audit",
    "no tax increase was planned for the coming fiscal year",
    "emissions from the port had been cut by a third since 2015",
    "the hospital waiting list was the shortest in the country",
    "the naïve reading of the data ignored seasonal effects",
    "exports to Asia grew faster than at any time since 2008",
    "the contract had been awarded without a public tender",
];

const TAILS: &[&str] = &[
    ".",
    ", according to the official record.",
    ", although critics called the number “misleading”.",
    ", a figure the statistics office has not confirmed.",
    ", citing data that could not be independently verified.",
    " — a claim repeated at the rally on Saturday.",
];

const CYRILLIC: &[&str] = &[
    "Министр заявил, что безработица снизилась до рекордно низкого уровня.",
    "По данным ведомства, бюджет на общественный транспорт удвоился за четыре года.",
    "Критики назвали эту цифру вводящей в заблуждение и потребовали источник.",
    "Мер Києва повідомив, що кількість нових робочих місць зросла на третину.",
    "Эксперты отметили, что данные не учитывают сезонные колебания.",
];

const CJK: &[&str] = &[
    "東京の会議では来年度の予算について議論された。",
    "政府は失業率が過去四十年で最低になったと発表した。",
    "批评者认为这个数字具有误导性，并要求公布数据来源。",
    "専門家は、このデータが季節要因を考慮していないと指摘した。",
    "市长表示，新工厂将在十年内创造三千个就业岗位。",
];

/// Arabic news sentences with digits, Latin names and punctuation: an
/// all-Arabic article exercises the bidi layout on every paragraph.
const ARABIC: &[&str] = &[
    "قال الوزير إن معدل البطالة انخفض إلى أدنى مستوى له منذ 40 عاماً.",
    "وبحسب الوزارة، تضاعفت ميزانية النقل العام خلال أربع سنوات.",
    "ووصف المنتقدون هذا الرقم بأنه «مضلل» وطالبوا بالكشف عن المصدر.",
    "وأعلن رئيس البلدية أن المصنع الجديد سيوفر 3000 وظيفة خلال عشر سنوات.",
    "وأشار خبراء إلى أن البيانات لا تأخذ التقلبات الموسمية في الحسبان، وفق تقرير Reuters.",
    "التقت رئيسة وزراء اليابان بالرئيس الأمريكي في طوكيو يوم 28 أكتوبر 2025.",
    "ولم يتسنَّ التحقق من هذه الأرقام بشكل مستقل (حتى الآن).",
    "وقال مكتب الإحصاء إن النمو بلغ 2.5% في الربع الثالث.",
];

const CLAIMANTS: &[&str] = &[
    "Prime Minister",
    "Mayor of Kraków",
    "Ministry of Finance",
    "Opposition leader",
    "Company CEO",
    "Central bank governor",
];

const TAGS: &[&str] = &["economy", "crime", "transport", "health", "budget", "jobs"];

fn sentence(rng: &mut Rng, out: &mut String) {
    match rng.below(100) {
        0..=7 => out.push_str(rng.pick(CYRILLIC)),
        8..=14 => out.push_str(rng.pick(CJK)),
        _ => {
            out.push_str(rng.pick(SUBJECTS));
            out.push(' ');
            out.push_str(rng.pick(VERBS));
            out.push(' ');
            out.push_str(rng.pick(CLAUSES));
            out.push_str(rng.pick(TAILS));
        }
    }
}

/// An article of about `bytes` bytes (UTF-8): paragraphs from a one-line
/// heading to a dozen sentences, one per line.
pub fn generated_text(bytes: usize, seed: u64) -> String {
    text_of(bytes, seed, sentence)
}

/// Like [`generated_text`], every sentence in Arabic.
pub fn generated_arabic_text(bytes: usize, seed: u64) -> String {
    text_of(bytes, seed, |rng, out| out.push_str(rng.pick(ARABIC)))
}

fn text_of(bytes: usize, seed: u64, sentence: impl Fn(&mut Rng, &mut String)) -> String {
    let mut rng = Rng(seed);
    let mut text = String::with_capacity(bytes + 2_000);
    while text.len() < bytes {
        let sentences = match rng.below(10) {
            0 => 1,
            1..=3 => 2 + rng.below(3),
            4..=7 => 4 + rng.below(5),
            _ => 8 + rng.below(5),
        };
        for s in 0..sentences {
            if s > 0 {
                text.push(' ');
            }
            sentence(&mut rng, &mut text);
        }
        text.push('\n');
    }
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text.trim_end().to_owned()
}

/// A project on a generated article of about `bytes` bytes with `claims`
/// claims spread over it (about one in eight overlapping the one before),
/// most with a verdict, and one source for every 25 claims.
pub fn generated_project(bytes: usize, claims: usize, seed: u64) -> Project {
    project_on(generated_text(bytes, seed), bytes, claims, seed)
}

/// Like [`generated_project`], on an all-Arabic article.
pub fn generated_arabic_project(bytes: usize, claims: usize, seed: u64) -> Project {
    project_on(generated_arabic_text(bytes, seed), bytes, claims, seed)
}

fn project_on(text: String, bytes: usize, claims: usize, seed: u64) -> Project {
    let index = TextIndex::new(&text);
    let total = index.total_chars();
    let mut rng = Rng(seed ^ 0x5EED_C1A1_0000_0001);
    let mut project = Project::new(
        format!("Generated article, {bytes} bytes, {claims} claims"),
        Article::new(
            ArticleMeta {
                title: "A long generated article".into(),
                outlet: "The Daily Benchmark".into(),
                author: "ClaimDesk".into(),
                url: "https://example.org/long-article".into(),
                date_published: "2025-01-15".into(),
                date_retrieved: "2025-01-16".into(),
            },
            text,
        ),
        ScalePreset::TruthSixStep,
    );
    let text = &project.article.text;

    let source_count = claims.div_ceil(25);
    project.sources = (0..source_count)
        .map(|n| Source {
            id: SourceId(n as u64 + 1),
            title: format!("Official statistics, table {}", n + 1),
            url: format!("https://example.org/statistics/{}", n + 1),
            publisher: "Statistics office".into(),
            date_accessed: "2025-01-16".into(),
            ..Source::default()
        })
        .collect();

    let verdicts: Vec<_> = project.scale.verdicts.iter().map(|v| v.id).collect();
    let step = (total / claims.max(1)).max(1);
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(claims);
    for n in 0..claims {
        let len = 20 + rng.below(160);
        let start = match spans.last() {
            // Overlap: start inside the previous claim.
            Some(&(s, e)) if rng.chance(12) && e > s + 1 => s + 1 + rng.below(e - s - 1),
            _ => n * step + rng.below(step),
        };
        let start = start.min(total.saturating_sub(1));
        let end = (start + len).min(total);
        spans.push((start, end.max(start + 1).min(total)));
    }
    spans.sort_unstable();
    for (n, (start, end)) in spans.into_iter().enumerate() {
        let quote = index.slice(text, start, end).unwrap_or_default().to_owned();
        let mut claim = Claim::new(ClaimId(n as u64 + 1), Span { start, end, quote });
        claim.claimant = rng.pick(CLAIMANTS).to_owned();
        claim.claim_date = "2025-01-15".into();
        claim.status = ClaimStatus::ALL[rng.below(3)];
        if !rng.chance(20) && !verdicts.is_empty() {
            claim.verdict = Some(verdicts[rng.below(verdicts.len())]);
        }
        if rng.chance(40) {
            claim.rationale =
                "The official series shows a different trend once revisions are included.".into();
        }
        if rng.chance(50) {
            claim.tags.push(rng.pick(TAGS).to_owned());
        }
        if source_count > 0 && rng.chance(30) {
            claim.sources.push(SourceLink {
                source: SourceId(rng.below(source_count) as u64 + 1),
                stance: Stance::ALL[rng.below(3)],
                excerpt: String::new(),
                anchor: None,
            });
        }
        project.claims.push(claim);
    }
    project
}

/// `text` with `edits` corrections scattered through it, as a newsroom
/// makes them: a word replaced, a phrase inserted or a few words deleted,
/// each at a word start chosen at random (fixed by `seed`).
pub fn corrected_text(text: &str, edits: usize, seed: u64) -> String {
    let mut rng = Rng(seed ^ 0xC0_44EC_7ED0);
    // Byte offsets of word starts: positions after a space.
    let starts: Vec<usize> = text
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(b, _)| b + 1)
        .collect();
    if starts.is_empty() {
        return text.to_owned();
    }
    let mut at: Vec<usize> = (0..edits)
        .map(|_| starts[rng.below(starts.len())])
        .collect();
    at.sort_unstable();
    at.dedup();
    let mut out = String::with_capacity(text.len() + 64 * edits);
    let mut copied = 0;
    for b in at {
        if b < copied {
            continue;
        }
        out.push_str(&text[copied..b]);
        let word_end = |from: usize| {
            text[from..]
                .find([' ', '\n'])
                .map_or(text.len(), |i| from + i)
        };
        copied = match rng.below(3) {
            0 => {
                out.push_str(rng.pick(&["several", "£9m", "nobody", "twelve", "revised"]));
                word_end(b)
            }
            1 => {
                out.push_str(rng.pick(&["reportedly ", "according to officials ", "(corrected) "]));
                b
            }
            _ => {
                let mut end = b;
                for _ in 0..1 + rng.below(3) {
                    end = word_end(end);
                    if text[end..].starts_with(' ') {
                        end += 1;
                    }
                }
                end
            }
        };
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::validate;

    #[test]
    fn generated_projects_are_valid_and_repeatable() {
        let project = generated_project(50_000, 100, 7);
        assert_eq!(validate(&project), vec![]);
        assert_eq!(project.claims.len(), 100);
        assert!(project.article.text.len().abs_diff(50_000) < 200);
        assert_eq!(project, generated_project(50_000, 100, 7));
        assert_ne!(
            project.article.text,
            generated_project(50_000, 100, 8).article.text
        );
        let text = &project.article.text;
        assert!(text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)));
        assert!(text.chars().any(|c| ('\u{3040}'..='\u{9FFF}').contains(&c)));
        assert!(text.contains('ó') || text.contains('ü') || text.contains('ł'));
        let overlapping = project
            .claims
            .windows(2)
            .filter(|w| w[1].span.start < w[0].span.end)
            .count();
        assert!(overlapping > 0);
        assert!(project.claims.iter().any(|c| !c.sources.is_empty()));
        assert!(project.claims.iter().any(|c| c.verdict.is_some()));
        let bytes = crate::io::project_to_ron(&project).unwrap();
        assert_eq!(crate::io::parse_project(bytes.as_bytes()).unwrap(), project);
    }

    #[test]
    fn the_arabic_article_reads_right_to_left_in_every_paragraph() {
        let project = generated_arabic_project(50_000, 100, 7);
        assert_eq!(validate(&project), vec![]);
        assert_eq!(project.claims.len(), 100);
        assert!(project.article.text.len().abs_diff(50_000) < 200);
        assert!(
            project
                .article
                .text
                .lines()
                .all(crate::model::bidi::starts_rtl)
        );
    }
}
