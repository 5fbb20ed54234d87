//! Behaviour around submissions: rate limits (429 with Retry-After), the
//! honeypot, bursts, and one e-mail reviewing many businesses of one
//! organisation. These run with the default limits.

use candor_app::Settings;
use candor_store::Store;
use candor_testkit::both_backends;
use serde_json::{Value, json};

use crate::helpers::TestApp;

both_backends!(
    an_email_over_its_hourly_limit_gets_429_and_nothing_is_stored,
    the_honeypot_rejects_what_a_program_filled_in,
    a_burst_of_five_star_reviews_is_held,
    one_email_reviewing_many_businesses_of_one_organisation_is_held,
    a_rating_far_from_the_consensus_is_noted_but_published,
);

async fn post(t: &TestApp, slug: &str, rating: i64, email: &str, body: &str) -> reqwest::Response {
    t.post_review(
        slug,
        json!({"rating": rating, "title": "", "body": body, "author_name": "Vi",
               "author_email": email, "language": "en"}),
    )
    .await
}

async fn an_email_over_its_hourly_limit_gets_429_and_nothing_is_stored(store: Store) {
    let t = TestApp::spawn_with(store, Settings::default()).await;
    for i in 0..5 {
        let response = post(
            &t,
            &t.slug,
            3,
            "vi@example.com",
            &format!("Visit {i}: average bread, fair price."),
        )
        .await;
        assert_eq!(response.status(), 201);
    }
    let refused = post(&t, &t.slug, 3, "vi@example.com", "Visit 6: the same again.").await;
    assert_eq!(refused.status(), 429);
    let retry: u64 = refused
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After");
    assert!((1..=3600).contains(&retry), "{retry}");
    let body: Value = refused.json().await.expect("json");
    assert_eq!(body["error"]["code"], "rate_limited");
    assert_eq!(t.count().await, 5, "the refused review was not stored");
    // Another writer is not affected.
    assert_eq!(
        post(
            &t,
            &t.slug,
            3,
            "ana@example.com",
            "Fine rolls, friendly service today."
        )
        .await
        .status(),
        201
    );
}

async fn the_honeypot_rejects_what_a_program_filled_in(store: Store) {
    let t = TestApp::spawn_with(store, Settings::default()).await;
    let response = t
        .client
        .post(t.url(&format!("/b/{}/reviews", t.slug)))
        .form(&[
            ("rating", "5"),
            ("body", "Best shop in the world"),
            ("author_name", "Bot"),
            ("author_email", "bot@example.com"),
            ("website", "http://spam.example"),
        ])
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 201);
    let html = response.text().await.expect("html");
    assert!(html.contains("data-outcome=\"rejected\""));
    assert_eq!(t.count().await, 0);
    let (_, page) = t.page(&format!("/b/{}", t.slug)).await;
    assert!(
        page.contains("name=\"website\"") && page.contains("tabindex=\"-1\""),
        "the field is in the form"
    );
}

async fn a_burst_of_five_star_reviews_is_held(store: Store) {
    let t = TestApp::spawn_with(store, Settings::default()).await;
    let mut statuses = Vec::new();
    for i in 0..6 {
        let response = post(
            &t,
            &t.slug,
            5,
            &format!("fan{i}@example.com"),
            &format!("Wonderful place number {i}, loved it."),
        )
        .await;
        let body: Value = response.json().await.expect("json");
        statuses.push(body["status"].as_str().unwrap_or_default().to_string());
        if i == 4 {
            assert_eq!(body["screening"]["reasons"][0]["code"], "burst", "{body}");
        }
    }
    assert_eq!(
        statuses,
        vec![
            "published",
            "published",
            "published",
            "published",
            "pending",
            "pending"
        ]
    );
    // A 3-star review in the same hour is no part of it.
    let calm: Value = post(
        &t,
        &t.slug,
        3,
        "calm@example.com",
        "It was fine, nothing special.",
    )
    .await
    .json()
    .await
    .expect("json");
    assert_eq!(calm["status"], "published");
}

async fn one_email_reviewing_many_businesses_of_one_organisation_is_held(store: Store) {
    let t = TestApp::spawn_with(store, Settings::default()).await;
    for slug in ["acme-two", "acme-three"] {
        t.app
            .create_business("acme", slug, "Another Acme shop", "")
            .await
            .expect("business");
    }
    let first: Value = post(
        &t,
        "acme-shop",
        4,
        "roamer@example.com",
        "Good shop, kind people.",
    )
    .await
    .json()
    .await
    .expect("json");
    let second: Value = post(
        &t,
        "acme-two",
        4,
        "roamer@example.com",
        "Also good, kind people.",
    )
    .await
    .json()
    .await
    .expect("json");
    let third: Value = post(
        &t,
        "acme-three",
        4,
        "roamer@example.com",
        "Good as well, kind people.",
    )
    .await
    .json()
    .await
    .expect("json");
    assert_eq!(
        (first["status"].as_str(), second["status"].as_str()),
        (Some("published"), Some("published"))
    );
    assert_eq!(third["status"], "pending");
    assert_eq!(third["screening"]["reasons"][0]["code"], "many_businesses");
}

async fn a_rating_far_from_the_consensus_is_noted_but_published(store: Store) {
    let t = TestApp::spawn_with(store, Settings::default()).await;
    for i in 0..10 {
        let response = post(
            &t,
            &t.slug,
            4,
            &format!("regular{i}@example.com"),
            &format!("Good bakery, visit {i}."),
        )
        .await;
        assert_eq!(response.status(), 201);
    }
    let odd: Value = post(&t, &t.slug, 1, "odd@example.com", "Awful, never again.")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(odd["status"], "published", "a single bad day is not held");
    assert_eq!(odd["screening"]["reasons"][0]["code"], "far_from_consensus");
    assert_eq!(odd["screening"]["decision"], "publish");
}
