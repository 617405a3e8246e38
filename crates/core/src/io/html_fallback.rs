//! When the reader view keeps too little of a page. Readability picks one
//! top-scoring container and joins its well-scoring siblings; on pages whose
//! article is cut into many separately wrapped blocks (for ad slots, paywall
//! meters, "read next" boxes) it keeps only the intro. The rule:
//!
//! - the extraction is *short* when it holds under a quarter of the page's
//!   visible words **and** the page has at least twice as many words in prose
//!   lines (lines of [`PROSE_LINE_WORDS`] words or more: sentences, not menus)
//!   as were kept, so a page that is mostly menus and link lists never counts;
//! - a short extraction is retried with a looser selection: the smallest
//!   element holding most of the page's `<p>` text, outside comments, related
//!   links, navigation and footers, widened to an enclosing `articleBody`,
//!   `<article>` or `<main>`;
//! - the looser selection may only *extend* the reader view's text, never
//!   replace it with something else: it is used only when it holds
//!   [`CONTAINED`] of the reader view's text (4-word shingles), it is cut to
//!   start at the reader view's first paragraph (a video player's menu or a
//!   teaser above the article stays out), and what remains holds
//!   [`BETTER_BY`] times the reader view's words *in prose lines* (menus and
//!   lists do not count). A list of other stories in a container of its
//!   own holds none of the reader view's text and is never used;
//! - the extension ends with the story: at the first heading after the
//!   reader view's last paragraph that is a teaser (mostly a link to
//!   another page, or inside one: a list of article cards) or names a list
//!   of other stories ("More from …", "Related", "Most read"), and a heading
//!   left at its end goes too. Other stories that follow the article inside
//!   the same `<main>` stay out;
//! - if the result is still short, the user is told how much was kept and
//!   may keep the page's whole visible text instead.
//!
//! The thresholds were chosen on the fixtures in `tests/fixtures/intake/`
//! (BENCHMARKS.md, "Web-page intake quality"), not on the benchmark pages.

use std::collections::{HashMap, HashSet};

use dom_query::{Document, NodeId, NodeRef};

use crate::i18n::Message;

/// Under this share of the page's visible words, an extraction is suspect.
pub const SHORT_FRACTION: f64 = 0.25;
/// A line of the page's text with this many words is prose, not a menu item.
pub const PROSE_LINE_WORDS: usize = 12;
/// The looser selection's container holds at least this share of the `<p>` words.
const BLOCK_SHARE: f64 = 0.8;
/// The looser selection replaces Readability's only when it has this many
/// times its words in prose lines.
pub const BETTER_BY: f64 = 1.5;
/// The looser selection must hold this share of the reader view's 4-word
/// shingles: it extends the reader view's article rather than being another
/// part of the page. Below 1 because the looser selection leaves out what
/// the reader view may keep (figure captions, a byline line).
pub const CONTAINED: f64 = 0.8;
/// Words in a shingle, for [`CONTAINED`].
const SHINGLE: usize = 4;

/// Elements that are never the page's visible text.
const INVISIBLE: &str = "head, script, style, noscript, template, svg, iframe, object, \
    [hidden], [aria-hidden=\"true\"], [style*=\"display:none\"], [style*=\"display: none\"]";

/// Containers that are not the article, for the looser selection.
const CHROME: &str = "nav, header, footer, aside, form, figure, button, menu";

/// Class or id words that name comments, related links and other chrome.
const CHROME_WORDS: [&str; 31] = [
    "comment",
    "comments",
    "disqus",
    "reactions",
    "replies",
    "conversation",
    "discussion",
    "related",
    "recommended",
    "recommendations",
    "promo",
    "newsletter",
    "subscribe",
    "signup",
    "sidebar",
    "nav",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "crumbs",
    "footer",
    "masthead",
    "share",
    "sharing",
    "social",
    "trending",
    "popular",
    "outbrain",
    "taboola",
    "cookie",
];

