//! Reply help and incidents: suggested drafts (built in, in the review's
//! language, or from the business's template); a burst of negative reviews
//! about one aspect opens an incident, answered with one coordinated reply
//! personalised per reviewer and per language; tenancy.

use candor_store::Store;
use candor_testkit::both_backends;
use serde_json::{Value, json};

use crate::helpers::{TestApp, org_with_business};
use crate::respond::{run_jobs, send};

both_backends!(
    a_burst_about_delivery_opens_an_incident_answered_in_each_language,
    drafts_come_from_templates_or_are_built_in,
);

async fn post(t: &TestApp, rating: i64, name: &str, language: &str, body: &str) -> String {
    let review = json!({
        "rating": rating, "title": "", "body": body, "author_name": name,
        "author_email": format!("{}@example.com", name.to_lowercase()), "language": language,
    });
    let created: Value = t
        .post_review(&t.slug, review)
        .await
        .json()
        .await
        .expect("json");
    created["id"].as_str().expect("id").to_string()
}

async fn a_burst_about_delivery_opens_an_incident_answered_in_each_language(store: Store) {
    let t = TestApp::spawn(store).await;
    post(&t, 2, "Ola", "en", "The staff were rude and unhelpful.").await;
    post(
        &t,
        1,
        "Ann",
        "en",
        "The delivery was three weeks late and the parcel was damaged.",
    )
    .await;
    post(
        &t,
        1,
        "Bob",
        "en",
        "Delivery took forever, the courier never came.",
    )
    .await;
    post(
        &t,
        1,
        "Jens",
        "de",
        "Die Lieferung kam zwei Wochen zu spät.",
    )
    .await;
    post(
        &t,
        2,
        "Uta",
        "de",
        "Lieferung verspätet, Paket beschädigt, Versand eine Katastrophe.",
    )
    .await;
    run_jobs(&t, candor_app::now_ms() + 120_000).await;
    let list = format!("/api/v1/staff/businesses/{}/incidents", t.slug);
    let (_, incidents) = t.get_json_as(&list, &t.token).await;
    let items = incidents["items"].as_array().expect("items");
    assert_eq!(
        items.len(),
        1,
        "one burst, about delivery only: {incidents}"
    );
    assert_eq!(items[0]["aspect"], "delivery");
    assert_eq!(items[0]["reviews"], 4);
    let id = items[0]["id"].as_str().expect("id").to_string();
    let (_, notes) = t.get_json_as("/api/v1/staff/notifications", &t.token).await;
    assert!(
        notes["items"]
            .as_array()
            .expect("items")
            .iter()
            .any(|n| n["kind"] == "incident"),
        "{notes}"
    );

    t.log_in().await;
    let (_, dashboard) = t.page(&format!("/dashboard/b/{}", t.slug)).await;
    assert!(
        dashboard.contains("Delivery: 4 negative reviews"),
        "the dashboard shows it"
    );

    let reply = format!("/api/v1/staff/incidents/{id}/reply");
    let only_en =
        json!({"bodies": {"en": "Hi {name}, the courier failed us. {business} refunds shipping."}});
    let (status, body) = send(&t, "POST", &reply, &t.token, only_en).await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (422, json!("missing_language")),
        "{body}"
    );
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("de")
    );
    let bad = json!({"bodies": {"en": "Hi {email}", "de": "Hallo {name}"}});
    assert_eq!(send(&t, "POST", &reply, &t.token, bad).await.0, 422);
    let (_, detail) = t
        .get_json_as(&format!("/api/v1/staff/incidents/{id}"), &t.token)
        .await;
    assert!(
        detail["items"]
            .as_array()
            .expect("items")
            .iter()
            .all(|r| r["reply"].is_null()),
        "nothing posted"
    );

    // The page offers one text per language, {name} left for each reviewer.
    let (status, page) = t.page(&format!("/dashboard/incidents/{id}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("name=\"body_de\"") && page.contains("name=\"body_en\""));
    assert!(
        page.contains("Hello {name},"),
        "the English text starts from the draft"
    );
    let response = t
        .client
        .post(t.url(&format!("/dashboard/incidents/{id}/reply")))
        .form(&[("body_en", "Hi {name}, sorry."), ("remedy_policy", "")])
        .send()
        .await
        .expect("form");
    assert_eq!(response.status(), 422, "German is missing");
    assert!(response.text().await.expect("html").contains("de"));

    let both = json!({
        "bodies": {
            "en": "Hi {name}, the courier failed us. {business} refunds shipping.",
            "de": "Hallo {name}, der Versand hat versagt. {business} erstattet die Versandkosten.",
        },
        "remedy_policy": "Shipping refunded to everyone affected.",
    });
    let (status, body) = send(&t, "POST", &reply, &t.token, both.clone()).await;
    assert_eq!(
        (status, body["answered"].clone()),
        (200, json!(4)),
        "{body}"
    );
    let (_, detail) = t
        .get_json_as(&format!("/api/v1/staff/incidents/{id}"), &t.token)
        .await;
    assert_eq!(
        detail["remedy_policy"],
        "Shipping refunded to everyone affected."
    );
    for review in detail["items"].as_array().expect("items") {
        let text = review["reply"]["body"].as_str().expect("answered");
        let name = review["author_name"].as_str().expect("name");
        let greeting = if review["language"] == "de" {
            "Hallo"
        } else {
            "Hi"
        };
        assert!(text.starts_with(&format!("{greeting} {name},")), "{text}");
        assert!(text.contains("acme shop"));
    }
    let (_, again) = send(&t, "POST", &reply, &t.token, both).await;
    assert_eq!(
        again["answered"], 0,
        "answered reviews are not answered twice"
    );
    // Another organisation can neither read, answer nor close it.
    let (_, _, rival) = org_with_business(&t.app, "rival", "rival-shop").await;
    let incident = format!("/api/v1/staff/incidents/{id}");
    assert_eq!(t.get_json_as(&incident, &rival).await.0, 404);
    let rival_reply = json!({"bodies": {"default": "Hi {name}"}});
    assert_eq!(send(&t, "POST", &reply, &rival, rival_reply).await.0, 404);
    let rival_close = format!("{incident}/close");
    assert_eq!(
        send(&t, "POST", &rival_close, &rival, json!({})).await.0,
        404
    );
    let close = format!("/api/v1/staff/incidents/{id}/close");
    let (status, closed) = send(&t, "POST", &close, &t.token, json!({})).await;
    assert_eq!((status, closed["state"].clone()), (200, json!("closed")));
    assert_eq!(send(&t, "POST", &close, &t.token, json!({})).await.0, 409);
}

