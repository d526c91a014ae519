//! The table compiler of `build.rs`: reads `data/*.tsv` by the column names of each
//! table's header and writes typed Rust, or says which line of which file is wrong. Kept
//! apart from `build.rs` so that the crate's unit tests can run it on broken tables.

use std::fmt::Write as _;

use crate::model::{ActorKind, Force, Instrument, Level, Role, Term};

/// What one column holds and how it becomes Rust.
#[derive(Clone, Copy)]
enum Column {
    /// Text, never empty: `&'static str`.
    Text,
    /// A whole number: `u32`.
    Number,
    /// A value of one of the schema's enums.
    Value(Values),
    /// One of a table's own spellings, each standing for a Rust expression.
    Choice(&'static str, &'static [(&'static str, &'static str)]),
}

/// The schema enums a column may hold.
#[derive(Clone, Copy)]
enum Values {
    Force,
    Role,
    /// A level, or `none` for a cue that only blocks shorter ones.
    LevelOrNone,
    Instrument,
    ActorKind,
}

/// One table: its file, the Rust names of its row type and list, and its columns.
pub struct Table {
    /// The file name under `data/`.
    pub file: &'static str,
    /// What a row is, for the row type's doc comment.
    row_doc: &'static str,
    row_type: &'static str,
    list: &'static str,
    columns: &'static [(&'static str, Column)],
}

const MARKER_PLACE: Column = Column::Choice(
    "MarkerPlace",
    &[
        ("any", "MarkerPlace::Anywhere"),
        ("before_verb", "MarkerPlace::BeforeVerb"),
        ("clause_start", "MarkerPlace::ClauseStart"),
    ],
);
const CUE_KIND: Column = Column::Choice(
    "CueKind",
    &[
        ("event", "CueKind::Event"),
        ("report", "CueKind::Report"),
        ("prediction", "CueKind::Prediction"),
        ("definition", "CueKind::Definition"),
        ("maxim", "CueKind::Maxim"),
        ("metadata", "CueKind::Metadata"),
    ],
);
const ADVERB_PLACE: Column =
    Column::Choice("bool", &[("always", "false"), ("before_verb", "true")]);
const YES_NO: Column = Column::Choice("bool", &[("yes", "true"), ("no", "false")]);

/// Every table of `data/` but the word classes, with its columns.
pub const TABLES: &[Table] = &[
    Table {
        file: "policy_lexicon.tsv",
        row_doc: "A term added to the segmenter's dictionary.",
        row_type: "PolicyTerm",
        list: "POLICY_TERMS",
        columns: &[
            ("word", Column::Text),
            ("freq", Column::Number),
            ("pos", Column::Text),
        ],
    },
    Table {
        file: "surnames.tsv",
        row_doc: "A surname.",
        row_type: "",
        list: "SURNAMES",
        columns: &[("surname", Column::Text)],
    },
    Table {
        file: "directive_markers.tsv",
        row_doc:
            "A word that makes a unit a directive, with the force it gives and where it counts.",
        row_type: "MarkerRow",
        list: "DIRECTIVE_MARKERS",
        columns: &[
            ("marker", Column::Text),
            ("force", Column::Value(Values::Force)),
            ("where", MARKER_PLACE),
        ],
    },
    Table {
        file: "non_directive_cues.tsv",
        row_doc: "A word that shows a unit does not instruct, with what it shows.",
        row_type: "CueRow",
        list: "NON_DIRECTIVE_CUES",
        columns: &[("cue", Column::Text), ("kind", CUE_KIND)],
    },
    Table {
        file: "measure_verbs.tsv",
        row_doc: "A verb that opens a measure.",
        row_type: "",
        list: "MEASURE_VERBS",
        columns: &[("verb", Column::Text)],
    },
    Table {
        file: "measure_adverbs.tsv",
        row_doc:
            "A word left out before a measure's verb, and whether only when a verb follows it.",
        row_type: "AdverbRow",
        list: "MEASURE_ADVERBS",
        columns: &[("word", Column::Text), ("when", ADVERB_PLACE)],
    },
    Table {
        file: "phrase_breaks.tsv",
        row_doc: "A word that never stands inside a noun phrase.",
        row_type: "",
        list: "PHRASE_BREAKS",
        columns: &[("word", Column::Text)],
    },
    Table {
        file: "actor_modifiers.tsv",
        row_doc: "A word that may stand before an actor head in its phrase.",
        row_type: "",
        list: "ACTOR_MODIFIERS",
        columns: &[("word", Column::Text)],
    },
    Table {
        file: "actor_heads.tsv",
        row_doc: "A last word of an actor phrase, with the kind of body it names.",
        row_type: "ActorHeadRow",
        list: "ACTOR_HEADS",
        columns: &[
            ("head", Column::Text),
            ("kind", Column::Value(Values::ActorKind)),
        ],
    },
    Table {
        file: "central_organs.tsv",
        row_doc: "A central organ of the state, the party or a people's organisation.",
        row_type: "",
        list: "CENTRAL_ORGANS",
        columns: &[("organ", Column::Text)],
    },
    Table {
        file: "actor_non_heads.tsv",
        row_doc: "A word that ends like an actor head but names no one.",
        row_type: "",
        list: "ACTOR_NON_HEADS",
        columns: &[("word", Column::Text)],
    },
    Table {
        file: "actor_levels.tsv",
        row_doc: "A cue of an actor's level; `None` for a cue that only blocks shorter cues.",
        row_type: "LevelCueRow",
        list: "LEVEL_CUES",
        columns: &[
            ("cue", Column::Text),
            ("level", Column::Value(Values::LevelOrNone)),
        ],
    },
    Table {
        file: "role_verbs.tsv",
        row_doc: "A verb that gives the subject before it a role.",
        row_type: "RoleVerbRow",
        list: "ROLE_VERBS",
        columns: &[
            ("verb", Column::Text),
            ("role", Column::Value(Values::Role)),
        ],
    },
    Table {
        file: "abstract_objects.tsv",
        row_doc: "An object head that makes a verb phrase an exhortation.",
        row_type: "",
        list: "ABSTRACT_OBJECTS",
        columns: &[("word", Column::Text)],
    },
    Table {
        file: "instrument_cues.tsv",
        row_doc: "A cue of a measure's instrument, with its type and weight.",
        row_type: "InstrumentCueRow",
        list: "INSTRUMENT_CUES",
        columns: &[
            ("cue", Column::Text),
            ("instrument", Column::Value(Values::Instrument)),
            ("weight", Column::Number),
        ],
    },
    Table {
        file: "target_heads.tsv",
        row_doc: "A last word of a target phrase, and whether it names a group alone.",
        row_type: "TargetHeadRow",
        list: "TARGET_HEADS",
        columns: &[("head", Column::Text), ("alone", YES_NO)],
    },
    Table {
        file: "stopwords.tsv",
        row_doc: "A word left out of the keywords.",
        row_type: "",
        list: "STOPWORDS",
        columns: &[("word", Column::Text)],
    },
];

