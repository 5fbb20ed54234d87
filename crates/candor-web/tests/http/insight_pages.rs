//! The insight endpoints and pages (#7) over HTTP: figures as JSON, pages
//! with server-drawn charts and escaped text, bad filters refused with 422,
//! a shared report readable without logging in until revoked, and every
//! endpoint closed to another organisation and to the anonymous.

use candor_store::Store;
use candor_testkit::both_backends;
use serde_json::{Value, json};

use crate::helpers::{TestApp, org_with_business};
use crate::respond::send;

both_backends!(
    the_dashboard_answers_with_figures_and_charts,
    promises_reports_and_testimonials_over_http,
    insight_endpoints_belong_to_their_organisation,
);

async fn seed(t: &TestApp) {
    for (rating, body) in [
        (
            5,
            "Wonderful coffee!!! The best café in town, friendly staff and fast service.",
        ),
        (5, "Great cakes."),
        (
            1,
            "The delivery was two weeks late and customer service never answered.",
        ),
        (
            2,
            "<script>pwned()</script> I didn't know the app logs me out after ten minutes.",
        ),
    ] {
        t.review(rating, body).await;
    }
}

async fn the_dashboard_answers_with_figures_and_charts(store: Store) {
    let t = TestApp::spawn(store).await;
    seed(&t).await;
    let base = format!("/api/v1/staff/businesses/{}", t.slug);
    let (status, d) = t.get_json_as(&format!("{base}/insights"), &t.token).await;
    assert_eq!(status, 200, "{d}");
    assert_eq!(d["range"]["reviews"], 4);
    assert_eq!(d["range"]["stars"], json!([1, 1, 0, 0, 2]));
    assert_eq!(d["backlog"], 0);
    let segments = &d["segments"];
    let placed = ["ambassadors", "detractors", "indifferent"]
        .iter()
        .map(|k| segments[k].as_u64().expect("count"))
        .sum::<u64>();
    assert_eq!(placed, 4);
    assert!(
        d["reach"]["estimate"]["detractors_high"].as_u64().is_some(),
        "{d}"
    );
    assert_eq!(d["perfection"]["zone"], "too-few-reviews");

    for bad in [
        "from=2026-13-01",
        "period=year",
        "from=2026-02-01&to=2026-01-01",
        "unhappy_tell_low=20&unhappy_tell_high=3",
    ] {
        let (status, body) = t
            .get_json_as(&format!("{base}/insights?{bad}"), &t.token)
            .await;
        assert_eq!(status, 422, "{bad}: {body}");
        assert!(body["error"]["message"].is_string());
    }
    let (status, e) = t
        .get_json_as(
            &format!(
                "{base}/economics?target=4&happy_review_probability=0.1&unhappy_review_probability=1&happy_stars=5&unhappy_stars=1"
            ),
            &t.token,
        )
        .await;
    assert_eq!(status, 200, "{e}");
    assert_eq!(e["offset"]["good_experiences"], 40.0);
    let (status, causes) = t
        .get_json_as(&format!("{base}/root-causes"), &t.token)
        .await;
    assert_eq!(status, 200);
    assert_eq!(causes["complaints"], 2);

    t.log_in().await;
    let (status, html) = t
        .page(&format!("/dashboard/b/{}/insights?period=week", t.slug))
        .await;
    assert_eq!(status, 200);
    for id in ["chart-trend", "chart-distribution", "chart-aspects"] {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id} drawn");
    }
    let (status, html) = t.page(&format!("/dashboard/b/{}/causes", t.slug)).await;
    assert_eq!(status, 200);
    assert!(!html.contains("<script>pwned()"), "review text is escaped");
    let (status, _) = t
        .page(&format!("/dashboard/b/{}/insights?from=nonsense", t.slug))
        .await;
    assert_eq!(
        status, 400,
        "pages answer a bad filter with the bad-request page"
    );
    let (status, html) = t.page("/dashboard/insights").await;
    assert_eq!(status, 200);
    assert!(html.contains(&format!("data-slug=\"{}\"", t.slug)));
}

