//! A message not yet worded: a catalog id and its arguments, which the core
//! returns where it has something to tell the user (an import's notes, an
//! undo step's name, what a Sync brought in) and the window words in its
//! language. `Display` words it in English, for the command line, so the
//! English catalog is the one place its English is written.
//!
//! An argument is a text (a title, a name: never translated), a number
//! (given to Fluent as a number, so plurals and the language's number
//! formatting apply), another message (worded in the same language first),
//! or a list of values joined as the language joins lists (`list.ftl`), on
//! one line or one item a line.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Arg, Catalog, Lang};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: Cow<'static, str>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(Cow<'static, str>, Value)>,
}

/// One argument of a [`Message`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Value {
    Text(String),
    Number(i64),
    Message(Box<Message>),
    /// "#3, #5 and #7": the language's "and" list.
    And(Vec<Value>),
    /// "approved #3, commented on #5": items after one another, no "and".
    Comma(Vec<Value>),
    /// "Ben approved #3; Cleo commented on #5": items that are sentences.
    Sentences(Vec<Value>),
    /// Items one a line, each after the language's bullet (a load's
    /// problems): the message puts the first bullet before the argument.
    Lines(Vec<Value>),
}

impl Message {
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Self {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// With one more argument: `Message::new("pdf-pages").arg("count", 3)`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Value>) -> Self {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    /// The argument `name`, if the message has it (for tests and callers
    /// that look into a note).
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.args.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        Catalog::get(lang).message(self)
    }
}

impl fmt::Display for Message {
    /// The message in English: what the command line prints.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl Catalog {
    /// `message` worded in this catalog's language, its message arguments
    /// and lists worded first.
    pub fn message(&self, message: &Message) -> String {
        let args: Vec<(&str, Arg<'_>)> = message
            .args
            .iter()
            .map(|(name, value)| (name.as_ref(), self.value(value)))
            .collect();
        self.format(&message.id, &args)
    }

    /// A value on its own: a text as it is, a number as the language
    /// writes numbers, a message or a list worded.
    pub fn value_text(&self, value: &Value) -> String {
        match self.value(value) {
            fluent_bundle::FluentValue::String(s) => s.into_owned(),
            number => self.format("list-item", &[("item", number)]),
        }
    }

    fn value(&self, value: &Value) -> Arg<'static> {
        match value {
            Value::Text(s) => s.clone().into(),
            Value::Number(n) => (*n).into(),
            Value::Message(m) => self.message(m).into(),
            Value::And(items) => self.join(items, "list-comma", "list-and").into(),
            Value::Comma(items) => self.join(items, "list-comma", "list-comma").into(),
            Value::Sentences(items) => self.join(items, "list-sentences", "list-sentences").into(),
            Value::Lines(items) => self.join(items, "list-lines", "list-lines").into(),
        }
    }

    /// Items joined two by two: `between` (`list-comma`) between all but
    /// the last two, `last` (`list-and`) before the last.
    fn join(&self, items: &[Value], between: &str, last: &str) -> String {
        let text = |v: &Value| self.value_text(v);
        let Some((tail, head)) = items.split_last() else {
            return String::new();
        };
        let head = head
            .iter()
            .map(text)
            .reduce(|a, b| self.format(between, &[("head", a.into()), ("tail", b.into())]));
        match head {
            None => text(tail),
            Some(head) => self.format(last, &[("head", head.into()), ("tail", text(tail).into())]),
        }
    }
}

impl Value {
    /// The value in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        Catalog::get(lang).value_text(self)
    }
}

impl fmt::Display for Value {
    /// The value in English: what the command line prints.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// A message with no arguments, by its id: `git.run("git-doing-fetch", …)`.
impl From<&'static str> for Message {
    fn from(id: &'static str) -> Self {
        Self::new(id)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Self::Text(s.to_owned())
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Self::Text(s.clone())
    }
}

impl From<Message> for Value {
    fn from(m: Message) -> Self {
        Self::Message(Box::new(m))
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Self {
                Self::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}

numbers!(usize, u64, u32, i64, i32);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_joined_as_english_joins_them() {
        let n = |k: usize| Value::Text(format!("#{k}"));
        let list = |k: usize| Value::And((1..=k).map(n).collect());
        let en = Catalog::get(Lang::En);
        let join = |v: &Value| en.value_text(v);
        assert_eq!(join(&list(0)), "");
        assert_eq!(join(&list(1)), "#1");
        assert_eq!(join(&list(2)), "#1 and #2");
        assert_eq!(join(&list(3)), "#1, #2 and #3");
        assert_eq!(
            join(&Value::Sentences(vec!["a".into(), "b".into(), "c".into()])),
            "a; b; c"
        );
        assert_eq!(join(&Value::And(vec![1.into(), 2.into()])), "1 and 2");
    }

    #[test]
    fn a_message_survives_a_round_trip_through_json() {
        let m = Message::new("note-pdf-pages")
            .arg("count", 3)
            .arg("format", Message::new("article-format-pdf"));
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(serde_json::from_str::<Message>(&json).unwrap(), m);
        assert_eq!(m.get("count"), Some(&Value::Number(3)));
    }
}
