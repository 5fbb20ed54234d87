//! Moderators decide on held and flagged reviews; readers and businesses
//! flag; the transparency figures follow. Tenancy on every endpoint.

use candor_store::Store;
use candor_testkit::both_backends;
use serde_json::{Value, json};

use crate::helpers::{TestApp, org_with_business};

both_backends!(
    moderators_approve_and_reject_held_reviews,
    bulk_decisions_report_each_review,
    flags_never_hide_a_review_and_feed_transparency,
    only_moderators_of_other_organisations_decide,
    the_pages_queue_decide_report_and_explain,
    the_graph_job_finds_a_coordinated_group,
);

async fn submit(t: &TestApp, body: &str) -> String {
    let response = t
        .post_review(
            &t.slug,
            json!({"rating": 2, "title": "", "body": body, "author_name": "Lu",
                   "author_email": "lu@example.com", "language": "en"}),
        )
        .await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.expect("json");
    created["id"].as_str().expect("id").to_string()
}

/// A platform organisation with a moderator; returns the moderator's token.
async fn moderator(t: &TestApp) -> String {
    let (email, _, token) = org_with_business(&t.app, "platform", "platform-home").await;
    t.app.grant_moderator(&email, "test").await.expect("grant");
    token
}

async fn post(t: &TestApp, path: &str, token: Option<&str>, body: Value) -> (u16, Value) {
    let mut request = t.client.post(t.url(path)).json(&body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("post");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn moderators_approve_and_reject_held_reviews(store: Store) {
    let t = TestApp::spawn(store).await;
    let token = moderator(&t).await;
    let held = submit(&t, "Nice shop. Better prices at bit.ly/cheap-deal").await;
    let spam = submit(&t, "Cheap pills at bit.ly/pills4u and www.pills.shop").await;
    let (status, queue) = t.get_json_as("/api/v1/moderation/queue", &token).await;
    assert_eq!(status, 200, "{queue}");
    let ids: Vec<&str> = queue["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["id"].as_str())
        .collect();
    assert_eq!(ids, vec![held.as_str(), spam.as_str()], "oldest first");
    assert_eq!(
        queue["items"][0]["screening"]["reasons"][0]["code"],
        "url_shortener"
    );
    assert_eq!(queue["items"][0]["business"], "acme-shop");
    // The business's dashboard says why its review is held.
    t.log_in().await;
    let (_, dashboard) = t.page(&format!("/dashboard/b/{}", t.slug)).await;
    assert!(
        dashboard.contains("data-decision=\"hold\""),
        "screening badge"
    );
    assert!(
        dashboard.contains("it contains a shortened link"),
        "and why"
    );

    let (status, review) = post(
        &t,
        &format!("/api/v1/moderation/reviews/{held}"),
        Some(&token),
        json!({"action": "approve"}),
    )
    .await;
    assert_eq!(
        (status, review["status"].as_str()),
        (200, Some("published"))
    );
    assert_eq!(t.count().await, 1);
    // Held, the 2-star review opened no recovery case; approved, it has one.
    let cases = format!("/api/v1/staff/businesses/{}/cases", t.slug);
    let (_, list) = t.get_json_as(&cases, &t.token).await;
    let reviews: Vec<&str> = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|c| c["review_id"].as_str())
        .collect();
    assert_eq!(reviews, vec![held.as_str()], "{list}");
    let (status, body) = post(
        &t,
        &format!("/api/v1/moderation/reviews/{spam}"),
        Some(&token),
        json!({"action": "reject"}),
    )
    .await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (422, Some("reason")),
        "a rejection needs a reason"
    );
    let (status, review) = post(
        &t,
        &format!("/api/v1/moderation/reviews/{spam}"),
        Some(&token),
        json!({"action": "reject", "reason": "spam"}),
    )
    .await;
    assert_eq!((status, review["status"].as_str()), (200, Some("removed")));
    let (_, queue) = t.get_json_as("/api/v1/moderation/queue", &token).await;
    assert_eq!(queue["items"], json!([]));

    let examples = t.app.store().spam_examples().await.expect("examples");
    let labels: Vec<&str> = examples.iter().map(|(_, label)| label.as_str()).collect();
    assert_eq!(
        labels,
        vec!["ham", "spam"],
        "decisions become labelled examples"
    );
    let events = t.app.store().status_events(&spam).await.expect("events");
    assert!(
        events
            .iter()
            .any(|e| e.reason == "spam" && e.actor.starts_with("moderator "))
    );
}

async fn bulk_decisions_report_each_review(store: Store) {
    let t = TestApp::spawn(store).await;
    let token = moderator(&t).await;
    let a = submit(&t, "Call +47 22 33 44 55 now").await;
    let b = submit(&t, "Mail me: lu@example.com").await;
    let (status, body) = post(
        &t,
        "/api/v1/moderation/bulk",
        Some(&token),
        json!({"ids": [a, b, "missing"], "action": "approve"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let results = body["results"].as_array().expect("results");
    assert_eq!(results[0]["status"], "published");
    assert_eq!(results[1]["status"], "published");
    assert_eq!(results[2]["error"]["code"], "not_found");
    assert_eq!(t.count().await, 2);
    let (status, _) = post(
        &t,
        "/api/v1/moderation/bulk",
        Some(&token),
        json!({"ids": [], "action": "approve"}),
    )
    .await;
    assert_eq!(status, 422);
}

async fn flags_never_hide_a_review_and_feed_transparency(store: Store) {
    let t = TestApp::spawn(store).await;
    let token = moderator(&t).await;
    let review = submit(&t, "Terrible, the owner is a crook.").await;
    let path = format!("/api/v1/reviews/{review}/flags");
    let (status, body) = post(
        &t,
        &path,
        None,
        json!({"reason": "offensive", "note": "insult"}),
    )
    .await;
    assert_eq!((status, body["new"].clone()), (201, json!(true)));
    let (status, body) = post(&t, &path, None, json!({"reason": "offensive"})).await;
    assert_eq!(
        (status, body["new"].clone()),
        (200, json!(false)),
        "one flag per reader"
    );
    let (status, _) = post(&t, &path, None, json!({"reason": "boring"})).await;
    assert_eq!(status, 422);
    let (status, _) = post(
        &t,
        &format!("/api/v1/staff/reviews/{review}/flags"),
        Some(&t.token),
        json!({"reason": "fake"}),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(t.count().await, 1, "flags do not hide the review");

    let (_, queue) = t.get_json_as("/api/v1/moderation/queue", &token).await;
    assert_eq!(queue["items"][0]["open_flags"], json!(2));
    let (status, _) = post(
        &t,
        &format!("/api/v1/moderation/reviews/{review}"),
        Some(&token),
        json!({"action": "reject", "reason": "offensive"}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(t.count().await, 0);

    let (status, figures) = t
        .get_json(&format!("/api/v1/businesses/{}/transparency", t.slug))
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        figures["removals"],
        json!([{"reason": "offensive", "total": 1, "by_star": {"1": 0, "2": 1, "3": 0, "4": 0, "5": 0}}])
    );
    let flags = figures["flags"].as_array().expect("flags");
    assert!(flags.contains(
        &json!({"reason": "offensive", "raised_by": "consumer", "status": "upheld", "count": 1})
    ));
    assert!(flags.contains(
        &json!({"reason": "fake", "raised_by": "business", "status": "upheld", "count": 1})
    ));
    let (status, _) = t.get_json("/api/v1/businesses/nobody/transparency").await;
    assert_eq!(status, 404);
}

async fn only_moderators_of_other_organisations_decide(store: Store) {
    let t = TestApp::spawn(store).await;
    let held = submit(&t, "See www.example-deals.com").await;
    let decision = json!({"action": "approve"});
    let decide = format!("/api/v1/moderation/reviews/{held}");
    // A business owner is no moderator.
    assert_eq!(
        t.get_json_as("/api/v1/moderation/queue", &t.token).await.0,
        403
    );
    assert_eq!(
        post(&t, &decide, Some(&t.token), decision.clone()).await.0,
        403
    );
    assert_eq!(
        post(
            &t,
            "/api/v1/moderation/bulk",
            Some(&t.token),
            json!({"ids": [held], "action": "approve"})
        )
        .await
        .0,
        403
    );
    assert_eq!(t.get_json("/api/v1/moderation/queue").await.0, 401);
    assert_eq!(post(&t, &decide, None, decision.clone()).await.0, 401);
    // A moderator who is also staff of the business may not decide its reviews.
    t.app
        .grant_moderator(&t.owner_email, "test")
        .await
        .expect("grant");
    assert_eq!(
        post(&t, &decide, Some(&t.token), decision.clone()).await.0,
        403
    );
    // Another organisation's staff cannot flag as the business.
    let (_, _, rival) = org_with_business(&t.app, "rival", "rival-shop").await;
    let fine = submit(&t, "Fine cakes and good coffee here.").await;
    assert_eq!(
        post(
            &t,
            &format!("/api/v1/staff/reviews/{fine}/flags"),
            Some(&rival),
            json!({"reason": "fake"})
        )
        .await
        .0,
        404
    );
    assert_eq!(t.count().await, 1);
}

async fn the_pages_queue_decide_report_and_explain(store: Store) {
    let t = TestApp::spawn(store).await;
    let held = submit(&t, "Nice shop. Better prices at bit.ly/cheap-deal").await;
    // The owner is no moderator: the queue page is refused.
    t.log_in().await;
    let (status, _) = t.page("/moderation").await;
    assert_eq!(status, 403);
    let (_, dashboard) = t.page("/dashboard").await;
    assert!(!dashboard.contains("moderation-link"));

    // A moderator of another organisation sees it and approves it in bulk.
    let moderator = TestApp::spawn_client(&t).await;
    let (email, password, _) = org_with_business(&t.app, "platform", "platform-home").await;
    t.app.grant_moderator(&email, "test").await.expect("grant");
    moderator.log_in_as(&email, &password).await;
    let (status, html) = moderator.page("/moderation").await;
    assert_eq!(status, 200);
    assert!(html.contains(&format!("value=\"{held}\"")) && html.contains("bit.ly/cheap-deal"));
    let decided = moderator
        .client
        .post(moderator.url("/moderation"))
        .body(format!("id={held}&action=approve&reason=spam"))
        .header("content-type", "application/x-www-form-urlencoded")
        .send()
        .await
        .expect("decide");
    assert_eq!(decided.status(), 303);
    let (_, html) = moderator.page("/moderation?done=1&failed=0").await;
    assert!(html.contains("One review decided."));
    assert_eq!(t.count().await, 1);

    // A reader reports it from its page; the transparency page says so.
    let reported = t
        .client
        .post(t.url(&format!("/r/{held}/flag")))
        .form(&[
            ("reason", "conflict_of_interest"),
            ("note", "the owner's cousin"),
        ])
        .send()
        .await
        .expect("flag");
    assert_eq!(reported.status(), 303);
    let (_, page) = t.page(&format!("/r/{held}?flagged=1")).await;
    assert!(page.contains("A moderator will look at this review."));
    let (status, html) = t.page(&format!("/b/{}/transparency", t.slug)).await;
    assert_eq!(status, 200);
    assert!(html.contains("Written by the business, an employee or a competitor"));
    assert!(html.contains("No review has been removed."));
}

async fn the_graph_job_finds_a_coordinated_group(store: Store) {
    let t = TestApp::spawn(store).await;
    let (email, password, token) = org_with_business(&t.app, "platform", "platform-home").await;
    t.app.grant_moderator(&email, "test").await.expect("grant");
    let slugs: Vec<String> = (0..6).map(|i| format!("shop-{i}")).collect();
    for slug in &slugs {
        t.app
            .create_business("acme", slug, "Shop", "")
            .await
            .expect("business");
    }
    let review = |slug: &str, email: &str, stars: i64, n: usize| {
        let input = candor_core::ReviewInput {
            rating: Some(stars),
            title: String::new(),
            body: format!("Visit {n} was as rated"),
            author_name: "R".into(),
            author_email: email.into(),
            language: Some("en".into()),
            experienced_on: None,
            testimonial_consent: false,
        };
        let slug = slug.to_string();
        let app = t.app.clone();
        async move {
            app.submit_review(&slug, &input, "test")
                .await
                .expect("submit")
        }
    };
    let mut n = 0;
    // Honest readers each know a few shops: they like the two popular ones
    // and find the others so-so, in their own words and stars.
    for h in 0..30usize {
        let email = format!("honest{h}@example.com");
        let mut shops = vec![h % 6, (h + 1 + h / 6) % 6, (h + 3) % 6];
        shops.dedup();
        for shop in shops {
            let usual = if shop >= 4 { 4 } else { 2 };
            let stars = usual + ((h + shop) % 3) as i64 / 2;
            n += 1;
            review(&slugs[shop], &email, stars, n).await;
        }
    }
    // A ring praises the four obscure shops and pans the popular ones.
    let mut ring = Vec::new();
    for p in 0..6 {
        let email = format!("ring{p}@example.com");
        for (i, slug) in slugs.iter().enumerate() {
            n += 1;
            let stars = if i < 4 { 5 } else { 1 };
            ring.push(review(slug, &email, stars, n).await.review.id);
        }
    }
    let run = t.app.score_reviewer_graph().await.expect("graph");
    assert_eq!(run.reviewers, 36);
    let (status, found) = t
        .get_json_as("/api/v1/moderation/suspicion?limit=10", &token)
        .await;
    assert_eq!(status, 200, "{found}");
    let top: Vec<&str> = found["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["review_id"].as_str())
        .collect();
    assert_eq!(top.len(), 10);
    assert!(
        top.iter().all(|id| ring.iter().any(|r| r == id)),
        "the ring's reviews lead: {found}"
    );
    assert!(found["items"][0]["block"].is_i64(), "they form a block");

    // A reader reports the most suspicious review: the moderator sees the
    // graph's suspicion beside it, in the queue's API and on its page.
    let reported = top[0];
    let flagged = t
        .client
        .post(t.url(&format!("/api/v1/reviews/{reported}/flags")))
        .json(&json!({ "reason": "fake" }))
        .send()
        .await
        .expect("flag");
    assert_eq!(flagged.status(), 201);
    let (_, queue) = t.get_json_as("/api/v1/moderation/queue", &token).await;
    let entry = queue["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["id"] == reported)
        .expect("the reported review is queued");
    assert_eq!(entry["suspicion"]["block"], found["items"][0]["block"]);
    let score = entry["suspicion"]["review_score"].as_f64().expect("score");
    assert!(score >= 0.5, "{entry}");
    let moderator = TestApp::spawn_client(&t).await;
    moderator.log_in_as(&email, &password).await;
    let (_, html) = moderator.page("/moderation").await;
    assert!(
        html.contains("Coordinated-reviewer suspicion"),
        "the queue page shows the suspicion"
    );
    assert_eq!(
        t.get_json_as("/api/v1/moderation/suspicion", &t.token)
            .await
            .0,
        403
    );
}
