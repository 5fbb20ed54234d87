use candor_store::Store;
use candor_testkit::both_backends;
use serde_json::{Value, json};

use crate::helpers::{TestApp, review_body};

both_backends!(
    a_review_round_trip,
    edits_keep_revisions_and_need_the_token,
    helpful_counts_once_per_visitor,
    staff_reply_creates_then_edits,
    lists_filter_and_paginate,
    service_endpoints_answer,
    reviews_are_analysed_at_submission,
);

async fn a_review_round_trip(store: Store) {
    let t = TestApp::spawn(store).await;
    let (id, token) = t.review(4, "Quick delivery, friendly staff.").await;
    assert_eq!(token.len(), 68);
    let (status, business) = t.get_json("/api/v1/businesses/acme-shop").await;
    assert_eq!(status, 200);
    assert_eq!(business["count"], 1);
    assert_eq!(business["mean"], 4.0);
    assert_eq!(
        business["distribution"],
        json!({"1": 0, "2": 0, "3": 0, "4": 1, "5": 0})
    );
    // (7 * 3.5 + 4) / 8, with a weight of 1 for a review written today.
    assert_eq!(business["score"], 3.56);
    let (status, review) = t.get_json(&format!("/api/v1/reviews/{id}")).await;
    assert_eq!(status, 200);
    assert_eq!(
        (review["body"].as_str(), review["language"].as_str()),
        (Some("Quick delivery, friendly staff."), Some("no"))
    );
    assert!(
        review.get("author_email").is_none(),
        "the e-mail address is private"
    );
    assert!(!review.to_string().contains("ingrid@example.no"));
    let (_, list) = t.get_json("/api/v1/businesses").await;
    assert_eq!(list["items"][0]["slug"], "acme-shop");
}

async fn edits_keep_revisions_and_need_the_token(store: Store) {
    let t = TestApp::spawn(store).await;
    let (id, token) = t.review(1, "Broken on arrival.").await;
    let mut edit = review_body(3, "Broken on arrival. Update: they replaced it.");
    edit["edit_token"] = json!("cne_wrong");
    let url = t.url(&format!("/api/v1/reviews/{id}"));
    let denied = t
        .client
        .put(&url)
        .json(&edit)
        .send()
        .await
        .expect("request");
    assert_eq!(denied.status(), 403);
    edit["edit_token"] = json!(token);
    let saved = t
        .client
        .put(&url)
        .json(&edit)
        .send()
        .await
        .expect("request");
    assert_eq!(saved.status(), 200);
    let (_, review) = t.get_json(&format!("/api/v1/reviews/{id}")).await;
    assert_eq!(
        (review["rating"].as_i64(), review["edited"].as_bool()),
        (Some(3), Some(true))
    );
    let bodies: Vec<_> = review["revisions"]
        .as_array()
        .expect("revisions")
        .iter()
        .map(|r| r["body"].clone())
        .collect();
    assert_eq!(
        bodies,
        vec![
            json!("Broken on arrival."),
            json!("Broken on arrival. Update: they replaced it.")
        ]
    );
    let (_, page) = t.page(&format!("/r/{id}")).await;
    assert!(
        page.contains("Broken on arrival. Update: they replaced it.")
            && page.contains("id=\"history\"")
    );
}

async fn helpful_counts_once_per_visitor(store: Store) {
    let t = TestApp::spawn(store).await;
    let (id, _) = t.review(2, "Slow.").await;
    let url = t.url(&format!("/api/v1/reviews/{id}/helpful"));
    let first: Value = t
        .client
        .post(&url)
        .send()
        .await
        .expect("vote")
        .json()
        .await
        .expect("json");
    let second: Value = t
        .client
        .post(&url)
        .send()
        .await
        .expect("vote")
        .json()
        .await
        .expect("json");
    assert_eq!(
        (first["counted"].as_bool(), first["helpful_count"].as_i64()),
        (Some(true), Some(1))
    );
    assert_eq!(
        (
            second["counted"].as_bool(),
            second["helpful_count"].as_i64()
        ),
        (Some(false), Some(1))
    );
    let other = reqwest::Client::new();
    let third: Value = other
        .post(&url)
        .header("cookie", format!("candor_visitor={}", "ab".repeat(32)))
        .send()
        .await
        .expect("vote")
        .json()
        .await
        .expect("json");
    assert_eq!(third["helpful_count"], 2);
}

