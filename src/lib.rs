//! Policy Lens (政策透镜): finds what a Chinese policy text orders, by whom, to whom and by
//! which measures. [`Analyzer::analyze`] is the entry point; README.md documents the JSON
//! schema and `../shared/ANNOTATION.md` what each category means.
//!
//! The layers, each reading only those before it:
//! - the vocabulary: [`model`] (kinds and attribute values) and [`rule`] (every rule);
//! - the data: [`lexicon`] (the tables of `data/`, compiled by `build.rs`);
//! - the text: [`text`] (spans, units, UTF-16) and [`numbering`];
//! - [`segment`] (words) and [`document`] (units, words and clauses);
//! - [`grammar`] (what every tagger reads) and [`phrase`] (noun phrases);
//! - the taggers [`directive`], [`actor`], [`measure`] and [`target`], which meet only in
//!   [`tagged`] (what they find);
//! - [`nesting`] (highlights nest: crossing spans are dropped), [`outline`] and [`link`]
//!   (each directive to its actors);
//! - [`schema`] (the output types), [`summary`] (which reads the schema) and
//!   [`pipeline`] (the analyzer, which assembles it all);
//! - for the front ends: [`filter`] (the kinds option), [`layout`] (how highlights nest),
//!   [`compact`] (the analysis as flat arrays for JavaScript),
//!   [`vocabulary`] (the JavaScript vocabulary module) and [`error`].
//!
//! `wasm` (built for wasm32 only) is the binding for the page.

pub mod actor;
pub mod compact;
pub mod directive;
pub mod document;
pub mod error;
pub mod filter;
pub mod grammar;
pub mod layout;
pub mod lexicon;
pub mod link;
pub mod measure;
pub mod model;
pub mod nesting;
pub mod numbering;
pub mod outline;
pub mod phrase;
pub mod pipeline;
pub mod rule;
pub mod schema;
pub mod segment;
pub mod summary;
pub mod tagged;
pub mod target;
pub mod text;
pub mod vocabulary;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use pipeline::Analyzer;
pub use schema::Analysis;
