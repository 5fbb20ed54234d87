//! A fast linear text classifier: multinomial logistic regression on hashed
//! word, bigram and character n-gram features (see `features`), each text a
//! unit-length vector of feature counts, trained by
//! SGD with a seeded shuffle, so the same data and seed give the same model.
//!
//! # File format, version 1 (little-endian)
//! ```text
//! 8 bytes   magic "CANDORLM"
//! u32       format version (1)
//! u32       header length H, then H bytes of JSON: {task, labels, features, trained_on}
//! f32 × K   bias per label (K = number of labels)
//! u32       number R of non-zero weight rows, then R × (u32 bucket, f32 × K)
//! ```
//! Rows absent from the file are zero, which keeps models of short texts small.

use serde::{Deserialize, Serialize};

use crate::features::{FeatureConfig, extract};

pub const MAGIC: &[u8; 8] = b"CANDORLM";
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy)]
pub struct TrainConfig {
    pub features: FeatureConfig,
    pub epochs: u32,
    pub learning_rate: f32,
    pub seed: u64,
}

impl Default for TrainConfig {
    fn default() -> Self {
        Self {
            features: FeatureConfig::default(),
            epochs: 10,
            learning_rate: 0.5,
            seed: 42,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelHeader {
    pub task: String,
    pub labels: Vec<String>,
    pub features: FeatureConfig,
    pub trained_on: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub header: ModelHeader,
    bias: Vec<f32>,
    /// `buckets × labels`, one row of label weights per bucket.
    weights: Vec<f32>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ModelError {
    #[error("not a Candor model file (bad magic bytes)")]
    NotAModel,
    #[error(
        "model file format version {found} is not supported (this Candor reads version {FORMAT_VERSION})"
    )]
    Version { found: u32 },
    #[error("the model file is truncated or corrupt: {0}")]
    Corrupt(String),
    #[error(
        "training needs at least two labels and one example; got {labels} labels, {examples} examples"
    )]
    NotEnoughData { labels: usize, examples: usize },
}

/// A text as a sparse vector of unit length: each feature's count divided by
/// the vector's norm, so long and short texts train at the same pace.
fn vectorize(text: &str, config: &FeatureConfig) -> Vec<(u32, f32)> {
    let mut buckets = extract(text, config);
    buckets.sort_unstable();
    let mut counted: Vec<(u32, f32)> = Vec::with_capacity(buckets.len());
    for bucket in buckets {
        match counted.last_mut() {
            Some((last, count)) if *last == bucket => *count += 1.0,
            _ => counted.push((bucket, 1.0)),
        }
    }
    let norm = counted
        .iter()
        .map(|(_, c)| c * c)
        .sum::<f32>()
        .sqrt()
        .max(1.0);
    for (_, value) in &mut counted {
        *value /= norm;
    }
    counted
}

fn softmax(logits: &[f32]) -> Vec<f32> {
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exps: Vec<f32> = logits.iter().map(|l| (l - max).exp()).collect();
    let sum: f32 = exps.iter().sum();
    exps.into_iter().map(|e| e / sum).collect()
}

