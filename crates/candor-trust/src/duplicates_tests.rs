use super::*;
use proptest::prelude::*;

/// 40 words.
const REVIEW: &str = "We booked a table for six on Friday evening and the staff were \
    welcoming from the start. The lamb was tender, the sauce rich, and the desserts \
    generous. Prices are fair for the quality, and we will come back soon.";

/// 40 words, about something else.
const OTHER_REVIEW: &str = "The plumber arrived two hours late, left mud across \
    the hallway carpet and charged extra for parts he never showed us. When I called \
    the office nobody answered, and the leaking pipe under the sink still drips every single night.";

/// `REVIEW` in German.
const REVIEW_DE: &str = "Wir haben am Freitagabend einen Tisch für sechs Personen \
    reserviert, und das Personal war von Anfang an herzlich. Das Lamm war zart, die \
    Soße kräftig und die Desserts großzügig. Die Preise sind für die Qualität fair, \
    und wir kommen bestimmt bald wieder.";

fn index(texts: &[(&'static str, &str)]) -> DuplicateIndex<&'static str> {
    let mut index = DuplicateIndex::new();
    for (id, text) in texts {
        index.insert(*id, text);
    }
    index
}

#[test]
fn review_fixtures_have_forty_words() {
    assert_eq!(normalized_words(REVIEW).len(), 40);
    assert_eq!(normalized_words(OTHER_REVIEW).len(), 40);
}

#[test]
fn identical_text_is_an_exact_duplicate() {
    let index = index(&[("a", REVIEW), ("b", OTHER_REVIEW)]);
    assert_eq!(index.candidates(REVIEW), vec![("a", 1.0)]);
    assert_eq!(exact_key(REVIEW), exact_key(REVIEW));
    assert_eq!(exact_key(REVIEW).len(), 32);
}

#[test]
fn case_punctuation_and_whitespace_do_not_change_the_exact_key() {
    let shouted = REVIEW
        .to_uppercase()
        .replace(", ", " ,,, ")
        .replace('.', "!!");
    assert_eq!(exact_key(&shouted), exact_key(REVIEW));
    let spaced = REVIEW.split_whitespace().collect::<Vec<_>>().join("\n\t  ");
    assert_eq!(exact_key(&spaced), exact_key(REVIEW));
    for (a, b) in [
        ("Don't go there.", "DON’T GO THERE!!!"),
        ("dont go there", "Don't — go... there 😡"),
        ("It was 3.5 out of 10", "it was 3,5 out of 10"),
        ("Die Straße ist laut", "DIE STRASSE IST LAUT"),
        ("ΟΔΟΣ", "οδος"),
    ] {
        assert_eq!(exact_key(a), exact_key(b), "{a} / {b}");
    }
    assert_ne!(exact_key("good food"), exact_key("food good"));
    assert_ne!(exact_key("good food"), exact_key("good foods"));
}

#[test]
fn exact_key_is_fnv1a_128_of_the_normalised_words() {
    // Reference vectors of 128-bit FNV-1a.
    assert_eq!(
        format!("{:032x}", fnv1a_128(b"")),
        "6c62272e07bb014262b821756295c58d"
    );
    assert_eq!(
        format!("{:032x}", fnv1a_128(b"a")),
        "d228cb696f1a8caf78912b704e4a8964"
    );
    assert_eq!(
        format!("{:032x}", fnv1a_128(b"foobar")),
        "343e1662793c64bf6f0d3597ba446f18"
    );
    assert_eq!(
        exact_key("Foo, BAR!"),
        format!("{:032x}", fnv1a_128(b"foo bar"))
    );
    assert_eq!(exact_key("😀 !!"), "6c62272e07bb014262b821756295c58d");
}

#[test]
fn one_changed_word_is_a_near_duplicate() {
    let changed = REVIEW.replace("tender", "delicious");
    assert_ne!(exact_key(&changed), exact_key(REVIEW));
    let similarity = estimated_jaccard(&Signature::of_text(REVIEW), &Signature::of_text(&changed));
    assert!(similarity > 0.7, "{similarity}");

    let index = index(&[("original", REVIEW), ("other", OTHER_REVIEW)]);
    let found = index.candidates(&changed);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "original");
    assert!(found[0].1 > 0.7 && found[0].1 < 1.0, "{found:?}");
}

#[test]
fn unrelated_reviews_of_the_same_length_are_not_candidates() {
    let a = band_keys(&Signature::of_text(REVIEW));
    let b = band_keys(&Signature::of_text(OTHER_REVIEW));
    assert!(a.iter().all(|key| !b.contains(key)));
    assert!(
        estimated_jaccard(
            &Signature::of_text(REVIEW),
            &Signature::of_text(OTHER_REVIEW)
        ) < 0.1
    );
    let index = index(&[("a", REVIEW)]);
    assert!(index.candidates(OTHER_REVIEW).is_empty());
}

#[test]
fn a_translation_is_not_a_duplicate() {
    let index = index(&[("en", REVIEW)]);
    assert!(index.candidates(REVIEW_DE).is_empty());
    let de = band_keys(&Signature::of_text(REVIEW_DE));
    assert!(
        band_keys(&Signature::of_text(REVIEW))
            .iter()
            .all(|key| !de.contains(key))
    );
}

#[test]
fn short_texts_are_one_shingle() {
    let great = Signature::of_text("Great food!");
    assert_eq!(great, Signature::of_text("GREAT  food"));
    assert_eq!(
        estimated_jaccard(&great, &Signature::of_text("Good food")),
        0.0
    );
    assert_eq!(estimated_jaccard(&great, &Signature::of_text("great")), 0.0);
    // Three words are one shingle too, by windowing.
    assert_eq!(
        Signature::of_text("great food here"),
        Signature::of_words(&["great".into(), "food".into(), "here".into()])
    );
    let index = index(&[("a", "Great food!"), ("b", "Good food")]);
    assert_eq!(index.candidates("great food"), vec![("a", 1.0)]);
}

#[test]
fn texts_without_words_are_neither_indexed_nor_matched() {
    let mut index = DuplicateIndex::new();
    index.insert(1, "👍👍 !!!");
    index.insert(2, "");
    assert!(index.is_empty());
    assert!(index.candidates("👍").is_empty());
    assert!(index.candidates("").is_empty());
    assert_eq!(Signature::of_text("").values(), &[u32::MAX; SIGNATURE_LEN]);
}

#[test]
fn inserting_an_id_again_replaces_its_text() {
    let mut index = DuplicateIndex::new();
    index.insert("r1", REVIEW);
    index.insert("r1", OTHER_REVIEW);
    assert_eq!(index.len(), 1);
    assert!(index.candidates(REVIEW).is_empty());
    assert_eq!(index.candidates(OTHER_REVIEW), vec![("r1", 1.0)]);
    assert!(index.remove(&"r1"));
    assert!(!index.remove(&"r1"));
    assert!(index.candidates(OTHER_REVIEW).is_empty());
}

#[test]
fn candidates_are_sorted_by_similarity_and_pairs_listed_once() {
    let one = REVIEW.replace("tender", "delicious");
    let two = one.replace("generous", "huge");
    let index = index(&[
        ("two", &two),
        ("one", &one),
        ("same", REVIEW),
        ("copy", &REVIEW.to_lowercase()),
        ("other", OTHER_REVIEW),
    ]);
    let found = index.candidates(REVIEW);
    let ids: Vec<_> = found.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, ["same", "copy", "one", "two"], "{found:?}");
    assert!(found[2].1 > found[3].1, "{found:?}");

    let pairs = index.duplicate_pairs();
    assert_eq!(pairs.len(), 6, "{pairs:?}");
    assert!(pairs.contains(&("same", "copy", 1.0)));
    assert!(pairs.iter().all(|(a, b, _)| *a != "other" && *b != "other"));
}

#[test]
fn the_threshold_is_configurable() {
    let changed = REVIEW.replace("tender", "delicious");
    let strict: DuplicateIndex<u32> = {
        let mut index = DuplicateIndex::with_threshold(0.99);
        index.insert(1, REVIEW);
        index
    };
    assert_eq!(strict.threshold(), 0.99);
    assert!(strict.candidates(&changed).is_empty());
    assert_eq!(strict.candidates(&REVIEW.to_uppercase()), vec![(1, 1.0)]);
}

/// A change in normalisation, shingling or hashing changes stored keys:
/// these fixed values catch it (bump `SCHEME_VERSION` with them).
#[test]
fn keys_are_fixed() {
    let text = "The soup was cold, but the waiter was kind.";
    // Computed independently (a Python transcription of the scheme).
    assert_eq!(exact_key(text), "351fa611f7fbef0b6e2c42e2606217db");
    let signature = Signature::of_text(text);
    assert_eq!(
        signature.to_hex(),
        concat!(
            "388406843e4390cd2b7e7b52222b8f272139107900bc646b10487fda282c8b6d16afef834e978e18",
            "2578762a0950b6593605ec3a0b9b762c13c96eed04be98ed08ac14922e4908860bbe43b96f8d12b2",
            "5f40cd090ea5881500e807e728d56a1591d3d42284cca05a013d39ce1e7f7f6544ba9e7212450971",
            "36971d070188e1c7272f1c5f800119ac04080b731efc188243e99bf62c356ae61079cbe28a489a36",
            "2f3a3e5e127898213a21142504f7c0443949b2824f5da2440d8238b708f2b488052138d819293c77",
            "1727a8640f718cde0be43354350fb1ed09b118b810060f5e17bbe700099bab872b7cf00c27dd4ad5",
            "00673a6b04ac655c008f218f0747c9521b16b55c07c4f9440441083a3392a569185541c2148d0ffc",
            "4e413aa70d2243ac0865881c14cbb5fa02626be210bf8c584475c2e070aa507c25e3fe31116dc7da",
            "0b9fe2b2111e3ba30adffb4f0406c8742e17f7161bf607f8462b89a10d084dd52f7a379a2ec14d57",
            "1c2daf901789d15f044395f905f24b0b0a0c450d08e961d40011bba5105c19c507a16c3119571445",
        )
    );
    assert_eq!(
        band_keys(&signature)[..2],
        [3_377_793_273_906_431_359, 11_188_323_628_266_065_228]
    );
}

#[test]
fn hex_round_trips() {
    for text in [REVIEW, "ok", ""] {
        let signature = Signature::of_text(text);
        let hex = signature.to_hex();
        assert_eq!(hex.len(), SIGNATURE_HEX_LEN);
        assert_eq!(Signature::from_hex(&hex), Ok(signature.clone()));
        assert_eq!(
            Signature::from_hex(&hex.to_uppercase()),
            Ok(signature.clone())
        );
        assert_eq!(hex.parse::<Signature>(), Ok(signature.clone()));
        assert_eq!(signature.to_string(), hex);
    }
}

#[test]
fn malformed_hex_is_refused() {
    let hex = Signature::of_text(REVIEW).to_hex();
    assert_eq!(
        Signature::from_hex(&hex[1..]),
        Err(SignatureError::WrongLength {
            expected: 800,
            found: 799
        })
    );
    assert_eq!(
        Signature::from_hex(&format!("{hex}0")),
        Err(SignatureError::WrongLength {
            expected: 800,
            found: 801
        })
    );
    assert_eq!(
        Signature::from_hex(""),
        Err(SignatureError::WrongLength {
            expected: 800,
            found: 0
        })
    );
    let bad = format!("{}g{}", &hex[..17], &hex[18..]);
    let err = Signature::from_hex(&bad);
    assert_eq!(
        err,
        Err(SignatureError::InvalidDigit {
            position: 17,
            found: 'g'
        })
    );
    assert_eq!(
        err.err().map(|e| e.to_string()).as_deref(),
        Some("invalid hex digit 'g' at position 17 of a signature")
    );
    // A multi-byte character is one position, and never panics the slicing.
    let accent = format!("é{}", &hex[2..]);
    assert_eq!(
        Signature::from_hex(&accent),
        Err(SignatureError::InvalidDigit {
            position: 0,
            found: 'é'
        })
    );
    assert_eq!(
        Signature::from_hex(&format!(" {}", &hex[1..])),
        Err(SignatureError::InvalidDigit {
            position: 0,
            found: ' '
        })
    );
    assert_eq!(
        SignatureError::WrongLength {
            expected: 800,
            found: 3
        }
        .to_string(),
        "a signature is 800 hex digits, this one has 3"
    );
}

#[test]
fn bands_cover_the_signature() {
    assert_eq!(BANDS * ROWS_PER_BAND, SIGNATURE_LEN);
    let keys = band_keys(&Signature::of_text(REVIEW));
    assert_eq!(keys.len(), BANDS);
    // Equal values in different bands still give different keys.
    let keys = band_keys(&Signature::of_text(""));
    let distinct: HashSet<_> = keys.iter().collect();
    assert_eq!(distinct.len(), BANDS);
}

/// The S-curve promised in the module documentation.
#[test]
fn s_curve_meets_the_targets() {
    let p = |s: f64| 1.0 - (1.0 - s.powi(ROWS_PER_BAND as i32)).powi(BANDS as i32);
    assert!(p(0.7) > 0.95, "{}", p(0.7));
    assert!(p(0.3) < 0.05, "{}", p(0.3));
    assert!(p(0.1) < 0.001, "{}", p(0.1));
}

/// `n` distinct words; the last `changed` replaced in the second text.
fn pair(trial: usize, n: usize, changed: usize) -> (String, String) {
    let word = |i: usize| format!("w{trial}x{i}");
    let a: Vec<String> = (0..n).map(word).collect();
    let b: Vec<String> = (0..n)
        .map(|i| {
            if i >= n - changed {
                format!("v{trial}x{i}")
            } else {
                word(i)
            }
        })
        .collect();
    (a.join(" "), b.join(" "))
}

/// The hashes behave as the S-curve says on pairs of known Jaccard
/// similarity: 100 words have 98 shingles, changing the last m words
/// changes m of them, J = (98 − m) / (98 + m).
#[test]
fn candidate_rates_follow_the_s_curve() {
    let trials = 400;
    for (changed, min_rate, max_rate) in [(14, 0.97, 1.0), (53, 0.0, 0.09)] {
        let jaccard = (98 - changed) as f64 / (98 + changed) as f64;
        let mut candidates = 0;
        let mut sum = 0.0;
        for trial in 0..trials {
            let (a, b) = pair(trial, 100, changed);
            let (sa, sb) = (Signature::of_text(&a), Signature::of_text(&b));
            let kb = band_keys(&sb);
            if band_keys(&sa).iter().any(|k| kb.contains(k)) {
                candidates += 1;
            }
            sum += estimated_jaccard(&sa, &sb);
        }
        let rate = f64::from(candidates) / trials as f64;
        let mean = sum / trials as f64;
        assert!(
            (min_rate..=max_rate).contains(&rate),
            "J = {jaccard:.3}: candidate rate {rate}"
        );
        assert!(
            (mean - jaccard).abs() < 0.01,
            "J = {jaccard:.3}: mean estimate {mean}"
        );
    }
}

proptest! {
    #[test]
    fn jaccard_is_one_on_itself_and_symmetric(a in "\\PC{0,200}", b in "\\PC{0,200}") {
        let (sa, sb) = (Signature::of_text(&a), Signature::of_text(&b));
        prop_assert_eq!(estimated_jaccard(&sa, &sa), 1.0);
        let ab = estimated_jaccard(&sa, &sb);
        prop_assert_eq!(ab, estimated_jaccard(&sb, &sa));
        prop_assert!((0.0..=1.0).contains(&ab));
        prop_assert_eq!(Signature::from_hex(&sa.to_hex()), Ok(sa));
    }

    #[test]
    fn ascii_case_and_punctuation_never_matter(words in prop::collection::vec("[a-zA-Z0-9]{1,8}", 1..30)) {
        let plain = words.join(" ");
        let noisy = words.iter().map(|w| format!("{}!?", w.to_uppercase())).collect::<Vec<_>>().join(" ,  ");
        prop_assert_eq!(exact_key(&plain), exact_key(&noisy));
        prop_assert_eq!(Signature::of_text(&plain), Signature::of_text(&noisy));
    }

    #[test]
    fn a_text_finds_itself(text in "[a-z ]{1,120}") {
        let mut index = DuplicateIndex::new();
        index.insert(7u8, &text);
        let found = index.candidates(&text);
        if normalized_words(&text).is_empty() {
            prop_assert!(found.is_empty());
        } else {
            prop_assert_eq!(found, vec![(7u8, 1.0)]);
        }
    }
}
