use super::*;

fn words(text: &str, language: &str) -> Vec<(String, String)> {
    tokenize(text, language)
        .into_iter()
        .map(|t| (t.text, t.stem))
        .collect()
}

fn stems(text: &str, language: &str) -> Vec<String> {
    tokenize(text, language)
        .into_iter()
        .map(|t| t.stem)
        .collect()
}

#[test]
fn english_is_lowercased_and_stemmed() {
    assert_eq!(
        stems("Deliveries were DELAYED", "en"),
        ["deliveri", "were", "delay"]
    );
}

#[test]
fn german_plural_and_singular_share_a_stem() {
    let s = stems("Die Lieferungen kamen, die Lieferung kam", "de");
    assert_eq!(s[1], s[5]);
}

#[test]
fn russian_case_forms_share_a_stem() {
    let s = stems("доставка доставки доставкой", "ru");
    assert!(s.iter().all(|x| x == &s[0]), "{s:?}");
}

#[test]
fn danish_and_norwegian_are_stemmed() {
    assert_eq!(stems("leveringen", "da"), stems("levering", "da"));
    assert_eq!(stems("leveringen", "no"), stems("levering", "no"));
}

#[test]
fn swahili_keeps_plain_tokens() {
    assert_eq!(
        words("Huduma NZURI sana", "sw"),
        [
            ("huduma".to_string(), "huduma".to_string()),
            ("nzuri".to_string(), "nzuri".to_string()),
            ("sana".to_string(), "sana".to_string()),
        ]
    );
}

#[test]
fn emoji_and_emoticons_are_kept() {
    let tokens = tokenize("Great :) 👍 but slow :-( ok:D", "en");
    let kinds: Vec<_> = tokens.iter().map(|t| (t.text.as_str(), t.kind)).collect();
    assert!(kinds.contains(&(":)", TokenKind::Emoticon)));
    assert!(kinds.contains(&("👍", TokenKind::Emoji)));
    assert!(kinds.contains(&(":-(", TokenKind::Emoticon)));
    assert!(kinds.contains(&(":d", TokenKind::Emoticon)));
}

#[test]
fn clause_punctuation_is_a_break() {
    let kinds: Vec<_> = tokenize("not bad, terrible", "en")
        .into_iter()
        .map(|t| t.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            TokenKind::Word,
            TokenKind::Word,
            TokenKind::Break,
            TokenKind::Word
        ]
    );
}

#[test]
fn sentences_split_on_boundaries() {
    assert_eq!(
        sentences("Good food. Slow service! Why?"),
        ["Good food.", "Slow service!", "Why?"]
    );
}

mod fast_path {
    use super::super::{tokenize, tokenize_stretch};
    use proptest::prelude::*;

    /// Tokens as the Unicode segmenter alone gives them, over the whole text.
    fn reference(text: &str) -> Vec<super::super::Token> {
        let stem = |word: &str| word.to_string();
        let mut tokens = Vec::new();
        tokenize_stretch(text, false, &stem, &mut tokens);
        tokens
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// ASCII stretches segmented by the scanner give the same tokens,
        /// emoticons, emoji, accents, combining marks and CR LF included.
        #[test]
        fn stretch_by_stretch_equals_the_whole_text(
            text in "[a-cxXD0-9 \t\r\n.,:;'()<=^_\\-/PpOo3éßя\u{308}\u{feff}\u{3000}😀]{0,40}"
        ) {
            prop_assert_eq!(tokenize(&text, "xx"), reference(&text));
        }
    }
}

/// The stem cache must never change a stem: not for a word met before in
/// another language, nor after a full cache starts again, nor for words too
/// long to keep.
#[test]
fn cached_stems_equal_fresh_ones_in_every_language() {
    let words = [
        "lieferungen",
        "deliveries",
        "доставкой",
        "kamen",
        "leveringen",
        "kjøpte",
        "servicen",
        "anbefales",
        "a",
        "",
    ];
    let long = "unverhältnismäßigkeitenunverhältnismäßig";
    for round in 0..3 {
        for (index, algorithm) in STEMMED.iter().enumerate() {
            for word in words.iter().chain([&long]) {
                let fresh = Stemmer::create(*algorithm).stem(word).into_owned();
                assert_eq!(
                    cached_stem(index, word),
                    fresh,
                    "{word} in {index}, round {round}"
                );
            }
        }
        // More forms than the cache keeps, so the next round starts from a cleared one.
        for n in 0..=CACHED_FORMS {
            let word = format!("w{n}ing");
            let fresh = Stemmer::create(Algorithm::English).stem(&word).into_owned();
            assert_eq!(cached_stem(0, &word), fresh);
        }
        assert!(STEM_CACHES.with_borrow(|caches| caches[0].len()) <= CACHED_FORMS);
    }
}