/// The sum over distinct values of (occurrences of the value)², from an
/// open-addressing table: cheaper than sorting for a few thousand values.
fn sum_of_squared_counts(values: &[u32]) -> f32 {
    let bits = (values.len() * 2)
        .next_power_of_two()
        .max(16)
        .trailing_zeros();
    let mask = (1usize << bits) - 1;
    // Bucket indexes stay below `buckets` (a u32), so u32::MAX marks a free slot.
    let mut keys = vec![u32::MAX; mask + 1];
    let mut counts = vec![0u64; mask + 1];
    let mut total = 0u64;
    for &value in values {
        let mut slot =
            (u64::from(value).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize;
        while keys[slot] != value && keys[slot] != u32::MAX {
            slot = (slot + 1) & mask;
        }
        keys[slot] = value;
        // (c + 1)² - c² = 2c + 1
        total += 2 * counts[slot] + 1;
        counts[slot] += 1;
    }
    total as f32
}

/// A deterministic generator (SplitMix64) for shuffling.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

impl Model {
    /// Trains on `(text, label)` pairs; labels are taken in first-seen order.
    pub fn train(
        task: &str,
        examples: &[(String, String)],
        config: &TrainConfig,
    ) -> Result<Self, ModelError> {
        let mut labels: Vec<String> = Vec::new();
        for (_, label) in examples {
            if !labels.contains(label) {
                labels.push(label.clone());
            }
        }
        if labels.len() < 2 || examples.is_empty() {
            return Err(ModelError::NotEnoughData {
                labels: labels.len(),
                examples: examples.len(),
            });
        }
        let k = labels.len();
        let rows = config.features.buckets as usize;
        let mut model = Self {
            header: ModelHeader {
                task: task.to_string(),
                labels,
                features: config.features,
                trained_on: examples.len(),
            },
            bias: vec![0.0; k],
            weights: vec![0.0; rows * k],
        };
        let encoded: Vec<(Vec<(u32, f32)>, usize)> = examples
            .iter()
            .map(|(text, label)| {
                let index = model
                    .header
                    .labels
                    .iter()
                    .position(|l| l == label)
                    .unwrap_or(0);
                (vectorize(text, &config.features), index)
            })
            .collect();
        let mut order: Vec<usize> = (0..encoded.len()).collect();
        let mut rng = SplitMix(config.seed);
        let total_steps = (encoded.len() * config.epochs.max(1) as usize) as f32;
        let mut step = 0.0f32;
        for _ in 0..config.epochs.max(1) {
            rng.shuffle(&mut order);
            for &i in &order {
                let lr = config.learning_rate * (1.0 - step / total_steps).max(0.0001);
                model.sgd_step(&encoded[i].0, encoded[i].1, lr);
                step += 1.0;
            }
        }
        Ok(model)
    }

    fn sgd_step(&mut self, features: &[(u32, f32)], label: usize, lr: f32) {
        let probabilities = self.probabilities_of(features);
        let k = self.bias.len();
        for (j, p) in probabilities.iter().enumerate() {
            let gradient = p - if j == label { 1.0 } else { 0.0 };
            self.bias[j] -= lr * gradient;
            for (f, value) in features {
                self.weights[*f as usize * k + j] -= lr * gradient * value;
            }
        }
    }

    fn probabilities_of(&self, features: &[(u32, f32)]) -> Vec<f32> {
        let k = self.bias.len();
        let mut logits = self.bias.clone();
        for (f, value) in features {
            let row = &self.weights[*f as usize * k..(*f as usize + 1) * k];
            for (logit, w) in logits.iter_mut().zip(row) {
                *logit += w * value;
            }
        }
        softmax(&logits)
    }

    /// The probability of each label, in `header.labels` order.
    ///
    /// The same as scoring [`vectorize`]'s unit vector, computed without
    /// sorting the features: the dot product is summed per occurrence and
    /// the norm comes from counts kept in a small hash table. This runs for
    /// every screened review.
    pub fn probabilities(&self, text: &str) -> Vec<f32> {
        let features = extract(text, &self.header.features);
        let k = self.bias.len();
        let mut sums = vec![0.0f32; k];
        for f in &features {
            let row = &self.weights[*f as usize * k..(*f as usize + 1) * k];
            for (sum, w) in sums.iter_mut().zip(row) {
                *sum += w;
            }
        }
        let norm = sum_of_squared_counts(&features).sqrt().max(1.0);
        let logits: Vec<f32> = self
            .bias
            .iter()
            .zip(&sums)
            .map(|(bias, sum)| bias + sum / norm)
            .collect();
        softmax(&logits)
    }

    /// The most probable label and its probability.
    pub fn predict(&self, text: &str) -> (&str, f32) {
        let probabilities = self.probabilities(text);
        let (best, p) = probabilities
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map_or((0, 0.0), |(i, p)| (i, *p));
        (self.header.labels[best].as_str(), p)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let header = serde_json::to_vec(&self.header).unwrap_or_default();
        let k = self.bias.len();
        let mut out = Vec::with_capacity(64 + header.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&(header.len() as u32).to_le_bytes());
        out.extend_from_slice(&header);
        for b in &self.bias {
            out.extend_from_slice(&b.to_le_bytes());
        }
        let rows: Vec<(usize, &[f32])> = self
            .weights
            .chunks(k)
            .enumerate()
            .filter(|(_, row)| row.iter().any(|w| *w != 0.0))
            .collect();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        for (bucket, row) in rows {
            out.extend_from_slice(&(bucket as u32).to_le_bytes());
            for w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let mut reader = Reader { bytes, at: 0 };
        if reader.take(8)? != MAGIC {
            return Err(ModelError::NotAModel);
        }
        let version = reader.u32()?;
        if version != FORMAT_VERSION {
            return Err(ModelError::Version { found: version });
        }
        let header_len = reader.u32()? as usize;
        let header: ModelHeader = serde_json::from_slice(reader.take(header_len)?)
            .map_err(|e| ModelError::Corrupt(format!("header: {e}")))?;
        let k = header.labels.len();
        let buckets = header.features.buckets as usize;
        let bias = (0..k)
            .map(|_| reader.f32())
            .collect::<Result<Vec<_>, _>>()?;
        let mut weights = vec![0.0; buckets * k];
        for _ in 0..reader.u32()? {
            let bucket = reader.u32()? as usize;
            if bucket >= buckets {
                return Err(ModelError::Corrupt(format!("bucket {bucket} out of range")));
            }
            for j in 0..k {
                weights[bucket * k + j] = reader.f32()?;
            }
        }
        Ok(Self {
            header,
            bias,
            weights,
        })
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|end| *end <= self.bytes.len());
        let end = end.ok_or_else(|| {
            ModelError::Corrupt(format!("needs {n} more bytes at offset {}", self.at))
        })?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        let bytes = self.take(4)?;
        Ok(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }
}

#[cfg(test)]
#[path = "classifier_tests.rs"]
mod tests;