/// An extraction that kept a small part of the page, with the page's whole
/// visible text for the user to keep instead.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ShortExtraction {
    pub kept_words: usize,
    pub page_words: usize,
    /// The text not in use: the whole page's while the extraction is kept,
    /// the extraction's once the whole page is.
    pub other_text: String,
    /// Whether the article now holds the whole page text.
    pub whole_page_in_use: bool,
}

impl ShortExtraction {
    /// The id of the note on a second look (see [`Self::second_look_note`]).
    pub const SECOND_LOOK_NOTE: &str = SECOND_LOOK_NOTE;

    /// What to do after a second look, said by `claimdesk new` and the open preview alike.
    pub const SECOND_LOOK_ADVICE: &str = "Check the article's first and last paragraphs";

    /// The import note saying that the second look replaced the reader
    /// view's text, if it did ("The reader view kept only 110 of …"), for
    /// `claimdesk new` and the open preview to tell the user plainly.
    pub fn second_look_note(notes: &[Message]) -> Option<&Message> {
        notes.iter().find(|n| n.id == SECOND_LOOK_NOTE)
    }

    /// "Only 110 of 1,540 words were kept as the article", in English.
    pub fn message(&self) -> String {
        self.words().to_string()
    }

    /// [`Self::message`] for the window to word in its language.
    pub fn words(&self) -> Message {
        Message::new("note-short-extraction")
            .arg("kept", self.kept_words)
            .arg("page", self.page_words)
    }
}

/// What the second look at a page decided.
pub struct SecondLook {
    /// The article's text, one paragraph per line.
    pub text: String,
    pub short: Option<ShortExtraction>,
    /// The reader view's own text, when the second look extended it (for
    /// `claimdesk new --reader-view`).
    pub reader_text: Option<String>,
}

/// Applies the rule at the top of this file to Readability's `readable`
/// text. `doc` is a fresh parse of the page (it is changed); `paragraphs`
/// turns formatted text into one trimmed paragraph per line.
pub fn second_look(
    doc: &Document,
    readable: String,
    paragraphs: impl Fn(&str) -> String,
    notes: &mut Vec<Message>,
) -> SecondLook {
    let page = page_text(doc, &paragraphs);
    let mut text = readable;
    let mut reader_text = None;
    let kept = word_count(&text);
    if page.is_short(kept) {
        let block = largest_paragraph_block(doc).map(|lines| {
            lines
                .into_iter()
                .map(|l| BlockLine {
                    text: paragraphs(&l.text),
                    ..l
                })
                .filter(|l| !l.text.is_empty())
                .collect::<Vec<_>>()
        });
        if let Some(extended) = block.and_then(|b| extension_of(&text, &b)) {
            let found = word_count(&extended);
            let prose = prose_words(&extended);
            if found > kept && prose as f64 >= kept as f64 * BETTER_BY {
                notes.push(
                    Message::new(SECOND_LOOK_NOTE)
                        .arg("kept", kept)
                        .arg("page", page.words)
                        .arg("found", found),
                );
                reader_text = Some(std::mem::replace(&mut text, extended));
            }
        }
    }
    let kept = word_count(&text);
    let short = page.is_short(kept).then_some(ShortExtraction {
        kept_words: kept,
        page_words: page.words,
        other_text: page.text,
        whole_page_in_use: false,
    });
    SecondLook {
        text,
        short,
        reader_text,
    }
}

/// The note on a second look ("The reader view kept only 110 of the page's
/// 1,540 words: …"), by its id.
pub const SECOND_LOOK_NOTE: &str = "note-second-look";

/// Words in lines of [`PROSE_LINE_WORDS`] or more.
fn prose_words(text: &str) -> usize {
    text.lines()
        .map(word_count)
        .filter(|&n| n >= PROSE_LINE_WORDS)
        .sum()
}

/// Lowercase runs of letters and digits.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn shingles(tokens: &[String]) -> HashSet<&[String]> {
    if tokens.len() < SHINGLE {
        return std::iter::once(tokens).filter(|t| !t.is_empty()).collect();
    }
    tokens.windows(SHINGLE).collect()
}

