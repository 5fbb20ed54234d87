use super::*;
use proptest::prelude::*;

/// Wildcard terms over a small alphabet, so that words often match several.
const TERMS: [&str; 16] = [
    "ab*", "a*", "abb*", "ab*", "ba*", "*", "*a", "*ba", "*aba", "жу*", "ж*", "*уж", "b*", "*bb",
    "abab*", "*a",
];

fn matcher() -> TermMatcher<usize> {
    let mut matcher = TermMatcher::new();
    for (value, term) in TERMS.iter().enumerate() {
        matcher.insert(term, value, None);
    }
    matcher.finish()
}

fn longest_first(mut wildcards: Vec<(&'static str, usize)>) -> Vec<(&'static str, usize)> {
    wildcards.sort_by_key(|(term, _)| std::cmp::Reverse(term.chars().count()));
    wildcards
}

/// The rule written plainly: the longest prefix term the word starts with
/// (the first listed among equals), else the longest suffix term it ends with.
fn plainly(word: &str) -> Vec<usize> {
    let terms = || TERMS.iter().enumerate().map(|(value, term)| (*term, value));
    let prefixes = longest_first(
        terms()
            .filter_map(|(t, v)| Some((t.strip_suffix('*')?, v)))
            .collect(),
    );
    let suffixes = longest_first(
        terms()
            .filter_map(|(t, v)| Some((t.strip_prefix('*')?, v)))
            .collect(),
    );
    prefixes
        .iter()
        .find(|(p, _)| word.starts_with(p))
        .or_else(|| suffixes.iter().find(|(s, _)| word.ends_with(s)))
        .map(|(_, value)| vec![*value])
        .unwrap_or_default()
}

#[test]
fn the_longest_wildcard_wins() {
    let matcher = matcher();
    assert_eq!(matcher.wildcard("ababx"), [14]);
    assert_eq!(matcher.wildcard("abbx"), [2]);
    assert_eq!(matcher.wildcard("abx"), [0]);
    assert_eq!(matcher.wildcard("жук"), [9]);
    // "*" is the empty prefix: every word starts with it.
    assert_eq!(matcher.wildcard("xyz"), [5]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// The index by two edge characters finds what trying every term finds.
    #[test]
    fn wildcards_match_as_trying_every_term_does(word in "[abжуx]{0,6}") {
        prop_assert_eq!(matcher().wildcard(&word).to_vec(), plainly(&word));
    }
}
