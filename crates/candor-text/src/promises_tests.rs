use proptest::prelude::*;

use super::*;
use crate::LANGUAGES;

fn promise(text: &str, language: &str) -> PromiseMatcher {
    PromiseMatcher::new(text, language, &[]).expect("a matchable promise")
}

fn verdict(matcher: &PromiseMatcher, review: &str, language: &str, rating: u8) -> Option<Verdict> {
    matcher.find(review, language, rating).map(|e| e.verdict)
}

#[test]
fn concept_lexicons_cover_every_concept_in_every_language() {
    let store = load_store().expect("concept lexicons load");
    assert!(store.list.len() >= 120, "{} concepts", store.list.len());
    for language in LANGUAGES {
        let matcher = &store.by_language[language];
        let named: Vec<usize> = matcher.values().into_iter().map(|(c, _)| c).collect();
        let missing: Vec<&str> = (0..store.list.len())
            .filter(|c| !named.contains(c))
            .map(|c| store.list[c].id.as_str())
            .collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
    }
}

#[test]
fn relations_hold_both_ways() {
    let store = load_store().expect("concept lexicons load");
    let id = |name: &str| store.list.iter().position(|c| c.id == name).expect(name);
    assert!(store.list[id("slow")].opposite.contains(&id("fast")));
    assert!(store.list[id("fast")].opposite.contains(&id("slow")));
    assert!(store.list[id("dirty")].related.contains(&id("prepared")));
    assert!(store.list[id("every")].weak && !store.list[id("car")].weak);
}

#[test]
fn english_financing_promise_is_read_into_concepts() {
    let matcher = promise("Financing approved in one minute", "en");
    assert_eq!(matcher.concepts(), ["finance", "approval", "minute"]);
}

#[test]
fn financing_promise_is_found_in_other_languages() {
    let matcher = promise("Financing approved in one minute", "en");
    let cases = [
        (
            "da",
            "Finansieringen blev godkendt på et minut, super hurtigt",
            Verdict::Kept,
        ),
        (
            "de",
            "Die Finanzierung hat drei Tage gedauert, nicht eine Minute",
            Verdict::Broken,
        ),
        (
            "ru",
            "Кредит одобрили буквально за пять минут, очень быстро!",
            Verdict::Kept,
        ),
        (
            "ru",
            "Кредит одобрили не за минуту, а через три дня.",
            Verdict::Broken,
        ),
        (
            "sw",
            "Mkopo wangu uliidhinishwa ndani ya dakika moja tu, huduma ya haraka sana!",
            Verdict::Kept,
        ),
        (
            "sw",
            "Mkopo haukuidhinishwa kwa dakika moja, tulisubiri siku tatu.",
            Verdict::Broken,
        ),
        (
            "no",
            "Lånet ble godkjent på to minutter, helt utrolig.",
            Verdict::Kept,
        ),
        (
            "en",
            "They said the loan would be approved in a minute, but it was rejected twice.",
            Verdict::Broken,
        ),
    ];
    // Three stars: the verdict must come from the words.
    for (language, review, expected) in cases {
        assert_eq!(
            verdict(&matcher, review, language, 3),
            Some(expected),
            "{language}: {review}"
        );
    }
}

#[test]
fn danish_preparation_promise_is_found_in_english_german_and_russian() {
    let matcher = promise("Alle biler er top klargjorte", "da");
    assert!(matcher.concepts().contains(&"prepared".to_string()));
    let cases = [
        (
            "en",
            "The car was not prepared at all, dirty inside",
            Verdict::Broken,
        ),
        (
            "de",
            "Das Auto war perfekt aufbereitet und blitzsauber.",
            Verdict::Kept,
        ),
        (
            "ru",
            "Машина была не подготовлена, в салоне грязно.",
            Verdict::Broken,
        ),
        (
            "no",
            "Bilen var ikke klargjort da vi kom for å hente den.",
            Verdict::Broken,
        ),
    ];
    for (language, review, expected) in cases {
        assert_eq!(
            verdict(&matcher, review, language, 3),
            Some(expected),
            "{language}: {review}"
        );
    }
}

#[test]
fn unrelated_reviews_are_not_matched() {
    let financing = promise("Financing approved in one minute", "en");
    for (language, review) in [
        ("en", "Lovely coffee and friendly waiters."),
        (
            "de",
            "Die Lieferung war schnell und das Paket gut verpackt.",
        ),
        ("da", "Maden var kold, men tjeneren var sød."),
        ("sw", "Chakula kilikuwa kitamu na wahudumu wakarimu."),
        ("ru", "Отличный магазин, вежливые продавцы."),
    ] {
        assert_eq!(
            financing.find(review, language, 5),
            None,
            "{language}: {review}"
        );
    }
    // "every" is generic: it does not make "all cars" speak of preparation.
    let prepared = promise("Every car fully prepared", "en");
    assert_eq!(
        prepared.find("All the cars in the showroom were red.", "en", 5),
        None
    );
}

