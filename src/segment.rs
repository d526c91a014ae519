//! Word segmentation: jieba-rs with `data/jieba_dict.txt` (its default dictionary less the
//! rarest words) plus the policy lexicon, and a guess at the part of speech of unknown words.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use jieba_rs::Jieba;

use crate::lexicon::Lexicons;
use crate::text::Span;

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

/// jieba-rs's dictionary, header lines (`#`) included.
const DICTIONARY: &str = include_str!("../data/jieba_dict.txt");

/// `text` without the `#` lines that open it.
fn without_header(text: &str) -> &str {
    let mut rest = text;
    while rest.starts_with('#') {
        rest = rest.split_once('\n').map_or("", |(_, after)| after);
    }
    rest
}

/// The modal that HMM segmentation glues to the word before it.
const MODAL: &str = "要";

/// The segmenter: built once, because building the dictionary is the expensive part.
pub struct Segmenter {
    jieba: Jieba,
    /// The policy lexicon's tags, which win over jieba's own for words it already has
    /// (jieba-rs keeps the old tag when a word is added again).
    tags: HashMap<&'static str, Pos>,
    /// Surnames that make an unknown word a name (`data/surnames.tsv`).
    surnames: HashSet<char>,
}

impl Segmenter {
    /// Builds the dictionary (`data/jieba_dict.txt`) and adds the policy lexicon.
    pub fn new(lexicons: &Lexicons) -> Self {
        let mut jieba = Jieba::empty();
        let mut dict = without_header(DICTIONARY).as_bytes();
        // The dictionary ships with the crate: a failure here is a build mistake, which
        // every test would show.
        jieba
            .load_dict(&mut dict)
            .expect("data/jieba_dict.txt is a valid jieba dictionary");
        let mut tags = HashMap::default();
        for term in &lexicons.policy_terms {
            // A weight of 0 only splits a dictionary word; it must not add a new one.
            if term.freq > 0 {
                jieba.add_word(term.word, Some(term.freq), Some(term.pos));
                tags.insert(term.word, Pos::from_jieba(term.pos));
            } else if jieba.has_word(term.word) {
                jieba.add_word(term.word, Some(0), None);
            }
        }
        let surnames = lexicons
            .surnames
            .iter()
            .filter_map(|s| s.chars().next())
            .collect();
        Segmenter {
            jieba,
            tags,
            surnames,
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
            if unknown && t.word.len() > MODAL.len() && t.word.ends_with(MODAL) {
                let cut = end - MODAL.len();
                out.push(Token {
                    span: Span::new(start, cut),
                    pos: self.guess_unknown(&t.word[..t.word.len() - MODAL.len()]),
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

    /// The part of speech of a word outside the dictionary: a name when it has two or
    /// three characters and starts with a surname; other Chinese words (mostly what HMM
    /// glued together: 到习, 网等) are nothing in particular; a lone character and
    /// anything else (punctuation, white space, emoji) is a symbol.
    fn guess_unknown(&self, word: &str) -> Pos {
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            return Pos::Symbol;
        };
        if !is_cjk(first) {
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

/// Whether `c` is a CJK ideograph (the basic block, extension A, or the astral extensions).
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{20000}'..='\u{3134f}')
}
