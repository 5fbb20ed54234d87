use super::*;
use crate::LANGUAGES;

use JourneyStage::{BeforePurchase, Delivery, Ordering, Returns, Support, Use};

fn stages(text: &str, language: &str) -> Vec<JourneyStage> {
    journey_stages(text, language)
        .into_iter()
        .map(|m| m.stage)
        .collect()
}

#[test]
fn lexicons_load_for_every_language() {
    let lexicons = load_journey().expect("journey lexicons");
    for language in LANGUAGES {
        assert!(
            lexicons.get(language).is_some_and(|m| !m.is_empty()),
            "{language}"
        );
    }
}

#[test]
fn names_round_trip() {
    for stage in JourneyStage::ALL {
        assert_eq!(stage.as_str().parse::<JourneyStage>(), Ok(stage));
        let json = serde_json::to_string(&stage).expect("json");
        assert_eq!(json, format!("\"{}\"", stage.as_str()));
    }
    assert!("shipping".parse::<JourneyStage>().is_err());
}

#[test]
fn english_review_walks_the_journey() {
    let text = "The website said the battery lasts a week. I ordered on Monday and paid by card. \
                The courier was three days late. After a week the battery was dead. \
                Customer service never answered my emails, so I asked for a refund.";
    assert_eq!(
        stages(text, "en"),
        [
            BeforePurchase,
            Use,
            Ordering,
            Delivery,
            Use,
            Support,
            Returns
        ]
    );
    let mentions = journey_stages(text, "en");
    assert_eq!(mentions[0].sentence, 0);
    assert_eq!(mentions.last().map(|m| m.sentence), Some(4));
    assert_eq!(journey_path(&mentions), Some((BeforePurchase, Returns)));
}

#[test]
fn consecutive_repeats_are_listed_once() {
    let found = stages(
        "The parcel was late. The courier left the package at the wrong door.",
        "en",
    );
    assert_eq!(found, [Delivery]);
}

#[test]
fn idioms_do_not_name_a_stage() {
    assert!(stages("I had to call in order to get anything done.", "en") == [Support]);
}

#[test]
fn every_language_names_its_stages() {
    let cases: [(&str, &str, &[JourneyStage]); 5] = [
        (
            "de",
            "Die Lieferung kam zwei Wochen zu spät. Der Kundenservice hat nie geantwortet, also habe ich alles zurückgeschickt.",
            &[Delivery, Support, Returns],
        ),
        (
            "da",
            "Jeg bestilte sofaen online. Leveringen var forsinket, og kundeservice svarede ikke. Jeg fik pengene tilbage.",
            &[Ordering, Delivery, Support, Returns],
        ),
        (
            "no",
            "Annonsen lovet mye. Pakken kom fram etter ti dager, og etter en uke gikk den i stykker.",
            &[BeforePurchase, Delivery, Use],
        ),
        (
            "ru",
            "Заказ оформили быстро. Доставка задержалась на неделю, а через месяц чайник сломался. Ремонт по гарантии занял месяц.",
            &[Ordering, Delivery, Use, Returns],
        ),
        (
            "sw",
            "Niliagiza viatu mtandaoni. Mzigo ulichelewa sana. Huduma kwa wateja hawakujibu, nikarudisha viatu.",
            &[Ordering, Delivery, Support, Returns],
        ),
    ];
    for (language, text, expected) in cases {
        assert_eq!(stages(text, language), expected, "{language}: {text}");
    }
}

#[test]
fn norwegian_codes_are_one_language() {
    let text = "Leveringen tok tre uker.";
    assert_eq!(stages(text, "nb"), stages(text, "no"));
    assert_eq!(stages(text, "no"), [Delivery]);
}

#[test]
fn odd_input_gives_nothing_and_no_panic() {
    for text in [
        "",
        "   ",
        "!!!",
        "🙂🙂",
        "\u{0}\u{feff}",
        &"ä".repeat(10_000),
    ] {
        for language in ["en", "ru", "sw", "xx", ""] {
            let mentions = journey_stages(text, language);
            assert!(mentions.is_empty(), "{text:?} {language}");
        }
    }
    assert_eq!(journey_path(&[]), None);
}

#[test]
fn phrase_rules_prefer_the_longest_and_most_specific() {
    let mut matcher = PhraseMatcher::default();
    let stemmer = stemmer("de");
    for (rule, value) in [
        ("kredit*", 1),
        ("kreditkart*", 2),
        ("*zusage", 3),
        ("finanzier*", 4),
        ("am selben tag", 5),
        ("tag", 6),
    ] {
        matcher
            .insert(rule, Some(value), stemmer.as_ref())
            .expect("valid rule");
    }
    let values = |text: &str| -> Vec<i32> {
        matcher
            .find(&words(text, "de"))
            .into_iter()
            .map(|h| h.value)
            .collect()
    };
    assert_eq!(values("Kreditkarte"), [2]);
    assert_eq!(values("Kredite"), [1]);
    assert_eq!(values("Finanzierungszusage"), [3, 4]);
    assert_eq!(values("Geliefert am selben Tag"), [5]);
    assert_eq!(values("Drei Tage"), [6]);
    assert!(matcher.insert("two *stars*", Some(7), None).is_err());
    assert!(matcher.insert("=exact*", Some(7), None).is_err());
    assert!(matcher.insert("   ", Some(7), None).is_err());
}
