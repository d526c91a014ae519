//! The lexicons and rule tables in `data/*.tsv`, embedded at build time and parsed once.
//!
//! Each file is UTF-8 TSV: `#` lines explain the file, the first other line names the
//! columns, and every following line is one entry. Parsing is strict: a malformed table
//! is a build-time mistake, caught by the unit test at the bottom of this file.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::model::{ActorKind, Force, Instrument, Level, Role};

/// One embedded table: its file name (for error messages) and its text.
struct Table {
    name: &'static str,
    text: &'static str,
}

macro_rules! table {
    ($file:literal) => {
        Table {
            name: $file,
            text: include_str!(concat!("../data/", $file)),
        }
    };
}

impl Table {
    /// The rows of the table after its header, each split on tabs.
    fn rows(&self) -> impl Iterator<Item = Vec<&'static str>> + '_ {
        self.text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .skip(1)
            .map(|l| l.split('\t').map(str::trim).collect())
    }

    /// The first column of every row, as a set.
    fn words(&self) -> HashSet<&'static str> {
        self.rows().map(|r| r[0]).collect()
    }

    /// The first two columns of every row, the second parsed by `parse`.
    fn pairs<T>(&self, parse: impl Fn(&str) -> Option<T>) -> HashMap<&'static str, T> {
        self.rows()
            .map(|r| {
                let value = r.get(1).and_then(|v| parse(v)).unwrap_or_else(|| {
                    panic!("data/{}: bad second column in row {:?}", self.name, r)
                });
                (r[0], value)
            })
            .collect()
    }
}

/// A list of words with the look-ups the taggers make: membership, the longest entry a
/// text ends with, and the first entry a text contains. All cost a few hash look-ups, not
/// a scan of the list.
#[derive(Debug, Default)]
pub struct WordList {
    set: HashSet<&'static str>,
    by_first_char: HashMap<char, Vec<&'static str>>,
    max_chars: usize,
}

impl WordList {
    fn new(words: impl IntoIterator<Item = &'static str>) -> Self {
        let mut list = WordList::default();
        for w in words {
            if list.set.insert(w) {
                list.max_chars = list.max_chars.max(w.chars().count());
                if let Some(c) = w.chars().next() {
                    list.by_first_char.entry(c).or_default().push(w);
                }
            }
        }
        for entries in list.by_first_char.values_mut() {
            entries.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        list
    }

    /// Whether `w` is in the list.
    pub fn contains(&self, w: &str) -> bool {
        self.set.contains(w)
    }

    /// The longest entry that `text` ends with.
    pub fn suffix_of<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.char_indices()
            .rev()
            .take(self.max_chars)
            .map(|(i, _)| &text[i..])
            .filter(|s| self.set.contains(s))
            .last()
    }

    /// The first entry that occurs in `text`, the longest where several start there.
    pub fn first_in(&self, text: &str) -> Option<&'static str> {
        text.char_indices().find_map(|(i, c)| {
            let rest = &text[i..];
            self.by_first_char
                .get(&c)?
                .iter()
                .find(|w| rest.starts_with(**w))
                .copied()
        })
    }
}

