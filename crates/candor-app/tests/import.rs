//! Bulk import through the use case: a Google-style export (JSON lines)
//! with analysis deferred to the `import.materialize` job. Until then the
//! reviews wait in the import queue: neither public nor in the moderation
//! queue, but skipped by a second run and covered by a reviewer's export and
//! erasure. Afterwards the good ones are published with their analysis and
//! the spam is rejected (kept, with its reasons).

use std::io::Cursor;

use candor_app::bulk_import::{
    Format, ImportCounts, ImportObserver, ImportOptions, Preset, Records, Reject,
};
use candor_app::{App, AppError, JobState, Jobs, NewStaff, Settings, Store};
use candor_core::{ReviewStatus, Role};
use candor_testkit::both_backends;

both_backends!(
    deferred_google_import_is_screened_before_it_is_public,
    full_import_stores_each_id_once_across_uncommitted_batches,
    a_replier_of_another_organisation_is_refused,
    control_characters_in_a_reply_or_an_id_go_to_the_reject_file,
);

const GOOGLE_EXPORT: &str = r#"{"reviewId":"g-1","reviewer":{"displayName":"Ann Lee"},"starRating":"FIVE","comment":"The delivery was quick and the headphones sound wonderful, thank you.","createTime":"2024-04-01T10:00:00Z","reviewReply":{"comment":"Thank you, Ann!","updateTime":"2024-04-02T09:00:00Z"}}
{"reviewId":"g-2","reviewer":{"displayName":"Jonas"},"starRating":"TWO","comment":"Die Lieferung kam zu spät und der Karton war beschädigt, leider.","createTime":"2024-04-03T10:00:00Z"}
{"reviewId":"g-3","reviewer":{"displayName":"Promo"},"starRating":"FIVE","comment":"Check out my channel http://bit.ly/freeiphone and call +1 555 123 4567 to WIN a free iPhone now!!!","createTime":"2024-04-04T10:00:00Z"}
{"reviewId":"g-4","reviewer":{"displayName":"Nobody"},"starRating":"STAR_RATING_UNSPECIFIED","comment":"x","createTime":"2024-04-05T10:00:00Z"}
{"reviewId": "g-5", broken
"#;

#[derive(Default)]
struct Collect {
    rejects: Vec<Reject>,
    progress_calls: usize,
}

impl ImportObserver for Collect {
    fn rejected(&mut self, reject: &Reject) -> Result<(), AppError> {
        self.rejects.push(reject.clone());
        Ok(())
    }

    fn progress(&mut self, _counts: &ImportCounts) {
        self.progress_calls += 1;
    }
}

async fn shop(app: &App, org: &str, email: &str) -> (candor_store::Business, candor_store::User) {
    let staff = NewStaff {
        email,
        name: "Owner",
        role: Role::Owner,
    };
    let (owner, _) = app.create_owner(org, staff).await.expect("owner");
    let slug = format!("{}-shop", org.to_lowercase().replace(' ', "-"));
    let business = app
        .create_business(org, &slug, "Shop", "")
        .await
        .expect("business");
    (business, owner)
}

fn records() -> Records {
    Records::new(
        Box::new(Cursor::new(GOOGLE_EXPORT.as_bytes().to_vec())),
        Format::JsonLines,
        &[],
    )
    .expect("records")
}

fn options(defer: bool) -> ImportOptions {
    ImportOptions {
        source: "google".into(),
        defer_analysis: defer,
        batch_size: 2,
    }
}

/// Imports `records` as a Google export into `business`, replies posted as
/// `owner`; the counts and what the observer heard.
async fn import_google(
    app: &App,
    business: &candor_store::Business,
    owner: &candor_store::User,
    records: Records,
    defer: bool,
) -> (ImportCounts, Collect) {
    let mut observer = Collect::default();
    let counts = app
        .import_reviews(
            business,
            owner,
            records,
            &Preset::Google.mapping(),
            &options(defer),
            &mut observer,
        )
        .await
        .expect("import");
    (counts, observer)
}

async fn imported(store: &Store, business_id: &str, id: &str) -> candor_store::ReviewWithReply {
    store
        .review_by_external_id(business_id, "google", id)
        .await
        .expect("read")
        .unwrap_or_else(|| panic!("{id} was not imported"))
}

async fn queued_ids(store: &Store) -> Vec<String> {
    store
        .moderation_queue((0, ""), 100)
        .await
        .expect("queue")
        .into_iter()
        .map(|item| item.review.id)
        .collect()
}

async fn deferred_google_import_is_screened_before_it_is_public(store: Store) {
    let app = App::new(store.clone(), Settings::default());
    let (business, owner) = shop(&app, "North", "owner@north.example").await;
    let (counts, observer) = import_google(&app, &business, &owner, records(), true).await;
    assert_eq!((counts.read, counts.imported, counts.rejected), (5, 3, 2));
    let lines: Vec<u64> = observer.rejects.iter().map(|r| r.line).collect();
    assert_eq!(lines, [4, 5]);
    assert!(
        observer.rejects[0].reason.contains("not a star rating"),
        "{:?}",
        observer.rejects
    );
    assert!(
        observer.rejects[1].reason.contains("malformed JSON"),
        "{:?}",
        observer.rejects
    );
    assert!(observer.progress_calls >= 2);

    // Queued as read: nothing stored yet, nothing for moderators.
    assert_eq!(
        store
            .queued_import_count(&business.id)
            .await
            .expect("count"),
        3
    );
    assert!(
        store
            .review_by_external_id(&business.id, "google", "g-1")
            .await
            .expect("read")
            .is_none()
    );
    assert!(
        queued_ids(&store).await.is_empty(),
        "unscreened imports reached the moderators"
    );
    // A second run before the jobs queues the same rows again (the queue
    // has no unique key); the jobs store each once.
    let (again, _) = import_google(&app, &business, &owner, records(), true).await;
    assert_eq!((again.imported, again.skipped), (3, 0));
    assert_eq!(
        store
            .queued_import_count(&business.id)
            .await
            .expect("count"),
        6
    );

    let ran = app
        .run_jobs_once(&Jobs::builtin(), "worker", 10)
        .await
        .expect("jobs");
    assert_eq!(ran, 4, "one job per batch of each run");
    let jobs = store
        .jobs_by_kind(candor_app::bulk_import::IMPORT_MATERIALIZE_JOB)
        .await
        .expect("jobs");
    assert!(
        jobs.iter().all(|job| job.state == JobState::Done),
        "{jobs:?}"
    );
    assert_eq!(
        store
            .queued_import_count(&business.id)
            .await
            .expect("count"),
        0
    );
    let with_reply = imported(&store, &business.id, "g-1").await;
    assert_eq!(with_reply.review.created_at, 1_711_965_600_000);
    assert_eq!(
        with_reply
            .reply
            .as_ref()
            .map(|r| (r.body.as_str(), r.created_at)),
        Some(("Thank you, Ann!", 1_712_048_400_000))
    );
    assert!(candor_app::bulk_import::is_placeholder_email(
        &with_reply.review.author_email
    ));
    let first = with_reply.review;
    let second = imported(&store, &business.id, "g-2").await.review;
    let spam = imported(&store, &business.id, "g-3").await.review;
    assert_eq!(first.status, ReviewStatus::Published);
    assert_eq!(second.status, ReviewStatus::Published);
    assert_eq!(second.language.as_ref().map(|l| l.as_str()), Some("de"));
    // Rejected, and kept with its text and reasons.
    assert_eq!(spam.status, ReviewStatus::Removed);
    assert!(
        spam.status_reason
            .as_deref()
            .is_some_and(|r| r.starts_with("rejected automatically") && r.contains("url_shortener")),
        "{:?}",
        spam.status_reason
    );
    assert!(spam.body.contains("bit.ly"));
    assert!(queued_ids(&store).await.is_empty());
    let ids = vec![first.id.clone(), second.id.clone(), spam.id.clone()];
    assert_eq!(store.analyses(&ids).await.expect("read").len(), 3);
    assert_eq!(store.screenings(&ids).await.expect("read").len(), 3);

    // Running the file again imports nothing and queues nothing.
    let (again, _) = import_google(&app, &business, &owner, records(), true).await;
    assert_eq!((again.imported, again.skipped), (0, 3));
    assert_eq!(
        app.run_jobs_once(&Jobs::builtin(), "worker", 10)
            .await
            .expect("jobs"),
        0
    );
}

/// g-1 again right after itself and two batches later (a batch is one row
/// here), while the batches before may still wait to be written.
const REPEATS: &str = r#"{"reviewId":"g-1","reviewer":{"displayName":"Ann"},"starRating":"FIVE","comment":"First words about the quick delivery.","createTime":"2024-04-01T10:00:00Z"}
{"reviewId":"g-1","reviewer":{"displayName":"Ann"},"starRating":"ONE","comment":"Second words, not imported.","createTime":"2024-04-01T10:00:00Z"}
{"reviewId":"g-3","reviewer":{"displayName":"Promo"},"starRating":"FIVE","comment":"Check out my channel http://bit.ly/freeiphone and call +1 555 123 4567 to WIN a free iPhone now!!!","createTime":"2024-04-04T10:00:00Z"}
{"reviewId":"g-1","reviewer":{"displayName":"Ann"},"starRating":"TWO","comment":"Third words, not imported either.","createTime":"2024-04-01T10:00:00Z"}
{"reviewId":"g-2","reviewer":{"displayName":"Jonas"},"starRating":"FOUR","comment":"Die Lieferung kam schnell, danke.","createTime":"2024-04-03T10:00:00Z"}
"#;

async fn full_import_stores_each_id_once_across_uncommitted_batches(store: Store) {
    let app = App::new(store.clone(), Settings::default());
    let (business, owner) = shop(&app, "Rep", "owner@rep.example").await;
    let records = Records::new(
        Box::new(Cursor::new(REPEATS.as_bytes().to_vec())),
        Format::JsonLines,
        &[],
    )
    .expect("records");
    let mut observer = Collect::default();
    let mut options = options(false);
    options.batch_size = 1;
    let counts = app
        .import_reviews(
            &business,
            &owner,
            records,
            &Preset::Google.mapping(),
            &options,
            &mut observer,
        )
        .await
        .expect("import");
    assert_eq!(
        (counts.read, counts.imported, counts.skipped, counts.held),
        (5, 3, 2, 1)
    );
    let first = imported(&store, &business.id, "g-1").await.review;
    assert_eq!(first.body, "First words about the quick delivery.");
    assert_eq!(first.status, ReviewStatus::Published);
    // The screening's verdict is stored with the review, and its history
    // says who removed it and why.
    let spam = imported(&store, &business.id, "g-3").await.review;
    assert_eq!(spam.status, ReviewStatus::Removed);
    let events = store.status_events(&spam.id).await.expect("events");
    let seen: Vec<(&str, &str, bool)> = events
        .iter()
        .map(|e| {
            (
                e.from_status.as_str(),
                e.to_status.as_str(),
                Some(&e.reason) == spam.status_reason.as_ref(),
            )
        })
        .collect();
    assert_eq!(seen, [("pending", "removed", true)]);
    assert!(
        store
            .status_events(&first.id)
            .await
            .expect("events")
            .is_empty()
    );
}

async fn a_replier_of_another_organisation_is_refused(store: Store) {
    let app = App::new(store.clone(), Settings::default());
    let (business, _) = shop(&app, "North", "owner@north.example").await;
    let (_, stranger) = shop(&app, "South", "owner@south.example").await;
    let refused = app
        .import_reviews(
            &business,
            &stranger,
            records(),
            &Preset::Google.mapping(),
            &options(false),
            &mut Collect::default(),
        )
        .await;
    assert!(
        matches!(refused, Err(AppError::Forbidden(_))),
        "{refused:?}"
    );
    assert!(
        store
            .review_by_external_id(&business.id, "google", "g-1")
            .await
            .expect("read")
            .is_none()
    );
}

async fn control_characters_in_a_reply_or_an_id_go_to_the_reject_file(store: Store) {
    let app = App::new(store.clone(), Settings::default());
    let (business, owner) = shop(&app, "North", "owner@north.example").await;
    let export = concat!(
        r#"{"reviewId":"ok-1","reviewer":{"displayName":"Ann"},"starRating":"FIVE","comment":"Fine shop, quick delivery.","createTime":"2024-04-01T10:00:00Z","reviewReply":{"comment":"  Thanks!  "}}"#,
        "\n",
        r#"{"reviewId":"bad-reply","reviewer":{"displayName":"Bo"},"starRating":"FOUR","comment":"Good.","createTime":"2024-04-02T10:00:00Z","reviewReply":{"comment":"Thanks\u0000!"}}"#,
        "\n",
        r#"{"reviewId":"bad\u0007id","reviewer":{"displayName":"Cy"},"starRating":"FOUR","comment":"Good.","createTime":"2024-04-03T10:00:00Z"}"#,
        "\n",
    );
    for defer in [false, true] {
        let records = Records::new(
            Box::new(Cursor::new(export.as_bytes().to_vec())),
            Format::JsonLines,
            &[],
        )
        .expect("records");
        let (counts, observer) = import_google(&app, &business, &owner, records, defer).await;
        let reasons: Vec<(u64, String)> = observer
            .rejects
            .iter()
            .map(|r| (r.line, r.reason.clone()))
            .collect();
        assert_eq!(counts.rejected, 2, "{reasons:?}");
        assert!(
            reasons[0].0 == 2 && reasons[0].1.starts_with("reply: "),
            "{reasons:?}"
        );
        assert!(
            reasons[1].0 == 3 && reasons[1].1.starts_with("external_id: "),
            "{reasons:?}"
        );
        // The first run stored the good row; the second finds it there.
        assert_eq!(counts.imported + counts.skipped, 1);
    }
    let stored = store
        .review_by_external_id(&business.id, "google", "ok-1")
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(stored.reply.map(|r| r.body).as_deref(), Some("Thanks!"));
}
