//! Exact and near-duplicate review text across an instance: one text posted
//! on several businesses, or by several reviewers.
//!
//! Pure and deterministic: the same text gives the same keys on every run,
//! machine and Rust release (no `RandomState`, no `std` hasher), so keys and
//! signatures can be stored in the database and compared later.
//!
//! # Normalisation
//!
//! A text becomes its Unicode words (UAX #29, the words of
//! `unicode-segmentation` that hold a letter or digit), lowercased, with the
//! punctuation inside a word dropped (`don't`, `don’t` and `dont` are one
//! word, as are `3.5` and `3,5`) and `ß` / final `ς` folded (`Straße` and
//! `STRASSE` agree). Case, punctuation, emoji and whitespace therefore never
//! matter. Unicode normalisation forms (NFC vs NFD) are not unified.
//!
//! # Exact duplicates
//!
//! [`exact_key`] is the 128-bit FNV-1a hash of the normalised words joined by
//! single spaces, as 32 lowercase hex digits: equal keys mean equal word
//! sequences (a chance collision needs about 2^64 texts).
//!
//! # Near duplicates: MinHash and LSH
//!
//! A text's shingles are its runs of [`SHINGLE_WORDS`] = 3 consecutive
//! words (a text of 1 or 2 words is one shingle, the whole text). Its
//! [`Signature`] holds, for each of [`SIGNATURE_LEN`] = 100 seeded hash
//! functions, the smallest hash over its shingles; the share of positions
//! where two signatures agree estimates the Jaccard similarity of the two
//! shingle sets ([`estimated_jaccard`], standard error √(J(1−J)/100), 0.046
//! at J = 0.7).
//!
//! To find candidates without comparing every pair, the signature is cut
//! into [`BANDS`] = 20 bands of [`ROWS_PER_BAND`] = 5 values; two texts are
//! candidates when any band agrees entirely. [`band_keys`] gives one `u64`
//! per band (band index mixed in), so a database stores `(band_key,
//! review_id)` rows and finds candidates with `WHERE band_key IN (...)`,
//! then verifies them with [`estimated_jaccard`] against the stored
//! signatures. A pair of Jaccard similarity `s` becomes a candidate with
//! probability `1 − (1 − s⁵)²⁰` (the S-curve, threshold near
//! (1/20)^(1/5) ≈ 0.55):
//!
//! | s    | 0.1     | 0.2    | 0.3   | 0.4   | 0.5   | 0.6   | 0.7   | 0.8    | 0.9    |
//! |------|---------|--------|-------|-------|-------|-------|-------|--------|--------|
//! | P    | 0.0002  | 0.006  | 0.048 | 0.186 | 0.470 | 0.802 | 0.975 | 0.9996 | >0.9999|
//!
//! So pairs at J ≥ 0.7 are found with probability > 0.975 and pairs below
//! 0.3 become candidates less than 5% of the time (unrelated reviews share
//! almost no 3-word shingles, J < 0.05, and collide about once in 10⁵
//! pairs). The more obvious 16 × 4 on 64 values reaches 0.988 at 0.7 but
//! lets 12% of pairs at 0.3 through; 20 × 5 costs 4 more band rows per
//! review and gives a tighter estimate for the verification step.
//!
//! Verifying with the estimate at the default threshold
//! ([`DEFAULT_THRESHOLD`] = 0.7) keeps, end to end, about half of the pairs
//! at exactly J = 0.7, 89% at 0.75, 99.4% at 0.8 and all at 0.85 (one
//! changed word in a 40-word review is J ≈ 0.85), and 2% at 0.6.
//!
//! Changing the normalisation, shingles, hashes or bands changes every key:
//! bump [`SCHEME_VERSION`] then, and recompute what is stored.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::Hash;
use std::str::FromStr;

use candor_text::features::fnv1a;
use unicode_segmentation::UnicodeSegmentation;

/// Version of the whole scheme (normalisation, exact key, signature, band
/// keys); stored keys of another version must be recomputed.
pub const SCHEME_VERSION: u32 = 1;
/// Words per shingle.
pub const SHINGLE_WORDS: usize = 3;
/// Hash functions, i.e. values in a [`Signature`].
pub const SIGNATURE_LEN: usize = BANDS * ROWS_PER_BAND;
/// LSH bands, i.e. keys returned by [`band_keys`].
pub const BANDS: usize = 20;
/// Signature values per band.
pub const ROWS_PER_BAND: usize = 5;
/// Estimated Jaccard similarity from which [`DuplicateIndex`] reports a
/// near duplicate.
pub const DEFAULT_THRESHOLD: f64 = 0.7;
/// Length of [`Signature::to_hex`]: 8 hex digits per value.
pub const SIGNATURE_HEX_LEN: usize = SIGNATURE_LEN * 8;

