//! Recovery cases end to end: a 1-star review opens a case, staff write to
//! the reviewer through Candor's relay (real SMTP, the reviewer's language),
//! the reviewer answers and updates their review through the private link,
//! the figures follow; the reviewer's address never reaches staff; tenancy.

use std::time::Duration;

use candor_store::Store;
use candor_testkit::both_backends;
use serde_json::{Value, json};

use crate::helpers::{TestApp, org_with_business};
use crate::respond::{run_jobs, send, with_mail};

both_backends!(
    a_case_runs_from_complaint_to_recovery_through_the_relay,
    case_endpoints_belong_to_their_organisation,
);

const REVIEWER_EMAIL: &str = "ingrid@example.no";

async fn form(t: &TestApp, path: &str, fields: &[(&str, &str)]) -> (u16, String) {
    let response = t
        .client
        .post(t.url(path))
        .form(fields)
        .send()
        .await
        .expect("form");
    let status = response.status().as_u16();
    (status, response.text().await.expect("text"))
}

fn link_token(text: &str) -> String {
    let start = text.find("/case/cnd_case_").expect("an answer link") + "/case/".len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

async fn a_case_runs_from_complaint_to_recovery_through_the_relay(store: Store) {
    let (t, sink) = with_mail(store).await;
    let (angry, _) = t
        .review(1, "Pakken kom aldri, og ingen svarer på telefonen.")
        .await;
    t.review(5, "Alt var perfekt, takk for god service.").await;
    let cases = format!("/api/v1/staff/businesses/{}/cases", t.slug);
    let (_, list) = t.get_json_as(&cases, &t.token).await;
    let items = list["items"].as_array().expect("items");
    assert_eq!(
        items.len(),
        1,
        "only the 1-star review opens a case: {list}"
    );
    assert_eq!(items[0]["review_id"], angry.as_str());
    assert_eq!(items[0]["state"], "open");
    let id = items[0]["id"].as_str().expect("id").to_string();
    let case = format!("/api/v1/staff/cases/{id}");
    let (_, detail) = t.get_json_as(&case, &t.token).await;
    assert_eq!(detail["reviewer_language"], "nb");
    let question = detail["suggested_question"].as_str().expect("question");
    assert!(
        !question.is_empty() && !question.starts_with("What would"),
        "{question}"
    );

    // Illegal steps and missing parts change nothing.
    let steps = format!("{case}/steps");
    let (status, body) = send(&t, "POST", &steps, &t.token, json!({"action": "resolve"})).await;
    assert_eq!(
        (status, body["error"]["field"].clone()),
        (422, json!("action")),
        "{body}"
    );
    let (status, body) = send(&t, "POST", &steps, &t.token, json!({"action": "contact"})).await;
    assert_eq!(
        (status, body["error"]["field"].clone()),
        (422, json!("message")),
        "{body}"
    );
    let (status, body) = send(&t, "POST", &steps, &t.token, json!({"action": "fly"})).await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(t.get_json_as(&case, &t.token).await.1["state"], "open");

    let message = format!("Hei Ingrid, beklager! {question}");
    let contact = json!({"action": "contact", "message": message, "note": "Called the courier"});
    let (status, body) = send(&t, "POST", &steps, &t.token, contact).await;
    assert_eq!(
        (status, body["state"].clone()),
        (200, json!("contacted")),
        "{body}"
    );

    // The relay: one e-mail to the reviewer, in Norwegian, with the private link.
    let start = candor_app::now_ms();
    run_jobs(&t, start + 60_000).await;
    let mails = sink.wait_for(1, Duration::from_secs(10)).await;
    let mail = &mails[0];
    let text = mail.text.clone().unwrap_or_default();
    assert_eq!(mail.rcpt_to, vec![REVIEWER_EMAIL]);
    assert_eq!(mail.header("Content-Language"), Some("nb"));
    assert!(mail.subject.as_deref().unwrap_or("").contains("acme shop"));
    assert!(text.contains(&message), "{text}");
    assert!(text.contains("http://candor.test/case/cnd_case_"), "{text}");
    let token = link_token(&text);
    run_jobs(&t, start + 120_000).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(sink.messages().len(), 1, "sent once");

    // The reviewer reads and answers through the link.
    let response = t
        .client
        .get(t.url(&format!("/case/{token}")))
        .send()
        .await
        .expect("page");
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["referrer-policy"], "no-referrer");
    let page = response.text().await.expect("html");
    assert!(page.contains("Hei Ingrid, beklager!") && page.contains("lang=\"nb\""));
    assert_eq!(t.page("/case/cnd_case_0000").await.0, 404);
    let answer = "En ny pakke og beskjed når den er sendt.";
    let (status, page) = form(&t, &format!("/case/{token}/answer"), &[("body", answer)]).await;
    assert_eq!(status, 200);
    assert!(page.contains(answer));
    let (_, notes) = t
        .get_json_as("/api/v1/staff/notifications?unread=true", &t.token)
        .await;
    let kinds: Vec<&str> = notes["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|n| n["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"case_answer"), "{notes}");

    // A remedy, then resolved.
    let bad = json!({"action": "offer_remedy", "remedy": {"type": "refund", "value_cents": 2500, "currency": "EURO"}});
    assert_eq!(send(&t, "POST", &steps, &t.token, bad).await.0, 422);
    let remedy = json!({"action": "offer_remedy", "remedy": {"type": "replacement", "value_cents": 2500, "order_value_cents": 10000, "currency": "nok"}});
    let (status, body) = send(&t, "POST", &steps, &t.token, remedy).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["remedy"]["currency"], "NOK");
    let (status, body) = send(&t, "POST", &steps, &t.token, json!({"action": "resolve"})).await;
    assert_eq!(
        (status, body["state"].clone()),
        (200, json!("resolved")),
        "{body}"
    );
    assert!(body["closed_at"].is_string());

    // The reviewer, of their own accord, updates the review: labelled, history kept.
    let fields = [
        ("rating", "4"),
        ("title", "Løst"),
        ("body", "Ny pakke kom dagen etter. Bra håndtert."),
    ];
    let (status, _) = form(&t, &format!("/case/{token}/review"), &fields).await;
    assert_eq!(status, 200);
    let (_, review) = t.get_json(&format!("/api/v1/reviews/{angry}")).await;
    assert_eq!(review["rating"], 4, "{review}");
    assert_eq!(review["updated_after_response"], true);
    let (_, page) = t.page(&format!("/r/{angry}")).await;
    assert!(
        page.contains("Pakken kom aldri"),
        "the original stays in the history"
    );
    let (_, page) = t.page(&format!("/b/{}", t.slug)).await;
    assert!(page.contains("updated-after-response"));
    let (status, _) = form(&t, &format!("/case/{token}/answer"), &[("body", "Takk!")]).await;
    assert_eq!(status, 422, "an ended conversation takes no answer");

    let (_, f) = t
        .get_json_as(
            &format!("/api/v1/staff/businesses/{}/recovery", t.slug),
            &t.token,
        )
        .await;
    assert_eq!(f["cases_opened"], 1, "{f}");
    assert_eq!(f["cases_resolved"], 1);
    assert_eq!(f["recovery_rate"], 1.0);
    assert_eq!(
        f["remedy_costs"],
        json!([{"currency": "NOK", "remedies": 1, "total_cents": 2500, "per_recovered_customer_cents": 2500.0}])
    );
    assert_eq!(
        (
            f["updated_reviews"].clone(),
            f["mean_rating_change"].clone()
        ),
        (json!(1), json!(3.0))
    );
    assert!(f["median_resolution_hours"].as_f64().is_some());

    // Nothing staff see carries the reviewer's address.
    let (_, detail) = t.get_json_as(&case, &t.token).await;
    assert_eq!(
        detail["messages"].as_array().map(Vec::len),
        Some(2),
        "{detail}"
    );
    assert_eq!(detail["events"][0]["kind"], "opened");
    t.log_in().await;
    let (_, case_page) = t.page(&format!("/dashboard/cases/{id}")).await;
    assert!(case_page.contains(answer) && case_page.contains("never asks a reviewer"));
    let (_, dashboard) = t.page(&format!("/dashboard/b/{}", t.slug)).await;
    assert!(dashboard.contains(&format!("/dashboard/cases/{id}")));
    for seen in [
        detail.to_string(),
        list.to_string(),
        f.to_string(),
        case_page,
        dashboard,
    ] {
        assert!(
            !seen.contains(REVIEWER_EMAIL),
            "the reviewer's address leaked"
        );
    }
}

