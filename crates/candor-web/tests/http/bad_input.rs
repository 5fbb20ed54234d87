use candor_store::Store;
use candor_testkit::both_backends;
use serde_json::{Value, json};

use crate::helpers::{TestApp, review_body};

both_backends!(
    bad_reviews_get_a_field_error_and_store_nothing,
    bad_bodies_get_a_json_error,
    unknown_things_are_404
);

async fn error_of(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let body: Value = response.json().await.expect("a JSON error body");
    (status, body["error"].clone())
}

async fn bad_reviews_get_a_field_error_and_store_nothing(store: Store) {
    let t = TestApp::spawn(store).await;
    let cases = [
        (json!({"rating": 0}), "rating", "out_of_range"),
        (json!({"rating": 6}), "rating", "out_of_range"),
        (json!({"body": "   "}), "body", "required"),
        (json!({"body": "x".repeat(20_001)}), "body", "too_long"),
        (
            json!({"author_email": "nope"}),
            "author_email",
            "invalid_email",
        ),
        (
            json!({"language": "english"}),
            "language",
            "invalid_language",
        ),
        (
            json!({"experienced_on": "2999-01-01"}),
            "experienced_on",
            "out_of_range",
        ),
        (
            json!({"body": "nul \u{0} byte"}),
            "body",
            "control_characters",
        ),
    ];
    for (spoil, field, code) in cases {
        let mut body = review_body(3, "Fine.");
        for (key, value) in spoil.as_object().expect("object") {
            body[key] = value.clone();
        }
        let (status, error) = error_of(t.post_review(&t.slug, body).await).await;
        assert_eq!(
            (status, error["field"].as_str(), error["code"].as_str()),
            (422, Some(field), Some(code))
        );
        assert!(error["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    assert_eq!(t.count().await, 0, "no invalid review was stored");
}

async fn bad_bodies_get_a_json_error(store: Store) {
    let t = TestApp::spawn(store).await;
    let url = t.url("/api/v1/businesses/acme-shop/reviews");
    let send = |content_type: &'static str, body: Vec<u8>| {
        t.client
            .post(&url)
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    let (status, error) = error_of(
        send("application/json", b"{\"rating\": 3,".to_vec())
            .await
            .expect("send"),
    )
    .await;
    assert_eq!(
        (status, error["code"].as_str()),
        (400, Some("malformed_json"))
    );
    let (status, _) = error_of(send("text/plain", b"{}".to_vec()).await.expect("send")).await;
    assert_eq!(status, 415);
    let mut invalid_utf8 = b"{\"rating\": 3, \"body\": \"".to_vec();
    invalid_utf8.extend_from_slice(&[0xff, 0xfe, b'"', b'}']);
    let (status, _) = error_of(send("application/json", invalid_utf8).await.expect("send")).await;
    assert_eq!(status, 400);
    let (status, _) = error_of(
        send("application/json", b"{\"rating\": \"five\"}".to_vec())
            .await
            .expect("send"),
    )
    .await;
    assert_eq!(status, 422);
    let huge = serde_json::to_vec(&review_body(3, &"y".repeat(1_100_000))).expect("json");
    let response = send("application/json", huge).await.expect("send");
    assert_eq!(response.status(), 413);
    assert_eq!(t.count().await, 0);
}

async fn unknown_things_are_404(store: Store) {
    let t = TestApp::spawn(store).await;
    let (status, error) = error_of(t.post_review("no-such-shop", review_body(5, "Hi")).await).await;
    assert_eq!((status, error["code"].as_str()), (404, Some("not_found")));
    for path in [
        "/api/v1/businesses/nope",
        "/api/v1/reviews/not-a-review",
        "/api/v1/nothing/here",
    ] {
        let (status, body) = t.get_json(path).await;
        assert_eq!(
            (status, body["error"]["code"].as_str()),
            (404, Some("not_found")),
            "{path}"
        );
    }
    let bad_token = t
        .client
        .get(t.url("/api/v1/staff/businesses"))
        .bearer_auth("cnd_0000")
        .send()
        .await
        .expect("send");
    let (status, error) = error_of(bad_token).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (401, Some("unauthenticated"))
    );
    let page = t
        .client
        .get(t.url("/b/no-such-shop"))
        .send()
        .await
        .expect("page");
    assert_eq!(page.status(), 404);
}
