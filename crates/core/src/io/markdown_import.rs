//! Markdown to readable text: a fact-checker quotes what readers see, so the
//! markup goes (headings, lists, emphasis, links become their text) and each
//! block becomes one line of the article.

use pulldown_cmark::{Event, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use super::article_file::{ImportError, article_from_text};
use super::byline::read_byline_line;
use crate::i18n::Message;
use crate::model::Article;

/// Reads Markdown as an article. The title comes from YAML front matter
/// (`title:`) or else the first heading; `author:` and `date:` are read too.
/// A headline that opens the article and is its title is not repeated as
/// its first paragraph, and a byline line near the top ("By Jane Doe · The
/// Gazette · 3 December 2026") gives the author, outlet and date and is left
/// out of the text, as a web page's byline is. Both happen before the text
/// exists, so every offset into the article is into the text as kept.
pub fn article_from_markdown(
    markdown: &str,
    notes: &mut Vec<Message>,
) -> Result<Article, ImportError> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut out = Lines::default();
    for event in Parser::new_ext(markdown, options) {
        out.event(event);
    }
    out.flush();
    if out.dropped_html {
        notes.push(Message::new("note-markdown-html"));
    }
    let front = FrontMatter::parse(&out.front_matter);
    let title = front
        .title
        .clone()
        .or(out.first_heading.clone())
        .unwrap_or_default();
    let mut lines = std::mem::take(&mut out.lines);
    // The headline as the first line, when it is the title: said once, as the title.
    if lines.len() > 1
        && lines[0].1 == Kind::Heading
        && !title.is_empty()
        && same_words(&lines[0].0, &title)
    {
        lines.remove(0);
    }
    let byline = lines
        .iter()
        .take(BYLINE_WITHIN)
        .position(|(line, kind)| *kind == Kind::Paragraph && read_byline_line(line).is_some())
        .filter(|_| lines.len() > 1);
    let byline = byline.map(|i| {
        let (line, _) = lines.remove(i);
        // The values read are in the preview's rows: the note says where they came from.
        notes.push(Message::new("note-byline"));
        read_byline_line(&line).unwrap_or_default()
    });
    let text = lines
        .into_iter()
        .map(|(l, _)| l)
        .collect::<Vec<_>>()
        .join("\n");
    let mut article = article_from_text(&text)?;
    let byline = byline.unwrap_or_default();
    let meta = &mut article.meta;
    meta.title = title;
    meta.author = front.author.or(byline.author).unwrap_or_default();
    meta.outlet = front.outlet.or(byline.outlet).unwrap_or_default();
    meta.date_published = front
        .date
        .and_then(|d| super::html_meta::iso_date(&d))
        .or(byline.date)
        .unwrap_or_default();
    Ok(Article::new(article.meta, article.text))
}

/// How many lines from the top (after the headline) a byline is looked for in.
const BYLINE_WITHIN: usize = 3;

/// The same text but for case, spacing and emphasis left by the markup.
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(|w| w.to_lowercase())
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// What kind of block a line of the text came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Kind {
    Heading,
    /// A paragraph of its own (not in a list or a quote).
    Paragraph,
    #[default]
    Other,
}

#[derive(Default)]
struct Lines {
    lines: Vec<(String, Kind)>,
    current: String,
    /// The block the current line belongs to.
    kind: Kind,
    quotes: usize,
    /// A list marker waiting for the item's first text ("• ", "2. ").
    marker: String,
    /// Next number of each open list; `None` for bulleted lists.
    lists: Vec<Option<u64>>,
    in_code_block: bool,
    in_image: usize,
    in_metadata: bool,
    front_matter: String,
    heading: Option<String>,
    first_heading: Option<String>,
    dropped_html: bool,
}

impl Lines {
    fn flush(&mut self) {
        let line = self.current.trim_end();
        if !line.trim().is_empty() {
            self.lines.push((line.to_owned(), self.kind));
        }
        self.current.clear();
        self.kind = Kind::Other;
    }

