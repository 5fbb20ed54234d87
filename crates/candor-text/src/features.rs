//! Hashed features for linear models, fastText style: lowercased words,
//! word bigrams and character n-grams of each word (with `<` `>` marking
//! its edges), hashed into a fixed number of buckets.
//!
//! The hash is 64-bit FNV-1a, fixed here, so that saved models stay valid
//! across Rust releases (the standard library's hasher may change).

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;

/// Which features a model uses; stored in the model file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FeatureConfig {
    /// Number of hash buckets (rows of the weight matrix).
    pub buckets: u32,
    /// 1 = words only, 2 = words and bigrams.
    pub word_ngrams: u8,
    /// Character n-gram lengths, inclusive; `0, 0` turns them off.
    pub char_min: u8,
    pub char_max: u8,
}

impl Default for FeatureConfig {
    fn default() -> Self {
        Self {
            buckets: 1 << 20,
            word_ngrams: 2,
            char_min: 3,
            char_max: 5,
        }
    }
}

pub fn fnv1a(tag: u8, bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in std::iter::once(&tag).chain(bytes) {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// Words of a text for feature extraction: lowercased, emoji kept.
fn words(text: &str) -> Vec<Cow<'_, str>> {
    text.split_word_bounds()
        .filter(|w| {
            w.chars()
                .any(|c| c.is_alphanumeric() || u32::from(c) >= 0x2600)
        })
        .map(lowercase)
        .collect()
}

/// `word` lowercased, borrowed when it already is (most words are: this
/// runs for every word of every screened text).
fn lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Maps a hash to a bucket; a mask where the count is a power of two (the
/// same result as the remainder, without a division per feature).
fn bucket_of(buckets: u32) -> impl Fn(u64) -> u32 {
    let count = u64::from(buckets.max(1));
    let mask = count.is_power_of_two().then_some(count - 1);
    move |hash| match mask {
        Some(mask) => (hash & mask) as u32,
        None => (hash % count) as u32,
    }
}

/// The bucket indexes of a text's features (with repeats, one per occurrence).
pub fn extract(text: &str, config: &FeatureConfig) -> Vec<u32> {
    let bucket = bucket_of(config.buckets);
    let words = words(text);
    let mut features = Vec::with_capacity(words.len() * 8);
    let mut push = |hash: u64| features.push(bucket(hash));
    for word in &words {
        push(fnv1a(b'w', word.as_bytes()));
    }
    if config.word_ngrams >= 2 {
        for pair in words.windows(2) {
            // The same bytes as hashing "first second", without building it.
            push(fnv1a_parts(
                b'b',
                &[pair[0].as_bytes(), b" ", pair[1].as_bytes()],
            ));
        }
    }
    if config.char_min > 0 {
        // Hot path (every screening and prediction): one buffer, and the
        // n-grams hashed as byte slices of it instead of new strings.
        let mut marked = String::new();
        let mut bounds: Vec<usize> = Vec::new();
        for word in &words {
            marked.clear();
            marked.push('<');
            marked.push_str(word.as_ref());
            marked.push('>');
            bounds.clear();
            bounds.extend(marked.char_indices().map(|(i, _)| i));
            bounds.push(marked.len());
            let chars = bounds.len() - 1;
            for n in usize::from(config.char_min)..=usize::from(config.char_max) {
                for start in 0..(chars + 1).saturating_sub(n) {
                    let gram = &marked.as_bytes()[bounds[start]..bounds[start + n]];
                    push(fnv1a(b'c', gram));
                }
            }
        }
    }
    features
}

/// FNV-1a of `tag` then each part in turn: equal to hashing the parts joined.
fn fnv1a_parts(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fixed() {
        // FNV-1a of the single byte `w`, computed independently: it must never change.
        assert_eq!(fnv1a(b'w', b""), 0xaf63_ea4c_8602_0456);
        assert_ne!(fnv1a(b'w', b"a"), fnv1a(b'c', b"a"));
    }

    #[test]
    fn features_cover_words_bigrams_and_char_grams() {
        let config = FeatureConfig {
            buckets: 1 << 16,
            word_ngrams: 2,
            char_min: 3,
            char_max: 3,
        };
        let features = extract("Good food", &config);
        // 2 words + 1 bigram + "<go","goo","ood","od>" + "<fo","foo","ood","od>"
        assert_eq!(features.len(), 2 + 1 + 4 + 4);
        assert!(features.iter().all(|f| *f < 1 << 16));
        assert_eq!(
            extract("GOOD food", &config),
            features,
            "case does not matter"
        );
    }
}
