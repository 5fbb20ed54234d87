//! A business's own aspects: managed through the staff API, applied to the
//! reviews it has and to new ones, usable as a search filter.

use candor_store::Store;
use candor_testkit::both_backends;
use serde_json::{Value, json};

use crate::helpers::{TestApp, org_with_business};

both_backends!(
    own_aspects_apply_to_old_and_new_reviews,
    bad_aspects_are_refused_and_other_organisations_cannot_touch_them,
);

async fn post(t: &TestApp, rating: i64, language: &str, body: &str) -> String {
    let response = t
        .post_review(
            &t.slug,
            json!({"rating": rating, "title": "", "body": body, "author_name": "Uwe",
                   "author_email": "uwe@example.de", "language": language}),
        )
        .await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.expect("json");
    created["id"].as_str().expect("id").to_string()
}

async fn send(
    t: &TestApp,
    method: reqwest::Method,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut request = t.client.request(method, t.url(path)).bearer_auth(token);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.expect("request");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn aspects_of(t: &TestApp, review: &str) -> Vec<String> {
    let (_, detail) = t.get_json(&format!("/api/v1/reviews/{review}")).await;
    detail["analysis"]["aspects"]
        .as_array()
        .expect("aspects")
        .iter()
        .filter_map(|a| a["aspect"].as_str().map(str::to_string))
        .collect()
}

async fn own_aspects_apply_to_old_and_new_reviews(store: Store) {
    let t = TestApp::spawn(store).await;
    let old = post(&t, 2, "de", "Die Finanzierung dauerte drei Wochen.").await;
    let other = post(&t, 5, "de", "Tolles Auto, sehr sauber.").await;
    assert!(
        !aspects_of(&t, &old)
            .await
            .contains(&"financing".to_string())
    );
    let path = format!("/api/v1/staff/businesses/{}/aspects/financing", t.slug);
    let keywords = json!({"keywords": {"de": ["finanzier*", "Kredit"], "en": ["loan"]}});
    let (status, body) = send(&t, reqwest::Method::PUT, &path, &t.token, Some(keywords)).await;
    assert_eq!(
        (status, body["reanalysed"].clone()),
        (200, json!(2)),
        "{body}"
    );
    assert!(
        aspects_of(&t, &old)
            .await
            .contains(&"financing".to_string())
    );
    assert!(
        !aspects_of(&t, &other)
            .await
            .contains(&"financing".to_string())
    );
    let new = post(&t, 4, "en", "The loan was approved in a minute.").await;
    assert!(
        aspects_of(&t, &new)
            .await
            .contains(&"financing".to_string())
    );

    let (_, listed) = t
        .get_json_as(
            &format!("/api/v1/staff/businesses/{}/aspects", t.slug),
            &t.token,
        )
        .await;
    assert_eq!(listed["custom"][0]["id"], "financing");
    assert_eq!(listed["built_in"].as_array().map(Vec::len), Some(12));

    let (status, found) = t
        .get_json(&format!(
            "/api/v1/businesses/{}/reviews?aspect=financing",
            t.slug
        ))
        .await;
    assert_eq!((status, found["total"].clone()), (200, json!(2)));
    let (_, html) = t.page(&format!("/b/{}", t.slug)).await;
    assert!(html.contains("<option value=\"financing\">financing</option>"));

    let (status, _) = send(&t, reqwest::Method::DELETE, &path, &t.token, None).await;
    assert_eq!(status, 200);
    assert!(
        !aspects_of(&t, &old)
            .await
            .contains(&"financing".to_string())
    );
    let (status, _) = t
        .get_json(&format!(
            "/api/v1/businesses/{}/reviews?aspect=financing",
            t.slug
        ))
        .await;
    assert_eq!(status, 422, "no longer an aspect of this business");
    let (status, _) = send(&t, reqwest::Method::DELETE, &path, &t.token, None).await;
    assert_eq!(status, 404);
}

async fn bad_aspects_are_refused_and_other_organisations_cannot_touch_them(store: Store) {
    let t = TestApp::spawn(store).await;
    let base = format!("/api/v1/staff/businesses/{}/aspects", t.slug);
    for (aspect, keywords, field) in [
        ("delivery", json!({"en": ["parcel"]}), "aspect"),
        ("Bad Id", json!({"en": ["x"]}), "aspect"),
        ("financing", json!({"en": []}), "keywords"),
        ("financing", json!({"fr": ["prêt"]}), "keywords"),
        ("financing", json!({"en": ["two words"]}), "keywords"),
        ("financing", json!({"en": ["*both*"]}), "keywords"),
    ] {
        let path = format!("{base}/{}", aspect.replace(' ', "%20"));
        let (status, body) = send(
            &t,
            reqwest::Method::PUT,
            &path,
            &t.token,
            Some(json!({"keywords": keywords})),
        )
        .await;
        assert_eq!(
            (status, body["error"]["field"].as_str()),
            (422, Some(field)),
            "{aspect} {keywords}: {body}"
        );
    }
    let (_, listed) = t.get_json_as(&base, &t.token).await;
    assert_eq!(listed["custom"], json!([]), "nothing was stored");

    let (_, _, rival) = org_with_business(&t.app, "rival", "rival-shop").await;
    let path = format!("{base}/financing");
    let (status, _) = send(
        &t,
        reqwest::Method::PUT,
        &path,
        &rival,
        Some(json!({"keywords": {"en": ["loan"]}})),
    )
    .await;
    assert_eq!(status, 404);
    let (status, _) = t.get_json_as(&base, &rival).await;
    assert_eq!(status, 404);
}