/// One line of the looser selection: a paragraph, heading or list item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockLine {
    pub text: String,
    pub heading: bool,
    /// A heading that starts something other than the story: a teaser
    /// (mostly a link to another page) or a list's title ("More from …").
    pub ends_story: bool,
}

/// The looser selection `block` as an extension of the reader view's text
/// `readable`: cut to start at the first line that is the reader view's and
/// to end with the story (at the first heading after the reader view's last
/// line that [`BlockLine::ends_story`], less the headings left at its end),
/// and only if it then holds [`CONTAINED`] of the reader view's shingles.
/// `None` when the block is another part of the page.
pub fn extension_of(readable: &str, block: &[BlockLine]) -> Option<String> {
    let read_tokens = tokens(readable);
    let read = shingles(&read_tokens);
    if read.is_empty() {
        return None;
    }
    // A line of at least a shingle's length that is mostly the reader view's text.
    let is_readers = |line: &BlockLine| {
        let t = tokens(&line.text);
        if t.len() < SHINGLE {
            return false;
        }
        let own = shingles(&t);
        let shared = own.iter().filter(|s| read.contains(*s)).count();
        shared * 2 >= own.len()
    };
    let start = block.iter().position(is_readers)?;
    let last_readers = block.iter().rposition(is_readers).unwrap_or(start);
    // Teasers the reader view's own span holds (a "Read more" card between
    // its paragraphs) are dropped; the first after it ends the story.
    let end = block[last_readers..]
        .iter()
        .position(|l| l.ends_story)
        .map_or(block.len(), |i| last_readers + i);
    let mut story: Vec<&BlockLine> = block[start..end].iter().filter(|l| !l.ends_story).collect();
    while story.last().is_some_and(|l| l.heading) {
        story.pop();
    }
    let kept = story
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let kept_tokens = tokens(&kept);
    let held = shingles(&kept_tokens);
    let shared = read.iter().filter(|s| held.contains(*s)).count();
    (shared as f64 >= read.len() as f64 * CONTAINED).then_some(kept)
}

/// The page's visible text, one block per line, and how much of it is prose.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageText {
    pub text: String,
    pub words: usize,
    pub prose_words: usize,
}

impl PageText {
    /// Whether an extraction of `kept` words is a small part of this page (the rule above).
    pub fn is_short(&self, kept: usize) -> bool {
        (kept as f64) < self.words as f64 * SHORT_FRACTION && self.prose_words >= 2 * kept
    }
}

/// Words, counting each CJK character as one (those scripts put no spaces between words).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .map(|token| token.chars().filter(|&c| is_cjk(c)).count().max(1))
        .sum()
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// The body's visible text (scripts, styles and hidden elements left out).
/// `doc` is changed: parse a copy of the page for it.
pub fn page_text(doc: &Document, paragraphs: impl Fn(&str) -> String) -> PageText {
    if let Some(hidden) = doc.try_select(INVISIBLE) {
        hidden.remove();
    }
    let text = doc
        .try_select("body")
        .and_then(|b| b.nodes().first().map(|n| paragraphs(&n.formatted_text())))
        .unwrap_or_default();
    let (mut words, mut prose_words) = (0, 0);
    for line in text.lines() {
        let n = word_count(line);
        words += n;
        if n >= PROSE_LINE_WORDS {
            prose_words += n;
        }
    }
    PageText {
        text,
        words,
        prose_words,
    }
}

