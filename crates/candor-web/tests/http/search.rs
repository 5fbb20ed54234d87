//! Search over reviews through the API and the public page, kept in step
//! with every write, on both backends.

use candor_core::ReviewStatus;
use candor_store::Store;
use candor_testkit::both_backends;
use serde_json::{Value, json};

use crate::helpers::{TestApp, org_with_business};

both_backends!(
    inflected_forms_are_found_in_each_language,
    search_follows_edits_removals_and_replies,
    filters_and_pages_combine_with_words,
    search_stays_within_the_business_asked,
    bad_search_requests_are_refused_clearly,
    the_public_page_searches_and_escapes_the_query,
);

async fn post(
    t: &TestApp,
    slug: &str,
    rating: i64,
    language: &str,
    body: &str,
) -> (String, String) {
    let response = t
        .post_review(
            slug,
            json!({
                "rating": rating,
                "title": "",
                "body": body,
                "author_name": "Kim",
                "author_email": "kim@example.com",
                "language": language,
            }),
        )
        .await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.expect("json");
    (
        created["id"].as_str().expect("id").into(),
        created["edit_token"].as_str().expect("token").into(),
    )
}

/// Ids found by a list request, sorted (for set comparisons).
async fn found(t: &TestApp, path: &str) -> Vec<String> {
    let (status, body) = t.get_json(path).await;
    assert_eq!(status, 200, "{path}: {body}");
    let mut ids: Vec<String> = body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_str().expect("id").to_string())
        .collect();
    ids.sort();
    ids
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

async fn inflected_forms_are_found_in_each_language(store: Store) {
    let t = TestApp::spawn(store).await;
    let (de1, _) = post(
        &t,
        &t.slug,
        1,
        "de",
        "Die Lieferung kam zwei Wochen zu spät.",
    )
    .await;
    let (de2, _) = post(
        &t,
        &t.slug,
        5,
        "de",
        "Schnelle Lieferungen und nette Leute.",
    )
    .await;
    let (ru1, _) = post(&t, &t.slug, 2, "ru", "Я ждал машину три недели.").await;
    let (ru2, _) = post(&t, &t.slug, 5, "ru", "Отличные машины, честная цена.").await;
    let (en1, _) = post(&t, &t.slug, 4, "en", "The parcels were delivered quickly.").await;
    let base = format!("/api/v1/businesses/{}/reviews", t.slug);
    let both_de = sorted(vec![de1.clone(), de2.clone()]);
    assert_eq!(found(&t, &format!("{base}?q=Lieferungen")).await, both_de);
    assert_eq!(found(&t, &format!("{base}?q=lieferung")).await, both_de);
    let both_ru = sorted(vec![ru1, ru2]);
    assert_eq!(
        found(
            &t,
            &format!("{base}?q=%D0%BC%D0%B0%D1%88%D0%B8%D0%BD%D0%B0")
        )
        .await,
        both_ru
    );
    assert_eq!(found(&t, &format!("{base}?q=parcel")).await, vec![en1]);
    let (_, page) = t.get_json(&format!("{base}?q=Lieferung+sp%C3%A4t")).await;
    assert_eq!(
        (page["total"].clone(), page["page"].clone()),
        (json!(1), json!(1))
    );
    assert_eq!(page["items"][0]["id"], json!(de1));
    assert_eq!(page["next_page"], Value::Null);
}

async fn search_follows_edits_removals_and_replies(store: Store) {
    let t = TestApp::spawn(store).await;
    let base = format!("/api/v1/businesses/{}/reviews", t.slug);
    let (kept, token) = post(&t, &t.slug, 2, "en", "The invoice was wrong twice.").await;
    let (removed, _) = post(&t, &t.slug, 1, "en", "Wrong invoice and rude answers.").await;
    assert_eq!(
        found(&t, &format!("{base}?q=invoice")).await,
        sorted(vec![kept.clone(), removed.clone()])
    );

    let edit = t
        .client
        .put(t.url(&format!("/api/v1/reviews/{kept}")))
        .json(
            &json!({"edit_token": token, "rating": 4, "title": "", "body": "Billing fixed quickly.",
                      "author_name": "Kim", "author_email": "kim@example.com", "language": "en"}),
        )
        .send()
        .await
        .expect("edit");
    assert_eq!(edit.status(), 200);
    t.app
        .moderate_review(
            &removed,
            ReviewStatus::Removed,
            "personal data",
            "moderator",
        )
        .await
        .expect("moderate");
    assert!(found(&t, &format!("{base}?q=invoice")).await.is_empty());
    assert_eq!(
        found(&t, &format!("{base}?q=billing")).await,
        vec![kept.clone()]
    );

    assert!(
        found(&t, &format!("{base}?q=billing&replied=yes"))
            .await
            .is_empty()
    );
    let reply = t
        .client
        .put(t.url(&format!("/api/v1/reviews/{kept}/reply")))
        .bearer_auth(&t.token)
        .json(&json!({"body": "Thank you!"}))
        .send()
        .await
        .expect("reply");
    assert!(reply.status().is_success(), "{}", reply.status());
    assert_eq!(
        found(&t, &format!("{base}?q=billing&replied=yes")).await,
        vec![kept]
    );
}

