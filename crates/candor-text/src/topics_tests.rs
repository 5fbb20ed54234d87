use std::sync::OnceLock;

use super::*;

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| Analyzer::new().expect("lexicons load"))
}

/// English negatives ("n…" ids) repeat late delivery / never arrived and
/// "they"; positives ("p…") praise friendly staff.
const EN_NEGATIVE: [&str; 16] = [
    "Late delivery again. The parcel never arrived and they ignored my emails.",
    "Very late delivery, they made us wait two weeks.",
    "My order never arrived. They kept saying it was on the way.",
    "Late delivery and they damaged the box.",
    "The package never arrived, so I asked for a refund.",
    "Another late delivery. They are hopeless.",
    "It never arrived and they would not answer the phone.",
    "Late delivery, cold food, and they forgot the drinks.",
    "The gift never arrived in time. Late delivery ruined the birthday.",
    "They promised next day but it was a late delivery and the order never arrived complete.",
    "Late delivery twice this month, and the second parcel never arrived.",
    "Half the order never arrived and they blamed the courier for the late delivery.",
    "Late delivery and nobody called to explain.",
    "Our parcel never arrived, the late delivery excuse again.",
    "Late delivery. The courier said the parcel never arrived at the depot.",
    "Never arrived. Avoid.",
];

const EN_POSITIVE: [&str; 14] = [
    "Friendly staff and a lovely shop.",
    "The friendly staff helped me choose a gift.",
    "Great prices and friendly staff, will come back.",
    "Friendly staff, quick checkout.",
    "Lovely atmosphere and very friendly staff.",
    "Such friendly staff! The delivery was quick too.",
    "Friendly staff who know their products.",
    "Good selection, friendly staff and fair prices.",
    "The staff were friendly and the delivery was on time.",
    "Friendly staff, delivery arrived early.",
    "Friendly staff and a tidy store.",
    "Helpful, friendly staff.",
    "Friendly staff, good coffee.",
    "Quick service and friendly staff.",
];

/// German: "späte Lieferung" and "späten Lieferungen", five reviews each.
const DE_NEGATIVE: [&str; 10] = [
    "Wieder eine späte Lieferung, das Paket war beschädigt.",
    "Späte Lieferung und keine Antwort vom Kundendienst.",
    "Eine späte Lieferung nach drei Wochen.",
    "Die späte Lieferung hat uns den Urlaub verdorben.",
    "Ständig Ärger mit späten Lieferungen.",
    "Nach zwei späten Lieferungen bestelle ich woanders.",
    "Immer wieder Probleme mit späten Lieferungen.",
    "Von den späten Lieferungen bin ich enttäuscht.",
    "Die späte Lieferung kam ohne Rechnung.",
    "Wegen der späten Lieferungen gebe ich einen Stern.",
];

const DE_POSITIVE: [&str; 10] = [
    "Freundliches Personal und gute Beratung.",
    "Sehr freundliches Personal im Laden.",
    "Tolle Auswahl, freundliches Personal.",
    "Das freundliche Personal hat mir geholfen.",
    "Freundliches Personal, schnelle Kasse.",
    "Gemütlicher Laden mit freundlichem Personal.",
    "Wirklich freundliches Personal!",
    "Freundliches Personal und faire Preise.",
    "Freundliches Personal, alles bestens.",
    "Kompetentes und freundliches Personal.",
];

fn docs<'a>(
    language: &'a str,
    prefix: &str,
    negative: &'a [&'a str],
    positive: &'a [&'a str],
    ids: &'a mut Vec<String>,
) -> Vec<TopicDoc<'a>> {
    for (i, _) in negative.iter().enumerate() {
        ids.push(format!("{prefix}n{i}"));
    }
    for (i, _) in positive.iter().enumerate() {
        ids.push(format!("{prefix}p{i}"));
    }
    let sides = negative
        .iter()
        .map(|t| (*t, Side::Negative))
        .chain(positive.iter().map(|t| (*t, Side::Positive)));
    sides
        .zip(ids.iter())
        .map(|((text, side), id)| TopicDoc {
            id,
            text,
            language,
            side,
        })
        .collect()
}

fn find<'r>(phrases: &'r [Phrase], text: &str) -> Option<&'r Phrase> {
    phrases.iter().find(|p| p.text == text)
}

fn english(report: &TopicReport) -> &LanguageTopics {
    let en = report.languages.iter().find(|l| l.language == "en");
    en.expect("english topics")
}

