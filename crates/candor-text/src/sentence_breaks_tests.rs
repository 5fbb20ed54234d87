use super::*;
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

fn reference(text: &str) -> Vec<&str> {
    text.split_sentence_bounds().collect()
}

fn covered() -> impl Iterator<Item = char> {
    ('\0'..='\u{3000}').filter(|c| class(*c).is_some())
}

/// Each context tells some classes apart: SB7 (`a.X`), SB6 (`a.1`), SB8
/// (`a. xb`), SB8a (`a? x`), SB9 and SB10 (`a.x B`), SB4 (`x\nb`), SB5 (a
/// soft hyphen before it) and the start and end of the text.
const CONTEXTS: [&str; 16] = [
    "a.{}",
    "{}.B",
    "a{}1",
    "a.{}B",
    "a. {}b",
    "a? {}x",
    "a.{} B",
    "a.{}b",
    "{}\nb",
    "a\r{}",
    "a.{}{} B",
    "A{}.B c",
    "x.\u{ad}{}",
    "{}",
    "a. {}. b",
    "a!{}) b",
];

#[test]
fn every_covered_character_splits_as_unicode_segmentation_does() {
    let mut checked = 0;
    for c in covered() {
        for context in CONTEXTS {
            let text = context.replace("{}", &c.to_string());
            assert_eq!(split(&text), Some(reference(&text)), "{text:?}");
            checked += 1;
        }
    }
    // ASCII, Latin-1, basic Cyrillic and General Punctuation's first part.
    assert!(checked > 350 * CONTEXTS.len(), "only {checked} checked");
}

#[test]
fn other_characters_are_left_to_unicode_segmentation() {
    for text in [
        "Bien sûr… 😀 Gut.",
        "e\u{301}. Next",
        "日本語。はい",
        "a\u{200b}b",
    ] {
        if text.chars().all(|c| class(c).is_some()) {
            continue;
        }
        assert_eq!(split(text), None, "{text:?}");
    }
    assert_eq!(split("Bien sûr… 😀 Gut."), None);
    assert_eq!(split(""), Some(vec![]));
}

#[test]
fn known_texts_split_into_sentences() {
    assert_eq!(
        split("Fast delivery. The box was damaged! Would I buy again? Yes.\r\nThanks"),
        Some(vec![
            "Fast delivery. ",
            "The box was damaged! ",
            "Would I buy again? ",
            "Yes.\r\n",
            "Thanks"
        ])
    );
    assert_eq!(
        split("Prisen var 3.50 kr. og U.S. leveringen var fin."),
        Some(vec!["Prisen var 3.50 kr. og U.S. leveringen var fin."])
    );
    assert_eq!(
        split("«Отлично!» Сказал он."),
        Some(vec!["«Отлично!» ", "Сказал он."])
    );
}

/// A long run after a full stop is read ahead once, not once per character
/// (unicode-segmentation reads it again at each one: too slow to compare
/// with here, so the pieces are written out).
#[test]
fn long_runs_after_a_full_stop_stay_linear() {
    for (run, last) in [(" ", "b"), ("1", "B"), ("\"", "b")] {
        let text = format!("a.{}{last}", run.repeat(300_000));
        assert_eq!(split(&text), Some(vec![text.as_str()]), "{run:?} {last}");
    }
    let text = format!("a.{}B", " ".repeat(300_000));
    let end = text.len() - 1;
    assert_eq!(split(&text), Some(vec![&text[..end], "B"]));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    /// Random texts of covered characters, dense with the punctuation the
    /// rules turn on, split exactly as unicode-segmentation splits them.
    #[test]
    fn random_texts_split_as_unicode_segmentation_does(
        text in "[abZQ1 .!?,;:\\-\"'()\r\n\tæØдЖ“”«»–\u{ad}\u{a0}\u{85}…ª\u{2024}#]{0,40}"
    ) {
        prop_assert_eq!(split(&text), Some(reference(&text)));
    }

    /// The public `sentences` gives the trimmed, non-empty pieces whatever
    /// the text holds, covered characters or not.
    #[test]
    fn sentences_equal_the_trimmed_unicode_ones(
        text in "[aZ1 .!?,\"'\r\næд–\u{ad}😀\u{301}日。]{0,40}"
    ) {
        let expected: Vec<&str> = reference(&text)
            .into_iter()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        prop_assert_eq!(crate::tokens::sentences(&text), expected);
    }
}
