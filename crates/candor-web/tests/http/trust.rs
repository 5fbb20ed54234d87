//! Screening before publication, and the Akismet-compatible endpoint.

use candor_core::ReviewStatus;
use candor_store::Store;
use candor_testkit::both_backends;
use serde_json::{Value, json};

use crate::helpers::TestApp;

both_backends!(
    held_and_rejected_reviews_are_kept_but_never_public,
    the_form_tells_the_writer_why,
    akismet_answers_like_akismet,
    an_edit_that_adds_a_link_takes_the_review_off_the_page,
    the_same_text_on_two_businesses_or_by_two_writers_is_held,
    a_reply_is_screened_and_a_refused_one_is_kept,
);

const SPAM: &str =
    "Check out my channel and subscribe!!! Free iPhone giveaway, click http://free-iphone.xyz now";

async fn submit(t: &TestApp, body: &str) -> Value {
    let response = t
        .post_review(
            &t.slug,
            json!({"rating": 5, "title": "", "body": body, "author_name": "Mo",
                   "author_email": "mo@example.com", "language": "en"}),
        )
        .await;
    assert_eq!(response.status(), 201);
    response.json().await.expect("json")
}

fn codes(answer: &Value) -> Vec<String> {
    answer["screening"]["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .filter_map(|r| r["code"].as_str().map(str::to_string))
        .collect()
}

async fn held_and_rejected_reviews_are_kept_but_never_public(store: Store) {
    let t = TestApp::spawn(store).await;
    let fine = submit(&t, "Lovely bakery, the bread was fresh and the staff kind.").await;
    assert_eq!(
        (
            fine["status"].as_str(),
            fine["screening"]["decision"].as_str()
        ),
        (Some("published"), Some("publish"))
    );
    let held = submit(&t, "Nice shop. Better prices at bit.ly/cheap-deal").await;
    assert_eq!(
        (
            held["status"].as_str(),
            held["screening"]["decision"].as_str()
        ),
        (Some("pending"), Some("hold"))
    );
    assert_eq!(codes(&held), vec!["url_shortener"]);
    let junk = submit(&t, "Good coffee.\nalex sensation nettoformue 2015").await;
    assert_eq!(codes(&junk), vec!["off_topic"]);
    let spam = submit(&t, SPAM).await;
    assert_eq!(
        (
            spam["status"].as_str(),
            spam["screening"]["decision"].as_str()
        ),
        (Some("removed"), Some("reject"))
    );
    assert!(codes(&spam).contains(&"spam_model".to_string()));
    t.app.block_term("Acme Scam", "test").await.expect("block");
    let blocked = submit(&t, "They call it the acme scam around here.").await;
    assert_eq!(codes(&blocked), vec!["blocked_term"]);

    assert_eq!(t.count().await, 1, "only the fine review counts");
    let (_, list) = t
        .get_json(&format!("/api/v1/businesses/{}/reviews", t.slug))
        .await;
    assert_eq!(list["items"].as_array().map(Vec::len), Some(1));
    let (status, _) = t
        .get_json(&format!(
            "/api/v1/reviews/{}",
            held["id"].as_str().unwrap_or_default()
        ))
        .await;
    assert_eq!(status, 404, "a held review is not public");
    let (_, found) = t
        .get_json(&format!("/api/v1/businesses/{}/reviews?q=iphone", t.slug))
        .await;
    assert_eq!(
        found["total"],
        json!(0),
        "search never shows a rejected review"
    );

    // Kept, with its text and the reason in the status history.
    let spam_id = spam["id"].as_str().expect("id").to_string();
    let kept = t
        .app
        .store()
        .review_by_id(&spam_id)
        .await
        .expect("read")
        .expect("kept");
    assert_eq!(kept.review.status, ReviewStatus::Removed);
    assert_eq!(kept.review.body, SPAM);
    let events = t.app.store().status_events(&spam_id).await.expect("events");
    assert!(
        events
            .iter()
            .any(|e| e.actor == "screening" && e.reason.starts_with("rejected automatically: "))
    );
    let screenings = t
        .app
        .store()
        .screenings(std::slice::from_ref(&spam_id))
        .await
        .expect("screenings");
    assert_eq!(screenings[0].decision, "reject");
    assert!(screenings[0].spam_score >= 0.9);
}

async fn the_form_tells_the_writer_why(store: Store) {
    let t = TestApp::spawn(store).await;
    let response = t
        .client
        .post(t.url(&format!("/b/{}/reviews", t.slug)))
        .form(&[
            ("rating", "4"),
            ("body", "Call me on +47 22 33 44 55 for a better offer"),
            ("author_name", "Mo"),
            ("author_email", "mo@example.com"),
        ])
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 201);
    let html = response.text().await.expect("html");
    assert!(html.contains("data-outcome=\"held\""));
    assert!(
        html.contains("it contains a phone number"),
        "the reason in words"
    );
}