/// The folder of the small word classes, one file per part that names them.
pub const CLASSES: &str = "classes";

/// A mistake in a table, located: `data/NAME.tsv:LINE: what is wrong`.
pub struct Mistake(pub String);

type Rows = Vec<(usize, Vec<String>)>;

/// The header's column names and the rows (with their line numbers) of a table's text.
fn read(file: &str, text: &str) -> Result<(Vec<String>, Rows), Mistake> {
    let mut header = None;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let at = i + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cells: Vec<String> = line.split('\t').map(|c| c.trim().to_string()).collect();
        if header.is_none() {
            header = Some(cells);
            continue;
        }
        let width = header.as_ref().map_or(0, Vec::len);
        if cells.len() != width {
            return Err(Mistake(format!(
                "data/{file}:{at}: {} cells, but the header names {width} columns",
                cells.len()
            )));
        }
        if let Some(k) = cells.iter().position(String::is_empty) {
            return Err(Mistake(format!(
                "data/{file}:{at}: column {} is empty",
                k + 1
            )));
        }
        rows.push((at, cells));
    }
    let header = header.ok_or_else(|| Mistake(format!("data/{file}: no header line")))?;
    if rows.is_empty() {
        return Err(Mistake(format!("data/{file}: no rows after the header")));
    }
    Ok((header, rows))
}

/// A schema value as Rust, or what is wrong with `cell`.
fn value(values: Values, cell: &str) -> Result<String, String> {
    fn of<T: Term + std::fmt::Debug>(cell: &str) -> Result<String, String> {
        let name = std::any::type_name::<T>()
            .rsplit("::")
            .next()
            .unwrap_or_default();
        T::parse(cell)
            .map(|v| format!("{name}::{v:?}"))
            .ok_or_else(|| {
                let all: Vec<&str> = T::ALL.iter().map(|v| v.as_str()).collect();
                format!("\"{cell}\" is no {}; use {}", T::FIELD, all.join(", "))
            })
    }
    match values {
        Values::Force => of::<Force>(cell),
        Values::Role => of::<Role>(cell),
        Values::LevelOrNone if cell == "none" => Ok("None".into()),
        Values::LevelOrNone => of::<Level>(cell).map(|v| format!("Some({v})")),
        Values::Instrument => of::<Instrument>(cell),
        Values::ActorKind => of::<ActorKind>(cell),
    }
}

