//! Compiles the tables in `data/*.tsv` into typed Rust (`$OUT_DIR/tables.rs`, included by
//! `src/lexicon.rs`), so that nothing is parsed at start-up and a bad row fails the build
//! with `data/NAME.tsv:LINE: what is wrong` instead of panicking in the browser.
//!
//! A table is UTF-8 TSV: `#` lines explain it, the first other line names its columns, and
//! each following line is one row. Columns are read by the names in that header, as
//! declared in `TABLES` below. `data/word_classes.tsv` declares its classes in its header
//! comment (`#   name: what it holds`); each class becomes a list of its own.

use std::fmt::Write as _;
use std::path::Path;

// The attribute values of the schema, so that a table and the enums cannot disagree.
#[path = "src/model.rs"]
#[allow(dead_code)]
mod model;

use model::{ActorKind, Force, Instrument, Level, Role, Term};

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
struct Table {
    file: &'static str,
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

const TABLES: &[Table] = &[
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

/// The file holding the small word classes.
const WORD_CLASSES: &str = "word_classes.tsv";

/// A mistake in a table, located.
struct Mistake(String);

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
fn compile(table: &Table, text: &str) -> Result<String, Mistake> {
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

/// The Rust of `data/word_classes.tsv`: one list per class declared in its header.
fn compile_classes(text: &str) -> Result<String, Mistake> {
    let file = WORD_CLASSES;
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
    let mut out = String::from(
        "/// The small word classes of `data/word_classes.tsv`, one list each.\npub mod class {\n",
    );
    for ((name, doc), words) in declared.iter().zip(&words) {
        if words.is_empty() {
            return Err(Mistake(format!(
                "data/{file}: class \"{name}\" is declared but has no words"
            )));
        }
        writeln!(
            out,
            "    /// {doc}\n    pub static {}: &[&str] = &{words:?};",
            name.to_uppercase()
        )
        .ok();
    }
    out.push_str("}\n");
    Ok(out)
}

fn main() {
    let dir = Path::new("data");
    let mut out = String::from(
        "// Generated by build.rs from data/*.tsv: edit the tables, not this file.\n\n",
    );
    let mut compiled: Vec<&str> = TABLES.iter().map(|t| t.file).collect();
    compiled.push(WORD_CLASSES);
    for file in &compiled {
        println!("cargo:rerun-if-changed=data/{file}");
    }
    println!("cargo:rerun-if-changed=src/model.rs");
    let result = TABLES
        .iter()
        .map(|t| {
            let text = std::fs::read_to_string(dir.join(t.file))
                .map_err(|e| Mistake(format!("data/{}: cannot read it: {e}", t.file)))?;
            compile(t, &text)
        })
        .chain(std::iter::once(
            std::fs::read_to_string(dir.join(WORD_CLASSES))
                .map_err(|e| Mistake(format!("data/{WORD_CLASSES}: cannot read it: {e}")))
                .and_then(|t| compile_classes(&t)),
        ))
        .collect::<Result<Vec<String>, Mistake>>();
    match result {
        Ok(parts) => parts.iter().for_each(|p| out.push_str(p)),
        Err(Mistake(message)) => {
            eprintln!("error: {message}");
            std::process::exit(1);
        }
    }
    let unlisted: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|f| f.ends_with(".tsv") && !compiled.contains(&f.as_str()))
        .collect();
    if !unlisted.is_empty() {
        eprintln!(
            "error: data/{} is not compiled: declare it in build.rs's TABLES",
            unlisted.join(", data/")
        );
        std::process::exit(1);
    }
    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("tables.rs");
    if let Err(e) = std::fs::write(&target, out) {
        eprintln!("error: cannot write {}: {e}", target.display());
        std::process::exit(1);
    }
}