#[test]
fn opposites_and_negations_decide_the_verdict() {
    let fast = promise("Fast delivery", "en");
    assert_eq!(
        verdict(&fast, "Die Lieferung war extrem langsam.", "de", 5),
        Some(Verdict::Broken)
    );
    assert_eq!(
        verdict(&fast, "Leveringen var slet ikke langsom.", "da", 3),
        Some(Verdict::Kept)
    );
    let fees = promise("No hidden fees", "en");
    assert_eq!(
        verdict(&fees, "Es gab versteckte Gebühren.", "de", 3),
        Some(Verdict::Broken)
    );
    assert_eq!(
        verdict(&fees, "No hidden fees, exactly as they said.", "en", 3),
        Some(Verdict::Kept)
    );
}

#[test]
fn two_adjacent_sentences_may_hold_the_promise_and_the_rating_decides_when_neutral() {
    let matcher = promise("Delivery within 24 hours", "en");
    let evidence = matcher
        .find(
            "We ordered a sofa. The delivery came at last. It took 72 hours.",
            "en",
            1,
        )
        .expect("found");
    assert_eq!(evidence.sentence_index, 1);
    assert_eq!(
        evidence.sentence,
        "The delivery came at last. It took 72 hours."
    );
    assert_eq!(evidence.verdict, Verdict::Broken);
    let kept = matcher
        .find("Levering innen 24 timer.", "no", 5)
        .map(|e| e.verdict);
    assert_eq!(kept, Some(Verdict::Kept));
    let unclear = matcher
        .find("Levering innen 24 timer.", "no", 3)
        .map(|e| e.verdict);
    assert_eq!(unclear, Some(Verdict::Unclear));
}

#[test]
fn business_keywords_are_honoured_per_language() {
    let keywords = [
        ("any".to_string(), vec!["autoplus".to_string()]),
        ("de".to_string(), vec!["flexabo*".to_string()]),
        ("nb".to_string(), vec!["fleksibel leie".to_string()]),
    ];
    let matcher = PromiseMatcher::new("AutoPlus Flex", "en", &keywords).expect("keywords suffice");
    assert!(matcher.concepts().is_empty());
    let found = matcher
        .find("Das Flexabo war super einfach.", "de", 5)
        .expect("de keyword");
    assert_eq!(found.verdict, Verdict::Kept);
    assert!(matcher.find("Fleksibel leie var dyrt.", "no", 2).is_some());
    assert!(matcher.find("Спасибо AutoPlus!", "ru", 5).is_some());
    assert_eq!(matcher.find("The flexabo was fine.", "en", 5), None);
}

#[test]
fn a_promise_without_concepts_or_keywords_is_refused() {
    for text in ["Always the best!", "", "   ", "xyzzy plugh"] {
        let error = PromiseMatcher::new(text, "en", &[]).expect_err(text);
        assert!(
            matches!(error, PromiseError::NothingToMatch { .. }),
            "{text}"
        );
        assert!(error.to_string().contains("keywords"));
    }
    let bad = [("en".to_string(), vec!["two*words*".to_string()])];
    assert!(matches!(
        PromiseMatcher::new("Free returns", "en", &bad),
        Err(PromiseError::BadKeyword { .. })
    ));
}

#[test]
fn swahili_negative_verbs_are_recognised() {
    for word in [
        "haikuwa",
        "haukuidhinishwa",
        "hajafika",
        "sikupata",
        "hakuna",
        "hatutarudi",
    ] {
        assert!(
            crate::education::is_negator(&words(word, "sw")[0], "sw"),
            "{word}"
        );
    }
    for word in ["siku", "hatari", "sikuzote", "habari", "hata", "hali"] {
        assert!(
            !crate::education::is_negator(&words(word, "sw")[0], "sw"),
            "{word}"
        );
    }
}

#[test]
fn odd_input_does_not_panic() {
    let matcher = promise("Financing approved in one minute", "en");
    let long_word = "x".repeat(100_000);
    for text in [
        "",
        " ",
        "...",
        "🙂",
        "\u{0}",
        &"минута ".repeat(2_000),
        &long_word,
    ] {
        for language in ["en", "ru", "sw", "xx", ""] {
            for rating in [0, 1, 3, 5, 255] {
                let _ = matcher.find(text, language, rating);
            }
        }
    }
    assert!(PromiseMatcher::new("Financing approved", "xx", &[]).is_err());
}

proptest! {
    #[test]
    fn any_text_is_handled(text in "\\PC{0,200}", language in "(en|de|da|no|ru|sw|xx)") {
        let matcher = promise("Free returns within 30 days", "en");
        if let Some(evidence) = matcher.find(&text, &language, 3) {
            prop_assert!(text.contains(evidence.sentence.split(' ').next().unwrap_or("")));
        }
        let _ = crate::journey_stages(&text, &language);
        let _ = crate::education_cue(&text, &language);
        let _ = PromiseMatcher::new(&text, &language, &[]);
    }
}