async fn akismet(
    t: &TestApp,
    action: &str,
    form: &[(&str, &str)],
) -> (u16, String, reqwest::header::HeaderMap) {
    let response = t
        .client
        .post(t.url(&format!("/api/akismet/1.1/{action}")))
        .form(form)
        .send()
        .await
        .expect("akismet");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    (status, response.text().await.expect("text"), headers)
}

async fn akismet_answers_like_akismet(store: Store) {
    let t = TestApp::spawn(store).await;
    let key = t.app.create_akismet_key().await.expect("key");
    let base = [
        ("api_key", key.as_str()),
        ("blog", "https://blog.example"),
        ("user_ip", "203.0.113.9"),
    ];
    let with = |content: &'static str| {
        let mut form = base.to_vec();
        form.push(("comment_content", content));
        form
    };
    let (status, body, headers) = akismet(&t, "comment-check", &with(SPAM)).await;
    assert_eq!((status, body.as_str()), (200, "true"));
    assert_eq!(
        headers
            .get("x-akismet-pro-tip")
            .and_then(|v| v.to_str().ok()),
        Some("discard")
    );
    let (_, body, _) = akismet(
        &t,
        "comment-check",
        &with("Thanks for the post, it helped me fix my router."),
    )
    .await;
    assert_eq!(body, "false");
    let (_, body, _) = akismet(&t, "verify-key", &base).await;
    assert_eq!(body, "valid");

    let wrong = [
        ("api_key", "cak_wrong"),
        ("blog", "https://blog.example"),
        ("user_ip", "203.0.113.9"),
    ];
    let (status, body, headers) = akismet(&t, "comment-check", &wrong).await;
    assert_eq!((status, body.as_str()), (200, "invalid"));
    assert!(headers.contains_key("x-akismet-debug-help"));
    let (status, _, headers) = akismet(
        &t,
        "comment-check",
        &[("api_key", key.as_str()), ("blog", "b")],
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        headers
            .get("x-akismet-debug-help")
            .and_then(|v| v.to_str().ok()),
        Some("Missing required field: user_ip.")
    );

    let (status, body, _) = akismet(&t, "submit-spam", &with("buy followers cheap")).await;
    assert_eq!(
        (status, body.as_str()),
        (200, "Thanks for making the web a better place.")
    );
    akismet(&t, "submit-ham", &with("a real comment")).await;
    let (_, _, _) = akismet(&t, "submit-spam", &wrong).await;
    let examples = t.app.store().spam_examples().await.expect("examples");
    assert_eq!(
        examples,
        vec![
            ("buy followers cheap".to_string(), "spam".to_string()),
            ("a real comment".to_string(), "ham".to_string())
        ]
    );
}

async fn an_edit_that_adds_a_link_takes_the_review_off_the_page(store: Store) {
    let t = TestApp::spawn(store).await;
    let created = submit(&t, "Friendly staff and fresh bread every morning.").await;
    let id = created["id"].as_str().expect("id");
    let token = created["edit_token"].as_str().expect("token");
    assert_eq!(t.count().await, 1);
    let edit = t
        .client
        .put(t.url(&format!("/api/v1/reviews/{id}")))
        .json(&json!({"edit_token": token, "rating": 5, "title": "",
                      "body": "Friendly staff. Order cheaper at www.cheap-bread.shop",
                      "author_name": "Mo", "author_email": "mo@example.com", "language": "en"}))
        .send()
        .await
        .expect("edit");
    assert_eq!(edit.status(), 200);
    let edited: Value = edit.json().await.expect("json");
    assert_eq!(edited["status"], "pending");
    assert_eq!(t.count().await, 0, "held until a moderator looks");
    let revisions = t.app.store().review_revisions(id).await.expect("revisions");
    assert_eq!(revisions.len(), 2, "both versions kept");
}

