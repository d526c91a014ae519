//! Word segmentation: jieba-rs with `data/jieba_dict.txt` (its default dictionary less the
//! rarest words) plus the policy lexicon (`data/policy_lexicon.tsv`), and a guess at the
//! part of speech of unknown words (`data/surnames.tsv`).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use jieba_rs::Jieba;

use crate::lexicon::tables::{self, class};
use crate::text::{is_han, Span};

/// The part of speech of a token, folded from jieba's tag set to what the taggers ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    /// A verb (`v`, `vd`, `vi` …).
    Verb,
    /// A verbal noun (`vn`).
    VerbalNoun,
    /// A noun (`n`, `nt`, `nz` …), except names and places.
    Noun,
    /// A person's name (`nr`).
    Name,
    /// A place name (`ns`).
    Place,
    /// An adjective or distinguishing word (`a`, `b`).
    Adjective,
    /// An adverb (`d`).
    Adverb,
    /// A preposition (`p`).
    Preposition,
    /// A numeral or quantifier (`m`, `q`).
    Number,
    /// Punctuation, white space or other non-word text (`x`).
    Symbol,
    /// Anything else (conjunctions, particles, pronouns …).
    Other,
}

impl Pos {
    fn from_jieba(tag: &str) -> Pos {
        match tag.as_bytes() {
            [b'v', b'n', ..] => Pos::VerbalNoun,
            [b'v', ..] => Pos::Verb,
            [b'n', b'r', ..] => Pos::Name,
            [b'n', b's', ..] => Pos::Place,
            [b'n', ..] | [b'l', ..] | [b'i', ..] | [b'j', ..] => Pos::Noun,
            [b'a', ..] | [b'b', ..] => Pos::Adjective,
            [b'd', ..] => Pos::Adverb,
            [b'p', ..] => Pos::Preposition,
            [b'm', ..] | [b'q', ..] => Pos::Number,
            [b'x', ..] | [b'e', b'n', b'g', ..] => Pos::Symbol,
            _ => Pos::Other,
        }
    }

    /// Whether the token can be part of a noun phrase's head chain.
    pub fn is_nominal(self) -> bool {
        matches!(
            self,
            Pos::Noun | Pos::Name | Pos::Place | Pos::VerbalNoun | Pos::Adjective
        )
    }
}

/// One word of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where the word stands in the whole text.
    pub span: Span,
    /// Its part of speech.
    pub pos: Pos,
}

/// jieba-rs's dictionary (`data/jieba_dict.txt`) front-coded by build.rs: sorted, each
/// line a character counting the characters shared with the previous word, then the rest
/// of the word, its frequency and tag.
const FRONT_CODED: &str = include_str!(concat!(env!("OUT_DIR"), "/jieba_dict.front"));

/// The dictionary as jieba reads it, expanded from its front-coded form.
pub fn dictionary() -> String {
    let bytes = FRONT_CODED.as_bytes();
    let mut out = String::with_capacity(FRONT_CODED.len() * 4 / 3);
    let mut word = String::new();
    let mut i = 0;
    // One pass over the bytes: the separators are ASCII, so every cut is a char boundary.
    while i < bytes.len() {
        let shared = usize::from(bytes[i].saturating_sub(b'0'));
        let start = i + 1;
        let space = start + bytes[start..].iter().position(|&b| b == b' ').unwrap_or(0);
        let end = space
            + bytes[space..]
                .iter()
                .position(|&b| b == b'\n')
                .unwrap_or(bytes.len() - space);
        let keep = word
            .char_indices()
            .nth(shared)
            .map_or(word.len(), |(k, _)| k);
        word.truncate(keep);
        word.push_str(&FRONT_CODED[start..space]);
        out.push_str(&word);
        out.push_str(&FRONT_CODED[space..end]);
        out.push('\n');
        i = end + 1;
    }
    out
}