/// The Rust type of a column.
fn rust_type(column: Column) -> &'static str {
    match column {
        Column::Text => "&'static str",
        Column::Number => "u32",
        Column::Value(Values::Force) => "Force",
        Column::Value(Values::Role) => "Role",
        Column::Value(Values::LevelOrNone) => "Option<Level>",
        Column::Value(Values::Instrument) => "Instrument",
        Column::Value(Values::ActorKind) => "ActorKind",
        Column::Choice(ty, _) => ty,
    }
}

/// One cell as a Rust expression.
fn cell(file: &str, at: usize, name: &str, column: Column, text: &str) -> Result<String, Mistake> {
    let wrong = |what: String| Mistake(format!("data/{file}:{at}: column {name}: {what}"));
    match column {
        Column::Text => Ok(format!("{text:?}")),
        Column::Number => text
            .parse::<u32>()
            .map(|n| n.to_string())
            .map_err(|_| wrong(format!("\"{text}\" is not a whole number"))),
        Column::Value(values) => value(values, text).map_err(wrong),
        Column::Choice(_, choices) => choices
            .iter()
            .find(|(spelling, _)| *spelling == text)
            .map(|(_, rust)| rust.to_string())
            .ok_or_else(|| {
                let all: Vec<&str> = choices.iter().map(|c| c.0).collect();
                wrong(format!("\"{text}\" is not one of {}", all.join(", ")))
            }),
    }
}

/// The Rust of one table.
pub fn compile(table: &Table, text: &str) -> Result<String, Mistake> {
    let (header, rows) = read(table.file, text)?;
    let names: Vec<&str> = table.columns.iter().map(|c| c.0).collect();
    if header != names {
        return Err(Mistake(format!(
            "data/{}: the header names the columns {}, but the table must have {}",
            table.file,
            header.join(", "),
            names.join(", ")
        )));
    }
    let mut out = String::new();
    let single = table.columns.len() == 1;
    if !single {
        writeln!(
            out,
            "/// {}\n#[derive(Debug, Clone, Copy)]\npub struct {} {{",
            table.row_doc, table.row_type
        )
        .ok();
        for (name, column) in table.columns {
            writeln!(
                out,
                "    /// Column `{name}` of `data/{}`.\n    pub {}: {},",
                table.file,
                field(name),
                rust_type(*column)
            )
            .ok();
        }
        out.push_str("}\n");
    }
    let ty = if single { "&str" } else { table.row_type };
    writeln!(
        out,
        "/// Every row of `data/{}` ({}).\npub static {}: &[{ty}] = &[",
        table.file, table.row_doc, table.list
    )
    .ok();
    for (at, cells) in &rows {
        let values = table
            .columns
            .iter()
            .zip(cells)
            .map(|((name, column), text)| cell(table.file, *at, name, *column, text))
            .collect::<Result<Vec<_>, _>>()?;
        if single {
            writeln!(out, "    {},", values[0]).ok();
        } else {
            let fields: Vec<String> = table
                .columns
                .iter()
                .zip(&values)
                .map(|((n, _), v)| format!("{}: {v}", field(n)))
                .collect();
            writeln!(out, "    {} {{ {} }},", table.row_type, fields.join(", ")).ok();
        }
    }
    out.push_str("];\n\n");
    Ok(out)
}

/// A column name as a Rust field name (`where` is a keyword).
fn field(name: &str) -> String {
    if name == "where" {
        "place".into()
    } else {
        name.into()
    }
}

/// The Rust of one file of word classes (`data/classes/NAME.tsv`): one list per class its
/// header declares (`#   name: what it holds`), with the names of those classes.
pub fn compile_classes(file: &str, text: &str) -> Result<(String, Vec<String>), Mistake> {
    let declared: Vec<(String, String)> = text
        .lines()
        .filter_map(|l| l.strip_prefix("#   "))
        .filter_map(|l| l.split_once(": "))
        .map(|(name, doc)| (name.trim().to_string(), doc.trim().to_string()))
        .collect();
    let (header, rows) = read(file, text)?;
    if header != ["word", "class"] {
        return Err(Mistake(format!(
            "data/{file}: the header must name the columns word, class"
        )));
    }
    let mut words: Vec<Vec<String>> = vec![Vec::new(); declared.len()];
    for (at, cells) in &rows {
        let k = declared.iter().position(|(name, _)| *name == cells[1]).ok_or_else(|| {
            Mistake(format!(
                "data/{file}:{at}: class \"{}\" is not declared in the header (`#   name: what it holds`)",
                cells[1]
            ))
        })?;
        words[k].push(cells[0].clone());
    }
    let mut out = String::new();
    for ((name, doc), words) in declared.iter().zip(&words) {
        if words.is_empty() {
            return Err(Mistake(format!(
                "data/{file}: class \"{name}\" is declared but has no words"
            )));
        }
        writeln!(
            out,
            "    /// {doc} (`data/{file}`)\n    pub static {}: &[&str] = &{words:?};",
            name.to_uppercase()
        )
        .ok();
    }
    Ok((out, declared.into_iter().map(|(name, _)| name).collect()))
}