/// Seeds of the signature's hash functions: a fixed splitmix64 sequence.
const SEEDS: [u64; SIGNATURE_LEN] = seeds();

const fn seeds() -> [u64; SIGNATURE_LEN] {
    let mut out = [0u64; SIGNATURE_LEN];
    let mut state: u64 = 0x00c4_d0c0_5eed_0001;
    let mut i = 0;
    while i < SIGNATURE_LEN {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        out[i] = mix64(state);
        i += 1;
    }
    out
}

/// The splitmix64 finaliser: a bijection on `u64` with full avalanche.
const fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// 128-bit FNV-1a (offset basis and prime from the FNV reference).
fn fnv1a_128(bytes: &[u8]) -> u128 {
    let mut hash: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    for byte in bytes {
        hash ^= u128::from(*byte);
        hash = hash.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b);
    }
    hash
}

/// Punctuation that may sit inside a UAX #29 word (apostrophes, dots,
/// commas, colons, underscores ...), dropped by the normalisation.
/// Combining marks are not in these ranges and stay.
fn is_word_punctuation(c: char) -> bool {
    if c.is_alphanumeric() {
        return false;
    }
    matches!(c,
        '\0'..='\u{7f}'
        | '\u{a0}'..='\u{bf}'
        | '\u{2000}'..='\u{206f}'
        | '\u{3000}'..='\u{303f}'
        | '\u{fe10}'..='\u{fe6f}'
        | '\u{ff00}'..='\u{ff65}'
        | '\u{0387}' | '\u{055f}' | '\u{0589}' | '\u{05f3}' | '\u{05f4}'
        | '\u{060c}' | '\u{060d}' | '\u{066c}' | '\u{07f8}')
}

/// The normalised words of `text` (see the module documentation).
pub fn normalized_words(text: &str) -> Vec<String> {
    text.unicode_words()
        .filter_map(|word| {
            let mut out = String::with_capacity(word.len());
            for c in word.chars().flat_map(char::to_lowercase) {
                match c {
                    'ß' => out.push_str("ss"),
                    'ς' => out.push('σ'),
                    c if is_word_punctuation(c) => {}
                    c => out.push(c),
                }
            }
            (!out.is_empty()).then_some(out)
        })
        .collect()
}

fn key_of_words(words: &[String]) -> String {
    format!("{:032x}", fnv1a_128(words.join(" ").as_bytes()))
}

/// The exact-duplicate key of `text`: 32 lowercase hex digits, equal for
/// texts with the same normalised words. A text without words has the key
/// of the empty string (`6c62272e07bb014262b821756295c58d`); callers
/// should not treat such texts as duplicates of each other.
pub fn exact_key(text: &str) -> String {
    key_of_words(&normalized_words(text))
}

/// A MinHash signature: [`SIGNATURE_LEN`] minimum hashes over a text's
/// word shingles. A text without words has every value `u32::MAX`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Signature([u32; SIGNATURE_LEN]);

impl Signature {
    /// The signature of `text`.
    pub fn of_text(text: &str) -> Self {
        Self::of_words(&normalized_words(text))
    }

    /// The signature of already normalised words ([`normalized_words`]).
    pub fn of_words(words: &[String]) -> Self {
        let mut values = [u32::MAX; SIGNATURE_LEN];
        let mut add = |shingle: &[String]| {
            let base = fnv1a(b's', shingle.join(" ").as_bytes());
            for (value, seed) in values.iter_mut().zip(SEEDS) {
                // The high half of a full-avalanche mix: one hash function per seed.
                let hash = (mix64(base ^ seed) >> 32) as u32;
                *value = (*value).min(hash);
            }
        };
        if words.len() < SHINGLE_WORDS {
            if !words.is_empty() {
                add(words);
            }
        } else {
            for shingle in words.windows(SHINGLE_WORDS) {
                add(shingle);
            }
        }
        Self(values)
    }

    /// The values, one per hash function.
    pub fn values(&self) -> &[u32; SIGNATURE_LEN] {
        &self.0
    }

