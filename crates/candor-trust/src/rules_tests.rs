use super::*;

fn codes(text: &str) -> Vec<&'static str> {
    findings(text, &[]).into_iter().map(|f| f.code).collect()
}

#[test]
fn links_and_shorteners_are_named() {
    assert_eq!(codes("Visit https://example.com/deal now"), vec!["link"]);
    assert_eq!(codes("cheap stuff at www.cheap-stuff.de"), vec!["link"]);
    assert_eq!(codes("see bit.ly/3xYz for more"), vec!["url_shortener"]);
    assert_eq!(codes("order at shop.example.shop!"), vec!["link"]);
}

#[test]
fn ordinary_dotted_words_are_not_links() {
    for text in [
        "It was 3.5 out of 10.",
        "e.g. the bread",
        "Mr.Smith helped",
        "I paid 12.99 euros",
    ] {
        assert!(codes(text).is_empty(), "{text}: {:?}", codes(text));
    }
}

#[test]
fn contact_details_are_found_but_prices_and_dates_are_not() {
    assert_eq!(
        codes("Call me on +47 22 33 44 55 today"),
        vec!["phone_number"]
    );
    assert_eq!(codes("ring 0800-123-4567"), vec!["phone_number"]);
    assert_eq!(codes("write to joe@example.com"), vec!["email_address"]);
    for text in [
        "In 2015 I paid 1 299 kr",
        "on 12/05/2021 we came",
        "order 12345 arrived",
    ] {
        assert!(codes(text).is_empty(), "{text}: {:?}", codes(text));
    }
}

#[test]
fn repeated_characters_and_shouting() {
    assert_eq!(codes("sooooooo good"), vec!["repeated_characters"]);
    assert!(codes("soooo good!!").is_empty());
    assert_eq!(
        codes("THIS SHOP IS A SCAM DO NOT BUY ANYTHING HERE EVER"),
        vec!["shouting"]
    );
    assert!(codes("The NHS and the BBC were mentioned in a calm review.").is_empty());
}

#[test]
fn the_injected_seed_lines_are_off_topic_and_the_paragraphs_are_not() {
    let seed = include_str!("../tests/fixtures/seed_004_excerpt.txt");
    let found = findings(seed, &[]);
    let details: Vec<&str> = found.iter().map(|f| f.detail.as_str()).collect();
    assert_eq!(
        details,
        vec![
            "hvilken nasjonalitet er alicia roman",
            "alex sensation nettoformue 2015"
        ]
    );
    assert!(found.iter().all(|f| f.code == "off_topic"));
}

#[test]
fn the_seed_paragraphs_of_every_language_raise_nothing() {
    for seed in [
        include_str!("../../candor-text/tests/fixtures/seed_da.txt"),
        include_str!("../../candor-text/tests/fixtures/seed_de.txt"),
        include_str!("../../candor-text/tests/fixtures/seed_nb.txt"),
        include_str!("../../candor-text/tests/fixtures/seed_ru.txt"),
        include_str!("../../candor-text/tests/fixtures/seed_sw.txt"),
    ] {
        assert!(findings(seed, &[]).is_empty(), "{seed}");
    }
}

#[test]
fn a_sentence_about_a_person_is_not_junk() {
    assert!(codes("The girlfriend of the owner served us, very kind.").is_empty());
    assert!(
        codes("my boyfriend loved the cake").is_empty(),
        "no trivia marker here"
    );
}

#[test]
fn blocked_terms_match_whole_words() {
    let blocklist = vec!["viagra".to_string(), "casino bonus".to_string()];
    let found = findings("Best casino bonus and viagra here", &blocklist);
    assert_eq!(found.len(), 2);
    assert!(findings("viagrax and casino bonuses", &blocklist).is_empty());
}
