//! Hashed features for linear models, fastText style: lowercased words,
//! word bigrams and character n-grams of each word (with `<` `>` marking
//! its edges), hashed into a fixed number of buckets.
//!
//! The hash is 64-bit FNV-1a, fixed here, so that saved models stay valid
//! across Rust releases (the standard library's hasher may change).

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;

use crate::ascii_words;

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

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

pub fn fnv1a(tag: u8, bytes: &[u8]) -> u64 {
    fnv_continue(fnv_continue(FNV_OFFSET, &[tag]), bytes)
}

/// FNV-1a is a running hash: `hash` (of some bytes) extended by `bytes`.
fn fnv_continue(mut hash: u64, bytes: &[u8]) -> u64 {
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

/// Words of a text for feature extraction: lowercased, emoji kept. `lower`
/// is the text with ASCII already lowercased (one pass over the whole text
/// instead of a new string per capitalised word); that changes no word
/// boundary, since upper and lower case letters are both ALetter.
fn words(lower: &str) -> Vec<Cow<'_, str>> {
    debug_assert!(!lower.bytes().any(|b| b.is_ascii_uppercase()));
    // Most texts are mostly ASCII: a scanner gives the same words as the
    // UAX #29 segmenter without its table look-ups (see `ascii_words`), and
    // the segmenter only sees the pieces around other characters.
    let mut words = Vec::new();
    ascii_words::for_each_stretch(lower, |stretch, ascii| {
        if ascii {
            words.extend(ascii_words::words(stretch).map(Cow::Borrowed));
        } else {
            words.extend(unicode_words(stretch).map(lowercase));
        }
    });
    words
}

/// UAX #29 segments holding a letter, a digit or an emoji (or a symbol).
fn unicode_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_word_bounds().filter(|w| {
        w.chars()
            .any(|c| crate::chars::is_letter_or_digit(c) || u32::from(c) >= 0x2600)
    })
}

/// `word` lowercased, borrowed when it already is (most are).
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
    let lower = text.to_ascii_lowercase();
    let words = words(&lower);
    let mut features = Vec::with_capacity(capacity(&words, config));
    features.extend(
        words
            .iter()
            .map(|word| bucket(fnv1a(b'w', word.as_bytes()))),
    );
    if config.word_ngrams >= 2 {
        // The same bytes as hashing "first second", without building it.
        features.extend(words.windows(2).map(|pair| {
            bucket(fnv1a_parts(
                b'b',
                &[pair[0].as_bytes(), b" ", pair[1].as_bytes()],
            ))
        }));
    }
    if config.char_min > 0 {
        // Hot path (every screening and prediction): buffers reused across
        // words, and the n-grams hashed as byte slices instead of strings.
        let mut grams = CharGrams::default();
        for word in &words {
            grams.hash(word, config, |hashes| {
                features.extend(hashes.iter().map(|hash| bucket(*hash)));
            });
        }
    }
    features
}

