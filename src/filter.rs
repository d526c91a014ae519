//! The `kinds` option of the CLI and the WebAssembly API: which kinds of span an analysis
//! keeps. One parser and one set of messages for both.

use crate::error::{Error, ErrorKind};
use crate::model::Kind;
use crate::schema::Analysis;

/// The kinds of span to keep; all four by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kinds {
    /// Whether each kind of [`Kind::ALL`] is kept, in that order.
    kept: [bool; 4],
}

impl Default for Kinds {
    fn default() -> Self {
        Kinds { kept: [true; 4] }
    }
}

/// The kinds as a user may write them, for messages.
fn spelled() -> String {
    let names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
    match names.split_last() {
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

impl Kinds {
    /// The kinds named in `names`. An unknown name or no name at all is an error that
    /// says which names there are.
    pub fn parse<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Kinds, Error> {
        let mut kept = [false; 4];
        let mut any = false;
        for name in names {
            let name = name.trim();
            let Some(k) = Kind::ALL.iter().position(|k| k.as_str() == name) else {
                return Err(Error::new(
                    ErrorKind::InvalidOption,
                    format!("unknown kind \"{name}\"; use {}", spelled()),
                ));
            };
            kept[k] = true;
            any = true;
        }
        if !any {
            return Err(Error::new(
                ErrorKind::InvalidOption,
                format!("no kind given; use one or more of {}", spelled()),
            ));
        }
        Ok(Kinds { kept })
    }

    /// The kinds of a comma-separated list (`directive,measure`).
    pub fn parse_list(list: &str) -> Result<Kinds, Error> {
        Kinds::parse(list.split(',').filter(|s| !s.trim().is_empty()))
    }

    /// Whether `kind` is kept.
    pub fn keeps(&self, kind: Kind) -> bool {
        Kind::ALL
            .iter()
            .position(|k| *k == kind)
            .is_some_and(|i| self.kept[i])
    }

    /// Empties the kinds that are not kept, and every link and summary entry into them
    /// (measures kept without their directives link none).
    pub fn apply(&self, a: &mut Analysis) {
        if !self.keeps(Kind::Directive) {
            a.directives.clear();
            a.outline.iter_mut().for_each(|o| o.directive = None);
            a.measures.iter_mut().for_each(|m| m.directive = None);
        }
        if !self.keeps(Kind::Actor) {
            a.actors.clear();
            a.directives.iter_mut().for_each(|d| {
                d.actors.clear();
                d.actors_from = None;
            });
            a.summary.responsibilities.clear();
        }
        if !self.keeps(Kind::Measure) {
            a.measures.clear();
            a.summary
                .responsibilities
                .iter_mut()
                .for_each(|r| r.measure_count = 0);
            a.summary
                .measures_by_instrument
                .values_mut()
                .for_each(Vec::clear);
        }
        if !self.keeps(Kind::Target) {
            a.targets.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_read_from_a_list_and_mistakes_say_what_exists() {
        let k = Kinds::parse_list("directive, measure").unwrap();
        assert!(k.keeps(Kind::Directive) && k.keeps(Kind::Measure) && !k.keeps(Kind::Actor));
        let e = Kinds::parse_list("directive,actors").unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidOption);
        assert_eq!(
            e.message,
            "unknown kind \"actors\"; use directive, actor, measure or target"
        );
        assert!(Kinds::parse_list(" , ")
            .unwrap_err()
            .message
            .starts_with("no kind given"));
    }

    #[test]
    fn leaving_out_a_kind_removes_its_links_too() {
        let analyzer = crate::Analyzer::new();
        let mut a = analyzer.analyze("各县要建设农村冷链物流设施。");
        assert!(!a.actors.is_empty() && !a.measures.is_empty());
        Kinds::parse(["directive", "measure"])
            .unwrap()
            .apply(&mut a);
        assert!(a.actors.is_empty() && a.summary.responsibilities.is_empty());
        assert!(a.directives.iter().all(|d| d.actors.is_empty()));
        assert_eq!(a.measures.len(), 1);
        Kinds::parse(["actor"]).unwrap().apply(&mut a);
        assert!(a.directives.is_empty() && a.measures.is_empty());
        assert!(a.summary.measures_by_instrument.values().all(Vec::is_empty));
    }

    #[test]
    fn measures_kept_without_their_directives_link_none() {
        let analyzer = crate::Analyzer::new();
        let mut a = analyzer.analyze("各县要建设农村冷链物流设施。");
        Kinds::parse(["measure"]).unwrap().apply(&mut a);
        assert!(a.directives.is_empty() && a.actors.is_empty());
        assert_eq!(a.measures.len(), 1);
        assert_eq!(a.measures[0].directive, None);
        assert_eq!(a.check("各县要建设农村冷链物流设施。"), Ok(()));
    }
}