async fn drafts_come_from_templates_or_are_built_in(store: Store) {
    let t = TestApp::spawn(store).await;
    let (_, _, other) = org_with_business(&t.app, "rival", "rival-shop").await;
    let english = post(&t, 1, "Ann", "en", "The delivery was three weeks late.").await;
    let german = post(
        &t,
        2,
        "Jens",
        "de",
        "Die Lieferung kam zwei Wochen zu spät.",
    )
    .await;
    let draft = |id: &str| format!("/api/v1/staff/reviews/{id}/reply-draft");
    let (status, d) = t.get_json_as(&draft(&english), &t.token).await;
    assert_eq!(
        (status, d["source"].clone()),
        (200, json!("built_in")),
        "{d}"
    );
    let body = d["body"].as_str().expect("body");
    assert!(
        body.starts_with("Hello Ann,") && body.contains("we let you down"),
        "{body}"
    );
    assert!(
        body.contains("Delivery") && body.ends_with("acme shop"),
        "{body}"
    );
    let (_, d) = t.get_json_as(&draft(&german), &t.token).await;
    assert_eq!(d["language"], "de");
    let body = d["body"].as_str().expect("body");
    assert!(
        body.contains("Jens") && !body.contains("let you down"),
        "{body}"
    );

    t.log_in().await;
    let (status, page) = t.page(&format!("/dashboard/reviews/{english}/draft")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Hello Ann,") && page.contains("action=\"/dashboard/reviews/"));

    let templates = format!("/api/v1/staff/businesses/{}/reply-templates", t.slug);
    for bad in [
        json!({"name": "x", "language": "en", "body": "Dear {email}"}),
        json!({"name": "x", "language": "english", "body": "Dear {name}"}),
        json!({"name": "x", "language": "en", "band": "angry", "body": "Dear {name}"}),
        json!({"name": "", "language": "en", "body": "Dear {name}"}),
    ] {
        assert_eq!(
            send(&t, "POST", &templates, &t.token, bad.clone()).await.0,
            422,
            "{bad}"
        );
    }
    let good = json!({"name": "Sorry", "language": "en", "band": "negative", "body": "Dear {name}, {business} apologises."});
    let (status, created) = send(&t, "POST", &templates, &t.token, good.clone()).await;
    assert_eq!(status, 201, "{created}");
    let (_, d) = t.get_json_as(&draft(&english), &t.token).await;
    assert_eq!(d["body"], "Dear Ann, acme shop apologises.");
    assert_eq!(d["template_id"], created["id"]);
    let (_, d) = t.get_json_as(&draft(&german), &t.token).await;
    assert_eq!(d["source"], "built_in", "no German template");

    // Tenancy: another organisation sees and changes none of it.
    let template = format!(
        "/api/v1/staff/reply-templates/{}",
        created["id"].as_str().expect("id")
    );
    assert_eq!(t.get_json_as(&templates, &other).await.0, 404);
    assert_eq!(t.get_json_as(&draft(&english), &other).await.0, 404);
    assert_eq!(
        send(&t, "PUT", &template, &other, good.clone()).await.0,
        404
    );
    assert_eq!(
        send(&t, "DELETE", &template, &other, json!({})).await.0,
        404
    );
    assert_eq!(send(&t, "POST", &templates, &other, good).await.0, 404);
    let incidents = format!("/api/v1/staff/businesses/{}/incidents", t.slug);
    assert_eq!(t.get_json_as(&incidents, &other).await.0, 404);
    let anonymous = TestApp::spawn_client(&t).await;
    assert_eq!(anonymous.get_json(&incidents).await.0, 401);
    let (_, list) = t.get_json_as(&templates, &t.token).await;
    assert_eq!(list["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        send(&t, "DELETE", &template, &t.token, json!({})).await.0,
        204
    );
}