    fn text(&mut self, s: &str) {
        if self.in_image > 0 {
            return;
        }
        // A line does not start with the space left by something dropped (an image).
        let s = if self.current.is_empty() && !self.in_code_block {
            s.trim_start()
        } else {
            s
        };
        if s.is_empty() {
            return;
        }
        if self.current.is_empty() {
            self.current = std::mem::take(&mut self.marker);
        }
        self.current.push_str(s);
        if let Some(h) = &mut self.heading {
            h.push_str(s);
        }
    }

    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) if self.in_metadata => self.front_matter.push_str(&t),
            Event::Text(t) if self.in_code_block => {
                // Code keeps its lines: each is a line of the article.
                for (i, line) in t.split('\n').enumerate() {
                    if i > 0 {
                        self.flush();
                    }
                    self.text(line);
                }
            }
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                self.text(&t);
            }
            Event::SoftBreak => self.text(" "),
            Event::HardBreak | Event::Rule => self.flush(),
            Event::Html(_) | Event::InlineHtml(_) => self.dropped_html = true,
            Event::FootnoteReference(label) => self.text(&format!("[{label}]")),
            Event::TaskListMarker(done) => self.text(if done { "[x] " } else { "[ ] " }),
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph => {
                self.flush();
                if self.lists.is_empty() && self.quotes == 0 {
                    self.kind = Kind::Paragraph;
                }
            }
            Tag::BlockQuote(_) => {
                self.flush();
                self.quotes += 1;
            }
            Tag::HtmlBlock
            | Tag::TableHead
            | Tag::TableRow
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::FootnoteDefinition(_) => self.flush(),
            Tag::Heading { .. } => {
                self.flush();
                self.kind = Kind::Heading;
                self.heading = Some(String::new());
            }
            Tag::CodeBlock(_) => {
                self.flush();
                self.in_code_block = true;
            }
            Tag::List(first) => {
                self.flush();
                self.lists.push(first);
            }
            Tag::Item => {
                self.flush();
                let depth = self.lists.len().saturating_sub(1);
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "• ".to_owned(),
                };
                self.marker = format!("{}{marker}", "  ".repeat(depth));
            }
            Tag::TableCell if !self.current.is_empty() => self.current.push_str(" | "),
            Tag::Image { .. } => self.in_image += 1,
            Tag::MetadataBlock(MetadataBlockKind::YamlStyle) => self.in_metadata = true,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quotes = self.quotes.saturating_sub(1);
            }
            TagEnd::Paragraph
            | TagEnd::HtmlBlock
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::Item
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
            | TagEnd::FootnoteDefinition => self.flush(),
            TagEnd::Heading(_) => {
                self.flush();
                let heading = self.heading.take().map(|h| h.trim().to_owned());
                if self.first_heading.is_none() {
                    self.first_heading = heading.filter(|h| !h.is_empty());
                }
            }
            TagEnd::CodeBlock => {
                self.flush();
                self.in_code_block = false;
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
                self.marker.clear();
            }
            TagEnd::Image => self.in_image = self.in_image.saturating_sub(1),
            TagEnd::MetadataBlock(_) => self.in_metadata = false,
            _ => {}
        }
    }
}

/// The few front-matter keys an article's metadata has room for.
#[derive(Default)]
struct FrontMatter {
    title: Option<String>,
    author: Option<String>,
    outlet: Option<String>,
    date: Option<String>,
}

