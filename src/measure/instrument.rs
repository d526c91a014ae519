//! A measure's policy-instrument type (ANNOTATION.md §3, instrument), read from the head
//! of its object and from its verb, not from cue words anywhere in its span: a cue in a
//! modifier speaks only when the head is a generic word (建设, 工作, 水平, 体系 …), and a
//! cue in an actor or a modifier never outvotes the head.

use rustc_hash::FxHashMap as HashMap;

use crate::document::UnitView;
use crate::lexicon::tables::{self, InstrumentCueRow};
use crate::model::Instrument;
use crate::segment::Pos;

/// How strongly a cue decides (`data/instrument_cues.tsv`, column `weight`): below this, a
/// generic word that gives its type only when nothing else does; from this, a cue that
/// decides where it stands — as the head, as the modifier nearest a head without a
/// deciding cue, or as the verb when the object has none.
const DECIDES: u32 = 2;
/// A verb that decides whatever its object (采购, 问责).
const VERB_OVERRIDES: u32 = 3;

/// The instrument cues, looked up by a word or its longest listed ending.
#[derive(Debug)]
pub struct InstrumentTables {
    cues: HashMap<&'static str, (Instrument, u32)>,
    longest: usize,
}

impl InstrumentTables {
    /// Builds the look-up from `data/instrument_cues.tsv`.
    pub fn new() -> Self {
        Self::from_rows(tables::INSTRUMENT_CUES)
    }

    fn from_rows(rows: &[InstrumentCueRow]) -> Self {
        let cues: HashMap<_, _> = rows
            .iter()
            .map(|r| (r.cue, (r.instrument, r.weight)))
            .collect();
        let longest = cues.keys().map(|k| k.chars().count()).max().unwrap_or(1);
        InstrumentTables { cues, longest }
    }

    /// The cue of a word: the word itself, or the longest cue it ends with
    /// (就业见习补贴 → 补贴), or failing that the longest it starts with (培训班 → 培训).
    fn cue(&self, w: &str) -> Option<(Instrument, u32)> {
        let ends = w.char_indices().map(|(k, _)| &w[k..]);
        let starts = w.char_indices().rev().filter(|&(k, _)| k > 0).map(|(k, _)| &w[..k]);
        let fits = |s: &&str| s.chars().count() <= self.longest;
        ends.filter(fits)
            .find_map(|s| self.cues.get(s))
            .or_else(|| starts.filter(fits).find_map(|s| self.cues.get(s)))
            .copied()
    }

    /// The instrument of the measure made of words `first..end` of a unit whose verb is
    /// word `verb` (`verb_text` from where the verb starts): the verb when it overrides
    /// its object; else the object's head, or the modifier nearest it when the head is
    /// generic or has no cue; else the verb; else a generic cue; else environment.
    pub fn instrument(
        &self,
        u: UnitView,
        (first, verb, end): (usize, usize, usize),
        verb_text: &str,
    ) -> Instrument {
        let verb_cue = self.cue(verb_text);
        if let Some((i, _)) = verb_cue.filter(|c| c.1 >= VERB_OVERRIDES) {
            return i;
        }
        let object: Vec<(Instrument, u32)> = (first..end)
            .rev()
            .filter(|&i| i != verb && is_content(u.token(i).pos))
            .filter_map(|i| self.cue(u.word(i)))
            .collect();
        let deciding = |c: &&(Instrument, u32)| c.1 >= DECIDES;
        object
            .iter()
            .find(deciding)
            .or(verb_cue.as_ref().filter(deciding))
            .or(object.first())
            .or(verb_cue.as_ref())
            .map_or(Instrument::Environment, |c| c.0)
    }
}

impl Default for InstrumentTables {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether a word of this part of speech can carry the object's meaning.
fn is_content(pos: Pos) -> bool {
    !matches!(pos, Pos::Symbol | Pos::Other | Pos::Number | Pos::Preposition)
}