/// The segmenter: built once, because building the dictionary is the expensive part.
pub struct Segmenter {
    jieba: Jieba,
    /// The policy lexicon's tags, which win over jieba's own for words it already has
    /// (jieba-rs keeps the old tag when a word is added again).
    tags: HashMap<&'static str, Pos>,
    /// Surnames that make an unknown word a name (`data/surnames.tsv`).
    surnames: HashSet<char>,
    /// Modals that HMM segmentation glues to an unknown word before them.
    glued_modals: &'static [&'static str],
    /// Prepositions that HMM segmentation glues to a level after them (由市).
    glued_prepositions: HashSet<&'static str>,
    /// One-character names of a level of government (市, 县).
    level_morphemes: HashSet<&'static str>,
}

impl Default for Segmenter {
    fn default() -> Self {
        Self::new()
    }
}

impl Segmenter {
    /// Builds the dictionary (`data/jieba_dict.txt`) and adds the policy lexicon.
    pub fn new() -> Self {
        let mut jieba = Jieba::empty();
        // The one mistake loading can find, a frequency that is no number, fails the build
        // (build/tables.rs checks the dictionary), so the result can only be Ok.
        let _ = jieba.load_dict_str(&dictionary());
        let mut tags = HashMap::default();
        for term in tables::POLICY_TERMS {
            // A weight of 0 only splits a dictionary word; it must not add a new one.
            if term.freq > 0 {
                jieba.add_word(term.word, Some(term.freq as usize), Some(term.pos));
                tags.insert(term.word, Pos::from_jieba(term.pos));
            } else if jieba.has_word(term.word) {
                jieba.add_word(term.word, Some(0), None);
            }
        }
        let surnames = tables::SURNAMES
            .iter()
            .filter_map(|s| s.chars().next())
            .collect();
        Segmenter {
            jieba,
            tags,
            surnames,
            glued_modals: class::GLUED_MODAL,
            glued_prepositions: class::GLUED_PREPOSITION.iter().copied().collect(),
            level_morphemes: class::LEVEL_MORPHEME.iter().copied().collect(),
        }
    }

    /// The words of `span` of `text`, with spans in the whole text.
    pub fn tokens(&self, text: &str, span: Span) -> Vec<Token> {
        let piece = span.of(text);
        let mut out = Vec::with_capacity(piece.len() / 4);
        for t in self.jieba.tag(piece, true) {
            let start = span.start + t.byte_start;
            let end = span.start + t.byte_end;
            // jieba tags a word outside its dictionary `x`.
            let unknown = t.tag == "x";
            let pos = match self.tags.get(t.word) {
                Some(p) => *p,
                None if unknown => self.guess_unknown(t.word),
                None => Pos::from_jieba(t.tag),
            };
            // jieba's HMM glues an unknown head to the modal after it (生态环境局要): a word
            // outside the dictionary never ends with 要.
            let modal = self
                .glued_modals
                .iter()
                .find(|m| unknown && t.word.len() > m.len() && t.word.ends_with(**m));
            if let Some((prep, level)) = self.glued_level(t.word).filter(|_| unknown) {
                // jieba's HMM glues a preposition or joiner to the level that opens a body's
                // name (由市卫生健康委负责, 县农业农村局和县财政局): a word outside the
                // dictionary is never 由市 or 局和县.
                if prep > 0 {
                    out.push(Token {
                        span: Span::new(start, start + prep),
                        pos: self.pos_of(&t.word[..prep]),
                    });
                }
                out.push(Token {
                    span: Span::new(start + prep, start + level),
                    pos: Pos::Preposition,
                });
                out.push(Token {
                    span: Span::new(start + level, end),
                    pos: self.pos_of(&t.word[level..]),
                });
            } else if let Some(modal) = modal {
                let cut = end - modal.len();
                out.push(Token {
                    span: Span::new(start, cut),
                    pos: self.pos_of(&t.word[..t.word.len() - modal.len()]),
                });
                out.push(Token {
                    span: Span::new(cut, end),
                    pos: Pos::Verb,
                });
            } else {
                out.push(Token {
                    span: Span::new(start, end),
                    pos,
                });
            }
        }
        out
    }