impl FrontMatter {
    fn parse(yaml: &str) -> Self {
        let mut front = Self::default();
        for line in yaml.lines() {
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
            if value.is_empty() {
                continue;
            }
            let slot = match key.trim().to_ascii_lowercase().as_str() {
                "title" => &mut front.title,
                "author" => &mut front.author,
                "outlet" | "publisher" | "site" | "site_name" => &mut front.outlet,
                "date" => &mut front.date,
                _ => continue,
            };
            slot.get_or_insert_with(|| value.to_owned());
        }
        front
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(md: &str) -> (Article, Vec<String>) {
        let mut notes = Vec::new();
        let article = article_from_markdown(md, &mut notes).unwrap();
        (article, notes.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn markup_becomes_readable_lines() {
        let md = "# Budget *row* deepens\n\nThe minister said the deficit \
                  was **£12bn**, see [the report](https://example.org/r).\nIt was `not` true.\n\n\
                  - first point\n- second *point*\n  1. nested one\n  2. nested two\n\n\
                  3. third\n4. fourth\n\n> A quoted\n> paragraph.\n\n```\nlet x = 1;\nlet y = 2;\n```\n\n\
                  ![chart](c.png) Caption text.\n";
        let (article, notes) = read(md);
        assert_eq!(article.meta.title, "Budget row deepens");
        assert_eq!(
            article.text.lines().collect::<Vec<_>>(),
            [
                "The minister said the deficit was £12bn, see the report. It was not true.",
                "• first point",
                "• second point",
                "  1. nested one",
                "  2. nested two",
                "3. third",
                "4. fourth",
                "A quoted paragraph.",
                "let x = 1;",
                "let y = 2;",
                "Caption text.",
            ]
        );
        assert!(notes.is_empty());
        assert_eq!(article.sha256, crate::model::sha256_hex(&article.text));
    }

    #[test]
    fn front_matter_gives_the_metadata() {
        let md = "---\ntitle: \"Rates held\"\nauthor: Ana Ruiz\ndate: 2025-03-04T10:00:00Z\n---\n\n# Heading\n\nBody <b>bold</b>.\n";
        let (article, notes) = read(md);
        assert_eq!(article.meta.title, "Rates held");
        assert_eq!(article.meta.author, "Ana Ruiz");
        assert_eq!(article.meta.date_published, "2025-03-04");
        assert_eq!(article.text, "Heading\nBody bold.");
        assert_eq!(notes, ["HTML inside the Markdown was left out"]);
    }

    #[test]
    fn the_headline_is_the_title_once_and_the_byline_is_metadata() {
        let md = "# Council *approves* the budget\n\n*By Jane Doe · The Gazette · 3 December 2026*\n\n\
                  The council approved a £4m budget on Tuesday.\n\n## Reaction\n\nMixed.\n";
        let (article, notes) = read(md);
        assert_eq!(article.meta.title, "Council approves the budget");
        assert_eq!(article.meta.author, "Jane Doe");
        assert_eq!(article.meta.outlet, "The Gazette");
        assert_eq!(article.meta.date_published, "2026-12-03");
        assert_eq!(
            article.text,
            "The council approved a £4m budget on Tuesday.\nReaction\nMixed."
        );
        assert_eq!(
            notes,
            ["The byline was read as author, outlet and date, and left out of the text"]
        );
        // Offsets are into the text as kept: the first sentence starts at 0.
        let index = crate::model::text::TextIndex::new(&article.text);
        assert_eq!(index.slice(&article.text, 0, 11), Some("The council"));
        assert_eq!(article.sha256, crate::model::sha256_hex(&article.text));
    }

    #[test]
    fn other_byline_forms_and_what_stays_text() {
        let (a, _) = read("# Rates held\n\n*By Jane Doe, Reuters*\n\nThe bank held rates.\n");
        assert_eq!(
            (a.meta.author.as_str(), a.meta.outlet.as_str()),
            ("Jane Doe", "Reuters")
        );
        assert_eq!(a.text, "The bank held rates.");
        let (a, _) = read("# Rates held\n\nJane Doe | 2026-12-03\n\nThe bank held rates.\n");
        assert_eq!(
            (a.meta.author.as_str(), a.meta.date_published.as_str()),
            ("Jane Doe", "2026-12-03")
        );
        assert_eq!(a.text, "The bank held rates.");
        // A first paragraph that starts with "By" is text; front matter wins over a byline.
        let (a, _) = read("# Rates held\n\nBy March the bank had held rates twice.\n");
        assert_eq!(a.meta.author, "");
        assert_eq!(a.text, "By March the bank had held rates twice.");
        let (a, _) = read("---\nauthor: Ana Ruiz\n---\n# Rates held\n\nBy Jane Doe\n\nText.\n");
        assert_eq!(a.meta.author, "Ana Ruiz");
        assert_eq!(a.text, "Text.");
        // A heading alone is kept as the text; a heading that is not the title stays.
        let (a, _) = read("# Only a heading\n");
        assert_eq!(
            (a.meta.title.as_str(), a.text.as_str()),
            ("Only a heading", "Only a heading")
        );
        let (a, _) = read("---\ntitle: Other\n---\n# Standfirst\n\nText.\n");
        assert_eq!(a.text, "Standfirst\nText.");
        // A byline in a list or a quote is text.
        let (a, _) = read("# T\n\n- By Jane Doe | 2026-12-03\n\nText.\n");
        assert_eq!(a.meta.author, "");
    }
}