async fn the_same_text_on_two_businesses_or_by_two_writers_is_held(store: Store) {
    let t = TestApp::spawn(store).await;
    crate::helpers::org_with_business(&t.app, "other", "other-shop").await;
    let text = "The staff were friendly and the coffee was excellent. We sat by the window for two hours, \
                nobody rushed us, and the cakes were fresh from the oven. I will certainly come back next \
                week with my sister and her children.";
    let first = submit(&t, text).await;
    assert_eq!(first["status"], "published");
    // The same writer may praise the same shop twice in the same words.
    let again = submit(&t, text).await;
    assert_eq!(again["status"], "published");
    // The same text about another business is held, naming the original.
    let response = t
        .post_review(
            "other-shop",
            json!({"rating": 5, "title": "", "body": text.replace("excellent", "superb"),
                   "author_name": "Mo", "author_email": "mo@example.com", "language": "en"}),
        )
        .await;
    let elsewhere: Value = response.json().await.expect("json");
    assert_eq!(elsewhere["status"], "pending", "{elsewhere}");
    let reasons = elsewhere["screening"]["reasons"]
        .as_array()
        .expect("reasons");
    assert_eq!(reasons[0]["code"], "duplicate");
    let detail = reasons[0]["detail"].as_str().unwrap_or_default();
    assert!(
        detail.contains(first["id"].as_str().unwrap_or("?"))
            || detail.contains(again["id"].as_str().unwrap_or("?")),
        "{detail}"
    );
    // Another writer posting it on the same business is held too.
    let response = t
        .post_review(
            &t.slug,
            json!({"rating": 5, "title": "", "body": text, "author_name": "Jo",
                   "author_email": "jo@example.com", "language": "en"}),
        )
        .await;
    let copied: Value = response.json().await.expect("json");
    assert_eq!(copied["status"], "pending");
    // Short common texts are not duplicates.
    let short = t
        .post_review(
            "other-shop",
            json!({"rating": 5, "title": "", "body": "Great coffee!", "author_name": "Al",
                   "author_email": "al@example.com", "language": "en"}),
        )
        .await;
    let short: Value = short.json().await.expect("json");
    assert_eq!(short["status"], "published");
}

async fn a_reply_is_screened_and_a_refused_one_is_kept(store: Store) {
    let t = TestApp::spawn(store.clone()).await;
    let (id, _) = t.review(1, "The order never came.").await;
    t.app.block_term("acme scam", "test").await.expect("block");
    let put = |body: &'static str| {
        t.client
            .put(t.url(&format!("/api/v1/reviews/{id}/reply")))
            .bearer_auth(&t.token)
            .json(&json!({ "body": body }))
            .send()
    };
    let refused = put("This is no Acme scam. Our deals: bit.ly/deals4u")
        .await
        .expect("reply");
    assert_eq!(refused.status(), 422);
    let answer: Value = refused.json().await.expect("json");
    let message = answer.to_string();
    assert!(
        message.contains("blocked_term") && message.contains("url_shortener"),
        "{message}"
    );
    let (_, review) = t.get_json(&format!("/api/v1/reviews/{id}")).await;
    assert!(review["reply"].is_null(), "a refused reply is not public");
    let fine = put("Sorry! Call us on +45 33 12 34 56 and we will put it right.")
        .await
        .expect("reply");
    assert_eq!(fine.status(), 201);
    let kept = store.reply_screenings(&id).await.expect("screenings");
    let decisions: Vec<(&str, bool)> = kept
        .iter()
        .map(|s| (s.decision.as_str(), s.reply_id.is_some()))
        .collect();
    assert_eq!(decisions, vec![("reject", false), ("publish", true)]);
    assert!(
        kept[0].body.contains("Acme scam"),
        "the refused text is kept"
    );
}