/// The looser selection: the paragraphs, headings and list items of the
/// smallest element holding [`BLOCK_SHARE`] of the page's `<p>` words, one per
/// line. `doc` is changed (chrome removed): use the copy `page_text` cleaned.
pub fn largest_paragraph_block(doc: &Document) -> Option<Vec<BlockLine>> {
    remove_chrome(doc);
    let paragraphs = doc.try_select("body p")?;
    let mut held: HashMap<NodeId, usize> = HashMap::new();
    let mut depth: HashMap<NodeId, usize> = HashMap::new();
    let mut total = 0;
    for p in paragraphs.nodes() {
        let words = prose_words_of(p);
        if words == 0 {
            continue;
        }
        total += words;
        let ancestors = p.ancestors(None);
        for (i, a) in ancestors.iter().enumerate() {
            *held.entry(a.id).or_default() += words;
            depth.insert(a.id, ancestors.len() - i);
        }
    }
    if total == 0 {
        return None;
    }
    let need = (total as f64 * BLOCK_SHARE).ceil() as usize;
    let (&root_id, _) = held
        .iter()
        .filter(|&(_, &w)| w >= need)
        .max_by_key(|&(id, _)| depth.get(id).copied().unwrap_or(0))?;
    let root = NodeRef::new(root_id, &doc.tree);
    let root = root
        .ancestors(None)
        .into_iter()
        .find(|a| a.is("[itemprop=articleBody], article, main, [role=main]"))
        .filter(|a| !a.is("html, body"))
        .unwrap_or(root);
    let lines = block_lines(&root);
    (!lines.is_empty()).then_some(lines)
}

/// Words of a paragraph that is not mostly link text (a list of links in `<p>`s).
fn prose_words_of(p: &NodeRef) -> usize {
    let words = word_count(&p.text());
    let linked: usize = descendants_named(p, &["a"])
        .map(|a| word_count(&a.text()))
        .sum();
    if linked * 2 > words { 0 } else { words }
}

/// Removes navigation, footers, comments, related links and the like, but
/// never a container of the headline or the article (a page wrapper whose
/// class says "with-sidebar").
fn remove_chrome(doc: &Document) {
    // The headline's and the article's ancestors, found once, so each check is a lookup.
    let mut keep: HashSet<NodeId> = HashSet::new();
    if let Some(marks) = doc.try_select("h1, article, main, [itemprop=articleBody]") {
        for mark in marks.nodes() {
            keep.insert(mark.id);
            keep.extend(mark.ancestors(None).iter().map(|a| a.id));
        }
    }
    if let Some(chrome) = doc.try_select(CHROME) {
        for node in chrome.nodes() {
            if !keep.contains(&node.id) {
                node.remove_from_parent();
            }
        }
    }
    let Some(all) = doc.try_select("body [class], body [id]") else {
        return;
    };
    for node in all.nodes() {
        let names = format!(
            "{} {}",
            node.attr("class").unwrap_or_default(),
            node.attr("id").unwrap_or_default()
        )
        .to_ascii_lowercase();
        let is_chrome = names
            .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .any(|w| CHROME_WORDS.contains(&w));
        if is_chrome && !keep.contains(&node.id) {
            node.remove_from_parent();
        }
    }
}

/// Element descendants of `node` with one of these tag names, in document order.
fn descendants_named<'a>(
    node: &NodeRef<'a>,
    names: &'static [&'static str],
) -> impl Iterator<Item = NodeRef<'a>> {
    node.descendants_it()
        .filter(move |d| d.is_element() && names.iter().any(|n| d.has_name(n)))
}

const BLOCKS: &str = "p, h2, h3, h4, h5, h6, li, pre, blockquote";
const HEADINGS: &str = "h2, h3, h4, h5, h6";

/// How the titles of lists of other stories start (lowercase).
const OTHER_STORIES: [&str; 19] = [
    "more from",
    "more stories",
    "more news",
    "more on this",
    "related",
    "read more",
    "read next",
    "most read",
    "most popular",
    "popular",
    "trending",
    "recommended",
    "you may also like",
    "you might also like",
    "top stories",
    "latest news",
    "latest stories",
    "also on",
    "don't miss",
];