/// The small word classes of `data/word_classes.tsv`, each named for the rule that uses it.
#[derive(Debug, Default)]
pub struct WordClasses {
    /// Verbs whose object is the doer of the next verb (鼓励各地加快…).
    pub pivot_verbs: HashSet<&'static str>,
    /// Words that join coordinated actors.
    pub joiners: HashSet<&'static str>,
    /// Heads that after 和 share the modifiers before them (有关部门和单位).
    pub generic_heads: HashSet<&'static str>,
    /// Verbs that report speech (强调, 指出).
    pub reporting_verbs: HashSet<&'static str>,
    /// Document types that end a title line (意见, 通知).
    pub document_types: HashSet<&'static str>,
    /// Words of time that may open a clause (上午, 当前).
    pub time_words: HashSet<&'static str>,
    /// Verbs that never open an implicit imperative (是, 有).
    pub non_imperative_verbs: HashSet<&'static str>,
    /// Obligation markers that a report cue overrides (确保, 坚持).
    pub weak_obligations: HashSet<&'static str>,
    /// Prepositions that open a measure with their object (由, 将).
    pub opening_prepositions: HashSet<&'static str>,
    /// Prepositions a measure starts after (为, 按照).
    pub passed_prepositions: HashSet<&'static str>,
    /// Words before 工作 that make it the plain task (各项, 脱贫攻坚).
    pub plain_work_modifiers: HashSet<&'static str>,
    /// Negations (不, 未).
    pub negations: HashSet<&'static str>,
    /// Words after which a target's …的 restriction may start (对, 为).
    pub modifier_openers: HashSet<&'static str>,
    /// Verbs of care whose object is a target (关心, 关爱).
    pub care_verbs: HashSet<&'static str>,
}

impl WordClasses {
    fn load(table: Table) -> Self {
        let mut c = WordClasses::default();
        for r in table.rows() {
            let set = match r.get(1).copied().unwrap_or("") {
                "pivot_verb" => &mut c.pivot_verbs,
                "joiner" => &mut c.joiners,
                "generic_head" => &mut c.generic_heads,
                "reporting_verb" => &mut c.reporting_verbs,
                "document_type" => &mut c.document_types,
                "time_word" => &mut c.time_words,
                "non_imperative_verb" => &mut c.non_imperative_verbs,
                "weak_obligation" => &mut c.weak_obligations,
                "opening_preposition" => &mut c.opening_prepositions,
                "passed_preposition" => &mut c.passed_prepositions,
                "plain_work_modifier" => &mut c.plain_work_modifiers,
                "negation" => &mut c.negations,
                "modifier_opener" => &mut c.modifier_openers,
                "care_verb" => &mut c.care_verbs,
                other => panic!("data/{}: unknown class {other:?} in row {r:?}", table.name),
            };
            set.insert(r[0]);
        }
        c
    }
}

/// A term of the policy lexicon, added to the segmenter's dictionary.
#[derive(Debug, Clone)]
pub struct LexiconTerm {
    /// The term as it is written.
    pub word: &'static str,
    /// Its weight in the segmenter's dictionary.
    pub freq: usize,
    /// Its part-of-speech tag in jieba's tag set.
    pub pos: &'static str,
}

/// Where a directive marker counts (see `data/directive_markers.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerPlace {
    /// Anywhere in the unit.
    Anywhere,
    /// Only as the first word of a clause.
    ClauseStart,
}

/// A directive marker: the force it gives and where it counts.
#[derive(Debug, Clone, Copy)]
pub struct Marker {
    /// The force of a unit whose main instruction this marker opens.
    pub force: Force,
    /// Where in a clause the marker counts.
    pub place: MarkerPlace,
}

