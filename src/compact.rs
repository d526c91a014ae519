//! The analysis as flat arrays, for handing to JavaScript without building an object per
//! span: offsets as `u32`, attributes as small indices into the vocabulary's value lists
//! (`FIELDS` and `RULE_IDS` of `vocabulary.js`), links as indices. The text of a span is
//! not repeated: JavaScript slices it from the text it analysed. The outline and the
//! summary stay objects (they are small). `www/compact.js` reads it back.

use crate::model::{ActorKind, Force, Instrument, Level, Role, Term};
use crate::rule::Rule;
use crate::schema::{Analysis, Stretch};

/// "None" in an index array (no marker, no shared list).
pub const NONE: u32 = u32::MAX;

/// The span lists of an analysis as flat arrays.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Compact {
    /// Length of the text in UTF-16 code units.
    pub length: u32,
    /// Per directive, 7 numbers: start, end, marker start, marker end (`NONE` without a
    /// marker), the directive whose actors it shares (`NONE`), and where its own actors
    /// stand in `actor_lists` (first, count).
    pub directives: Vec<u32>,
    /// Per directive, 2 indices: its rule (in `Rule::ALL`) and force.
    pub directive_codes: Vec<u8>,
    /// The directives' own actor lists, one after another.
    pub actor_lists: Vec<u32>,
    /// Per actor, start and end.
    pub actors: Vec<u32>,
    /// Per actor, 4 indices: rule, role, level, kind.
    pub actor_codes: Vec<u8>,
    /// Per measure, start, end and its directive (`NONE` when directives were not asked for).
    pub measures: Vec<u32>,
    /// Per measure, 2 indices: rule and instrument.
    pub measure_codes: Vec<u8>,
    /// Per target, start and end.
    pub targets: Vec<u32>,
    /// Per target, its rule.
    pub target_codes: Vec<u8>,
}

/// The index of a value in its list, which has fewer than 256 values.
fn code<T: Term + PartialEq>(value: T) -> u8 {
    T::ALL.iter().position(|v| *v == value).unwrap_or(0) as u8
}

fn offsets(at: &Stretch) -> [u32; 2] {
    [at.start as u32, at.end as u32]
}

impl Compact {
    /// The flat arrays of an analysis.
    pub fn of(a: &Analysis) -> Compact {
        let mut c = Compact {
            length: a.length as u32,
            ..Compact::default()
        };
        for d in &a.directives {
            let marker = d.marker.as_ref().map_or([NONE, NONE], offsets);
            let first = c.actor_lists.len() as u32;
            c.actor_lists.extend(d.actors.iter().map(|&i| i as u32));
            c.directives.extend(offsets(&d.at));
            c.directives.extend(marker);
            c.directives.extend([
                d.actors_from.map_or(NONE, |k| k as u32),
                first,
                d.actors.len() as u32,
            ]);
            c.directive_codes
                .extend([code::<Rule>(d.rule), code::<Force>(d.force)]);
        }
        for x in &a.actors {
            c.actors.extend(offsets(&x.at));
            c.actor_codes.extend([
                code::<Rule>(x.rule),
                code::<Role>(x.role),
                code::<Level>(x.level),
                code::<ActorKind>(x.kind),
            ]);
        }
        for m in &a.measures {
            c.measures.extend(offsets(&m.at));
            c.measures.push(m.directive.map_or(NONE, |k| k as u32));
            c.measure_codes
                .extend([code::<Rule>(m.rule), code::<Instrument>(m.instrument)]);
        }
        for t in &a.targets {
            c.targets.extend(offsets(&t.at));
            c.target_codes.push(code::<Rule>(t.rule));
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Analyzer;

    #[test]
    fn every_span_and_link_is_in_the_arrays() {
        let text = "各县要建设农村冷链物流设施。要开展技能培训。";
        let a = Analyzer::new().analyze(text);
        let c = Compact::of(&a);
        assert_eq!(c.directives.len(), 7 * a.directives.len());
        assert_eq!(
            c.directives[4], NONE,
            "the first directive has its own list"
        );
        assert_eq!(c.directives[7 + 4], 0, "the second shares the first one's");
        assert_eq!(c.actor_lists, [0]);
        assert_eq!(c.actors[..2], [0, 2]);
        assert_eq!(Rule::ALL[c.actor_codes[0] as usize], Rule::ActorSubject);
        assert_eq!(c.measures.len(), 3 * a.measures.len());
        assert_eq!(
            Instrument::ALL[c.measure_codes[1] as usize],
            a.measures[0].instrument
        );
    }
}