    /// [`SIGNATURE_HEX_LEN`] lowercase hex digits, each value big-endian,
    /// for a TEXT column.
    pub fn to_hex(&self) -> String {
        let mut out = String::with_capacity(SIGNATURE_HEX_LEN);
        for value in self.0 {
            out.push_str(&format!("{value:08x}"));
        }
        out
    }

    /// Parses [`Signature::to_hex`] (upper-case digits are accepted too).
    pub fn from_hex(hex: &str) -> Result<Self, SignatureError> {
        if let Some((position, found)) = hex
            .chars()
            .enumerate()
            .find(|(_, c)| !c.is_ascii_hexdigit())
        {
            return Err(SignatureError::InvalidDigit { position, found });
        }
        // Only ASCII from here on: bytes are characters.
        if hex.len() != SIGNATURE_HEX_LEN {
            return Err(SignatureError::WrongLength {
                expected: SIGNATURE_HEX_LEN,
                found: hex.len(),
            });
        }
        let mut values = [0u32; SIGNATURE_LEN];
        for (value, chunk) in values.iter_mut().zip(hex.as_bytes().chunks_exact(8)) {
            for digit in chunk {
                let nibble = char::from(*digit).to_digit(16).unwrap_or_default();
                *value = (*value << 4) | nibble;
            }
        }
        Ok(Self(values))
    }
}

impl fmt::Display for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl FromStr for Signature {
    type Err = SignatureError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_hex(s)
    }
}

/// Why a stored signature could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("a signature is {expected} hex digits, this one has {found}")]
    WrongLength { expected: usize, found: usize },
    #[error("invalid hex digit {found:?} at position {position} of a signature")]
    InvalidDigit { position: usize, found: char },
}

/// The share of hash functions on which `a` and `b` agree: an estimate of
/// the Jaccard similarity of the two texts' shingle sets, in [0, 1].
pub fn estimated_jaccard(a: &Signature, b: &Signature) -> f64 {
    let agree = a.0.iter().zip(&b.0).filter(|(x, y)| x == y).count();
    agree as f64 / SIGNATURE_LEN as f64
}

/// One key per LSH band ([`BANDS`] keys): a hash of the band's index and
/// its [`ROWS_PER_BAND`] values, so equal values in different bands give
/// different keys. For a BIGINT column, store `key as i64` (same bits).
pub fn band_keys(signature: &Signature) -> Vec<u64> {
    signature
        .0
        .chunks_exact(ROWS_PER_BAND)
        .enumerate()
        .map(|(band, rows)| {
            let mut bytes = Vec::with_capacity(1 + 4 * ROWS_PER_BAND);
            bytes.push(band as u8);
            for value in rows {
                bytes.extend_from_slice(&value.to_le_bytes());
            }
            mix64(fnv1a(b'b', &bytes))
        })
        .collect()
}

/// Everything the duplicate check needs of one text, from one pass over it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// [`exact_key`].
    pub exact_key: String,
    /// The MinHash signature.
    pub signature: Signature,
    /// Number of normalised words: callers may skip very short texts
    /// ("Great food!") that many honest reviewers write alike.
    pub words: usize,
}

impl Fingerprint {
    pub fn of_text(text: &str) -> Self {
        let words = normalized_words(text);
        Self {
            exact_key: key_of_words(&words),
            signature: Signature::of_words(&words),
            words: words.len(),
        }
    }

    /// [`band_keys`] of the signature.
    pub fn band_keys(&self) -> Vec<u64> {
        band_keys(&self.signature)
    }
}

struct Entry<Id> {
    id: Id,
    fingerprint: Fingerprint,
}

/// An in-memory duplicate index, for batch checks and tests; the database
/// holds the same keys for the running service.
///
/// Texts without words are neither indexed nor matched.
pub struct DuplicateIndex<Id> {
    threshold: f64,
    /// Slots in insertion order; `None` once replaced or removed.
    entries: Vec<Option<Entry<Id>>>,
    slots: HashMap<Id, usize>,
    exact: HashMap<String, Vec<usize>>,
    bands: HashMap<u64, Vec<usize>>,
}

impl<Id: Clone + Eq + Hash> Default for DuplicateIndex<Id> {
    fn default() -> Self {
        Self::new()
    }
}

impl<Id: Clone + Eq + Hash> DuplicateIndex<Id> {
    /// An empty index verifying near duplicates at [`DEFAULT_THRESHOLD`].
    pub fn new() -> Self {
        Self::with_threshold(DEFAULT_THRESHOLD)
    }

