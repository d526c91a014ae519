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
    /// (就业见习补贴 → 补贴) — and when that is generic, a deciding cue of what comes
    /// before it (生活服务设施 → 服务) —, or failing that the longest it starts with
    /// (培训班 → 培训), or one inside it.
    fn cue(&self, w: &str) -> Option<(Instrument, u32)> {
        let fits = |s: &&str| s.chars().count() <= self.longest;
        let end = w
            .char_indices()
            .map(|(k, _)| k)
            .filter(|&k| fits(&&w[k..]))
            .find_map(|k| self.cues.get(&w[k..]).map(|c| (k, *c)));
        if let Some((k, c)) = end {
            let inner = (c.1 < DECIDES && k > 0)
                .then(|| self.cue(&w[..k]))
                .flatten()
                .filter(|i| i.1 >= DECIDES);
            return Some(inner.unwrap_or(c));
        }
        let starts = w
            .char_indices()
            .rev()
            .filter(|&(k, _)| k > 0)
            .map(|(k, _)| &w[..k]);
        starts
            .filter(fits)
            .find_map(|s| self.cues.get(s))
            .copied()
            .or_else(|| self.inner_cue(w))
    }

    /// The deciding cue that stands last inside a word, neither at its start nor its end
    /// (非法违法行为 → 违法).
    fn inner_cue(&self, w: &str) -> Option<(Instrument, u32)> {
        let starts: Vec<usize> = w.char_indices().map(|(k, _)| k).collect();
        starts.iter().rev().find_map(|&a| {
            starts
                .iter()
                .filter(|&&b| b > a)
                .filter_map(|&b| self.cues.get(&w[a..b]))
                .find(|c| c.1 >= DECIDES)
                .copied()
        })
    }

    /// The instrument of the measure made of words `first..end` of a unit whose verb is
    /// word `verb` (`verb_text` from where the verb starts): the verb when it overrides
    /// its object; else the first deciding cue of the head's noun phrase, read from the
    /// head leftwards; else the verb's deciding cue; else a generic cue of the phrase or
    /// the verb; else a deciding cue elsewhere in the measure (由专项资金予以支持);
    /// else environment.
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
        let words: Vec<usize> = (first..end)
            .rev()
            .filter(|&i| i != verb && is_content(u.token(i).pos))
            .collect();
        let phrase_len = words
            .iter()
            .position(|&i| breaks_phrase(u.token(i).pos) && Some(&i) != words.first())
            .unwrap_or(words.len());
        // Two words that make one listed compound (安全 生产, 饮水 安全) are read as one.
        let cues = |ws: &[usize]| -> Vec<(Instrument, u32)> {
            let mut out = Vec::new();
            let mut skip = None;
            for &i in ws {
                if skip == Some(i) {
                    continue;
                }
                let pair = (i > first)
                    .then(|| self.cues.get(u.text_of(i - 1, i)))
                    .flatten();
                if pair.is_some() {
                    skip = Some(i - 1);
                }
                out.extend(pair.copied().or_else(|| self.cue(u.word(i))));
            }
            out
        };
        let (phrase, rest) = (cues(&words[..phrase_len]), cues(&words[phrase_len..]));
        // A generic head of rules (制度, 政策) yields only to a supply modifier: a scheme
        // of services or social security (养老保险制度), not an industry (经济政策).
        let head = words.first().and_then(|&i| self.cue(u.word(i)));
        let guarded = head.is_some_and(|h| h.1 < DECIDES && h.0 == Instrument::Environment);
        let deciding =
            |c: &&(Instrument, u32)| c.1 >= DECIDES && !(guarded && c.0 == Instrument::Demand);
        // A verb that ends the measure (向…部门报备) speaks before the phrase it follows.
        let verb_last = words.first().is_none_or(|&i| i < verb);
        let verb_deciding = verb_cue.as_ref().filter(|c| c.1 >= DECIDES);
        verb_deciding
            .filter(|_| verb_last)
            .or(phrase.iter().find(deciding))
            .or(verb_deciding)
            .or(phrase.first())
            .or(verb_cue.as_ref())
            .or(rest.iter().find(deciding))
            .or(rest.first())
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
    !matches!(pos, Pos::Symbol | Pos::Other | Pos::Number)
}

/// Whether a word of this part of speech ends the head's noun phrase, read leftwards: a
/// verb, a preposition or an adverb.
fn breaks_phrase(pos: Pos) -> bool {
    matches!(pos, Pos::Verb | Pos::Preposition | Pos::Adverb)
}
