//! Invitations end to end with a real SMTP server: every uploaded customer
//! is written to once, in their language, with a single-use link; one
//! reminder at most; unsubscribes and bounces are honoured and recorded;
//! a review through the link is labelled invited; the figures follow;
//! tenancy.

use std::time::Duration;

use candor_store::Store;
use candor_testkit::both_backends;
use candor_testkit::smtp::{ReceivedMail, SmtpSink};
use serde_json::{Value, json};

use crate::helpers::{TestApp, org_with_business};
use crate::respond::{run_jobs, send, with_mail};

both_backends!(
    every_customer_is_invited_once_and_reminded_at_most_once,
    invitation_endpoints_belong_to_their_organisation,
    the_staff_page_uploads_customers_as_csv,
);

const HOUR: i64 = 3_600_000;

fn customer(email: &str, order: &str, language: &str) -> Value {
    json!({"email": email, "name": "Kari", "order_ref": order, "language": language, "product": "Hodetelefoner"})
}

fn link_of(mail: &ReceivedMail) -> String {
    let text = mail.text.clone().unwrap_or_default();
    let start = text.find("/invite/cnd_inv_").expect("an invitation link") + "/invite/".len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

fn mail_to<'a>(mails: &'a [ReceivedMail], address: &str) -> &'a ReceivedMail {
    mails
        .iter()
        .find(|m| m.rcpt_to == [address])
        .unwrap_or_else(|| panic!("no mail to {address}"))
}

