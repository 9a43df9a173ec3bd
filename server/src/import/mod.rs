//! Importers for files from French offices. `reader` turns bytes into a table with line numbers;
//! the per-kind importers (quartiers, résidences, stock, demand) build on it.
pub mod reader;
