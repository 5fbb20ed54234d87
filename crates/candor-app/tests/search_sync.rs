//! The search index keeps in step with the database: it catches up with
//! writes, survives a restart, and is rebuilt when it belongs to another
//! database.

use candor_app::{App, NewStaff, SearchIndex, Settings, Store};
use candor_core::{ReviewInput, ReviewQuery, Role};
use candor_testkit::TestDb;

async fn app_with_business(store: Store) -> App {
    let app = App::new(store, permissive());
    let staff = NewStaff {
        email: "owner@sync.test",
        name: "Owner",
        role: Role::Owner,
    };
    app.create_owner("sync", staff).await.expect("owner");
    app.create_business("sync", "sync-shop", "Sync shop", "")
        .await
        .expect("business");
    app
}

async fn submit(app: &App, body: &str) {
    let input = ReviewInput {
        rating: Some(4),
        title: String::new(),
        body: body.into(),
        author_name: "Ana".into(),
        author_email: "ana@example.com".into(),
        language: Some("en".into()),
        experienced_on: None,
        testimonial_consent: false,
    };
    app.submit_review("sync-shop", &input, "organic")
        .await
        .expect("submit");
}

async fn hits(app: &App, words: &str) -> usize {
    let business = app.business("sync-shop").await.expect("business");
    let query = ReviewQuery {
        q: Some(words.into()),
        ..ReviewQuery::default()
    };
    app.search_reviews(Some(&business), &query)
        .await
        .expect("search")
        .map_or(0, |found| found.total)
}

#[tokio::test]
async fn the_index_catches_up_survives_restarts_and_rebuilds_for_another_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let first_db = TestDb::sqlite().await;
    let app = app_with_business(first_db.store.clone()).await;
    submit(&app, "The umbrella arrived broken.").await;
    // Reviews written before the index existed are read in on first use.
    let app = app.with_search(SearchIndex::open(dir.path()).expect("index"));
    assert_eq!(hits(&app, "umbrellas").await, 1);
    submit(&app, "A second umbrella, fine this time.").await;
    assert_eq!(
        hits(&app, "umbrella").await,
        2,
        "a write is searchable at once"
    );
    drop(app);

    let reopened = App::new(first_db.store.clone(), permissive())
        .with_search(SearchIndex::open(dir.path()).expect("reopen"));
    assert_eq!(
        hits(&reopened, "umbrella").await,
        2,
        "kept across a restart"
    );
    drop(reopened);

    // The same index directory pointed at another database is rebuilt from it.
    let other_db = TestDb::sqlite().await;
    let other = app_with_business(other_db.store.clone())
        .await
        .with_search(SearchIndex::open(dir.path()).expect("index"));
    submit(&other, "Only a raincoat here.").await;
    assert_eq!(
        hits(&other, "umbrella").await,
        0,
        "no reviews of the first database"
    );
    assert_eq!(hits(&other, "raincoat").await, 1);
    let rebuilt = other.rebuild_search(&|_, _| {}).await.expect("rebuild");
    assert_eq!(rebuilt, 1);
    assert_eq!(hits(&other, "raincoat").await, 1);
}

/// Tests submit many reviews from one address and e-mail in seconds; the
/// limits and behaviour signals have tests of their own.
pub fn permissive() -> Settings {
    Settings {
        rate_limits: candor_app::RateLimits::unlimited(),
        ..Settings::default()
    }
}