/// All lexicons and rule tables, parsed.
#[derive(Debug)]
pub struct Lexicons {
    /// Terms added to the segmenter (`policy_lexicon.tsv`).
    pub policy_terms: Vec<LexiconTerm>,
    /// Directive markers by word (`directive_markers.tsv`).
    pub markers: HashMap<&'static str, Marker>,
    /// Cues of non-directive units found anywhere in them (`non_directive_cues.tsv`).
    pub non_directive_cues: WordList,
    /// Verbs of definition (X 是 Y), which count only where a clause is built around them.
    pub definition_cues: Vec<&'static str>,
    /// Actor heads by text (`actor_heads.tsv`).
    pub actor_heads: HashMap<&'static str, ActorKind>,
    /// Longest actor head, in characters.
    pub actor_head_max_chars: usize,
    /// Words that end like an actor head but name no one (`actor_non_heads.tsv`).
    pub actor_non_heads: WordList,
    /// Level cues by text (`actor_levels.tsv`); `None` for blocking cues.
    pub level_cues: HashMap<&'static str, Option<Level>>,
    /// Longest level cue, in characters.
    pub level_cue_max_chars: usize,
    /// Words that never stand inside a noun phrase (`phrase_breaks.tsv`).
    pub phrase_breaks: HashSet<&'static str>,
    /// Words allowed inside an actor phrase before its head (`actor_modifiers.tsv`).
    pub actor_modifiers: HashSet<&'static str>,
    /// Verbs that make the subject before them the issuer or an attendee (`role_verbs.tsv`).
    pub role_verbs: HashMap<&'static str, Role>,
    /// Verbs that open a measure (`measure_verbs.tsv`).
    pub measure_verbs: HashSet<&'static str>,
    /// Words left out before a measure's verb, with whether only before another verb
    /// (`measure_adverbs.tsv`).
    pub measure_adverbs: HashMap<&'static str, bool>,
    /// Object heads that make a phrase an exhortation (`abstract_objects.tsv`).
    pub abstract_objects: WordList,
    /// Instrument cues with their type and weight (`instrument_cues.tsv`).
    pub instrument_cues: Vec<(&'static str, Instrument, u32)>,
    /// Heads of target phrases (`target_heads.tsv`).
    pub target_heads: WordList,
    /// Target heads that need a modifier before them (`alone` is `no`: 人员, 家庭).
    pub target_heads_needing_modifier: HashSet<&'static str>,
    /// The small word classes the rules name (`word_classes.tsv`).
    pub classes: WordClasses,
    /// Surnames that make an unknown word a name (`surnames.tsv`).
    pub surnames: Vec<&'static str>,
    /// Words left out of keywords (`stopwords.tsv`).
    pub stopwords: HashSet<&'static str>,
}

impl Lexicons {
    /// Parses every embedded table. Panics only if a table shipped with the crate is
    /// malformed, which the unit tests rule out.
    pub fn load() -> Self {
        let policy_terms = table!("policy_lexicon.tsv")
            .rows()
            .map(|r| LexiconTerm {
                word: r[0],
                freq: r.get(1).and_then(|f| f.parse().ok()).unwrap_or(10_000),
                pos: r.get(2).copied().unwrap_or("n"),
            })
            .collect();
        let markers_table = table!("directive_markers.tsv");
        let markers = markers_table
            .rows()
            .map(|r| {
                let force = r.get(1).and_then(|f| Force::parse(f));
                let place = match r.get(2).copied() {
                    Some("any") => Some(MarkerPlace::Anywhere),
                    Some("clause_start") => Some(MarkerPlace::ClauseStart),
                    _ => None,
                };
                match (force, place) {
                    (Some(force), Some(place)) => (r[0], Marker { force, place }),
                    _ => panic!("data/directive_markers.tsv: bad row {r:?}"),
                }
            })
            .collect();
        let actor_heads = table!("actor_heads.tsv").pairs(ActorKind::parse);
        let level_cues = table!("actor_levels.tsv").pairs(|v| {
            if v == "none" {
                Some(None)
            } else {
                Level::parse(v).map(Some)
            }
        });
        let instrument_cues = table!("instrument_cues.tsv")
            .rows()
            .map(|r| {
                let inst = r.get(1).and_then(|v| Instrument::parse(v));
                let weight = r.get(2).and_then(|v| v.parse().ok());
                match (inst, weight) {
                    (Some(i), Some(w)) => (r[0], i, w),
                    _ => panic!("data/instrument_cues.tsv: bad row {r:?}"),
                }
            })
            .collect();
        let max_chars = |keys: &mut dyn Iterator<Item = &&str>| {
            keys.map(|k| k.chars().count()).max().unwrap_or(1)
        };
        let first_column = |t: Table| WordList::new(t.rows().map(|r| r[0]).collect::<Vec<_>>());
        let targets = table!("target_heads.tsv").pairs(|v| match v {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        });
        let cues: Vec<(&'static str, &'static str)> = table!("non_directive_cues.tsv")
            .rows()
            .map(|r| (r[0], r.get(1).copied().unwrap_or("")))
            .collect();
        Lexicons {
            policy_terms,
            markers,
            non_directive_cues: WordList::new(
                cues.iter()
                    .filter(|(_, kind)| *kind != "definition")
                    .map(|(w, _)| *w),
            ),
            definition_cues: cues
                .iter()
                .filter(|(_, kind)| *kind == "definition")
                .map(|(w, _)| *w)
                .collect(),
            actor_head_max_chars: max_chars(&mut actor_heads.keys()),
            actor_heads,
            actor_non_heads: first_column(table!("actor_non_heads.tsv")),
            level_cue_max_chars: max_chars(&mut level_cues.keys()),
            level_cues,
            actor_modifiers: table!("actor_modifiers.tsv").words(),
            phrase_breaks: table!("phrase_breaks.tsv").words(),
            role_verbs: table!("role_verbs.tsv").pairs(Role::parse),
            measure_verbs: table!("measure_verbs.tsv").words(),
            measure_adverbs: table!("measure_adverbs.tsv").pairs(|v| match v {
                "always" => Some(false),
                "before_verb" => Some(true),
                _ => None,
            }),
            abstract_objects: first_column(table!("abstract_objects.tsv")),
            instrument_cues,
            target_heads: WordList::new(targets.keys().copied().collect::<Vec<_>>()),
            target_heads_needing_modifier: targets
                .iter()
                .filter(|(_, alone)| !**alone)
                .map(|(w, _)| *w)
                .collect(),
            classes: WordClasses::load(table!("word_classes.tsv")),
            surnames: table!("surnames.tsv").rows().map(|r| r[0]).collect(),
            stopwords: table!("stopwords.tsv").words(),
        }
    }
}

impl Lexicons {
    /// Whether the adverb or modal `w` is passed on the way to a verb, given whether a
    /// verb follows it.
    pub fn passes_adverb(&self, w: &str, verb_follows: bool) -> bool {
        self.measure_adverbs
            .get(w)
            .is_some_and(|only_before_verb| verb_follows || !only_before_verb)
    }