/// At least the number of features of `words`, so that they are collected
/// without reallocating (char counts taken as byte counts, an upper bound).
fn capacity(words: &[Cow<'_, str>], config: &FeatureConfig) -> usize {
    let lengths = match config.char_max.checked_sub(config.char_min) {
        Some(spread) if config.char_min > 0 => usize::from(spread) + 1,
        _ => 0,
    };
    let marked: usize = words.iter().map(|word| word.len() + 2).sum();
    2 * words.len() + marked * lengths
}

/// Buffers for the char n-grams of one word after another.
#[derive(Default)]
struct CharGrams {
    /// The word between `<` and `>`.
    marked: String,
    /// The byte offset of each char of `marked`, and its length last.
    bounds: Vec<usize>,
    /// `states[start]`: the running hash of the gram at `start`.
    states: Vec<u64>,
}

impl CharGrams {
    /// Hashes every n-gram of the chars of `<word>`, n from `char_min` to
    /// `char_max`, handing `each` the hashes of one length at a time, in
    /// the order stored models were trained with: all the shortest grams
    /// from left to right, then the next length, and so on.
    ///
    /// The hash of a gram extends that of its prefix (FNV-1a runs along the
    /// bytes), so each round makes every gram one char longer: each byte
    /// is hashed once per start, not once per length.
    fn hash(&mut self, word: &str, config: &FeatureConfig, mut each: impl FnMut(&[u64])) {
        self.marked.clear();
        self.marked.push('<');
        self.marked.push_str(word);
        self.marked.push('>');
        let ascii = word.is_ascii();
        if !ascii {
            self.bounds.clear();
            self.bounds
                .extend(self.marked.char_indices().map(|(i, _)| i));
            self.bounds.push(self.marked.len());
        }
        let chars = if ascii {
            self.marked.len()
        } else {
            self.bounds.len() - 1
        };
        let (min, max) = (usize::from(config.char_min), usize::from(config.char_max));
        self.states.clear();
        self.states.resize(chars, fnv_continue(FNV_OFFSET, b"c"));
        for n in 1..=max.min(chars) {
            let count = chars + 1 - n;
            if ascii {
                self.extend_ascii(n, count);
            } else {
                self.extend_chars(n, count);
            }
            if n >= min {
                each(&self.states[..count]);
            }
        }
    }

    /// Extends the first `count` grams to `n` chars, one byte per char
    /// (most words): no char offsets to look up.
    fn extend_ascii(&mut self, n: usize, count: usize) {
        let next_bytes = &self.marked.as_bytes()[n - 1..];
        for (state, byte) in self.states[..count].iter_mut().zip(next_bytes) {
            *state = (*state ^ u64::from(*byte)).wrapping_mul(FNV_PRIME);
        }
    }

    /// Extends the first `count` grams to `n` chars, each of any length.
    fn extend_chars(&mut self, n: usize, count: usize) {
        let bytes = self.marked.as_bytes();
        for (start, state) in self.states[..count].iter_mut().enumerate() {
            let next_char = &bytes[self.bounds[start + n - 1]..self.bounds[start + n]];
            *state = fnv_continue(*state, next_char);
        }
    }
}

/// FNV-1a of `tag` then each part in turn: equal to hashing the parts joined.
fn fnv1a_parts(tag: u8, parts: &[&[u8]]) -> u64 {
    parts
        .iter()
        .fold(fnv_continue(FNV_OFFSET, &[tag]), |hash, part| {
            fnv_continue(hash, part)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `words` as it was before the ASCII fast path: stored models were
    /// trained with it, so the fast path must give exactly the same.
    fn reference_words(text: &str) -> Vec<Cow<'_, str>> {
        unicode_words(text).map(lowercase).collect()
    }

    /// `extract` as it was before: stored models were trained with it.
    fn reference_extract(text: &str, config: &FeatureConfig) -> Vec<u32> {
        let hash = |tag: u8, bytes: &[u8]| {
            let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
            for byte in std::iter::once(&tag).chain(bytes) {
                hash ^= u64::from(*byte);
                hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
            }
            hash
        };
        let bucket = bucket_of(config.buckets);
        let words = reference_words(text);
        let mut features: Vec<u32> = words
            .iter()
            .map(|w| bucket(hash(b'w', w.as_bytes())))
            .collect();
        if config.word_ngrams >= 2 {
            for pair in words.windows(2) {
                features.push(bucket(hash(
                    b'b',
                    format!("{} {}", pair[0], pair[1]).as_bytes(),
                )));
            }
        }
        if config.char_min > 0 {
            for word in &words {
                let chars: Vec<char> = format!("<{word}>").chars().collect();
                for n in usize::from(config.char_min)..=usize::from(config.char_max) {
                    for gram in chars.windows(n) {
                        let gram: String = gram.iter().collect();
                        features.push(bucket(hash(b'c', gram.as_bytes())));
                    }
                }
            }
        }
        features
    }

    #[test]
    fn words_of_mixed_texts_match_the_unicode_segmenter() {
        let cases = [
            "\u{feff}Check out my channel \u{feff}http://bit.ly/x",
            "Win £1000 cash! Ü-bahn Größe nicht",
            "I \u{2764}\u{fe0f} it \u{fe0f}a \u{308}b a\u{308}b 👍🏻 ok",
            "rock\u{a0}and\u{a0}roll ░░▌ ▬▬ …and — don’t ‘quote’",
            "קו״ם a\u{200d}b 🇩🇪🇩🇰 カタカナ_x 3·4 a·b \u{2028}x\u{85}y",
            "\u{92}s me\r\n\u{feff}\r\nnext \t\u{3000} end",
        ];
        for text in cases {
            let lower = text.to_ascii_lowercase();
            assert_eq!(words(&lower), reference_words(text), "{text:?}");
        }
    }

    /// ASCII biased towards word characters and their separators, with
    /// characters from each UAX #29 class that ASCII lacks (combining marks,
    /// format characters, ZWJ, emoji, regional indicators, Hebrew, Katakana,
    /// non-ASCII spaces, separators and newlines).
    fn mixed_char() -> impl Strategy<Value = char> {
        let unusual = vec![
            'ü',
            'Ü',
            'ß',
            'я',
            'é',
            '£',
            '½',
            '٣',
            '\u{a0}',
            '\u{3000}',
            '\u{2002}',
            '\u{feff}',
            '\u{ad}',
            '\u{200b}',
            '\u{200d}',
            '\u{308}',
            '\u{fe0f}',
            '\u{1f3fb}',
            '\u{e0020}',
            '❤',
            '🚨',
            '😍',
            '👍',
            '\u{1f1e9}',
            '\u{1f1ea}',
            'א',
            '\u{5f4}',
            '\u{5f3}',
            'カ',
            '・',
            '·',
            '’',
            '‘',
            '．',
            '，',
            '\u{2028}',
            '\u{1680}',
            '\u{202f}',
            '\u{205f}',
            '\u{2007}',
            'Σ',
            'İ',
            '\u{212a}',
            '\u{85}',
            '\u{92}',
            '░',
            '…',
            '•',
        ];
        prop_oneof![
            4 => prop::char::range('a', 'z'),
            1 => prop::char::range('A', 'Z'),
            2 => prop::char::range('0', '9'),
            3 => prop::sample::select(vec!['.', ',', ':', ';', '\'', '_', '-', '"']),
            3 => prop::sample::select(vec![' ', '\t', '\r', '\n']),
            1 => (0u8..=0x7f).prop_map(char::from),
            3 => prop::sample::select(unusual),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        #[test]
        fn words_equal_the_unicode_segmenter(
            text in prop::collection::vec(mixed_char(), 0..64)
                .prop_map(|chars| chars.into_iter().collect::<String>())
        ) {
            let lower = text.to_ascii_lowercase();
            prop_assert_eq!(words(&lower), reference_words(&text));
        }

        #[test]
        fn features_equal_the_reference_extraction(
            text in prop::collection::vec(mixed_char(), 0..64)
                .prop_map(|chars| chars.into_iter().collect::<String>()),
            buckets in prop::sample::select(vec![1u32, 1000, 1 << 18]),
            word_ngrams in 1u8..=2,
            char_min in 0u8..=4,
            char_max in 0u8..=6,
        ) {
            let config = FeatureConfig { buckets, word_ngrams, char_min, char_max };
            prop_assert_eq!(extract(&text, &config), reference_extract(&text, &config));
        }
    }

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
