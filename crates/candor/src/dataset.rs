//! Labelled text files for `train` and `eval`: CSV with a header naming
//! `text`, `label` and optionally `language`, or JSON lines with those keys
//! (chosen by the extension `.jsonl`/`.json`, else by the first character).
//! Bad rows are reported with their line numbers and skipped.

use std::path::Path;

use anyhow::Context;
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Example {
    pub text: String,
    pub label: String,
    #[serde(default)]
    pub language: Option<String>,
}

/// The examples of a file, and the rows that could not be read.
pub struct Dataset {
    pub examples: Vec<Example>,
    pub rejected: Vec<(usize, String)>,
}

pub fn read(path: &Path) -> anyhow::Result<Dataset> {
    let raw = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let text = String::from_utf8_lossy(&raw);
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    let json =
        matches!(extension, "jsonl" | "json" | "ndjson") || text.trim_start().starts_with('{');
    let dataset = if json {
        read_json_lines(&text)
    } else {
        read_csv(&text)?
    };
    for (line, problem) in &dataset.rejected {
        eprintln!("{}:{line}: skipped: {problem}", path.display());
    }
    if dataset.examples.is_empty() {
        anyhow::bail!(
            "{}: no usable rows (each needs a non-empty text and label)",
            path.display()
        );
    }
    Ok(dataset)
}

fn check(example: Example) -> Result<Example, String> {
    if example.text.trim().is_empty() {
        return Err("empty text".into());
    }
    if example.label.trim().is_empty() {
        return Err("empty label".into());
    }
    Ok(Example {
        label: example.label.trim().to_string(),
        ..example
    })
}

fn read_json_lines(text: &str) -> Dataset {
    let mut dataset = Dataset {
        examples: Vec::new(),
        rejected: Vec::new(),
    };
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let parsed = serde_json::from_str::<serde_json::Value>(line)
            .map_err(|e| format!("not JSON: {e}"))
            .and_then(|mut value| {
                // Numeric labels (0/1) are common: read them as text.
                if let Some(label) = value
                    .get("label")
                    .filter(|l| l.is_number() || l.is_boolean())
                {
                    value["label"] = serde_json::Value::String(label.to_string());
                }
                serde_json::from_value::<Example>(value)
                    .map_err(|e| format!("missing or bad field: {e}"))
            })
            .and_then(check);
        match parsed {
            Ok(example) => dataset.examples.push(example),
            Err(problem) => dataset.rejected.push((index + 1, problem)),
        }
    }
    dataset
}

fn read_csv(text: &str) -> anyhow::Result<Dataset> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .context("cannot read the CSV header")?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let (Some(text_at), Some(label_at)) = (column("text"), column("label")) else {
        anyhow::bail!(
            "the CSV header must name the columns text and label (found: {})",
            headers.iter().collect::<Vec<_>>().join(", ")
        );
    };
    let language_at = column("language");
    let mut dataset = Dataset {
        examples: Vec::new(),
        rejected: Vec::new(),
    };
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, |p| p.line() as usize);
                dataset
                    .rejected
                    .push((line, format!("unreadable CSV row: {error}")));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        let field = |at: usize| record.get(at).unwrap_or_default().to_string();
        let example = Example {
            text: field(text_at),
            label: field(label_at),
            language: language_at.map(field).filter(|l| !l.is_empty()),
        };
        match check(example) {
            Ok(example) => dataset.examples.push(example),
            Err(problem) => dataset.rejected.push((line, problem)),
        }
    }
    Ok(dataset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_with_bad_rows_report_line_numbers() {
        let data = "{\"text\": \"good\", \"label\": 1}\nnot json\n{\"text\": \"\", \"label\": \"x\"}\n{\"text\": \"bad\", \"label\": \"neg\", \"language\": \"en\"}\n";
        let d = read_json_lines(data);
        assert_eq!(d.examples.len(), 2);
        assert_eq!(d.examples[0].label, "1");
        assert_eq!(
            d.rejected.iter().map(|r| r.0).collect::<Vec<_>>(),
            vec![2, 3]
        );
    }

    #[test]
    fn csv_needs_text_and_label_columns() {
        let d = read_csv("label,text,language\npos,\"great, really\",en\nneg,,en\n").expect("csv");
        assert_eq!(
            d.examples,
            vec![Example {
                text: "great, really".into(),
                label: "pos".into(),
                language: Some("en".into())
            }]
        );
        assert_eq!(d.rejected.len(), 1);
        assert!(read_csv("a,b\n1,2\n").is_err());
    }
}