/// Whether a heading starts something other than the story: it is inside a
/// link to another page (an article card), or mostly such a link's text (a
/// teaser's headline), or a list's title ("More from …").
fn ends_story(heading: &NodeRef, root: &NodeRef, line: &str) -> bool {
    let away = |a: &NodeRef| {
        a.has_name("a")
            && a.attr("href")
                .is_some_and(|h| !h.trim().is_empty() && !h.trim_start().starts_with('#'))
    };
    let in_link = heading
        .ancestors_it(None)
        .take_while(|a| a.id != root.id)
        .any(|a| away(&a));
    let words = word_count(line);
    let linked: usize = descendants_named(heading, &["a"])
        .filter(away)
        .map(|a| word_count(&a.text()))
        .sum();
    // A list's title is short: "Popular anger grows over the closures" is a subheading.
    let lower = line.to_lowercase();
    let names_list = words <= 6 && OTHER_STORIES.iter().any(|s| lower.starts_with(s));
    in_link || linked * 2 > words || names_list
}

/// One line per block under `root`, in document order; a block inside one
/// already taken (a `<p>` in a `<blockquote>`) is not repeated.
fn block_lines(root: &NodeRef) -> Vec<BlockLine> {
    let mut lines: Vec<BlockLine> = Vec::new();
    let mut taken: Vec<NodeId> = Vec::new();
    for node in root.descendants_it() {
        if !node.is_element() || !node.is(BLOCKS) {
            continue;
        }
        let inside_taken = node
            .ancestors_it(None)
            .take_while(|a| a.id != root.id)
            .any(|a| taken.contains(&a.id));
        if inside_taken {
            continue;
        }
        // A container of other blocks gives its lines through them.
        if node.is("blockquote, li") && descendants_named(&node, &["p"]).next().is_some() {
            continue;
        }
        if node.is("li") && prose_words_of(&node) == 0 {
            continue;
        }
        // The byline is the article's metadata, not its text (Readability drops it too).
        if node.is("[class*=byline], [itemprop=author]") {
            continue;
        }
        let line = node.text().split_whitespace().collect::<Vec<_>>().join(" ");
        if !line.is_empty() {
            taken.push(node.id);
            let heading = node.is(HEADINGS);
            lines.push(BlockLine {
                ends_story: heading && ends_story(&node, root, &line),
                heading,
                text: line,
            });
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> String {
        s.lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Paragraph lines, none a heading.
    fn lines(text: &str) -> Vec<BlockLine> {
        text.lines()
            .map(|l| BlockLine {
                text: l.to_owned(),
                heading: false,
                ends_story: false,
            })
            .collect()
    }

    fn text_of(block: &[BlockLine]) -> String {
        block
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_block_may_only_extend_the_reader_views_text() {
        let intro = "The council voted on Tuesday to close four of its recycling centres.\nOpposition councillors said the savings were overstated by a wide margin.";
        let rest = "The remaining centres will open longer hours on weekends from April onwards.";
        // A menu above the article is cut off; the article is extended.
        let block = format!("Font family\nArial\n100% (opaque)\n{intro}\n{rest}");
        assert_eq!(
            extension_of(intro, &lines(&block)),
            Some(format!("{intro}\n{rest}"))
        );
        // Another part of the page (other stories) is never a replacement.
        let others = "Lifeboat crew rescue walkers cut off by the tide at the cove on Sunday.\nFerry operator warns of winter timetable cuts on the river this year.";
        assert_eq!(extension_of(intro, &lines(others)), None);
        // Holding the first paragraph only is not enough.
        let first = intro.lines().next().unwrap();
        assert_eq!(
            extension_of(intro, &lines(&format!("{first}\n{rest}"))),
            None
        );
    }

    #[test]
    fn the_extension_ends_with_the_story() {
        let para = "This sentence is long enough to count as prose in a paragraph of news";
        let other = "Elsewhere a different event was reported by another writer on another day";
        let mut html = String::from("<body><main><article><h1>H</h1>");
        for i in 0..4 {
            html.push_str(&format!("<p>{para} {i}.</p>"));
            if i == 0 {
                // A teaser inside the reader view's part of the story.
                html.push_str("<h3><a href=/other>Another story entirely</a></h3>");
            }
        }
        html.push_str(&format!("<h2>Background</h2><p>{para} 4.</p>"));
        html.push_str(&format!(
            "<h2>What happens next</h2><p>{para} 5.</p></article>"
        ));
        // Other stories after it: a list's title, headline links, cards.
        html.push_str("<h2>Elsewhere today</h2>");
        for i in 0..3 {
            html.push_str(&format!(
                "<div><h3><a href=/n{i}>Headline {i}</a></h3><p>{other} teaser {i}.</p></div>\
                 <a href=/c{i}><h3>Card {i}</h3></a><p>{other} card {i}.</p>"
            ));
        }
        html.push_str(&format!(
            "<h2>More from the Courier</h2><p>{other} more.</p></main></body>"
        ));
        let block = largest_paragraph_block(&Document::from(html.as_str())).unwrap();
        let ends: Vec<&str> = block
            .iter()
            .filter(|l| l.ends_story)
            .map(|l| l.text.as_str())
            .collect();
        assert_eq!(
            ends,
            [
                "Another story entirely",
                "Headline 0",
                "Card 0",
                "Headline 1",
                "Card 1",
                "Headline 2",
                "Card 2",
                "More from the Courier"
            ]
        );
        let story: Vec<String> = (0..6).map(|i| format!("{para} {i}.")).collect();
        // The reader view kept the first two paragraphs: the rest of the story is added.
        let extended = extension_of(&story[..2].join("\n"), &block).unwrap();
        assert_eq!(
            extended,
            format!(
                "{}\n{}\n{}\n{}\nBackground\n{}\nWhat happens next\n{}",
                story[0], story[1], story[2], story[3], story[4], story[5]
            )
        );
        // Without the teaser marks, the other stories were added too (the old rule).
        let unmarked: Vec<BlockLine> = block
            .iter()
            .map(|l| BlockLine {
                ends_story: false,
                ..l.clone()
            })
            .collect();
        let all = extension_of(&story[..2].join("\n"), &unmarked).unwrap();
        assert!(all.contains("teaser 2") && all.contains("card 2"), "{all}");
        assert!(text_of(&block).contains("Elsewhere today"));
    }

    #[test]
    fn words_count_cjk_characters() {
        assert_eq!(word_count("one two  three"), 3);
        assert_eq!(word_count("東京都 said"), 4);
    }

    #[test]
    fn shortness_needs_prose_elsewhere() {
        let page = PageText {
            text: String::new(),
            words: 1000,
            prose_words: 800,
        };
        assert!(page.is_short(100));
        assert!(!page.is_short(300));
        let menus = PageText {
            prose_words: 150,
            ..page
        };
        assert!(!menus.is_short(100));
    }

    #[test]
    fn visible_text_leaves_out_scripts_and_hidden_elements() {
        let doc = Document::from(
            "<html><head><title>T</title></head><body><p>Seen here.</p>\
             <script>var hidden = 1;</script><div hidden>Not seen.</div>\
             <div style=\"display:none\">Nor this.</div><ul><li>Menu</li></ul></body></html>",
        );
        let page = page_text(&doc, plain);
        assert_eq!(page.text, "Seen here.\nMenu");
        assert_eq!(page.words, 3);
    }

    #[test]
    fn the_block_is_found_across_wrappers_and_without_comments() {
        let para = "This sentence is long enough to count as prose in a paragraph of news.";
        let mut html = String::from("<body><div id=page><h1>H</h1><div class=intro>");
        html.push_str(&format!("<p>{para} One.</p></div>"));
        for i in 0..6 {
            html.push_str(&format!(
                "<div class=b{i}><div><p>{para} {i}.</p></div></div>"
            ));
        }
        html.push_str("<ul class=related><li><a href=x>Other story with a long linked title here</a></li></ul></div>");
        html.push_str("<div id=comments>");
        for _ in 0..10 {
            html.push_str(&format!("<div class=c><p>{para} Comment.</p></div>"));
        }
        html.push_str("</div></body>");
        let text = text_of(&largest_paragraph_block(&Document::from(html.as_str())).unwrap());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 7, "{text}");
        assert!(lines[0].ends_with("One."));
        assert!(lines[6].ends_with(" 5."));
        assert!(!text.contains("Comment") && !text.contains("Other story"));
    }
}