    /// Where the preposition and the level of a word that ends with both start, in bytes
    /// (由市 → 0, 3; 局和县 → 3, 6), after at most one character before them.
    fn glued_level(&self, word: &str) -> Option<(usize, usize)> {
        let mut starts = word.char_indices().map(|(k, _)| k);
        let (first, second, third) = (starts.next()?, starts.next()?, starts.next());
        if starts.next().is_some() {
            return None;
        }
        let (prep, level) = third.map_or((first, second), |third| (second, third));
        (self.glued_prepositions.contains(&word[prep..level])
            && self.level_morphemes.contains(&word[level..]))
        .then_some((prep, level))
    }

    /// The part of speech of a word cut out of an unknown one: its dictionary tag when the
    /// dictionary has it (我 in 我要), else a guess.
    fn pos_of(&self, word: &str) -> Pos {
        if let Some(p) = self.tags.get(word) {
            return *p;
        }
        match self.jieba.tag(word, false).as_slice() {
            [only] if only.tag != "x" => Pos::from_jieba(only.tag),
            _ => self.guess_unknown(word),
        }
    }

    /// The part of speech of a word outside the dictionary: a name when it has two or
    /// three characters and starts with a surname; other Chinese words (mostly what HMM
    /// glued together: 到习, 网等) are nothing in particular; a lone character and
    /// anything else (punctuation, white space, emoji) is a symbol.
    fn guess_unknown(&self, word: &str) -> Pos {
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            return Pos::Symbol;
        };
        if !is_han(first) {
            return Pos::Symbol;
        }
        match chars.count() {
            // A lone character the dictionary lacks (𠀀, a rare variant): like a symbol.
            0 => Pos::Symbol,
            1..=2 if self.surnames.contains(&first) => Pos::Name,
            _ => Pos::Other,
        }
    }

    /// Every word of `text` with jieba's own part-of-speech tag (for the `tokens` command).
    pub fn tagged<'t>(&'t self, text: &'t str) -> Vec<(&'t str, &'t str)> {
        self.jieba
            .tag(text, true)
            .into_iter()
            .map(|t| (t.word, t.tag))
            .collect()
    }

    /// Plain segmentation of `text` into words, as jieba-rs's `cut` gives it (for
    /// benchmarks and the `tokens` command).
    pub fn cut<'t>(&self, text: &'t str) -> Vec<&'t str> {
        self.jieba
            .cut(text, true)
            .into_iter()
            .map(|t| t.word)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of `text` as the taggers see them.
    fn words(seg: &Segmenter, text: &str) -> Vec<String> {
        seg.tokens(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.span.of(text).to_string())
            .collect()
    }

    #[test]
    fn what_hmm_glues_around_a_body_is_split_again() {
        let seg = Segmenter::new();
        // A preposition glued to the level of the body after it.
        let w = words(&seg, "由市卫生健康委负责，报省教育厅备案。");
        assert!(
            w.contains(&"由".to_string()) && w.contains(&"市".to_string()),
            "{w:?}"
        );
        assert!(
            w.contains(&"报".to_string()) && w.contains(&"省".to_string()),
            "{w:?}"
        );
        assert!(!w.iter().any(|x| x == "由市" || x == "报省"), "{w:?}");
        // A joiner glued between a body's last character and the next body's level.
        let w = words(&seg, "县农业农村局和县财政局要加强配合。");
        assert!(
            w.contains(&"和".to_string()) && w.contains(&"财政局".to_string()),
            "{w:?}"
        );
        // A modal glued to an unknown head before it.
        let w = words(&seg, "县生态环境局要加强执法。");
        assert!(w.contains(&"要".to_string()), "{w:?}");
        // Dictionary words that begin the same way stay whole.
        let w = words(&seg, "由于资金不足，对市场进行调查。");
        assert!(
            w.contains(&"由于".to_string()) && w.contains(&"市场".to_string()),
            "{w:?}"
        );
    }
}
