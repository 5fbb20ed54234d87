use candor_store::Store;
use candor_testkit::both_backends;

use crate::helpers::TestApp;

both_backends!(
    user_text_is_escaped_everywhere,
    the_page_shows_every_star_and_both_sides,
    the_form_reports_problems_and_stores_nothing,
    the_locale_follows_the_visitor,
    staff_log_in_with_a_safe_cookie_and_reply,
);

const PAYLOAD: &str = "<script>alert(1)</script><img src=x onerror=alert(2)> & \"q\"";

async fn user_text_is_escaped_everywhere(store: Store) {
    let t = TestApp::spawn(store).await;
    let mut body = crate::helpers::review_body(1, PAYLOAD);
    body["title"] = serde_json::json!(PAYLOAD);
    body["author_name"] = serde_json::json!(PAYLOAD);
    let created: serde_json::Value = t
        .post_review(&t.slug, body)
        .await
        .json()
        .await
        .expect("json");
    let id = created["id"].as_str().expect("id");
    for path in ["/b/acme-shop".to_string(), format!("/r/{id}")] {
        let (status, html) = t.page(&path).await;
        assert_eq!(status, 200);
        assert!(!html.contains("<script>alert"), "{path}: raw script tag");
        assert!(!html.contains("<img src=x"), "{path}: raw img tag");
        assert!(
            html.contains("&#60;script&#62;alert(1)&#60;/script&#62;"),
            "{path}: escaped text shown"
        );
    }
    let (_, html) = t.page("/b/acme-shop").await;
    let json_ld = html
        .split("application/ld+json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("json-ld");
    assert!(
        !json_ld.contains('<'),
        "JSON-LD cannot close its script element"
    );
    let data: serde_json::Value = serde_json::from_str(json_ld).expect("JSON-LD parses");
    assert_eq!(data["review"][0]["reviewBody"], PAYLOAD);
    assert_eq!(data["aggregateRating"]["reviewCount"], 1);
}

async fn the_page_shows_every_star_and_both_sides(store: Store) {
    let t = TestApp::spawn(store).await;
    for rating in [5, 5, 5, 4, 1, 1] {
        t.review(rating, &format!("Rated {rating}")).await;
    }
    let (_, html) = t.page("/b/acme-shop").await;
    for (stars, count) in [(5, 3), (4, 1), (3, 0), (2, 0), (1, 2)] {
        let row = format!("data-stars=\"{stars}\" data-count=\"{count}\"");
        assert!(html.contains(&row), "distribution row {row}");
    }
    assert!(
        html.contains("width: 50%") && html.contains("width: 33%") && html.contains("width: 17%")
    );
    assert!(
        html.contains("Most helpful critical review")
            && html.contains("Most helpful positive review")
    );
    assert_eq!(
        html.matches("class=\"review\"").count(),
        6 + 2,
        "six listed plus two spotlights"
    );
    let (_, filtered) = t.page("/b/acme-shop?stars=1&sort=helpful").await;
    assert_eq!(
        filtered.matches("data-rating=\"1\"").count(),
        2 + 1,
        "two listed plus the critical spotlight"
    );
    let (_, explained) = t.page("/b/acme-shop/score").await;
    assert!(
        explained.contains("(7 × 3.5 + 21.00) ÷ (7 + 6.00) = 3.50"),
        "{explained}"
    );
}

async fn the_form_reports_problems_and_stores_nothing(store: Store) {
    let t = TestApp::spawn(store).await;
    let form = [
        ("rating", "9"),
        ("title", "T"),
        ("body", "Text"),
        ("author_name", "A"),
        ("author_email", "a@b.c"),
    ];
    let response = t
        .client
        .post(t.url("/b/acme-shop/reviews"))
        .form(&form)
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 422);
    let html = response.text().await.expect("text");
    assert!(html.contains("class=\"form-error\"") && html.contains("value=\"T\""));
    assert_eq!(t.count().await, 0);
    let good = [
        ("rating", "2"),
        ("title", "T"),
        ("body", "Text"),
        ("author_name", "A"),
        ("author_email", "a@b.c"),
        ("language", ""),
        ("experienced_on", ""),
    ];
    let response = t
        .client
        .post(t.url("/b/acme-shop/reviews"))
        .form(&good)
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 201);
    let html = response.text().await.expect("text");
    let link = html
        .split("id=\"edit-link\" href=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("edit link");
    let (status, edit) = t.page(&link.replace("&amp;", "&")).await;
    assert_eq!(status, 200);
    assert!(edit.contains("name=\"token\""));
    assert_eq!(t.count().await, 1);
}

async fn the_locale_follows_the_visitor(store: Store) {
    let t = TestApp::spawn(store).await;
    let german = t
        .client
        .get(t.url("/b/acme-shop"))
        .header("accept-language", "de-DE,de;q=0.9")
        .send()
        .await
        .expect("page");
    let html = german.text().await.expect("text");
    assert!(html.contains("lang=\"de\"") && html.contains("Bewertung schreiben"));
    let chosen = t
        .client
        .get(t.url("/b/acme-shop?locale=ru"))
        .send()
        .await
        .expect("page");
    assert!(
        chosen
            .headers()
            .get_all("set-cookie")
            .iter()
            .any(|c| c.to_str().is_ok_and(|c| c.starts_with("candor_locale=ru")))
    );
    let (_, html) = t.page("/").await;
    assert!(html.contains("lang=\"ru\""), "the choice is remembered");
}

async fn staff_log_in_with_a_safe_cookie_and_reply(store: Store) {
    let t = TestApp::spawn(store).await;
    let (id, _) = t.review(1, "Rude staff.").await;
    let wrong = t
        .client
        .post(t.url("/login"))
        .form(&[("email", t.owner_email.as_str()), ("password", "nope")])
        .send()
        .await
        .expect("login");
    assert_eq!(wrong.status(), 401);
    let login = t
        .client
        .post(t.url("/login"))
        .form(&[
            ("email", t.owner_email.as_str()),
            ("password", t.owner_password.as_str()),
        ])
        .send()
        .await
        .expect("login");
    assert_eq!(login.status(), 303);
    let cookie = login
        .headers()
        .get("set-cookie")
        .and_then(|c| c.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert!(
        cookie.starts_with("candor_session=")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
    );
    let (status, dashboard) = t.page("/dashboard/b/acme-shop?replied=no").await;
    assert_eq!(status, 200);
    assert!(dashboard.contains("Rude staff."));
    let cross_site = t
        .client
        .post(t.url(&format!("/dashboard/reviews/{id}/reply")))
        .header("origin", "https://evil.example")
        .form(&[("body", "forged")])
        .send()
        .await
        .expect("post");
    assert_eq!(cross_site.status(), 403);
    let reply = t
        .client
        .post(t.url(&format!("/dashboard/reviews/{id}/reply")))
        .form(&[("body", "Sorry & thanks")])
        .send()
        .await
        .expect("post");
    assert_eq!(reply.status(), 303);
    let (_, public) = t.page("/b/acme-shop").await;
    assert!(public.contains("Sorry &#38; thanks") && !public.contains("forged"));
    t.client
        .post(t.url("/logout"))
        .send()
        .await
        .expect("logout");
    let after = t
        .client
        .get(t.url("/dashboard"))
        .send()
        .await
        .expect("page");
    assert_eq!(after.status(), 303);
}
