use std::sync::OnceLock;

use super::*;

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| Analyzer::new().expect("lexicons load"))
}

/// Clear cases in every language: (language, text, expected sign, an aspect it names).
const CLEAR_CASES: [(&str, &str, f64, &str); 12] = [
    (
        "en",
        "The delivery was fast and the staff were really friendly. Excellent service!",
        1.0,
        "delivery",
    ),
    (
        "en",
        "Terrible quality, the product broke after two days and the refund never came.",
        -1.0,
        "quality",
    ),
    (
        "de",
        "Die Lieferung war schnell und die Mitarbeiter sehr freundlich. Hervorragender Service!",
        1.0,
        "delivery",
    ),
    (
        "de",
        "Schreckliche Qualität, das Gerät war nach zwei Tagen kaputt und der Preis eine Frechheit.",
        -1.0,
        "quality",
    ),
    (
        "da",
        "Leveringen var hurtig, og personalet var utroligt venligt. Fremragende service!",
        1.0,
        "delivery",
    ),
    (
        "da",
        "Elendig kvalitet, produktet gik i stykker efter to dage, og prisen er alt for høj.",
        -1.0,
        "quality",
    ),
    (
        "no",
        "Leveringen var rask, og de ansatte var utrolig hyggelige. Fantastisk service!",
        1.0,
        "delivery",
    ),
    (
        "no",
        "Elendig kvalitet, produktet ble ødelagt etter to dager, og kundeservice svarte aldri.",
        -1.0,
        "quality",
    ),
    (
        "ru",
        "Доставка была быстрой, а персонал очень вежливый. Отличный сервис!",
        1.0,
        "delivery",
    ),
    (
        "ru",
        "Ужасное качество, товар сломался через два дня, а деньги так и не вернули.",
        -1.0,
        "quality",
    ),
    (
        "sw",
        "Huduma nzuri sana, wafanyakazi ni wakarimu na bidhaa ilifika haraka.",
        1.0,
        "staff",
    ),
    (
        "sw",
        "Huduma mbaya kabisa, bidhaa ni mbovu na bei ni ghali mno.",
        -1.0,
        "price",
    ),
];

#[test]
fn clear_reviews_get_the_right_sign_and_aspects_in_every_language() {
    for (language, text, sign, aspect) in CLEAR_CASES {
        let analysis = analyzer().analyze(text, Some(language), None);
        assert_eq!(analysis.language, language, "{text}");
        assert_eq!(
            analysis.sentiment.signum(),
            sign,
            "{language}: {text} -> {}",
            analysis.sentiment
        );
        assert!(
            analysis.aspects.iter().any(|a| a.aspect == aspect),
            "{language}: {aspect} in {:?}",
            analysis.aspects
        );
    }
}

#[test]
fn negation_flips_the_sign() {
    let good = analyzer().analyze("The service was good.", Some("en"), None);
    let not_good = analyzer().analyze("The service was not good.", Some("en"), None);
    assert!(good.sentiment > 0.0 && not_good.sentiment < 0.0);
    let de = analyzer().analyze("Der Service war nicht gut.", Some("de"), None);
    assert!(de.sentiment < 0.0, "{}", de.sentiment);
    let ru = analyzer().analyze("Сервис не понравился.", Some("ru"), None);
    assert!(ru.sentiment < 0.0, "{}", ru.sentiment);
}

#[test]
fn contrast_weights_the_second_clause() {
    let analysis = analyzer().analyze(
        "The food was good but the service was terrible and rude.",
        Some("en"),
        None,
    );
    assert!(analysis.sentiment < 0.0, "{}", analysis.sentiment);
}

#[test]
fn emoticons_count() {
    for text in ["Pick-up ok :)", "Pick-up ok :D", "Pick-up ok 👍"] {
        let analysis = analyzer().analyze(text, Some("en"), None);
        assert!(analysis.sentiment > 0.0, "{text}");
    }
}

#[test]
fn a_one_star_rave_is_a_mismatch() {
    let text = "Absolutely wonderful shop, excellent service and great prices. Highly recommended!";
    assert_eq!(
        analyzer().analyze(text, Some("en"), Some(1)).mismatch,
        Some(true)
    );
    assert_eq!(
        analyzer().analyze(text, Some("en"), Some(5)).mismatch,
        Some(false)
    );
    assert_eq!(analyzer().analyze(text, Some("en"), None).mismatch, None);
}

#[test]
fn every_language_has_substantial_lexicons() {
    for language in crate::LANGUAGES {
        let lexicon = &analyzer().lexicons[language];
        assert!(
            lexicon.sentiment.len() >= 500,
            "{language}: {} sentiment terms",
            lexicon.sentiment.len()
        );
        assert!(
            lexicon.modifiers.len() >= 15,
            "{language}: {} modifiers",
            lexicon.modifiers.len()
        );
        assert!(
            lexicon.aspects.len() >= 12 * 15,
            "{language}: {} aspect terms",
            lexicon.aspects.len()
        );
    }
}