async fn filters_and_pages_combine_with_words(store: Store) {
    let t = TestApp::spawn(store).await;
    let base = format!("/api/v1/businesses/{}/reviews", t.slug);
    let mut late = Vec::new();
    for day in 0..23 {
        let rating = if day % 2 == 0 { 1 } else { 2 };
        late.push(
            post(
                &t,
                &t.slug,
                rating,
                "en",
                &format!("Delivery was late again, day {day}."),
            )
            .await
            .0,
        );
    }
    let (happy, _) = post(&t, &t.slug, 5, "en", "Delivery on time, great staff.").await;
    let (_, first) = t.get_json(&format!("{base}?q=delivery")).await;
    assert_eq!(
        (first["total"].clone(), first["next_page"].clone()),
        (json!(24), json!(2))
    );
    assert_eq!(first["items"].as_array().map(Vec::len), Some(20));
    let (_, second) = t.get_json(&format!("{base}?q=delivery&page=2")).await;
    assert_eq!(second["items"].as_array().map(Vec::len), Some(4));
    assert_eq!(second["next_page"], Value::Null);
    assert_eq!(
        found(&t, &format!("{base}?q=delivery&stars=5")).await,
        vec![happy.clone()]
    );
    assert_eq!(
        found(&t, &format!("{base}?q=delivery&stars=1,2&page=2"))
            .await
            .len(),
        3
    );
    // The analysis found the delivery aspect; an aspect alone lists newest first.
    let (_, by_aspect) = t.get_json(&format!("{base}?aspect=delivery")).await;
    assert_eq!(by_aspect["total"], json!(24));
    assert_eq!(by_aspect["items"][0]["id"], json!(happy));
    assert_eq!(
        found(&t, &format!("{base}?aspect=staff")).await,
        vec![happy]
    );
    assert!(
        found(&t, &format!("{base}?q=delivery&language=de"))
            .await
            .is_empty()
    );
}

async fn search_stays_within_the_business_asked(store: Store) {
    let t = TestApp::spawn(store).await;
    org_with_business(&t.app, "rival", "rival-shop").await;
    let (ours, _) = post(&t, &t.slug, 3, "en", "The bicycle pump broke.").await;
    let (theirs, _) = post(&t, "rival-shop", 3, "en", "The bicycle bell rings well.").await;
    assert_eq!(
        found(
            &t,
            &format!("/api/v1/businesses/{}/reviews?q=bicycle", t.slug)
        )
        .await,
        vec![ours.clone()]
    );
    assert_eq!(
        found(&t, "/api/v1/businesses/rival-shop/reviews?q=bicycle").await,
        vec![theirs.clone()]
    );
    assert_eq!(
        found(&t, "/api/v1/search?q=bicycle").await,
        sorted(vec![ours, theirs.clone()])
    );
    let (_, one) = t
        .get_json("/api/v1/search?q=bicycle&business=rival-shop")
        .await;
    assert_eq!(one["items"][0]["business"], json!("rival-shop"));
    assert_eq!(one["total"], json!(1));
}

async fn bad_search_requests_are_refused_clearly(store: Store) {
    let t = TestApp::spawn(store).await;
    post(&t, &t.slug, 3, "en", "Fine.").await;
    let base = format!("/api/v1/businesses/{}/reviews", t.slug);
    let long = "a".repeat(201);
    for (query, field) in [
        (format!("q={long}"), "q"),
        ("q=fine&page=0".into(), "page"),
        ("q=fine&page=x".into(), "page"),
        ("aspect=weather".into(), "aspect"),
        ("q=fine&sort=helpful".into(), "sort"),
        ("q=fine&stars=9".into(), "stars"),
    ] {
        let (status, body) = t.get_json(&format!("{base}?{query}")).await;
        assert_eq!(
            (status, body["error"]["field"].as_str()),
            (422, Some(field)),
            "{query}: {body}"
        );
    }
    let (status, body) = t.get_json("/api/v1/search").await;
    assert_eq!((status, body["error"]["field"].as_str()), (422, Some("q")));
    let (status, _) = t.get_json("/api/v1/search?q=x&business=nobody").await;
    assert_eq!(status, 404);
    // Query syntax is not interpreted: these are just words.
    let (status, body) = t.get_json(&format!("{base}?q=id%3A*%20OR%20%22")).await;
    assert_eq!((status, body["total"].clone()), (200, json!(0)));
}

async fn the_public_page_searches_and_escapes_the_query(store: Store) {
    let t = TestApp::spawn(store).await;
    post(&t, &t.slug, 2, "en", "The courier lost my parcel.").await;
    post(&t, &t.slug, 5, "en", "Lovely shop.").await;
    let (status, html) = t.page(&format!("/b/{}?q=parcels", t.slug)).await;
    assert_eq!(status, 200);
    // The spotlight above shows both; the list under it shows the match only.
    let list = html.split("id=\"reviews\"").nth(1).expect("review list");
    assert!(list.contains("data-total=\"1\""), "one match counted");
    assert!(list.contains("The courier lost my parcel."));
    assert!(!list.contains("Lovely shop."));
    let (_, html) = t
        .page(&format!(
            "/b/{}?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            t.slug
        ))
        .await;
    assert!(!html.contains("<script>alert(1)"), "the query is escaped");
    assert!(html.contains("data-total=\"0\""));
    let (status, _) = t.page(&format!("/b/{}?aspect=weather", t.slug)).await;
    assert_eq!(status, 400);
}
