use std::sync::OnceLock;

use super::*;

fn detector() -> &'static LanguageDetector {
    static DETECTOR: OnceLock<LanguageDetector> = OnceLock::new();
    DETECTOR.get_or_init(LanguageDetector::new)
}

fn detect(text: &str) -> String {
    detector().detect(text, None).language
}

#[test]
fn every_seed_language_is_recognised_in_a_review() {
    let cases = [
        (
            "en",
            "The delivery was late and nobody answered my emails, very disappointing.",
        ),
        (
            "de",
            "Die Lieferung kam zu spät und niemand hat auf meine E-Mails geantwortet.",
        ),
        (
            "da",
            "Leveringen kom for sent, og ingen svarede på mine e-mails. Meget skuffende.",
        ),
        (
            "no",
            "Leveringen kom for sent, og ingen svarte på e-postene mine. Veldig skuffende.",
        ),
        (
            "ru",
            "Доставка опоздала, и никто не ответил на мои письма. Очень разочарован.",
        ),
        (
            "sw",
            "Bidhaa ilichelewa kufika na hakuna aliyejibu barua pepe zangu. Nimesikitika sana.",
        ),
    ];
    for (expected, text) in cases {
        assert_eq!(detect(text), expected, "{text}");
    }
}

#[test]
fn the_seed_documents_are_recognised() {
    let seeds = [
        ("de", include_str!("../tests/fixtures/seed_de.txt")),
        ("sw", include_str!("../tests/fixtures/seed_sw.txt")),
        ("da", include_str!("../tests/fixtures/seed_da.txt")),
        ("ru", include_str!("../tests/fixtures/seed_ru.txt")),
        ("no", include_str!("../tests/fixtures/seed_nb.txt")),
    ];
    for (expected, text) in seeds {
        let found = detector().detect(text, None);
        assert_eq!(found.language, expected);
        assert!(found.confidence >= MIN_CONFIDENCE);
    }
}

#[test]
fn short_texts_are_undetermined_unless_declared() {
    assert_eq!(detect("ok!"), UNDETERMINED);
    assert_eq!(detector().detect("Top!", Some("de")).language, "de");
}

#[test]
fn a_declared_language_wins_unless_contradicted() {
    let danish = "Leveringen kom for sent, og ingen svarede på mine e-mails.";
    assert_eq!(
        detector().detect(danish, Some("no")).language,
        "no",
        "close enough: not a contradiction"
    );
    let russian = "Доставка опоздала, и никто не ответил на мои письма.";
    assert_eq!(detector().detect(russian, Some("en")).language, "ru");
}

#[test]
fn function_words_confirm_a_declared_language_or_leave_it_to_the_models() {
    let german = "Die Lieferung kam zu spät und der Karton war nicht mehr ganz, aber der Service hat mir sofort geholfen.";
    let found = detector().detect(german, Some("de"));
    assert_eq!(found.language, "de");
    assert!(
        found.confidence > 0.5 && found.confidence <= 1.0,
        "{found:?}"
    );
    // Declared Danish, written in German: the function words say German, so
    // the models decide, and they are sure.
    assert_eq!(detector().detect(german, Some("da")).language, "de");
    // Swedish has no function-word list: the models decide.
    let swedish = "Leveransen kom för sent och ingen svarade på mina mejl, mycket besviken.";
    assert_eq!(detector().detect(swedish, Some("sv")).language, "sv");
}

#[test]
fn the_function_word_check_needs_enough_words() {
    let words = FunctionWords::new();
    assert_eq!(words.confirm("Top Qualität!", "de"), None);
    assert!(
        words
            .confirm("Ich bin mit der Ware und dem Preis sehr zufrieden", "de")
            .is_some()
    );
    assert_eq!(
        words.confirm("Ich bin mit der Ware und dem Preis sehr zufrieden", "en"),
        None
    );
    assert_eq!(words.confirm("Whatever it is", "xx"), None);
}
