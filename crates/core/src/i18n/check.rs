//! Whether a language's catalogs match English: every English message there,
//! with the same variables, and nothing English lacks. The catalog tests run
//! it on every language; a translator can run them after each file.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::files;

/// A message's id (attributes as `id.attr`) and the variables it uses.
pub type Messages = BTreeMap<String, BTreeSet<String>>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A file that does not parse (the line and Fluent's error).
    Syntax { file: String, error: String },
    /// English has the message, this language has not.
    Missing { id: String },
    /// This language has a message English has not (a typo, or a removed id).
    Extra { id: String },
    /// The message uses other variables than English does.
    Variables {
        id: String,
        english: BTreeSet<String>,
        here: BTreeSet<String>,
    },
    /// A message defined twice in the language's files.
    Duplicate { id: String },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Syntax { file, error } => write!(f, "{file}: {error}"),
            Problem::Missing { id } => write!(f, "missing: {id}"),
            Problem::Extra { id } => write!(f, "not in English: {id}"),
            Problem::Variables { id, english, here } => {
                write!(f, "{id}: variables {here:?}, English has {english:?}")
            }
            Problem::Duplicate { id } => write!(f, "defined twice: {id}"),
        }
    }
}

/// The messages of a language's files (by code), and the problems found
/// reading them (syntax errors, duplicates).
pub fn messages(code: &str) -> (Messages, Vec<Problem>) {
    let mut out = Messages::new();
    let mut problems = Vec::new();
    for file in files::of(code) {
        let name = format!("{}/{}.ftl", file.lang, file.area);
        let (messages, found) = parse(&name, file.source);
        problems.extend(found);
        for (id, vars) in messages {
            if out.insert(id.clone(), vars).is_some() {
                problems.push(Problem::Duplicate { id });
            }
        }
    }
    (out, problems)
}

/// The messages of one Fluent source (`name` for its errors).
pub fn parse(name: &str, source: &str) -> (Messages, Vec<Problem>) {
    let mut out = Messages::new();
    let mut problems = Vec::new();
    let resource = match parser::parse(source) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let line = source[..e.pos.start.min(source.len())]
                    .matches('\n')
                    .count()
                    + 1;
                problems.push(Problem::Syntax {
                    file: name.to_owned(),
                    error: format!("line {line}: {:?}", e.kind),
                });
            }
            r
        }
    };
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_owned();
        let mut vars = BTreeSet::new();
        if let Some(value) = &message.value {
            pattern_variables(value, &mut vars);
        }
        for attribute in &message.attributes {
            let mut attr_vars = BTreeSet::new();
            pattern_variables(&attribute.value, &mut attr_vars);
            let attr_id = format!("{id}.{}", attribute.id.name);
            if out.insert(attr_id.clone(), attr_vars).is_some() {
                problems.push(Problem::Duplicate { id: attr_id });
            }
        }
        if out.insert(id.clone(), vars).is_some() {
            problems.push(Problem::Duplicate { id });
        }
    }
    (out, problems)
}

/// Everything wrong with a language (by code) against English.
pub fn problems(code: &str) -> Vec<Problem> {
    let (english, _) = messages("en");
    let (here, mut problems) = messages(code);
    problems.extend(compare(&english, &here));
    problems
}

/// What `here` lacks of `english`, has beyond it, or words with other variables.
pub fn compare(english: &Messages, here: &Messages) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (id, vars) in english {
        match here.get(id) {
            None => problems.push(Problem::Missing { id: id.clone() }),
            Some(h) if h != vars => problems.push(Problem::Variables {
                id: id.clone(),
                english: vars.clone(),
                here: h.clone(),
            }),
            Some(_) => {}
        }
    }
    for id in here.keys().filter(|id| !english.contains_key(*id)) {
        problems.push(Problem::Extra { id: id.clone() });
    }
    problems
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    let arguments = match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
            return;
        }
        InlineExpression::Placeable { expression } => {
            expression_variables(expression, out);
            return;
        }
        InlineExpression::FunctionReference { arguments, .. } => arguments,
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => arguments,
        _ => return,
    };
    for arg in &arguments.positional {
        inline_variables(arg, out);
    }
    for named in &arguments.named {
        inline_variables(&named.value, out);
    }
}
