use super::*;

fn tr(locale: &'static str) -> Tr {
    Tr::new(Arc::new(Catalog::load().expect("locales parse")), locale)
}

#[test]
fn every_locale_has_exactly_the_english_messages() {
    let english = Catalog::message_ids("en");
    assert!(english.len() > 100, "{}", english.len());
    for (code, _) in LOCALES {
        assert_eq!(Catalog::message_ids(code), english, "{code}");
    }
}

#[test]
fn every_message_formats_without_falling_back_in_every_locale() {
    for (code, _) in LOCALES {
        let catalog = Catalog::load().expect("parse");
        let bundle = catalog.bundles.get(code).expect("bundle");
        for id in Catalog::message_ids("en") {
            assert!(
                bundle.get_message(&id).and_then(|m| m.value()).is_some(),
                "{code}: {id}"
            );
        }
    }
}

#[test]
fn plurals_follow_the_locale() {
    assert_eq!(tr("en").count("review-count", 1), "1 review");
    assert_eq!(tr("en").count("review-count", 5), "5 reviews");
    let ru = tr("ru");
    assert_ne!(ru.count("review-count", 2), ru.count("review-count", 5));
}

#[test]
fn accept_language_picks_the_best_supported() {
    assert_eq!(
        from_accept_language("fr-FR, de;q=0.8, en;q=0.5"),
        Some("de")
    );
    assert_eq!(from_accept_language("nn-NO"), Some("nb"));
    assert_eq!(from_accept_language("fr, it"), None);
    assert_eq!(from_accept_language("sw;q=0, ru;q=0.1"), Some("ru"));
}

#[test]
fn decimals_use_the_local_separator() {
    assert_eq!(tr("en").decimal(4.25, 1), "4.2");
    assert_eq!(tr("de").decimal(4.35, 2), "4,35");
}
