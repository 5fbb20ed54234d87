//! `char::is_alphabetic` and `char::is_alphanumeric` with a table for the
//! first 2,048 code points (Latin, Greek, Cyrillic and the other alphabets
//! of two-byte UTF-8).
//!
//! For anything past ASCII, the standard library searches compressed
//! Unicode tables, and in Russian or Danish reviews that search ran for
//! most letters: a few percent of judging a review. The table here is
//! filled once from those very functions, so the answers are the same.

use std::sync::LazyLock;

const TABLE_END: u32 = 0x800;
const WORDS: usize = TABLE_END as usize / 64;

struct Table {
    letters: [u64; WORDS],
    letters_and_digits: [u64; WORDS],
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut table = Table {
        letters: [0; WORDS],
        letters_and_digits: [0; WORDS],
    };
    for c in (0..TABLE_END).filter_map(char::from_u32) {
        let (word, bit) = (c as usize / 64, c as u32 % 64);
        table.letters[word] |= u64::from(c.is_alphabetic()) << bit;
        table.letters_and_digits[word] |= u64::from(c.is_alphanumeric()) << bit;
    }
    table
});

fn lookup(bits: &[u64; WORDS], c: char) -> bool {
    let code = c as usize;
    bits[code / 64] & (1 << (code % 64)) != 0
}

/// Exactly `c.is_alphabetic()`.
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if (c as u32) < TABLE_END {
        lookup(&TABLE.letters, c)
    } else {
        c.is_alphabetic()
    }
}

/// Exactly `c.is_alphanumeric()`.
pub fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if (c as u32) < TABLE_END {
        lookup(&TABLE.letters_and_digits, c)
    } else {
        c.is_alphanumeric()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_answers_as_the_standard_library() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
        assert!(is_letter('ж') && is_letter('ø') && !is_letter('×') && !is_letter('7'));
        assert!(is_letter_or_digit('٣') && !is_letter_or_digit('…'));
    }
}
