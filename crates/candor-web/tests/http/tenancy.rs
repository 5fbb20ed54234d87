//! A staff member of one organisation can neither read the private data of
//! nor act for a business of another: every staff endpoint, API and pages.

use candor_store::Store;
use candor_testkit::both_backends;
use serde_json::{Value, json};

use crate::helpers::{TestApp, org_with_business};

both_backends!(other_organisations_are_invisible_and_untouchable);

async fn other_organisations_are_invisible_and_untouchable(store: Store) {
    let t = TestApp::spawn(store).await;
    let (review_id, _) = t.review(1, "Bad service.").await;
    let (_, _, intruder) = org_with_business(&t.app, "rival", "rival-shop").await;
    let (_, own_tokens) = get(&t, "/api/v1/staff/tokens", &t.token).await;
    let victim_token = own_tokens["items"][0]["id"]
        .as_str()
        .expect("token id")
        .to_string();

    let (status, businesses) = get(&t, "/api/v1/staff/businesses", &intruder).await;
    assert_eq!(status, 200);
    assert_eq!(
        businesses["items"],
        json!([{ "slug": "rival-shop", "name": "rival shop", "website": "" }])
    );
    let (status, tokens) = get(&t, "/api/v1/staff/tokens", &intruder).await;
    assert_eq!(status, 200);
    assert!(!tokens.to_string().contains(&victim_token));
    for path in [
        format!("/api/v1/staff/businesses/{}/reviews", t.slug),
        format!("/api/v1/staff/reviews/{review_id}"),
    ] {
        assert_eq!(get(&t, &path, &intruder).await.0, 404, "{path}");
    }
    let reply = t
        .client
        .put(t.url(&format!("/api/v1/reviews/{review_id}/reply")))
        .bearer_auth(&intruder)
        .json(&json!({ "body": "Hijacked" }))
        .send()
        .await
        .expect("reply");
    assert_eq!(reply.status(), 404);
    let revoke = t
        .client
        .delete(t.url(&format!("/api/v1/staff/tokens/{victim_token}")))
        .bearer_auth(&intruder)
        .send()
        .await
        .expect("revoke");
    assert_eq!(revoke.status(), 404);

    // The dashboard pages, logged in as the rival's owner.
    let rival = t.app.create_staff(
        "rival",
        candor_app::NewStaff {
            email: "agent@rival.test",
            name: "Agent",
            role: candor_core::Role::Manager,
        },
    );
    let (_, password) = rival.await.expect("staff");
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let login = browser
        .post(t.url("/login"))
        .form(&[
            ("email", "agent@rival.test"),
            ("password", password.as_str()),
        ])
        .send()
        .await
        .expect("login");
    assert_eq!(login.status(), 303);
    let page = browser
        .get(t.url(&format!("/dashboard/b/{}", t.slug)))
        .send()
        .await
        .expect("page");
    assert_eq!(page.status(), 404);
    let form_reply = browser
        .post(t.url(&format!("/dashboard/reviews/{review_id}/reply")))
        .form(&[("body", "Hijacked")])
        .send()
        .await
        .expect("reply");
    assert_eq!(form_reply.status(), 404);
    let form_revoke = browser
        .post(t.url(&format!("/dashboard/tokens/{victim_token}/revoke")))
        .send()
        .await
        .expect("revoke");
    assert_eq!(form_revoke.status(), 404);
    let dashboard = browser
        .get(t.url("/dashboard"))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("text");
    assert!(dashboard.contains("rival shop") && !dashboard.contains("acme shop"));

    // Nothing changed for the victim.
    let (_, review) = get(&t, &format!("/api/v1/staff/reviews/{review_id}"), &t.token).await;
    assert!(review["reply"].is_null());
    let (_, tokens) = get(&t, "/api/v1/staff/tokens", &t.token).await;
    assert!(tokens["items"][0]["revoked_at"].is_null());
}

async fn get(t: &TestApp, path: &str, token: &str) -> (u16, Value) {
    let response = t
        .client
        .get(t.url(path))
        .bearer_auth(token)
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}
