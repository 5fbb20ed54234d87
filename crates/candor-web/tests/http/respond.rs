//! Responding: deadlines per star band, escalation by in-app notification
//! and by e-mail over real SMTP in the manager's language, the daily digest,
//! response figures and the unanswered list; tenancy on every endpoint.

use std::time::Duration;

use candor_app::{App, Jobs};
use candor_store::Store;
use candor_testkit::both_backends;
use candor_testkit::smtp::SmtpSink;
use serde_json::{Value, json};

use crate::helpers::{TestApp, org_with_business, permissive};

both_backends!(
    a_missed_deadline_escalates_by_mail_in_the_managers_language,
    the_daily_digest_reaches_every_staff_member,
    response_endpoints_belong_to_their_organisation,
);

const HOUR_MS: i64 = 3_600_000;

pub(crate) async fn send(
    t: &TestApp,
    method: &str,
    path: &str,
    token: &str,
    body: Value,
) -> (u16, Value) {
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let response = t
        .client
        .request(method, t.url(path))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// A Candor that mails through a fresh local SMTP server.
pub(crate) async fn with_mail(store: Store) -> (TestApp, SmtpSink) {
    let sink = SmtpSink::start().await;
    let mailer = candor_mail::mailer_from_url(Some(&sink.url())).expect("mail URL");
    let app = App::new(store, permissive())
        .with_mailer(mailer)
        .with_public_url("http://candor.test");
    (TestApp::spawn_app(app).await, sink)
}

/// Runs every job due by `at` until none is left.
pub(crate) async fn run_jobs(t: &TestApp, at: i64) {
    let jobs = Jobs::builtin();
    while t
        .app
        .run_jobs_at(&jobs, "test-worker", at, 100)
        .await
        .expect("jobs")
        > 0
    {}
}

async fn a_missed_deadline_escalates_by_mail_in_the_managers_language(store: Store) {
    let (t, sink) = with_mail(store).await;
    let locale = "/api/v1/staff/me/locale";
    assert_eq!(
        send(&t, "PUT", locale, &t.token, json!({"locale": "de"}))
            .await
            .0,
        200
    );
    let (status, body) = send(&t, "PUT", locale, &t.token, json!({"locale": "xx"})).await;
    assert_eq!(status, 422, "{body}");
    let deadline = format!("/api/v1/staff/businesses/{}/deadlines/negative", t.slug);
    let (status, body) = send(&t, "PUT", &deadline, &t.token, json!({"hours": 0})).await;
    assert_eq!(status, 422, "{body}");
    let (status, body) = send(&t, "PUT", &deadline, &t.token, json!({"hours": 2})).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["items"][0],
        json!({"band": "negative", "hours": 2, "custom": true})
    );
    assert_eq!(body["items"][2]["hours"], 168, "the default for praise");

    let start = candor_app::now_ms();
    let (happy, _) = t.review(5, "Alt var perfekt, takk for god service.").await;
    let (angry, _) = t
        .review(1, "Pakken kom aldri, og ingen svarer på telefonen.")
        .await;
    let unanswered = format!("/api/v1/staff/businesses/{}/unanswered", t.slug);
    let (_, list) = t.get_json_as(&unanswered, &t.token).await;
    let ids: Vec<&str> = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["id"].as_str())
        .collect();
    assert_eq!(ids, [angry.as_str(), happy.as_str()], "negative first");
    assert_eq!(list["items"][0]["overdue"], false);

    // At once: an in-app alert of the 1-star review, no e-mail yet.
    run_jobs(&t, start + 60_000).await;
    let (_, notes) = t.get_json_as("/api/v1/staff/notifications", &t.token).await;
    assert_eq!(notes["items"][0]["kind"], "negative_review", "{notes}");
    assert!(
        notes["items"][0]["text"]
            .as_str()
            .expect("text")
            .starts_with("Neue Bewertung")
    );
    assert!(sink.messages().is_empty());

    // Three hours on, the 2-hour deadline has passed: escalated, mailed in German.
    run_jobs(&t, start + 3 * HOUR_MS).await;
    let mails = sink.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    let subject = mail.subject.as_deref().unwrap_or_default();
    let text = mail.text.as_deref().unwrap_or_default();
    assert_eq!(mail.rcpt_to, vec![t.owner_email.as_str()]);
    assert!(subject.contains("wartet auf eine Antwort"), "{}", subject);
    assert_eq!(mail.header("Content-Language"), Some("de"));
    assert!(text.contains("ingen svarer på telefonen"), "{}", text);
    assert!(text.contains(&format!("http://candor.test/r/{angry}")));
    assert!(
        !mail.raw.contains("ingrid@example.no"),
        "never the reviewer's address"
    );
    let (_, notes) = t
        .get_json_as("/api/v1/staff/notifications?unread=true", &t.token)
        .await;
    assert_eq!(notes["unread"], 2);
    assert_eq!(notes["items"][0]["kind"], "escalation");
    let figures = format!("/api/v1/staff/businesses/{}/responses", t.slug);
    let (_, f) = t.get_json_as(&figures, &t.token).await;
    assert_eq!(f["open_escalations"], 1, "{f}");

    // Running the queue again sends nothing twice.
    run_jobs(&t, start + 4 * HOUR_MS).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(sink.messages().len(), 1);

    // The owner answers; the figures follow and the alert is read.
    let reply = format!("/api/v1/reviews/{angry}/reply");
    let answer = json!({"body": "Beklager! Vi sender en ny pakke i dag."});
    assert_eq!(send(&t, "PUT", &reply, &t.token, answer).await.0, 201);
    let (status, f) = t.get_json_as(&figures, &t.token).await;
    assert_eq!(status, 200, "{f}");
    assert_eq!(
        (f["reviews"].clone(), f["answered"].clone()),
        (json!(2), json!(1))
    );
    assert_eq!(f["response_rate"], 0.5);
    assert_eq!(f["negative_response_rate"], 1.0);
    assert!(f["median_first_reply_hours"].as_f64().expect("median") >= 0.0);
    assert_eq!(f["open_escalations"], 0, "answered now");
    assert_eq!(f["weeks"].as_array().map(Vec::len), Some(1));
    let id = notes["items"][0]["id"].as_str().expect("id").to_string();
    let read = format!("/api/v1/staff/notifications/{id}/read");
    assert_eq!(send(&t, "POST", &read, &t.token, json!({})).await.0, 204);
    let (_, notes) = t.get_json_as("/api/v1/staff/notifications", &t.token).await;
    assert_eq!(notes["unread"], 1);

    // The dashboard shows the figures and the waiting list.
    t.log_in().await;
    let (status, html) = t.page(&format!("/dashboard/b/{}", t.slug)).await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"responses\"") && html.contains(&format!("/r/{happy}")));
}

