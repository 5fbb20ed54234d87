use candor_app::{App, NewStaff, SearchIndex, Settings};
use candor_core::Role;
use candor_store::Store;
use serde_json::{Value, json};

/// A running Candor on a free port, with one organisation and business.
pub struct TestApp {
    pub base: String,
    pub app: App,
    pub client: reqwest::Client,
    pub owner_email: String,
    pub owner_password: String,
    pub token: String,
    pub slug: String,
}

impl TestApp {
    pub async fn spawn(store: Store) -> Self {
        Self::spawn_with(store, permissive()).await
    }

    pub async fn spawn_with(store: Store, settings: Settings) -> Self {
        Self::spawn_app(App::new(store, settings)).await
    }

    /// Serves `app` (with an in-memory search index added).
    pub async fn spawn_app(app: App) -> Self {
        let index = SearchIndex::in_memory().expect("search index");
        let app = app.with_search(index);
        let router = candor_web::router(app.clone(), Default::default()).expect("router");
        let server = candor_web::Server::bind("127.0.0.1:0", router)
            .await
            .expect("bind");
        let base = format!("http://{}", server.local_addr().expect("addr"));
        tokio::spawn(server.run(std::future::pending()));
        let (owner_email, owner_password, token) =
            org_with_business(&app, "acme", "acme-shop").await;
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Self {
            base,
            app,
            client,
            owner_email,
            owner_password,
            token,
            slug: "acme-shop".into(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn post_review(&self, slug: &str, body: Value) -> reqwest::Response {
        self.client
            .post(self.url(&format!("/api/v1/businesses/{slug}/reviews")))
            .json(&body)
            .send()
            .await
            .expect("request")
    }

    /// Submits a valid review and returns its id and edit token.
    pub async fn review(&self, rating: i64, body: &str) -> (String, String) {
        let response = self
            .post_review(&self.slug, review_body(rating, body))
            .await;
        assert_eq!(response.status(), 201);
        let json: Value = response.json().await.expect("json");
        (
            json["id"].as_str().expect("id").into(),
            json["edit_token"].as_str().expect("token").into(),
        )
    }

    pub async fn get_json(&self, path: &str) -> (u16, Value) {
        let response = self
            .client
            .get(self.url(path))
            .send()
            .await
            .expect("request");
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    pub async fn get_json_as(&self, path: &str, token: &str) -> (u16, Value) {
        let response = self
            .client
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .expect("request");
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// GETs a page with this client (and its cookies): status and HTML.
    pub async fn page(&self, path: &str) -> (u16, String) {
        let response = self.client.get(self.url(path)).send().await.expect("page");
        let status = response.status().as_u16();
        (status, response.text().await.expect("text"))
    }

    /// Logs this client in as the owner (session cookie kept).
    pub async fn log_in(&self) {
        self.log_in_as(&self.owner_email, &self.owner_password)
            .await;
    }

    pub async fn log_in_as(&self, email: &str, password: &str) {
        let login = self
            .client
            .post(self.url("/login"))
            .form(&[("email", email), ("password", password)])
            .send()
            .await
            .expect("login");
        assert_eq!(login.status(), 303);
    }

    /// Another browser on the same server: its own cookie jar.
    pub async fn spawn_client(other: &TestApp) -> TestApp {
        TestApp {
            base: other.base.clone(),
            app: other.app.clone(),
            client: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client"),
            owner_email: other.owner_email.clone(),
            owner_password: other.owner_password.clone(),
            token: other.token.clone(),
            slug: other.slug.clone(),
        }
    }

    pub async fn count(&self) -> u64 {
        let (_, business) = self
            .get_json(&format!("/api/v1/businesses/{}", self.slug))
            .await;
        business["count"].as_u64().expect("count")
    }
}

pub fn review_body(rating: i64, body: &str) -> Value {
    json!({
        "rating": rating,
        "title": "A title",
        "body": body,
        "author_name": "Ingrid",
        "author_email": "ingrid@example.no",
        "language": "nb",
    })
}

/// Creates an organisation with an owner, a business and an API token.
pub async fn org_with_business(app: &App, org: &str, slug: &str) -> (String, String, String) {
    let email = format!("owner@{org}.test");
    let staff = NewStaff {
        email: &email,
        name: "Owner",
        role: Role::Owner,
    };
    let (user, password) = app.create_owner(org, staff).await.expect("owner");
    app.create_business(org, slug, &format!("{org} shop"), "")
        .await
        .expect("business");
    let (_, token) = app.create_api_token(&user, "tests").await.expect("token");
    (email, password, token)
}

/// Tests submit many reviews from one address and e-mail in seconds; the
/// limits and behaviour signals have tests of their own.
pub fn permissive() -> Settings {
    Settings {
        rate_limits: candor_app::RateLimits::unlimited(),
        ..Settings::default()
    }
}