#[test]
fn english_complaints_and_praise_land_on_their_sides() {
    let mut ids = Vec::new();
    let docs = docs("en", "", &EN_NEGATIVE, &EN_POSITIVE, &mut ids);
    let report = topics(analyzer(), &docs, 10);
    let en = english(&report);
    assert_eq!((en.reviews_negative, en.reviews_positive), (16, 14));
    let late = find(&en.negative, "late delivery").expect("late delivery");
    assert!(late.score < -Z_THRESHOLD, "{late:?}");
    assert_eq!(late.aspect.as_deref(), Some("delivery"));
    assert_eq!((late.negative_reviews, late.positive_reviews), (12, 0));
    assert_eq!(late.examples, ["n0", "n1", "n3"]);
    let never = find(&en.negative, "never arrived").expect("never arrived");
    assert_eq!(never.aspect.as_deref(), Some("delivery"));
    let friendly = find(&en.positive, "friendly staff").expect("friendly staff");
    assert!(friendly.score > Z_THRESHOLD, "{friendly:?}");
    assert_eq!(friendly.aspect.as_deref(), Some("staff"));
    assert!(friendly.examples.iter().all(|id| id.starts_with('p')));
    // "late" adds nothing to "late delivery"; "never" alone is a negator.
    assert!(find(&en.negative, "late").is_none(), "{:?}", en.negative);
    assert!(find(&en.negative, "never").is_none(), "{:?}", en.negative);
    assert!(en.negative.windows(2).all(|w| w[0].score <= w[1].score));
    assert!(en.positive.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn stopwords_never_appear_in_phrases() {
    let mut ids = Vec::new();
    let docs = docs("en", "", &EN_NEGATIVE, &EN_POSITIVE, &mut ids);
    let report = topics(analyzer(), &docs, 100);
    let stop = &analyzer().lexicon("en").expect("en").stopwords;
    let tally = LanguageTally::new("en", analyzer().lexicon("en").expect("en"));
    for text in EN_NEGATIVE.iter().chain(&EN_POSITIVE) {
        for (_, wording) in tally.read(text).0 {
            assert!(wording.split(' ').all(|w| !stop.contains(w)), "{wording}");
        }
    }
    let en = english(&report);
    let all: Vec<&Phrase> = en.negative.iter().chain(&en.positive).collect();
    assert!(!all.is_empty());
    for phrase in all {
        for word in phrase.text.split(' ') {
            assert!(!stop.contains(word), "{word} in {phrase:?}");
        }
    }
}

#[test]
fn german_inflections_merge_into_one_phrase() {
    let mut ids = Vec::new();
    let docs = docs("de", "", &DE_NEGATIVE, &DE_POSITIVE, &mut ids);
    let report = topics(analyzer(), &docs, 10);
    let de = &report.languages[0];
    let late: Vec<&Phrase> = de
        .negative
        .iter()
        .filter(|p| p.key.contains("liefer"))
        .collect();
    assert_eq!(late.len(), 1, "{:?}", de.negative);
    assert_eq!(late[0].key, "spat liefer");
    assert_eq!(late[0].negative_reviews, 10);
    assert_eq!(late[0].aspect.as_deref(), Some("delivery"));
    // Both wordings occur five times: the tie goes to the first in text order.
    assert_eq!(late[0].text, "späte lieferung");
    let staff = de.positive.iter().find(|p| p.key.contains("personal"));
    assert_eq!(staff.expect("personal").aspect.as_deref(), Some("staff"));
}

#[test]
fn aspects_merge_across_languages() {
    let (mut en_ids, mut de_ids) = (Vec::new(), Vec::new());
    let mut all = docs("en", "en-", &EN_NEGATIVE, &EN_POSITIVE, &mut en_ids);
    all.extend(docs("de", "de-", &DE_NEGATIVE, &DE_POSITIVE, &mut de_ids));
    all.push(TopicDoc {
        id: "und",
        text: "late delivery ok",
        language: "und",
        side: Side::Negative,
    });
    let report = topics(analyzer(), &all, 10);
    let languages: Vec<&str> = report
        .languages
        .iter()
        .map(|l| l.language.as_str())
        .collect();
    assert_eq!(languages, ["en", "de"], "und is skipped");
    let delivery = &report.aspects[0];
    assert_eq!(delivery.aspect, "delivery");
    assert_eq!(delivery.languages, ["de", "en"]);
    // Every negative review of both sets names delivery; three positive English ones do.
    assert_eq!(
        delivery.negative_reviews as usize,
        EN_NEGATIVE.len() + DE_NEGATIVE.len()
    );
    assert_eq!(delivery.positive_reviews, 3);
    assert!(delivery.phrases.iter().any(|p| p == "late delivery"));
    assert!(delivery.phrases.iter().any(|p| p.contains("liefer")));
    assert_eq!(delivery.examples.len(), 3);
    assert!(delivery.examples.iter().all(|id| id.contains('n')));
    let staff = report.aspects.iter().find(|a| a.aspect == "staff");
    assert!(
        staff.expect("staff").phrases.is_empty(),
        "praise is no complaint"
    );
}

#[test]
fn a_phrase_in_one_review_is_not_reported_however_often_repeated() {
    let rant = "Broken zipper! ".repeat(12);
    let mut negative = EN_NEGATIVE.to_vec();
    negative.push(&rant);
    let mut ids = Vec::new();
    let docs = docs("en", "", &negative, &EN_POSITIVE, &mut ids);
    let report = topics(analyzer(), &docs, 100);
    let en = english(&report);
    assert!(
        en.negative.iter().all(|p| !p.key.contains("zipper")),
        "{:?}",
        en.negative
    );
}

#[test]
fn bigrams_do_not_cross_a_clause_break() {
    let tally = LanguageTally::new("en", analyzer().lexicon("en").expect("en"));
    let (candidates, aspects) = tally.read("Late, delivery was a late delivery. Late. Delivery");
    let bigrams: Vec<&str> = candidates
        .iter()
        .filter(|(key, _)| key.contains(' '))
        .map(|(_, text)| text.as_str())
        .collect();
    assert_eq!(bigrams, ["late delivery"]);
    assert!(aspects.contains(&0), "delivery is ASPECTS[0]");
}

#[test]
fn the_result_does_not_depend_on_hashing_or_input_order() {
    let mut ids = Vec::new();
    let mut docs = docs("en", "", &EN_NEGATIVE, &EN_POSITIVE, &mut ids);
    let first = topics(analyzer(), &docs, 5);
    assert_eq!(first, topics(analyzer(), &docs, 5));
    docs.reverse();
    let reversed = topics(analyzer(), &docs, 5);
    let scores = |r: &TopicReport| -> Vec<(String, f64)> {
        let en = english(r);
        let phrases = en.negative.iter().chain(&en.positive);
        phrases.map(|p| (p.text.clone(), p.score)).collect()
    };
    assert_eq!(scores(&first), scores(&reversed));
    assert!(english(&first).negative.len() <= 5);
}

#[test]
fn empty_input_gives_an_empty_report() {
    let empty = TopicReport {
        languages: vec![],
        aspects: vec![],
    };
    assert_eq!(topics(analyzer(), &[], 10), empty);
}

#[test]
fn z_score_matches_the_formula_and_sign() {
    // alpha = 0.2 * 10 = 2, alpha0 = 0.2 * 200 = 40:
    // ln(2 / 138) - ln(12 / 128) = -1.86704; sd = sqrt(1/12 + 1/2) = 0.763763.
    let z = z_score([10, 0], [100, 100]);
    assert!((z + 2.44453).abs() < 1e-4, "{z}");
    assert!((z_score([0, 10], [100, 100]) + z).abs() < 1e-12);
    assert_eq!(z_score([5, 5], [100, 100]), 0.0);
    assert_eq!(z_score([3, 0], [3, 0]), 0.0, "undefined odds");
}

#[test]
fn stopword_lists_are_substantial_and_hold_no_negator() {
    for language in crate::LANGUAGES {
        let lexicon = analyzer().lexicon(language).expect("lexicon");
        let words = &lexicon.stopwords;
        assert!(
            (80..=160).contains(&words.len()),
            "{language}: {}",
            words.len()
        );
        for word in words {
            let token = &tokenize(word, language)[0];
            let negator = lexicon.modifiers.lookup(token).contains(&Modifier::Negator);
            assert!(!negator, "{language}: {word}");
        }
    }
}

#[test]
fn sides_from_ratings() {
    let sides: Vec<Option<Side>> = (1..=5).map(Side::from_rating).collect();
    let (n, p) = (Some(Side::Negative), Some(Side::Positive));
    assert_eq!(sides, [n, n, None, p, p]);
}