async fn the_daily_digest_reaches_every_staff_member(store: Store) {
    let (t, sink) = with_mail(store).await;
    let (other_email, _, other_token) = org_with_business(&t.app, "other", "other-shop").await;
    assert_eq!(
        send(
            &t,
            "PUT",
            "/api/v1/staff/me/locale",
            &other_token,
            json!({"locale": "sw"})
        )
        .await
        .0,
        200
    );
    t.review(2, "Huduma ilikuwa polepole sana.").await;
    t.app.schedule_digests().await.expect("schedule");
    t.app.schedule_digests().await.expect("idempotent");
    let day_ms = 86_400_000;
    let now = candor_app::now_ms();
    let next_seven = (now / day_ms) * day_ms + 7 * HOUR_MS;
    let next_seven = if next_seven > now {
        next_seven
    } else {
        next_seven + day_ms
    };
    run_jobs(&t, next_seven + 60_000).await;
    // Only acme has news; the other organisation's empty digest is not sent.
    let mails = sink.wait_for(1, Duration::from_secs(10)).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        sink.messages().len(),
        1,
        "one digest, none for an empty day"
    );
    let mail = &mails[0];
    let subject = mail.subject.as_deref().unwrap_or_default();
    let text = mail.text.as_deref().unwrap_or_default();
    assert_eq!(mail.rcpt_to, vec![t.owner_email.as_str()]);
    assert!(subject.starts_with("Your Candor digest"), "{}", subject);
    assert!(
        text.contains("One new review (1 with 1-2 stars)"),
        "{}",
        text
    );
    assert!(!text.contains(&other_email));
    // The next day's round is queued, once.
    let planned = t
        .app
        .store()
        .jobs_by_kind("digest.plan")
        .await
        .expect("jobs");
    assert_eq!(planned.len(), 2, "today's, done, and tomorrow's");
}

async fn response_endpoints_belong_to_their_organisation(store: Store) {
    let t = TestApp::spawn(store).await;
    let (_, _, other) = org_with_business(&t.app, "rival", "rival-shop").await;
    t.review(1, "Bad.").await;
    let slug = &t.slug;
    for path in [
        format!("/api/v1/staff/businesses/{slug}/responses"),
        format!("/api/v1/staff/businesses/{slug}/unanswered"),
        format!("/api/v1/staff/businesses/{slug}/deadlines"),
    ] {
        assert_eq!(t.get_json_as(&path, &other).await.0, 404, "{path}");
        assert_eq!(t.get_json(&path).await.0, 401, "{path}");
        assert_eq!(t.get_json_as(&path, &t.token).await.0, 200, "{path}");
    }
    let put = format!("/api/v1/staff/businesses/{slug}/deadlines/mixed");
    assert_eq!(
        send(&t, "PUT", &put, &other, json!({"hours": 5})).await.0,
        404
    );
    let (_, own) = t.get_json_as("/api/v1/staff/notifications", &t.token).await;
    // Another organisation cannot read or mark this organisation's alerts.
    run_jobs(&t, candor_app::now_ms() + 60_000).await;
    let (_, own_after) = t.get_json_as("/api/v1/staff/notifications", &t.token).await;
    assert_eq!(own["items"].as_array().map(Vec::len), Some(0));
    let id = own_after["items"][0]["id"]
        .as_str()
        .expect("an alert")
        .to_string();
    let (_, theirs) = t.get_json_as("/api/v1/staff/notifications", &other).await;
    assert_eq!(theirs["items"], json!([]));
    let read = format!("/api/v1/staff/notifications/{id}/read");
    assert_eq!(send(&t, "POST", &read, &other, json!({})).await.0, 404);
    let (status, body) = t
        .get_json_as(
            &format!("/api/v1/staff/businesses/{slug}/unanswered?cursor=zzz"),
            &t.token,
        )
        .await;
    assert_eq!(status, 422, "{body}");
    let (status, _) = t
        .get_json_as(
            &format!("/api/v1/staff/businesses/{slug}/responses?days=0"),
            &t.token,
        )
        .await;
    assert_eq!(status, 422);
}
