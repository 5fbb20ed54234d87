//! The shipped spam model and the screening decisions.

use candor_text::classifier::{Model, TrainConfig};
use candor_text::features::FeatureConfig;
use candor_trust::{Decision, SHIPPED_BUCKETS, SHIPPED_MODEL, Screener, SpamModel, Thresholds};

fn screener() -> Screener {
    let model = SpamModel::shipped().expect("shipped model");
    Screener::new(std::sync::Arc::new(model), Thresholds::default())
}

#[test]
fn the_shipped_model_is_exactly_what_the_vendored_data_trains() {
    let examples: Vec<(String, String)> = include_str!("../data/spam_train.jsonl")
        .lines()
        .map(|line| {
            let row: serde_json::Value = serde_json::from_str(line).expect("json line");
            (
                row["text"].as_str().expect("text").to_string(),
                row["label"].as_str().expect("label").to_string(),
            )
        })
        .collect();
    let config = TrainConfig {
        features: FeatureConfig {
            buckets: SHIPPED_BUCKETS,
            ..FeatureConfig::default()
        },
        ..TrainConfig::default()
    };
    let model = Model::train("spam", &examples, &config).expect("train");
    assert!(
        model.to_bytes() == SHIPPED_MODEL,
        "retrain with the command in spam.rs"
    );
}

#[test]
fn known_spam_scores_high_and_known_ham_low() {
    let model = SpamModel::shipped().expect("model");
    let spam =
        model.probability("WINNER!! You have won a £1000 prize. Call 09061701461 to claim now");
    let ham = model.probability("Sorry, I'll call you later, I'm in a meeting");
    assert!(spam > 0.9, "spam {spam}");
    assert!(ham < 0.1, "ham {ham}");
}

#[test]
fn genuine_reviews_in_every_language_are_published() {
    let screener = screener();
    for review in [
        "The delivery was two days late and nobody answered my emails. Disappointed.",
        "Die Lieferung kam pünktlich, die Verpackung war etwas übertrieben.",
        "Rigtig god service, jeg kommer gerne igen.",
        "Bilen var ikke klar da vi kom, men selgeren var hyggelig.",
        "Доставка задержалась на неделю, но поддержка помогла.",
        "Huduma nzuri sana, gari lilikuwa safi kabisa.",
    ] {
        let screening = screener.screen(review, &[]);
        assert_eq!(
            screening.decision,
            Decision::Publish,
            "{review}: {screening:?}"
        );
    }
}

#[test]
fn a_very_short_text_is_not_judged_by_the_model_alone() {
    let screening = screener().screen("Text", &[]);
    assert!(screening.spam_score > 0.8, "the model alone would hold it");
    assert_eq!(screening.decision, Decision::Publish);
    assert!(screening.reasons.is_empty());
}

#[test]
fn links_and_contact_details_hold_a_review_with_their_reasons() {
    let screening = screener().screen("Great shop! More deals at bit.ly/deals4u", &[]);
    assert_eq!(screening.decision, Decision::Hold);
    assert!(
        screening
            .reasons
            .iter()
            .any(|r| r.code == "url_shortener" && r.detail == "bit.ly/deals4u")
    );
}

#[test]
fn obvious_spam_is_rejected_and_says_why() {
    let text = "Check out my channel and subscribe!!! Free iPhone giveaway, click http://free-iphone.xyz now";
    let screening = screener().screen(text, &[]);
    assert_eq!(screening.decision, Decision::Reject, "{screening:?}");
    let codes: Vec<&str> = screening.reasons.iter().map(|r| r.code).collect();
    assert!(
        codes.contains(&"link") && codes.contains(&"spam_model"),
        "{codes:?}"
    );
}

#[test]
fn the_seed_lines_injected_for_search_engines_hold_the_text() {
    let seed = include_str!("fixtures/seed_004_excerpt.txt");
    let screening = screener().screen(seed, &[]);
    assert_eq!(screening.decision, Decision::Hold);
    assert_eq!(
        screening
            .reasons
            .iter()
            .filter(|r| r.code == "off_topic")
            .count(),
        2
    );
}

#[test]
fn the_blocklist_holds_a_review() {
    let blocklist = vec!["acme scam".to_string()];
    let screening = screener().screen("They call this the acme scam in town.", &blocklist);
    assert_eq!(screening.decision, Decision::Hold);
    assert_eq!(screening.reasons[0].code, "blocked_term");
}

#[test]
fn a_reply_may_give_the_business_contact_details() {
    let reply = "We are sorry to hear this. Please call us on +45 33 12 34 56 or write to \
                 service@nordlys.example so that we can put it right.";
    let screening = screener().screen_reply(reply, &[]);
    assert_eq!(screening.decision, Decision::Publish);
    let codes: Vec<&str> = screening.reasons.iter().map(|r| r.code).collect();
    assert!(codes.contains(&"phone_number"), "noted: {codes:?}");
    assert!(codes.contains(&"email_address"), "noted: {codes:?}");
}

#[test]
fn a_reply_with_a_blocked_term_or_a_shortener_is_refused() {
    let blocklist = vec!["acme scam".to_string()];
    let blocked = screener().screen_reply("This is not the Acme  scam, we promise.", &blocklist);
    assert_eq!(blocked.decision, Decision::Reject);
    assert_eq!(blocked.reasons[0].code, "blocked_term");
    let shortened = screener().screen_reply("Thanks! Our offers: bit.ly/deals4u", &[]);
    assert_eq!(shortened.decision, Decision::Reject);
    assert!(shortened.reasons.iter().any(|r| r.code == "url_shortener"));
}

#[test]
fn blocked_terms_match_whole_words_only() {
    let blocklist = vec!["scam".to_string()];
    let inside = screener().screen("Scampi was lovely and the staff were kind.", &blocklist);
    assert!(inside.reasons.iter().all(|r| r.code != "blocked_term"));
    let whole = screener().screen("A real SCAM, avoid.", &blocklist);
    assert!(whole.reasons.iter().any(|r| r.code == "blocked_term"));
}
