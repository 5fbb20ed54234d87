//! Streaming readers of import files: one record at a time, so memory stays
//! flat however long the file is. Each record knows its line number, for
//! the reject file.

use std::collections::HashMap;
use std::io::{BufRead, Read};
use std::sync::Arc;

/// The file formats Candor imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated, with a header row naming the columns.
    Csv,
    /// One JSON object per line.
    JsonLines,
}

impl Format {
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "csv" => Some(Self::Csv),
            "jsonl" | "ndjson" | "json" => Some(Self::JsonLines),
            _ => None,
        }
    }

    /// The format a file name suggests.
    pub fn of_path(path: &std::path::Path) -> Option<Self> {
        path.extension()
            .and_then(|e| e.to_str())
            .and_then(Self::parse)
    }
}

/// One record of the file and where it starts.
#[derive(Debug, Clone)]
pub struct Record {
    pub line: u64,
    fields: Fields,
}

#[derive(Debug, Clone)]
enum Fields {
    Csv {
        columns: Arc<HashMap<String, usize>>,
        row: csv::StringRecord,
    },
    Json(serde_json::Value),
}

impl Record {
    /// The value under `key` (a column name, or a dotted JSON path), as
    /// text; `None` when absent, null or empty.
    pub fn get(&self, key: &str) -> Option<String> {
        match &self.fields {
            Fields::Csv { columns, row } => {
                let value = row.get(*columns.get(key)?)?.trim();
                (!value.is_empty()).then(|| value.to_string())
            }
            Fields::Json(value) => {
                let value = json_text(json_path(value, key)?)?;
                let trimmed = value.trim();
                (!trimmed.is_empty()).then(|| trimmed.to_string())
            }
        }
    }
}

fn json_path<'a>(value: &'a serde_json::Value, key: &str) -> Option<&'a serde_json::Value> {
    // A key that is itself dotted wins over a path.
    if let Some(found) = value.get(key) {
        return Some(found);
    }
    key.split('.').try_fold(value, |v, part| v.get(part))
}

fn json_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        other => Some(other.to_string()),
    }
}

/// A record that could not be read, with its line and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub line: u64,
    pub reason: String,
}

/// Why no record came: a bad one (skipped, written to the reject file) or
/// a broken file (the import stops).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    Unreadable(Unreadable),
    Fatal(String),
}

/// Records one after another; a malformed one is reported and skipped.
pub struct Records {
    inner: Inner,
}

enum Inner {
    Csv {
        reader: csv::Reader<Box<dyn Read + Send>>,
        columns: Arc<HashMap<String, usize>>,
        row: csv::StringRecord,
    },
    Json {
        reader: Box<dyn BufRead + Send>,
        line: u64,
        buffer: Vec<u8>,
    },
}

impl Records {
    /// Opens a reader; for CSV reads the header and checks that it has
    /// every column in `wanted` (a missing one is an error for the whole file).
    pub fn new(
        input: Box<dyn BufRead + Send>,
        format: Format,
        wanted: &[&str],
    ) -> Result<Self, String> {
        let inner = match format {
            Format::Csv => {
                let mut reader = csv::ReaderBuilder::new()
                    .flexible(true)
                    .from_reader(Box::new(input) as Box<dyn Read + Send>);
                let header = reader
                    .headers()
                    .map_err(|e| format!("cannot read the CSV header: {e}"))?;
                let columns: HashMap<String, usize> = header
                    .iter()
                    .enumerate()
                    .map(|(i, name)| (name.trim().trim_start_matches('\u{feff}').to_string(), i))
                    .collect();
                let missing: Vec<&str> = wanted
                    .iter()
                    .copied()
                    .filter(|c| !columns.contains_key(*c))
                    .collect();
                if !missing.is_empty() {
                    return Err(format!(
                        "the CSV header lacks the mapped column(s): {} (it has: {})",
                        missing.join(", "),
                        header.iter().collect::<Vec<_>>().join(", ")
                    ));
                }
                Inner::Csv {
                    reader,
                    columns: Arc::new(columns),
                    row: csv::StringRecord::new(),
                }
            }
            Format::JsonLines => Inner::Json {
                reader: input,
                line: 0,
                buffer: Vec::new(),
            },
        };
        Ok(Self { inner })
    }

    /// The next record, `Err` for one that cannot be read, `None` at the end.
    /// An I/O error ends the file with an error of its own.
    pub fn next_record(&mut self) -> Option<Result<Record, ReadError>> {
        match &mut self.inner {
            Inner::Csv {
                reader,
                columns,
                row,
            } => next_csv(reader, columns, row),
            Inner::Json {
                reader,
                line,
                buffer,
            } => next_json(reader.as_mut(), line, buffer),
        }
    }
}

fn next_csv(
    reader: &mut csv::Reader<Box<dyn Read + Send>>,
    columns: &Arc<HashMap<String, usize>>,
    row: &mut csv::StringRecord,
) -> Option<Result<Record, ReadError>> {
    loop {
        let line = reader.position().line();
        return match reader.read_record(row) {
            Ok(false) => None,
            Ok(true) if row.iter().all(|f| f.trim().is_empty()) => continue,
            Ok(true) => Some(Ok(Record {
                line: row.position().map_or(line, |p| p.line()),
                fields: Fields::Csv {
                    columns: columns.clone(),
                    row: row.clone(),
                },
            })),
            Err(error) if matches!(error.kind(), csv::ErrorKind::Io(_)) => Some(Err(
                ReadError::Fatal(format!("cannot read the file: {error}")),
            )),
            Err(error) => Some(Err(ReadError::Unreadable(Unreadable {
                line: error.position().map_or(line, |p| p.line()),
                reason: format!("malformed CSV: {error}"),
            }))),
        };
    }
}

fn next_json(
    reader: &mut (dyn BufRead + Send),
    line: &mut u64,
    buffer: &mut Vec<u8>,
) -> Option<Result<Record, ReadError>> {
    loop {
        buffer.clear();
        *line += 1;
        let bad = |reason: String| {
            Some(Err(ReadError::Unreadable(Unreadable {
                line: *line,
                reason,
            })))
        };
        match reader.read_until(b'\n', buffer) {
            Ok(0) => return None,
            Ok(_) => {
                let Ok(text) = std::str::from_utf8(buffer) else {
                    return bad("the line is not valid UTF-8".into());
                };
                if text.trim().is_empty() {
                    continue;
                }
                return match serde_json::from_str::<serde_json::Value>(text) {
                    Ok(value @ serde_json::Value::Object(_)) => Some(Ok(Record {
                        line: *line,
                        fields: Fields::Json(value),
                    })),
                    Ok(_) => bad("not a JSON object".into()),
                    Err(error) => bad(format!("malformed JSON: {error}")),
                };
            }
            Err(error) => {
                return Some(Err(ReadError::Fatal(format!(
                    "cannot read the file: {error}"
                ))));
            }
        }
    }
}