/// The one mistake jieba-rs's `load_dict` can find in `data/jieba_dict.txt` (a word whose
/// frequency is not a whole number), found at build time so that loading it cannot fail.
pub fn check_dictionary(text: &str) -> Result<(), Mistake> {
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        let mut fields = line.split_whitespace();
        if let (Some(word), Some(freq)) = (fields.next(), fields.next()) {
            if freq.parse::<usize>().is_err() {
                return Err(Mistake(format!(
                    "data/jieba_dict.txt:{}: the frequency of {word} is \"{freq}\", not a whole number",
                    i + 1
                )));
            }
        }
    }
    Ok(())
}

/// The character that stands for a shared prefix of `n` characters in a front-coded line.
fn prefix_code(n: usize) -> char {
    char::from_u32('0' as u32 + n as u32).unwrap_or('0')
}

/// `data/jieba_dict.txt` front-coded, the form the wasm ships (brotli compresses it to
/// about 85 % of the plain list): the entries sorted by word, each line one character
/// giving how many characters its word shares with the previous line's (`0` for none,
/// `1` for one …), then the rest of the word, its frequency and its tag. Comment lines are
/// left out. `src/segment.rs` expands it at start-up.
pub fn front_coded(text: &str) -> String {
    let mut entries: Vec<(&str, &str)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split_once(' ').unwrap_or((l, "")))
        .collect();
    entries.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut previous: Vec<char> = Vec::new();
    for (word, rest) in entries {
        let chars: Vec<char> = word.chars().collect();
        let shared = chars
            .iter()
            .zip(&previous)
            .take_while(|(a, b)| a == b)
            .count()
            .min(70);
        out.push(prefix_code(shared));
        out.extend(&chars[shared..]);
        out.push(' ');
        out.push_str(rest);
        out.push('\n');
        previous = chars;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(file: &str) -> &'static Table {
        TABLES.iter().find(|t| t.file == file).unwrap()
    }

    fn mistake(result: Result<String, Mistake>) -> String {
        match result {
            Ok(_) => panic!("the table was accepted"),
            Err(Mistake(m)) => m,
        }
    }

    #[test]
    fn a_good_table_compiles_to_typed_rows() {
        let rust = compile(
            table("role_verbs.tsv"),
            "# a comment\nverb\trole\n强调\tissuer\n",
        )
        .ok();
        let rust = rust.unwrap_or_default();
        assert!(
            rust.contains("RoleVerbRow { verb: \"强调\", role: Role::Issuer }"),
            "{rust}"
        );
    }

    #[test]
    fn a_bad_row_names_its_file_line_and_mistake() {
        let heads = table("actor_heads.tsv");
        assert_eq!(
            mistake(compile(heads, "# heads\nhead\tkind\n党委\tgovernment\n站\tstation\n")),
            "data/actor_heads.tsv:4: column kind: \"station\" is no kind; use government, person, organisation, place"
        );
        assert_eq!(
            mistake(compile(heads, "head\tkind\n党委\n")),
            "data/actor_heads.tsv:2: 1 cells, but the header names 2 columns"
        );
        assert_eq!(
            mistake(compile(heads, "word\tkind\n党委\tgovernment\n")),
            "data/actor_heads.tsv: the header names the columns word, kind, but the table must have head, kind"
        );
        let cues = table("instrument_cues.tsv");
        assert_eq!(
            mistake(compile(
                cues,
                "cue\tinstrument\tweight\n补贴\tsupply\tmany\n"
            )),
            "data/instrument_cues.tsv:2: column weight: \"many\" is not a whole number"
        );
    }

    #[test]
    fn a_word_class_must_be_declared_and_used() {
        let file = "classes/actor.tsv";
        let text =
            "#   pivot_verb: verbs of a pivot.\nword\tclass\n鼓励\tpivot_verb\n引导\tpivot\n";
        assert!(mistake(compile_classes(file, text).map(|r| r.0))
            .starts_with("data/classes/actor.tsv:4: class \"pivot\" is not declared"));
        let empty = "#   pivot_verb: verbs.\n#   joiner: joiners.\nword\tclass\n鼓励\tpivot_verb\n";
        assert_eq!(
            mistake(compile_classes(file, empty).map(|r| r.0)),
            "data/classes/actor.tsv: class \"joiner\" is declared but has no words"
        );
    }

    #[test]
    fn a_dictionary_frequency_must_be_a_number() {
        assert!(check_dictionary("# head\n政策 100 n\n透镜 7\n").is_ok());
        let Err(Mistake(m)) = check_dictionary("# head\n政策 many n\n") else {
            panic!("accepted");
        };
        assert_eq!(
            m,
            "data/jieba_dict.txt:2: the frequency of 政策 is \"many\", not a whole number"
        );
    }
}