    /// Whether `w` is a measure verb, or one followed by 好 (抓好, 落实好).
    pub fn is_measure_verb(&self, w: &str) -> bool {
        self.measure_verbs.contains(w)
            || w.strip_suffix('好')
                .is_some_and(|v| self.measure_verbs.contains(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_parses_and_is_not_empty() {
        let lex = Lexicons::load();
        assert!(lex.policy_terms.len() > 50);
        assert_eq!(lex.markers["严禁"].force, Force::Prohibition);
        assert_eq!(lex.markers["鼓励"].place, MarkerPlace::ClauseStart);
        assert_eq!(lex.actor_heads["党委"], ActorKind::Government);
        assert_eq!(lex.level_cues["部门"], None);
        assert_eq!(lex.level_cues["省"], Some(Level::Provincial));
        assert!(lex.measure_verbs.contains("建设"));
        assert!(lex.instrument_cues.iter().any(|c| c.0 == "机制"));
        let c = &lex.classes;
        for (name, set) in [
            ("pivot_verb", &c.pivot_verbs),
            ("joiner", &c.joiners),
            ("generic_head", &c.generic_heads),
            ("reporting_verb", &c.reporting_verbs),
            ("document_type", &c.document_types),
            ("time_word", &c.time_words),
            ("non_imperative_verb", &c.non_imperative_verbs),
            ("weak_obligation", &c.weak_obligations),
            ("opening_preposition", &c.opening_prepositions),
            ("passed_preposition", &c.passed_prepositions),
            ("plain_work_modifier", &c.plain_work_modifiers),
            ("negation", &c.negations),
            ("modifier_opener", &c.modifier_openers),
            ("care_verb", &c.care_verbs),
        ] {
            assert!(!set.is_empty(), "data/word_classes.tsv has no {name}");
        }
    }
}