async fn staff_reply_creates_then_edits(store: Store) {
    let t = TestApp::spawn(store).await;
    let (id, _) = t.review(1, "Never again.").await;
    let url = t.url(&format!("/api/v1/reviews/{id}/reply"));
    let put = |body: &'static str| {
        t.client
            .put(&url)
            .bearer_auth(&t.token)
            .json(&json!({ "body": body }))
            .send()
    };
    assert_eq!(
        put("We are sorry. What would make this right?")
            .await
            .expect("reply")
            .status(),
        201
    );
    assert_eq!(
        put("We are sorry. We have refunded you.")
            .await
            .expect("reply")
            .status(),
        200
    );
    let (_, review) = t.get_json(&format!("/api/v1/reviews/{id}")).await;
    assert_eq!(
        review["reply"]["body"],
        "We are sorry. We have refunded you."
    );
    assert_eq!(
        review["reply"]["revisions"].as_array().map(Vec::len),
        Some(2)
    );
    let (_, page) = t.page("/b/acme-shop").await;
    assert!(page.contains("We are sorry. We have refunded you."));
    let anonymous = t
        .client
        .put(&url)
        .json(&json!({ "body": "x" }))
        .send()
        .await
        .expect("reply");
    assert_eq!(anonymous.status(), 401);
}

async fn lists_filter_and_paginate(store: Store) {
    let t = TestApp::spawn(store).await;
    for i in 0..23 {
        t.review(1 + i % 5, &format!("Review number {i}")).await;
    }
    let (_, ones) = t
        .get_json("/api/v1/businesses/acme-shop/reviews?stars=1,2")
        .await;
    let ratings: Vec<_> = ones["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|r| r["rating"].as_i64())
        .collect();
    assert_eq!(ratings.len(), 10);
    assert!(ratings.iter().all(|r| matches!(r, Some(1 | 2))));
    let (_, first) = t.get_json("/api/v1/businesses/acme-shop/reviews").await;
    assert_eq!(first["items"].as_array().map(Vec::len), Some(20));
    let cursor = first["next_cursor"].as_str().expect("a second page");
    let (_, second) = t
        .get_json(&format!(
            "/api/v1/businesses/acme-shop/reviews?cursor={cursor}"
        ))
        .await;
    assert_eq!(second["items"].as_array().map(Vec::len), Some(3));
    assert!(second["next_cursor"].is_null());
    let (_, german) = t
        .get_json("/api/v1/businesses/acme-shop/reviews?language=de")
        .await;
    assert_eq!(german["items"].as_array().map(Vec::len), Some(0));
}

async fn service_endpoints_answer(store: Store) {
    let t = TestApp::spawn(store).await;
    let health = t
        .client
        .get(t.url("/healthz"))
        .send()
        .await
        .expect("health");
    assert_eq!(health.status(), 200);
    let (status, doc) = t.get_json("/api/v1/openapi.json").await;
    assert_eq!((status, doc["openapi"].as_str()), (200, Some("3.1.0")));
    let metrics = t
        .client
        .get(t.url("/metrics"))
        .send()
        .await
        .expect("metrics")
        .text()
        .await
        .expect("text");
    assert!(metrics.contains("candor_http_requests_total{area=\"api\",status=\"2xx\"}"));
    assert!(metrics.contains("candor_http_request_duration_seconds_count"));
}

async fn reviews_are_analysed_at_submission(store: Store) {
    let t = TestApp::spawn(store).await;
    let mut body = review_body(
        5,
        "Die Lieferung kam zwei Wochen zu spät und der Kundenservice war unfreundlich.",
    );
    body["language"] = json!(null);
    body["title"] = json!("Sehr enttäuschend");
    let created: Value = t
        .post_review(&t.slug, body)
        .await
        .json()
        .await
        .expect("json");
    let id = created["id"].as_str().expect("id");
    let (_, review) = t.get_json(&format!("/api/v1/reviews/{id}")).await;
    assert_eq!(
        review["language"], "de",
        "the detected language fills in an undeclared one"
    );
    let analysis = &review["analysis"];
    assert_eq!(analysis["language"], "de");
    assert!(
        analysis["sentiment"].as_f64().is_some_and(|s| s < 0.0),
        "{analysis}"
    );
    assert_eq!(analysis["mismatch"], true, "five stars on a complaint");
    let aspects: Vec<&str> = analysis["aspects"]
        .as_array()
        .expect("aspects")
        .iter()
        .filter_map(|a| a["aspect"].as_str())
        .collect();
    assert!(aspects.contains(&"delivery"), "{aspects:?}");
    let (_, staff) = t
        .get_json_as("/api/v1/staff/businesses/acme-shop/reviews", &t.token)
        .await;
    assert_eq!(staff["items"][0]["analysis"]["mismatch"], true);
}