    /// An empty index reporting near duplicates whose estimated Jaccard
    /// similarity is at least `threshold` (below about 0.5 the LSH bands
    /// miss many such pairs, see the module documentation).
    pub fn with_threshold(threshold: f64) -> Self {
        Self {
            threshold,
            entries: Vec::new(),
            slots: HashMap::new(),
            exact: HashMap::new(),
            bands: HashMap::new(),
        }
    }

    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    /// Indexed texts.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// Indexes `text` under `id`, replacing the text indexed under `id`
    /// before (an edited review). A text without words only removes.
    pub fn insert(&mut self, id: Id, text: &str) {
        self.insert_fingerprint(id, Fingerprint::of_text(text));
    }

    /// [`DuplicateIndex::insert`] with a fingerprint computed before.
    pub fn insert_fingerprint(&mut self, id: Id, fingerprint: Fingerprint) {
        self.remove(&id);
        if fingerprint.words == 0 {
            return;
        }
        let slot = self.entries.len();
        self.exact
            .entry(fingerprint.exact_key.clone())
            .or_default()
            .push(slot);
        for key in fingerprint.band_keys() {
            self.bands.entry(key).or_default().push(slot);
        }
        self.slots.insert(id.clone(), slot);
        self.entries.push(Some(Entry { id, fingerprint }));
    }

    /// Forgets the text indexed under `id`; false if there was none.
    pub fn remove(&mut self, id: &Id) -> bool {
        match self.slots.remove(id) {
            Some(slot) => {
                // Stale slots in `exact` and `bands` are skipped on lookup.
                if let Some(entry) = self.entries.get_mut(slot) {
                    *entry = None;
                }
                true
            }
            None => false,
        }
    }

    /// The indexed texts that duplicate `text`: exact duplicates with
    /// similarity 1.0, near duplicates with their estimated Jaccard
    /// similarity (at least the threshold). Most similar first, ties in
    /// insertion order. A text that is itself indexed finds itself.
    pub fn candidates(&self, text: &str) -> Vec<(Id, f64)> {
        self.candidates_of(&Fingerprint::of_text(text))
    }

    /// [`DuplicateIndex::candidates`] for a fingerprint computed before.
    pub fn candidates_of(&self, fingerprint: &Fingerprint) -> Vec<(Id, f64)> {
        self.matches(fingerprint)
            .into_iter()
            .filter_map(|(slot, similarity)| {
                self.entry(slot).map(|entry| (entry.id.clone(), similarity))
            })
            .collect()
    }

    /// Every duplicate pair in the index, each once, `(earlier, later, similarity)`
    /// in insertion order of the later text, then by similarity.
    pub fn duplicate_pairs(&self) -> Vec<(Id, Id, f64)> {
        let mut pairs = Vec::new();
        for (slot, entry) in self.entries.iter().enumerate() {
            let Some(entry) = entry else { continue };
            for (other, similarity) in self.matches(&entry.fingerprint) {
                if other < slot
                    && let Some(earlier) = self.entry(other)
                {
                    pairs.push((earlier.id.clone(), entry.id.clone(), similarity));
                }
            }
        }
        pairs
    }

    fn entry(&self, slot: usize) -> Option<&Entry<Id>> {
        self.entries.get(slot).and_then(Option::as_ref)
    }

    /// Live slots matching `fingerprint`, sorted as [`DuplicateIndex::candidates`].
    fn matches(&self, fingerprint: &Fingerprint) -> Vec<(usize, f64)> {
        if fingerprint.words == 0 {
            return Vec::new();
        }
        let exact: HashSet<usize> = self
            .exact
            .get(&fingerprint.exact_key)
            .into_iter()
            .flatten()
            .copied()
            .filter(|slot| self.entry(*slot).is_some())
            .collect();
        let mut found: Vec<(usize, f64)> = exact.iter().map(|slot| (*slot, 1.0)).collect();
        let mut seen = exact;
        for key in fingerprint.band_keys() {
            for &slot in self.bands.get(&key).into_iter().flatten() {
                if !seen.insert(slot) {
                    continue;
                }
                if let Some(entry) = self.entry(slot) {
                    let similarity =
                        estimated_jaccard(&fingerprint.signature, &entry.fingerprint.signature);
                    if similarity >= self.threshold {
                        found.push((slot, similarity));
                    }
                }
            }
        }
        found.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        found
    }
}

#[cfg(test)]
#[path = "duplicates_tests.rs"]
mod tests;