/// The e-mails to customers (staff get their own alerts and digests).
async fn wait_quietly(sink: &SmtpSink, staff: &str, count: usize) -> Vec<ReceivedMail> {
    let customers = || -> Vec<ReceivedMail> {
        sink.messages()
            .into_iter()
            .filter(|m| m.rcpt_to != [staff])
            .collect()
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while customers().len() < count && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mails = customers();
    assert_eq!(mails.len(), count, "exactly {count} e-mails to customers");
    mails
}

async fn every_customer_is_invited_once_and_reminded_at_most_once(store: Store) {
    let (t, sink) = with_mail(store).await;
    let base = format!("/api/v1/staff/businesses/{}", t.slug);
    let settings = json!({"delay_hours": 0, "reminder_hours": 24});
    assert_eq!(
        send(
            &t,
            "PUT",
            &format!("{base}/invitation-settings"),
            &t.token,
            settings
        )
        .await
        .0,
        200
    );

    // One bad row refuses the whole upload, naming the row.
    let uploads = format!("{base}/invitations");
    let bad = json!({"customers": [customer("kari@example.no", "o-1", "nb"), customer("not-an-address", "o-2", "en")]});
    let (status, body) = send(&t, "POST", &uploads, &t.token, bad).await;
    assert_eq!(status, 422, "{body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap_or("")
            .starts_with("row 2"),
        "{body}"
    );
    let (_, list) = t.get_json_as(&uploads, &t.token).await;
    assert_eq!(
        list["invitations"].as_array().map(Vec::len),
        Some(0),
        "nothing stored: {list}"
    );

    let good = json!({"customers": [
        customer("kari@example.no", "o-1", "nb"),
        customer("bounce@rejected.test", "o-2", "en"),
        customer("carl@example.com", "o-3", "de"),
        customer("dora@example.com", "o-4", "en"),
    ]});
    let (status, body) = send(&t, "POST", &uploads, &t.token, good.clone()).await;
    assert_eq!(
        (status, body["scheduled"].clone()),
        (201, json!(4)),
        "{body}"
    );
    let (_, again) = send(&t, "POST", &uploads, &t.token, good).await;
    assert_eq!(
        (
            again["scheduled"].clone(),
            again["already_uploaded"].clone()
        ),
        (json!(0), json!(4))
    );

    // The delay is over: three e-mails, one bounce.
    let start = candor_app::now_ms();
    run_jobs(&t, start + 60_000).await;
    let mails = wait_quietly(&sink, &t.owner_email, 3).await;
    let kari = mail_to(&mails, "kari@example.no");
    assert_eq!(kari.header("Content-Language"), Some("nb"));
    assert!(
        kari.header("List-Unsubscribe")
            .is_some_and(|h| h.contains("/unsubscribe"))
    );
    let kari_text = kari.text.clone().unwrap_or_default();
    assert!(
        kari_text.contains("Hodetelefoner") && kari_text.contains("godt eller dårlig"),
        "{kari_text}"
    );
    let (kari_link, carl_link) = (link_of(kari), link_of(mail_to(&mails, "carl@example.com")));

    // Kari reviews through her link; the address is the invited one.
    let (status, page) = t.page(&format!("/invite/{kari_link}")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("invite-form") && page.contains("Kari"),
        "{page}"
    );
    let review = [
        ("rating", "2"),
        ("body", "Levert for sent, men grei kvalitet."),
        ("author_name", "Kari"),
        ("author_email", "someone@else.example"),
    ];
    let posted = t
        .client
        .post(t.url(&format!("/invite/{kari_link}")))
        .form(&review)
        .send()
        .await
        .expect("post");
    assert_eq!(posted.status().as_u16(), 201);
    let again = t
        .client
        .post(t.url(&format!("/invite/{kari_link}")))
        .form(&review)
        .send()
        .await
        .expect("post");
    let again_page = again.text().await.expect("text");
    assert!(!again_page.contains("invite-form"), "the link works once");
    let (_, reviews) = t.get_json_as(&format!("{base}/reviews"), &t.token).await;
    let items = reviews["items"].as_array().expect("items");
    assert_eq!(items.len(), 1, "one review from one invitation: {reviews}");
    assert_eq!(items[0]["source"], "invited");
    let (_, public) = t.page(&format!("/b/{}", t.slug)).await;
    assert!(
        public.contains("data-collection=\"invited\""),
        "the public card says how it was collected"
    );

    // Carl unsubscribes: asked first, then done.
    let (_, confirm) = t.page(&format!("/invite/{carl_link}/unsubscribe")).await;
    assert!(confirm.contains("method=\"post\""), "{confirm}");
    let done = t
        .client
        .post(t.url(&format!("/invite/{carl_link}/unsubscribe")))
        .send()
        .await
        .expect("post");
    assert_eq!(done.status().as_u16(), 200);
    let (_, later) = send(
        &t,
        "POST",
        &uploads,
        &t.token,
        json!({"customers": [customer("Carl@example.com", "o-5", "de")]}),
    )
    .await;
    assert_eq!(later["unsubscribed"], 1, "{later}");

    // A day later: only Dora, who did nothing, is reminded; never twice.
    run_jobs(&t, start + 25 * HOUR).await;
    run_jobs(&t, start + 80 * HOUR).await;
    let mails = wait_quietly(&sink, &t.owner_email, 4).await;
    let reminder = &mails[3];
    assert_eq!(reminder.rcpt_to, ["dora@example.com"]);
    assert!(
        reminder
            .subject
            .as_deref()
            .unwrap_or("")
            .starts_with("A reminder")
    );

    let (_, list) = t.get_json_as(&uploads, &t.token).await;
    let state_of = |order: &str| {
        list["invitations"]
            .as_array()
            .and_then(|all| all.iter().find(|i| i["order_ref"] == order))
            .map(|i| i["state"].clone())
    };
    assert_eq!(state_of("o-2"), Some(json!("bounced")));
    assert_eq!(state_of("o-1"), Some(json!("reviewed")));
    assert_eq!(state_of("o-3"), Some(json!("unsubscribed")));

    let (_, figures) = t
        .get_json_as(&format!("{base}/invitations/figures?days=30"), &t.token)
        .await;
    let expected = json!({"uploaded": 5, "sent": 3, "opened": 2, "reminded": 1, "reviewed": 1, "unsubscribed": 2, "bounced": 1});
    for (key, value) in expected.as_object().expect("object") {
        assert_eq!(&figures[key], value, "{key}: {figures}");
    }
    assert_eq!(figures["invited_stars"], json!([0, 1, 0, 0, 0]));
    let propensity = figures["invited_propensity"].as_f64().expect("propensity");
    assert!((propensity - 1.0 / 3.0).abs() < 1e-9, "{figures}");
}

async fn invitation_endpoints_belong_to_their_organisation(store: Store) {
    let (t, _sink) = with_mail(store).await;
    let (_, _, other_token) = org_with_business(&t.app, "other", "other-shop").await;
    let base = format!("/api/v1/staff/businesses/{}", t.slug);
    let upload = json!({"customers": [customer("kari@example.no", "o-1", "nb")]});
    for (method, path, body) in [
        ("GET", format!("{base}/invitations"), Value::Null),
        ("POST", format!("{base}/invitations"), upload.clone()),
        ("GET", format!("{base}/invitations/figures"), Value::Null),
        ("GET", format!("{base}/invitation-settings"), Value::Null),
        (
            "PUT",
            format!("{base}/invitation-settings"),
            json!({"delay_hours": 1, "reminder_hours": 0}),
        ),
    ] {
        let (status, _) = send(&t, method, &path, &other_token, body.clone()).await;
        assert_eq!(status, 404, "{method} {path}");
        let anonymous = TestApp::spawn_client(&t).await;
        let response = anonymous
            .client
            .request(
                reqwest::Method::from_bytes(method.as_bytes()).expect("method"),
                anonymous.url(&path),
            )
            .json(&body)
            .send()
            .await
            .expect("request");
        assert_eq!(response.status().as_u16(), 401, "{method} {path}");
    }
    let (_, list) = t
        .get_json_as(&format!("{base}/invitations"), &t.token)
        .await;
    assert_eq!(list["invitations"].as_array().map(Vec::len), Some(0));
    let (status, _) = t.page("/invite/cnd_inv_0000").await;
    assert_eq!(status, 404);
    let (status, body) = send(
        &t,
        "PUT",
        &format!("{base}/invitation-settings"),
        &t.token,
        json!({"delay_hours": -1, "reminder_hours": 0}),
    )
    .await;
    assert_eq!(
        (status, body["error"]["field"].clone()),
        (422, json!("delay_hours"))
    );
}

async fn the_staff_page_uploads_customers_as_csv(store: Store) {
    let (t, _sink) = with_mail(store).await;
    t.log_in().await;
    let path = format!("/dashboard/b/{}/invitations", t.slug);
    let (status, page) = t.page(&path).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("invitations-upload") && page.contains("name=\"delay_hours\""),
        "{page}"
    );
    let post = |csv: &str| t.client.post(t.url(&path)).form(&[("csv", csv)]).send();
    let bad = "email,order_ref,name\nkari@example.no,o-1,Kari\nnot an address,o-2,<b>Bob</b>\n";
    let response = post(bad).await.expect("post");
    assert_eq!(response.status().as_u16(), 422);
    let text = response.text().await.expect("text");
    assert!(text.contains("row 2"), "{text}");
    assert!(
        !text.contains("<b>Bob</b>") && text.contains("&#60;b&#62;Bob"),
        "the CSV is shown back escaped: {text}"
    );
    let good = "email,order_ref,name,language\nkari@example.no,o-1,<i>Kari</i>,nb\n";
    let response = post(good).await.expect("post");
    assert_eq!(response.status().as_u16(), 200);
    let text = response.text().await.expect("text");
    assert!(
        text.contains("data-state=\"scheduled\"") && text.contains("&#60;i&#62;Kari"),
        "{text}"
    );
}
