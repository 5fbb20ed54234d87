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

/// Turns logits into probabilities in place (no allocation; the same
/// arithmetic, in the same order, as building the exponentials apart).
fn softmax(values: &mut [f32]) {
    let max = values.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    for value in values.iter_mut() {
        *value = (*value - max).exp();
    }
    let sum: f32 = values.iter().sum();
    for value in values.iter_mut() {
        *value /= sum;
    }
}

/// The sum over distinct values of (occurrences of the value)², from an
/// open-addressing table: cheaper than sorting for a few thousand values.
///
/// This runs for every screened review, so the table is a scratch one kept
/// per thread: no allocation and no zeroing per call (see [`CountTable`]).
/// Longer inputs get a table of their own, and inputs with more values than
/// a slot can count (megabytes of text) are sorted and counted.
fn sum_of_squared_counts(values: &[u32]) -> f32 {
    if values.len() <= CountTable::KEPT_VALUES {
        COUNT_TABLE.with_borrow_mut(|table| table.sum_of_squared_counts(values))
    } else if values.len() <= CountTable::MAX_VALUES {
        CountTable::new().sum_of_squared_counts(values)
    } else {
        let mut sorted = values.to_vec();
        sorted.sort_unstable();
        let total: u64 = sorted
            .chunk_by(|a, b| a == b)
            .map(|run| (run.len() as u64).pow(2))
            .sum();
        total as f32
    }
}

thread_local! {
    static COUNT_TABLE: std::cell::RefCell<CountTable> =
        const { std::cell::RefCell::new(CountTable::new()) };
}

/// A counting table that can be reused across calls, 8 bytes a slot:
/// `value << 32 | generation << 20 | count`. A slot belongs to the current
/// call only if it carries the current generation; every other slot is
/// free, so a call starts with one increment instead of clearing the table.
/// Generation 0 is never a live one: fresh slots are zero, and when the
/// generation wraps around (every 4,095 calls) the table is cleared once and
/// counting resumes at generation 1.
struct CountTable {
    slots: Vec<u64>,
    generation: u64,
}

impl CountTable {
    const COUNT_BITS: u32 = 20;
    const COUNT_MASK: u64 = (1 << Self::COUNT_BITS) - 1;
    const GENERATION_BITS: u32 = 12;
    const LAST_GENERATION: u64 = (1 << Self::GENERATION_BITS) - 1;
    /// The most values counted in one call: no count then exceeds its bits.
    const MAX_VALUES: usize = Self::COUNT_MASK as usize;
    /// The most values counted in the per-thread table, which then keeps at
    /// most 4 × this many slots (512 KiB); a text of 600 characters has a
    /// few thousand.
    const KEPT_VALUES: usize = 1 << 14;

    const fn new() -> Self {
        Self {
            slots: Vec::new(),
            generation: 0,
        }
    }

    /// `values.len()` must be at most [`Self::MAX_VALUES`].
    fn sum_of_squared_counts(&mut self, values: &[u32]) -> f32 {
        assert!(values.len() <= Self::MAX_VALUES, "too many values to count");
        // At most a quarter full, so that probing past another value's
        // slot is rare.
        let bits = (values.len() * 4)
            .next_power_of_two()
            .max(16)
            .trailing_zeros();
        let size = 1usize << bits;
        if self.slots.len() < size {
            self.slots.resize(size, 0);
        }
        if self.generation == Self::LAST_GENERATION {
            self.slots.fill(0);
            self.generation = 0;
        }
        self.generation += 1;
        let generation = self.generation << Self::COUNT_BITS;
        let slots = &mut self.slots[..size];
        let mask = size - 1;
        let mut total = 0u64;
        for &value in values {
            let tag = u64::from(value) << 32 | generation;
            let mut index =
                (u64::from(value).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize;
            // Below the count bits, `diff` is zero in this value's slot, has
            // a generation bit set in a free slot, and only value bits set
            // in another value's slot: the one case to probe on. Found or
            // free is hard to predict, so it is told apart without a branch.
            let (mut slot, mut diff);
            loop {
                slot = slots[index];
                diff = (slot ^ tag) >> Self::COUNT_BITS;
                if !(Self::GENERATION_BITS..64).contains(&diff.trailing_zeros()) {
                    break;
                }
                index = (index + 1) & mask;
            }
            let count = slot & Self::COUNT_MASK & u64::from(diff == 0).wrapping_neg();
            // (c + 1)² - c² = 2c + 1
            total += 2 * count + 1;
            slots[index] = tag | (count + 1);
        }
        total as f32
    }
}

/// The sum of the weight rows of `features` for a model of `K` labels (the
/// shipped ones have 2 and 3), kept in registers rather than in memory. Each
/// label's sum adds the same numbers in the same order as the general loop.
fn row_sums<const K: usize>(weights: &[f32], features: &[u32]) -> [f32; K] {
    let mut sums = [0.0f32; K];
    for &f in features {
        let start = f as usize * K;
        let row = &weights[start..start + K];
        for (sum, w) in sums.iter_mut().zip(row) {
            *sum += w;
        }
    }
    sums
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
        softmax(&mut logits);
        logits
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
        // One vector all the way: the weight sums, then the logits, then
        // the probabilities returned.
        let mut out = match k {
            2 => row_sums::<2>(&self.weights, &features).to_vec(),
            3 => row_sums::<3>(&self.weights, &features).to_vec(),
            _ => {
                let mut sums = vec![0.0f32; k];
                for f in &features {
                    let row = &self.weights[*f as usize * k..(*f as usize + 1) * k];
                    for (sum, w) in sums.iter_mut().zip(row) {
                        *sum += w;
                    }
                }
                sums
            }
        };
        let norm = sum_of_squared_counts(&features).sqrt().max(1.0);
        for (value, bias) in out.iter_mut().zip(&self.bias) {
            *value = bias + *value / norm;
        }
        softmax(&mut out);
        out
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