async fn promises_reports_and_testimonials_over_http(store: Store) {
    let t = TestApp::spawn(store).await;
    seed(&t).await;
    let consented = t
        .post_review(
            &t.slug,
            json!({"rating": 5, "title": "Lovely", "body": "Lovely cakes, <b>warm</b> welcome.",
                   "author_name": "Quinn", "author_email": "quinn@example.com", "language": "en",
                   "testimonial_consent": true}),
        )
        .await;
    assert_eq!(consented.status(), 201);
    let consented: Value = consented.json().await.expect("json");
    let id = consented["id"].as_str().expect("id").to_string();
    let base = format!("/api/v1/staff/businesses/{}", t.slug);

    t.review(1, "The staff were not friendly and the service was slow.")
        .await;
    let promise =
        json!({"text": "Friendly staff", "language": "en", "keywords": {"de": ["liefer*"]}});
    let (status, created) = send(&t, "POST", &format!("{base}/promises"), &t.token, promise).await;
    assert_eq!(status, 201, "{created}");
    let bad = json!({"text": "Friendly staff", "language": "en", "keywords": {"xx-!": ["a"]}});
    assert_eq!(
        send(&t, "POST", &format!("{base}/promises"), &t.token, bad)
            .await
            .0,
        422
    );
    let (status, list) = t.get_json_as(&format!("{base}/promises"), &t.token).await;
    assert_eq!(status, 200);
    assert_eq!(list["items"].as_array().expect("items").len(), 1);
    assert_eq!(list["items"][0]["kept"], 1, "{list}");
    assert_eq!(list["items"][0]["broken"], 1, "{list}");
    let promise_id = created["id"].as_str().expect("id");
    let (status, _) = send(
        &t,
        "DELETE",
        &format!("{base}/promises/{promise_id}"),
        &t.token,
        json!({}),
    )
    .await;
    assert_eq!(status, 204);

    let chosen = json!({"review_ids": [id]});
    let (status, body) = send(&t, "PUT", &format!("{base}/testimonials"), &t.token, chosen).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["chosen"][0]["body"],
        "Lovely cakes, <b>warm</b> welcome."
    );
    t.log_in().await;
    let snippet = t
        .client
        .get(t.url(&format!("/dashboard/b/{}/testimonials.html", t.slug)))
        .send()
        .await
        .expect("get");
    assert_eq!(snippet.status(), 200);
    let snippet = snippet.text().await.expect("text");
    assert!(
        snippet.contains("&#60;b&#62;warm") || snippet.contains("&lt;b&gt;warm"),
        "{snippet}"
    );
    assert!(!snippet.contains("<b>warm"));

    let (status, link) = send(
        &t,
        "POST",
        &format!("{base}/report-links"),
        &t.token,
        json!({}),
    )
    .await;
    assert_eq!(status, 201, "{link}");
    let url = link["url"].as_str().expect("url");
    let path = &url[url.find("/report/").expect("path")..];
    let anonymous = TestApp::spawn_client(&t).await;
    let (status, html) = anonymous.page(path).await;
    assert_eq!(status, 200);
    assert!(!html.contains("report-share"), "no staff controls");
    let pdf = anonymous
        .client
        .get(anonymous.url(&format!("{path}/pdf")))
        .send()
        .await
        .expect("pdf");
    assert_eq!(pdf.status(), 200);
    assert!(pdf.bytes().await.expect("bytes").starts_with(b"%PDF-"));
    let link_id = link["id"].as_str().expect("id");
    let revoke = send(
        &t,
        "DELETE",
        &format!("{base}/report-links/{link_id}"),
        &t.token,
        json!({}),
    )
    .await;
    assert_eq!(revoke.0, 204);
    assert_eq!(anonymous.page(path).await.0, 404);
}

async fn insight_endpoints_belong_to_their_organisation(store: Store) {
    let t = TestApp::spawn(store).await;
    seed(&t).await;
    let (_, _, intruder) = org_with_business(&t.app, "rival", "rival-shop").await;
    let base = format!("/api/v1/staff/businesses/{}", t.slug);
    let anonymous = TestApp::spawn_client(&t).await;
    let endpoints: Vec<(&str, String, Value)> = vec![
        ("GET", format!("{base}/insights"), Value::Null),
        ("GET", format!("{base}/economics"), Value::Null),
        ("GET", format!("{base}/promises"), Value::Null),
        (
            "POST",
            format!("{base}/promises"),
            json!({"text": "Fast delivery", "language": "en"}),
        ),
        ("DELETE", format!("{base}/promises/some-id"), Value::Null),
        ("GET", format!("{base}/root-causes"), Value::Null),
        ("GET", format!("{base}/report"), Value::Null),
        ("GET", format!("{base}/report/pdf"), Value::Null),
        ("GET", format!("{base}/report-links"), Value::Null),
        ("POST", format!("{base}/report-links"), json!({})),
        (
            "DELETE",
            format!("{base}/report-links/some-id"),
            Value::Null,
        ),
        ("GET", format!("{base}/testimonials"), Value::Null),
        (
            "PUT",
            format!("{base}/testimonials"),
            json!({"review_ids": []}),
        ),
    ];
    for (method, path, body) in &endpoints {
        let (status, answer) = send(&t, method, path, &intruder, body.clone()).await;
        assert_eq!(
            status, 404,
            "{method} {path} as another organisation: {answer}"
        );
        let (status, _) = send(&anonymous, method, path, "", body.clone()).await;
        assert_eq!(status, 401, "{method} {path} without a token");
    }
    // The pages, logged in as the rival's owner, and logged out.
    let (rival_email, rival_password) = ("owner@rival2.test", {
        let staff = candor_app::NewStaff {
            email: "owner@rival2.test",
            name: "Rival",
            role: candor_core::Role::Owner,
        };
        let (_, password) = t.app.create_owner("rival2", staff).await.expect("owner");
        password
    });
    let rival = TestApp::spawn_client(&t).await;
    rival.log_in_as(rival_email, &rival_password).await;
    let slug = &t.slug;
    for path in [
        "insights",
        "economics",
        "promises",
        "causes",
        "report",
        "report.pdf",
        "testimonials",
        "testimonials.json",
        "testimonials.html",
    ] {
        let path = format!("/dashboard/b/{slug}/{path}");
        assert_eq!(
            rival.page(&path).await.0,
            404,
            "{path} as another organisation"
        );
        let (status, _) = anonymous.page(&path).await;
        assert!(
            status == 303 || status == 401 || status == 403,
            "{path} logged out: {status}"
        );
    }
    for path in ["promises", "report/share", "testimonials"] {
        let posted = rival
            .client
            .post(rival.url(&format!("/dashboard/b/{slug}/{path}")))
            .form(&[("text", "Hijack"), ("language", "en"), ("review_id", "x")])
            .send()
            .await
            .expect("post");
        assert_eq!(posted.status(), 404, "POST {path} as another organisation");
    }

    let (status, org) = t.get_json_as("/api/v1/staff/insights", &intruder).await;
    assert_eq!(status, 200);
    assert_eq!(org["businesses"].as_array().expect("rows").len(), 1);
    assert_eq!(org["businesses"][0]["business"], "rival-shop");
    assert!(!org.to_string().contains(&t.slug));
}
