//! What the text analysis shows staff: badges on the dashboard and the
//! topics that set critical reviews apart.

use candor_store::Store;
use candor_testkit::both_backends;
use serde_json::{Value, json};

use crate::helpers::{TestApp, org_with_business};

both_backends!(
    topics_set_critical_reviews_apart_for_staff_only,
    the_dashboard_shows_tone_mismatch_and_aspects,
);

async fn post(t: &TestApp, rating: i64, body: &str) -> String {
    let response = t
        .post_review(
            &t.slug,
            json!({"rating": rating, "title": "", "body": body, "author_name": "Sam",
                   "author_email": "sam@example.com", "language": "en"}),
        )
        .await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.expect("json");
    created["id"].as_str().expect("id").to_string()
}

fn phrases(side: &Value) -> Vec<&str> {
    side.as_array()
        .expect("phrases")
        .iter()
        .filter_map(|p| p["text"].as_str())
        .collect()
}

async fn topics_set_critical_reviews_apart_for_staff_only(store: Store) {
    let t = TestApp::spawn(store).await;
    let mut negative = Vec::new();
    for i in 0..12 {
        let body = format!("Late delivery again, order {i} came a week after the promised day.");
        negative.push(post(&t, 1 + i % 2, &body).await);
    }
    for i in 0..12 {
        post(
            &t,
            5,
            &format!("Friendly staff helped me choose, visit number {i}."),
        )
        .await;
    }
    let path = format!("/api/v1/staff/businesses/{}/topics", t.slug);
    let (status, topics) = t.get_json_as(&path, &t.token).await;
    assert_eq!(status, 200, "{topics}");
    let english = &topics["languages"][0];
    assert_eq!(english["language"], "en");
    assert_eq!(
        (
            english["reviews_negative"].clone(),
            english["reviews_positive"].clone()
        ),
        (json!(12), json!(12))
    );
    assert!(
        phrases(&english["negative"]).contains(&"late delivery"),
        "{english}"
    );
    assert!(
        phrases(&english["positive"]).contains(&"friendly staff"),
        "{english}"
    );
    let late = english["negative"]
        .as_array()
        .and_then(|all| all.iter().find(|p| p["text"] == "late delivery"))
        .expect("late delivery");
    assert_eq!(late["aspect"], "delivery");
    for example in late["examples"].as_array().expect("examples") {
        assert!(
            negative.iter().any(|id| example == id),
            "examples are critical reviews"
        );
    }
    let delivery = topics["aspects"]
        .as_array()
        .and_then(|all| all.iter().find(|a| a["aspect"] == "delivery"))
        .expect("delivery aspect");
    assert_eq!(delivery["negative_reviews"], json!(12));

    let (_, _, rival_token) = org_with_business(&t.app, "rival", "rival-shop").await;
    let (status, _) = t.get_json_as(&path, &rival_token).await;
    assert_eq!(status, 404, "another organisation cannot read them");
    let (status, _) = t.get_json(&path).await;
    assert_eq!(status, 401);

    t.log_in().await;
    let (status, html) = t.page(&format!("/dashboard/b/{}/topics", t.slug)).await;
    assert_eq!(status, 200);
    assert!(html.contains("late delivery") && html.contains("friendly staff"));
    assert!(
        negative
            .iter()
            .any(|id| html.contains(&format!("href=\"/r/{id}\""))),
        "phrases link to example reviews"
    );
}

async fn the_dashboard_shows_tone_mismatch_and_aspects(store: Store) {
    let t = TestApp::spawn(store).await;
    post(&t, 5, "Terrible service, the worst shop ever. Never again!").await;
    post(&t, 4, "Great prices and wonderful, helpful staff.").await;
    t.log_in().await;
    let (status, html) = t.page(&format!("/dashboard/b/{}", t.slug)).await;
    assert_eq!(status, 200);
    assert_eq!(
        html.matches("class=\"badge mismatch\"").count(),
        1,
        "only the 5-star rant"
    );
    assert!(html.contains("data-tone=\"negative\"") && html.contains("data-tone=\"positive\""));
    assert!(html.contains("<span class=\"badge aspect\">Staff</span>"));
    let (_, public) = t.page(&format!("/b/{}", t.slug)).await;
    assert!(
        !public.contains("badge mismatch"),
        "the public page shows no analysis"
    );
}
