//! The content spam model: the `candor-text` linear classifier trained on
//! the UCI SMS and YouTube spam collections (`data/spam_train.jsonl`,
//! vendored; see NOTICE) and shipped inside the binary.
//!
//! Rebuild it with:
//! `candor train --task spam --input crates/candor-trust/data/spam_train.jsonl
//!  --out crates/candor-trust/models/spam.cndlm --buckets 262144`
//! (a test checks that this gives exactly the shipped file).

use candor_text::classifier::{Model, ModelError};

/// The data the shipped model was trained on (JSON lines: text, label, source).
pub const VENDORED_EXAMPLES: &str = include_str!("../data/spam_train.jsonl");

/// `(text, label)` of the vendored data, in file order.
pub fn vendored_examples() -> Vec<(String, String)> {
    VENDORED_EXAMPLES
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|row| {
            let text = row["text"].as_str()?.to_string();
            let label = row["label"].as_str()?.to_string();
            Some((text, label))
        })
        .collect()
}

/// The shipped model file.
pub const SHIPPED_MODEL: &[u8] = include_bytes!("../models/spam.cndlm");
/// Hash buckets of the shipped model: a quarter of the default keeps the
/// file near 1 MB, at no cost in accuracy on these collections.
pub const SHIPPED_BUCKETS: u32 = 1 << 18;

#[derive(Debug, thiserror::Error)]
pub enum SpamModelError {
    #[error(transparent)]
    Model(#[from] ModelError),
    #[error("the model has no \"spam\" label (its labels: {0})")]
    NoSpamLabel(String),
}

#[derive(Debug, Clone)]
pub struct SpamModel {
    model: Model,
    spam: usize,
}

impl SpamModel {
    pub fn shipped() -> Result<Self, SpamModelError> {
        Self::from_model(Model::from_bytes(SHIPPED_MODEL)?)
    }

    /// A model of any task whose labels include `spam` (e.g. one retrained
    /// from moderators' decisions).
    pub fn from_model(model: Model) -> Result<Self, SpamModelError> {
        let labels = &model.header.labels;
        let spam = labels
            .iter()
            .position(|l| l == "spam")
            .ok_or_else(|| SpamModelError::NoSpamLabel(labels.join(", ")))?;
        Ok(Self { model, spam })
    }

    /// Wraps a model file (e.g. one retrained for this instance).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, SpamModelError> {
        Self::from_model(Model::from_bytes(bytes)?)
    }

    /// The probability that `text` is spam, in [0, 1].
    pub fn probability(&self, text: &str) -> f64 {
        self.model
            .probabilities(text)
            .get(self.spam)
            .map_or(0.0, |p| f64::from(*p))
    }
}
