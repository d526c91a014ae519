//! Highlights must nest: a span of a lower layer never crosses the edge of a higher one
//! (measure over actor over target). A [`Layer`] answers "does this span cross one of
//! yours?" in logarithmic time, so that dropping the crossing spans stays linear however
//! many spans a unit holds.

use crate::text::Span;

/// Range maxima (or minima) of a list, answered in O(1) after an O(n log n) build.
struct SparseTable {
    levels: Vec<Vec<usize>>,
    max: bool,
}

impl SparseTable {
    fn new(values: Vec<usize>, max: bool) -> Self {
        let mut levels = vec![values];
        let mut width = 1;
        while width * 2 <= levels[0].len() {
            let prev = &levels[levels.len() - 1];
            let next = (0..prev.len() - width)
                .map(|i| Self::pick(max, prev[i], prev[i + width]))
                .collect();
            levels.push(next);
            width *= 2;
        }
        SparseTable { levels, max }
    }

    fn pick(max: bool, a: usize, b: usize) -> usize {
        if max {
            a.max(b)
        } else {
            a.min(b)
        }
    }

    /// The maximum (or minimum) of `from..to`, which must not be empty.
    fn of(&self, from: usize, to: usize) -> usize {
        let level = (usize::BITS - 1 - (to - from).leading_zeros()) as usize;
        let row = &self.levels[level];
        Self::pick(self.max, row[from], row[to - (1 << level)])
    }
}

/// The spans of one layer in one unit.
struct UnitEdges {
    /// Starts, sorted, with the end of each.
    starts: Vec<usize>,
    ends_by_start: SparseTable,
    /// Ends, sorted, with the start of each.
    ends: Vec<usize>,
    starts_by_end: SparseTable,
}

impl UnitEdges {
    fn new(mut spans: Vec<Span>) -> Self {
        spans.sort_by_key(|s| s.start);
        let starts = spans.iter().map(|s| s.start).collect();
        let ends_by_start = SparseTable::new(spans.iter().map(|s| s.end).collect(), true);
        spans.sort_by_key(|s| s.end);
        let ends = spans.iter().map(|s| s.end).collect();
        let starts_by_end = SparseTable::new(spans.iter().map(|s| s.start).collect(), false);
        UnitEdges {
            starts,
            ends_by_start,
            ends,
            starts_by_end,
        }
    }

    /// Whether `s` overlaps one of the spans without either holding the other: one starts
    /// inside `s` and ends after it, or ends inside `s` and starts before it.
    fn crossed_by(&self, s: Span) -> bool {
        let (from, to) = (
            self.starts.partition_point(|&x| x <= s.start),
            self.starts.partition_point(|&x| x < s.end),
        );
        if from < to && self.ends_by_start.of(from, to) > s.end {
            return true;
        }
        let (from, to) = (
            self.ends.partition_point(|&x| x <= s.start),
            self.ends.partition_point(|&x| x < s.end),
        );
        from < to && self.starts_by_end.of(from, to) < s.start
    }
}

/// The spans of one layer, unit by unit.
pub struct Layer {
    units: Vec<(usize, UnitEdges)>,
}

impl Layer {
    /// The layer of `spans`, each with its unit; the units must come in order.
    pub fn new(spans: impl IntoIterator<Item = (usize, Span)>) -> Self {
        let mut units: Vec<(usize, Vec<Span>)> = Vec::new();
        for (unit, span) in spans {
            match units.last_mut() {
                Some((u, list)) if *u == unit => list.push(span),
                _ => units.push((unit, vec![span])),
            }
        }
        Layer {
            units: units
                .into_iter()
                .map(|(u, list)| (u, UnitEdges::new(list)))
                .collect(),
        }
    }

    /// Whether `span` of unit `unit` crosses the edge of one of the layer's spans.
    pub fn crossed_by(&self, unit: usize, span: Span) -> bool {
        let k = self.units.partition_point(|(u, _)| *u < unit);
        self.units
            .get(k)
            .is_some_and(|(u, edges)| *u == unit && edges.crossed_by(span))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same question asked of every pair.
    fn crosses_naively(spans: &[Span], s: Span) -> bool {
        spans.iter().any(|o| {
            let overlap = s.start < o.end && o.start < s.end;
            overlap && !s.contains(*o) && !o.contains(s)
        })
    }

    #[test]
    fn a_layer_finds_every_crossing_and_nothing_else() {
        let spans: Vec<Span> = [(2, 6), (6, 9), (10, 20), (12, 14), (30, 31)]
            .iter()
            .map(|&(a, b)| Span::new(a, b))
            .collect();
        let layer = Layer::new(spans.iter().map(|s| (3, *s)));
        for start in 0..33 {
            for end in start..33 {
                let s = Span::new(start, end);
                assert_eq!(
                    layer.crossed_by(3, s),
                    crosses_naively(&spans, s),
                    "{start}..{end}"
                );
                assert!(!layer.crossed_by(4, s), "another unit holds none");
            }
        }
    }
}
