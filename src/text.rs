//! Text positions: byte spans, units (ANNOTATION.md §0) and UTF-16 offsets for JavaScript.

/// A half-open byte range `start..end` of the analysed text, always on character boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The text the span names.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The number of characters the span covers in `text`.
    pub fn len_chars(&self, text: &str) -> usize {
        self.of(text).chars().count()
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Whether `c` is a Han character: the basic CJK block, extension A or the astral
/// extensions (𠀀 …).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{20000}'..='\u{3134f}')
}

/// Characters that end a unit (ANNOTATION.md §0).
pub fn is_unit_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '\n')
}

/// Closing quotes and brackets that belong to the unit their terminator ends.
pub fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '》' | '】')
}

/// Characters that end a clause inside a unit: commas, colons, semicolons, spaces and the
/// unit terminators, in full and half width. The enumeration comma `、` is not one.
pub fn is_clause_separator(c: char) -> bool {
    is_unit_terminator(c)
        || matches!(
            c,
            '，' | ',' | '：' | ':' | '\r' | '\t' | ' ' | '\u{3000}' | '\u{a0}'
        )
}

/// Splits `text` into units exactly as ANNOTATION.md §0 and `eval/gold.py` do: each ends
/// after a terminator and the closers right after it; surrounding white space is trimmed
/// and blank units are dropped.
///
/// A byte-order mark that opens the text stands before the first unit, like white space.
pub fn split_units(text: &str) -> Vec<Span> {
    let mut raw = Vec::new();
    let skip = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let mut start = skip;
    let mut chars = text[skip..]
        .char_indices()
        .map(|(i, c)| (i + skip, c))
        .peekable();
    while let Some((i, c)) = chars.next() {
        if is_unit_terminator(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !is_closer(d) {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            raw.push(Span::new(start, end));
            start = end;
        }
    }
    if start < text.len() {
        raw.push(Span::new(start, text.len()));
    }
    raw.into_iter()
        .filter_map(|s| {
            let seg = s.of(text);
            let trimmed = seg.trim();
            if trimmed.is_empty() {
                return None;
            }
            let lead = seg.len() - seg.trim_start().len();
            Some(Span::new(s.start + lead, s.start + lead + trimmed.len()))
        })
        .collect()
}

/// Converts byte offsets of one text to UTF-16 code-unit offsets, which is what
/// JavaScript's `String.prototype.slice` counts.
///
/// It keeps a checkpoint every 256 bytes, so a lookup walks at most 256 bytes and the
/// index costs about 3 % of the text's size.
#[derive(Debug, Clone)]
pub struct Utf16Index<'t> {
    text: &'t str,
    /// `(byte, utf16)` pairs at character boundaries, in increasing order.
    checkpoints: Vec<(usize, usize)>,
}

const CHECKPOINT_STRIDE: usize = 256;

impl<'t> Utf16Index<'t> {
    /// Builds the index of `text`.
    pub fn new(text: &'t str) -> Self {
        let mut checkpoints = vec![(0, 0)];
        let mut units = 0;
        let mut next = CHECKPOINT_STRIDE;
        for (i, c) in text.char_indices() {
            if i >= next {
                checkpoints.push((i, units));
                next = i + CHECKPOINT_STRIDE;
            }
            units += c.len_utf16();
        }
        Utf16Index { text, checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte`, which must be a character boundary.
    pub fn utf16(&self, byte: usize) -> usize {
        let k = self.checkpoints.partition_point(|&(b, _)| b <= byte) - 1;
        let (b, u) = self.checkpoints[k];
        u + self.text[b..byte]
            .chars()
            .map(char::len_utf16)
            .sum::<usize>()
    }

    /// The length of the whole text in UTF-16 code units.
    pub fn len_utf16(&self) -> usize {
        self.utf16(self.text.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_end_after_terminator_and_closing_quote() {
        let text = "他说：“要做好。”然后离开\n\n  第二行；";
        let units: Vec<&str> = split_units(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(units, ["他说：“要做好。”", "然后离开", "第二行；"]);
    }

    #[test]
    fn utf16_offsets_count_astral_characters_twice() {
        let text = "a𠀀b要";
        let idx = Utf16Index::new(text);
        assert_eq!(idx.utf16(0), 0);
        assert_eq!(idx.utf16(1), 1);
        assert_eq!(idx.utf16(5), 3);
        assert_eq!(idx.utf16(6), 4);
        assert_eq!(idx.len_utf16(), 5);
    }

    #[test]
    fn utf16_offsets_are_exact_past_many_checkpoints() {
        let text = "要𠀀,".repeat(500);
        let idx = Utf16Index::new(&text);
        for (i, _) in text.char_indices() {
            assert_eq!(idx.utf16(i), text[..i].encode_utf16().count());
        }
    }
}