async fn case_endpoints_belong_to_their_organisation(store: Store) {
    let t = TestApp::spawn(store).await;
    let (_, _, other) = org_with_business(&t.app, "rival", "rival-shop").await;
    let (review, _) = t.review(3, "Middels.").await;
    let open = format!("/api/v1/staff/reviews/{review}/case");
    assert_eq!(send(&t, "POST", &open, &other, json!({})).await.0, 404);
    let (status, case) = send(&t, "POST", &open, &t.token, json!({})).await;
    assert_eq!(status, 201, "staff open a case on any review: {case}");
    assert_eq!(
        send(&t, "POST", &open, &t.token, json!({})).await.0,
        409,
        "one at a time"
    );
    let id = case["id"].as_str().expect("id");
    let slug = &t.slug;
    for path in [
        format!("/api/v1/staff/cases/{id}"),
        format!("/api/v1/staff/businesses/{slug}/cases"),
        format!("/api/v1/staff/businesses/{slug}/recovery"),
        format!("/api/v1/staff/businesses/{slug}/recovery-settings"),
    ] {
        assert_eq!(t.get_json_as(&path, &other).await.0, 404, "{path}");
        assert_eq!(t.get_json(&path).await.0, 401, "{path}");
        assert_eq!(t.get_json_as(&path, &t.token).await.0, 200, "{path}");
    }
    let writes: [(&str, String, Value); 5] = [
        (
            "POST",
            format!("/api/v1/staff/cases/{id}/steps"),
            json!({"action": "close_without_contact"}),
        ),
        (
            "POST",
            format!("/api/v1/staff/cases/{id}/notes"),
            json!({"body": "x"}),
        ),
        (
            "POST",
            format!("/api/v1/staff/cases/{id}/messages"),
            json!({"body": "x"}),
        ),
        (
            "PUT",
            format!("/api/v1/staff/cases/{id}/assignee"),
            json!({"assignee_id": null}),
        ),
        (
            "PUT",
            format!("/api/v1/staff/businesses/{slug}/recovery-settings"),
            json!({"open_at_or_below": 3}),
        ),
    ];
    for (method, path, body) in &writes {
        assert_eq!(
            send(&t, method, path, &other, body.clone()).await.0,
            404,
            "{path}"
        );
    }
    let (_, detail) = t
        .get_json_as(&format!("/api/v1/staff/cases/{id}"), &t.token)
        .await;
    assert_eq!(detail["state"], "open", "nothing changed: {detail}");
    assert_eq!(detail["events"].as_array().map(Vec::len), Some(1));

    // Bad input: 422 and nothing changes.
    let settings = format!("/api/v1/staff/businesses/{slug}/recovery-settings");
    assert_eq!(
        send(
            &t,
            "PUT",
            &settings,
            &t.token,
            json!({"open_at_or_below": 6})
        )
        .await
        .0,
        422
    );
    let (_, rival_me) = t.get_json_as("/api/v1/staff/me", &other).await;
    let rival_id = rival_me["id"].as_str().expect("id");
    let assign = format!("/api/v1/staff/cases/{id}/assignee");
    let (status, body) = send(
        &t,
        "PUT",
        &assign,
        &t.token,
        json!({"assignee_id": rival_id}),
    )
    .await;
    assert_eq!(
        (status, body["error"]["field"].clone()),
        (422, json!("assignee_id")),
        "{body}"
    );
    let (status, body) = send(
        &t,
        "POST",
        &format!("/api/v1/staff/cases/{id}/messages"),
        &t.token,
        json!({"body": "hi"}),
    )
    .await;
    assert_eq!(status, 422, "write with the step contact first: {body}");
    let (status, _) = t
        .get_json_as(
            &format!("/api/v1/staff/businesses/{slug}/cases?state=nope"),
            &t.token,
        )
        .await;
    assert_eq!(status, 422);
    let (_, detail) = t
        .get_json_as(&format!("/api/v1/staff/cases/{id}"), &t.token)
        .await;
    assert_eq!(
        detail["events"].as_array().map(Vec::len),
        Some(1),
        "{detail}"
    );
    assert_eq!(detail["messages"], json!([]));
    // A threshold of 0 opens no case automatically.
    assert_eq!(
        send(
            &t,
            "PUT",
            &settings,
            &t.token,
            json!({"open_at_or_below": 0})
        )
        .await
        .0,
        200
    );
    t.review(1, "Terrible.").await;
    let (_, list) = t
        .get_json_as(&format!("/api/v1/staff/businesses/{slug}/cases"), &t.token)
        .await;
    assert_eq!(list["items"].as_array().map(Vec::len), Some(1), "{list}");
}
