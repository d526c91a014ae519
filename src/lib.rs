//! Policy Lens (政策透镜): finds what a Chinese policy text orders, by whom, to whom and by
//! which measures. [`Analyzer::analyze`] is the entry point; README.md documents the JSON
//! schema and `../shared/ANNOTATION.md` what each category means.
//!
//! The pipeline: [`document`] cuts the text into units, words and clauses; [`directive`],
//! [`actor`], [`measure`] and [`target`] tag it; [`link`] ties directives to their actors;
//! [`outline`] and [`summary`] derive the rest; [`analysis`] assembles the schema.
//! `wasm` (built for wasm32 only) is the binding for the page.

pub mod actor;
pub mod analysis;
pub mod directive;
pub mod document;
pub mod lexicon;
pub mod link;
pub mod measure;
pub mod model;
pub mod outline;
pub mod phrase;
pub mod segment;
pub mod summary;
pub mod target;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{Analysis, Analyzer};
