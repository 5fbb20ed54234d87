//! Sentiment models retrained from an instance's own reviews: trained, chosen
//! over the lexicon only where better, and applied to new reviews.

use candor_app::{App, Business, NewStaff, Settings, Store, TrainingOutcome};
use candor_core::{ReviewInput, Role};
use candor_testkit::both_backends;
use candor_text::classifier::TrainConfig;

both_backends!(
    an_instance_model_replaces_the_lexicon_where_it_is_better,
    a_business_model_serves_only_its_business,
);

/// A made-up dialect the lexicon cannot read: `blorf` is bad, `plim` so-so,
/// `zink` good; the other words carry no sentiment.
const FILLERS: [&str; 8] = [
    "vrat", "quozzel", "snidep", "taveko", "mulpix", "greshon", "okrint", "wibnet",
];

fn dialect_review(i: usize) -> (i64, String) {
    let (stars, marker) = match i % 5 {
        0 | 1 => (1 + (i % 2) as i64, "blorf"),
        2 => (3, "plim"),
        _ => (4 + (i % 2) as i64, "zink"),
    };
    let f = |k: usize| FILLERS[(i / 5 + k) % FILLERS.len()];
    (
        stars,
        format!("{} {marker} {} {} {marker}", f(0), f(3), f(5)),
    )
}

fn input(stars: i64, body: &str, language: &str) -> ReviewInput {
    ReviewInput {
        rating: Some(stars),
        title: String::new(),
        body: body.to_string(),
        author_name: "Reviewer".into(),
        author_email: "reviewer@example.com".into(),
        language: Some(language.into()),
        experienced_on: None,
        testimonial_consent: false,
    }
}

async fn shop(app: &App, org: &str, slug: &str) -> Business {
    let staff = NewStaff {
        email: &format!("owner@{slug}.test"),
        name: "Owner",
        role: Role::Owner,
    };
    // The organisation may exist already (a second business of the same owner).
    let _ = app.create_owner(org, staff).await;
    app.create_business(org, slug, "Shop", "")
        .await
        .expect("business")
}

/// Submits `count` dialect reviews and `german` German ones to `slug`.
async fn fill(app: &App, slug: &str, count: usize, german: usize) {
    for i in 0..count {
        let (stars, body) = dialect_review(i);
        app.submit_review(slug, &input(stars, &body, "en"), "test")
            .await
            .expect("dialect review");
    }
    for i in 0..german {
        let body = format!("Der Laden war gut, Besuch Nummer {i}.");
        app.submit_review(slug, &input(4, &body, "de"), "test")
            .await
            .expect("german review");
    }
}

/// Submits a review and returns its stored (sentiment, stars predicted, mismatch).
async fn verdict(
    app: &App,
    slug: &str,
    stars: i64,
    body: &str,
    language: &str,
) -> (f64, i64, bool) {
    let submitted = app
        .submit_review(slug, &input(stars, body, language), "test")
        .await
        .expect("submit");
    let analyses = app
        .store()
        .analyses(&[submitted.review.id])
        .await
        .expect("analysis");
    let a = analyses.first().expect("one analysis");
    (a.sentiment, a.stars_predicted, a.mismatch)
}

async fn an_instance_model_replaces_the_lexicon_where_it_is_better(store: Store) {
    let app = App::new(store.clone(), permissive());
    shop(&app, "Dialect", "dialect").await;
    fill(&app, "dialect", 300, 20).await;

    let (_, _, mismatch) = verdict(&app, "dialect", 5, "blorf blorf", "en").await;
    assert!(!mismatch, "the lexicon knows no word of the dialect");

    let report = app
        .train_sentiment(None, &TrainConfig::default())
        .await
        .expect("train");
    let outcome = |language: &str| {
        report
            .languages
            .iter()
            .find(|l| l.language == language)
            .map(|l| l.outcome.clone())
            .expect("every language is reported")
    };
    match outcome("en") {
        TrainingOutcome::Trained {
            model_accuracy,
            lexicon_accuracy,
            use_model,
            train,
            held_out,
        } => {
            // 300 reviews and the one submitted above; about a fifth held out.
            assert_eq!(train + held_out, 301);
            assert!((40..=80).contains(&held_out), "{held_out} held out");
            assert!(use_model && model_accuracy > lexicon_accuracy);
            assert!(model_accuracy > 0.9, "model accuracy {model_accuracy}");
        }
        other => panic!("en was not trained: {other:?}"),
    }
    assert!(matches!(outcome("de"), TrainingOutcome::Skipped(r) if r.contains("20 reviews")));
    assert!(matches!(outcome("sw"), TrainingOutcome::Skipped(r) if r.contains("0 reviews")));

    let (sentiment, stars, mismatch) = verdict(&app, "dialect", 5, "blorf blorf", "en").await;
    assert!(mismatch, "a confident model contradicts the five stars");
    assert!(sentiment < -0.5 && stars <= 2, "{sentiment} {stars}");
    let (sentiment, _, mismatch) = verdict(&app, "dialect", 5, "zink zink", "en").await;
    assert!(!mismatch && sentiment > 0.5, "{sentiment}");

    // German was skipped: its reviews keep the lexicon's figures.
    let german = "Das Essen war schrecklich und der Kellner unfreundlich.";
    let lexicon =
        candor_text::Analyzer::new()
            .expect("analyzer")
            .analyze(german, Some("de"), Some(5));
    let (sentiment, stars, mismatch) = verdict(&app, "dialect", 5, german, "de").await;
    assert_eq!(
        (sentiment, stars, Some(mismatch)),
        (
            lexicon.sentiment,
            i64::from(lexicon.stars_predicted),
            lexicon.mismatch
        )
    );

    // Another node of the same instance loads the stored model from the table.
    let other_node = App::new(store, permissive());
    let (_, _, mismatch) = verdict(&other_node, "dialect", 5, "blorf blorf", "en").await;
    assert!(mismatch);
}

async fn a_business_model_serves_only_its_business(store: Store) {
    let app = App::new(store.clone(), permissive());
    let trained = shop(&app, "Two shops", "trained").await;
    shop(&app, "Two shops", "untrained").await;
    fill(&app, "trained", 300, 0).await;
    fill(&app, "untrained", 20, 0).await;

    let report = app
        .train_sentiment(Some("trained"), &TrainConfig::default())
        .await
        .expect("train");
    assert_eq!(report.business.map(|b| b.id), Some(trained.id.clone()));
    let rows = store.sentiment_models().await.expect("rows");
    let scopes: Vec<(&str, &str, bool)> = rows
        .iter()
        .map(|r| (r.scope.as_str(), r.language.as_str(), r.use_model))
        .collect();
    assert_eq!(scopes, vec![(trained.id.as_str(), "en", true)]);

    let (_, _, mismatch) = verdict(&app, "trained", 5, "blorf blorf", "en").await;
    assert!(mismatch);
    let (_, _, mismatch) = verdict(&app, "untrained", 5, "blorf blorf", "en").await;
    assert!(!mismatch, "another business keeps the lexicon");
    assert!(
        app.train_sentiment(Some("nowhere"), &TrainConfig::default())
            .await
            .is_err()
    );
}

/// Tests submit many reviews from one address and e-mail in seconds; the
/// limits and behaviour signals have tests of their own.
pub fn permissive() -> Settings {
    Settings {
        rate_limits: candor_app::RateLimits::unlimited(),
        ..Settings::default()
    }
}
