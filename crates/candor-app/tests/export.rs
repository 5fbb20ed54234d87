//! Exports and a reviewer's rights: a business's export holds its reviews
//! with versions and replies but no reviewer address; a reviewer's export
//! spans businesses; erasure anonymises or takes down, and is complete.

use std::io::Cursor;

use candor_app::bulk_import::{
    Format, ImportCounts, ImportObserver, ImportOptions, Mapping, Records, Reject,
};
use candor_app::{App, AppError, NewStaff, Settings, Store};
use candor_core::{ReviewStatus, Role};
use candor_store::ErasePolicy;
use candor_testkit::both_backends;

both_backends!(
    a_business_export_has_every_review_and_no_reviewer_address,
    a_reviewer_is_exported_across_businesses_and_erased,
    a_queued_import_is_exported_and_erased_before_it_is_stored,
);

struct Quiet;

impl ImportObserver for Quiet {
    fn rejected(&mut self, reject: &Reject) -> Result<(), AppError> {
        panic!("unexpected reject: {reject:?}");
    }

    fn progress(&mut self, _counts: &ImportCounts) {}
}

const MAPPING: &str = r#"{"external_id": "id", "rating": "stars", "body": "text",
    "author_name": "name", "author_email": "email", "written_at": "date", "reply": "reply"}"#;

/// Two businesses of one organisation, each with reviews by Ann and others.
async fn setup(app: &App) -> (candor_store::Business, candor_store::Business) {
    setup_with(app, false).await
}

/// [`setup`], the analysis deferred (`defer`: the reviews wait in the
/// import queue until the jobs run).
async fn setup_with(app: &App, defer: bool) -> (candor_store::Business, candor_store::Business) {
    let staff = NewStaff {
        email: "owner@org.example",
        name: "Owner",
        role: Role::Owner,
    };
    let (owner, _) = app.create_owner("Org", staff).await.expect("owner");
    let mut businesses = Vec::new();
    for slug in ["north", "south"] {
        let business = app
            .create_business("Org", slug, slug, "")
            .await
            .expect("business");
        let csv = format!(
            "id,stars,text,name,email,date,reply\n\
             {slug}-1,5,\"Quick delivery and friendly staff, I am happy with {slug}.\",Ann,ann@example.com,2024-01-02,Thanks Ann\n\
             {slug}-2,2,\"=HYPERLINK(\"\"http://x\"\") The parcel arrived late and damaged.\",Bob,bob@example.com,2024-01-03,\n"
        );
        let records = Records::new(Box::new(Cursor::new(csv.into_bytes())), Format::Csv, &[])
            .expect("records");
        let options = ImportOptions {
            source: "shop".into(),
            defer_analysis: defer,
            batch_size: 100,
        };
        let mapping = Mapping::from_json(MAPPING).expect("mapping");
        app.import_reviews(&business, &owner, records, &mapping, &options, &mut Quiet)
            .await
            .expect("import");
        businesses.push(business);
    }
    let south = businesses.pop().expect("south");
    let north = businesses.pop().expect("north");
    (north, south)
}

async fn a_business_export_has_every_review_and_no_reviewer_address(store: Store) {
    let app = App::new(store.clone(), Settings::default());
    let (north, _) = setup(&app).await;
    let mut jsonl = Vec::new();
    let mut csv = csv::Writer::from_writer(Vec::new());
    let count = app
        .export_reviews(&north, &mut jsonl, &mut csv)
        .await
        .expect("export");
    assert_eq!(count, 2);
    let text = String::from_utf8(jsonl).expect("utf-8");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["external_id"], "north-1");
    assert_eq!(lines[0]["revisions"].as_array().map(Vec::len), Some(1));
    assert_eq!(lines[0]["reply"]["body"], "Thanks Ann");
    assert_eq!(
        lines[1]["body"]
            .as_str()
            .map(|b| b.starts_with("=HYPERLINK")),
        Some(true)
    );
    assert!(
        !text.contains("@example.com"),
        "a reviewer's address leaked: {text}"
    );
    let csv_out = csv.into_inner().map_err(|e| e.to_string()).expect("csv");
    let csv_text = String::from_utf8(csv_out).expect("utf-8");
    assert_eq!(csv_text.lines().count(), 3, "{csv_text}");
    assert!(
        csv_text.contains("\"'=HYPERLINK("),
        "formula not made inert: {csv_text}"
    );
    assert!(!csv_text.contains("@example.com"));
}

async fn a_reviewer_is_exported_across_businesses_and_erased(store: Store) {
    let app = App::new(store.clone(), Settings::default());
    let (north, south) = setup(&app).await;
    let export = app
        .export_reviewer("ANN@example.com")
        .await
        .expect("export");
    let businesses: Vec<&str> = export.reviews.iter().map(|r| r.business.as_str()).collect();
    assert_eq!(businesses, ["north", "south"]);
    assert!(export.reviews.iter().all(|r| r.author_name == "Ann"));

    assert_eq!(
        app.erase_reviewer("ann@example.com", ErasePolicy::Anonymise)
            .await
            .expect("erase"),
        2
    );
    let kept = store
        .review_by_external_id(&north.id, "shop", "north-1")
        .await
        .expect("read")
        .expect("still there")
        .review;
    assert_eq!(kept.status, ReviewStatus::Published);
    assert_eq!(kept.author_name, "Anonymous");
    assert!(kept.body.starts_with("Quick delivery"));
    assert!(!kept.author_email.contains("ann"));
    let revisions = store.review_revisions(&kept.id).await.expect("revisions");
    assert!(revisions.iter().all(|r| r.author_name == "Anonymous"));
    assert!(
        app.export_reviewer("ann@example.com")
            .await
            .expect("export")
            .reviews
            .is_empty()
    );

    assert_eq!(
        app.erase_reviewer("bob@example.com", ErasePolicy::Delete)
            .await
            .expect("erase"),
        2
    );
    let gone = store
        .review_by_external_id(&south.id, "shop", "south-2")
        .await
        .expect("read")
        .expect("row kept")
        .review;
    assert_eq!(gone.status, ReviewStatus::Removed);
    assert_eq!((gone.title.as_str(), gone.body.as_str()), ("", ""));
    assert!(
        store
            .analyses(std::slice::from_ref(&gone.id))
            .await
            .expect("read")
            .is_empty()
    );
    let revisions = store.review_revisions(&gone.id).await.expect("revisions");
    assert!(revisions.iter().all(|r| r.body.is_empty()));

    let bad = app
        .erase_reviewer("not an address", ErasePolicy::Delete)
        .await;
    assert!(matches!(bad, Err(AppError::Invalid(_))), "{bad:?}");
}

async fn a_queued_import_is_exported_and_erased_before_it_is_stored(store: Store) {
    let app = App::new(store.clone(), Settings::default());
    let (north, _) = setup_with(&app, true).await;
    let export = app
        .export_reviewer("ann@example.com")
        .await
        .expect("export");
    assert!(export.reviews.is_empty(), "nothing is stored yet");
    let queued: Vec<&str> = export
        .queued_imports
        .iter()
        .filter_map(|q| q["external_id"].as_str())
        .collect();
    assert_eq!(queued, ["north-1", "south-1"]);
    assert_eq!(export.queued_imports[0]["reply"], "Thanks Ann");

    let erased = app
        .erase_reviewer("ann@example.com", ErasePolicy::Delete)
        .await
        .expect("erase");
    assert_eq!(erased, 2);
    let after = app
        .export_reviewer("ann@example.com")
        .await
        .expect("export");
    assert!(after.queued_imports.is_empty() && after.reviews.is_empty());

    let ran = app
        .run_jobs_once(&candor_app::Jobs::builtin(), "worker", 10)
        .await
        .expect("jobs");
    assert_eq!(ran, 2, "one job per business's batch");
    let ann = store
        .review_by_external_id(&north.id, "shop", "north-1")
        .await
        .expect("read")
        .expect("stored")
        .review;
    assert_eq!(ann.status, ReviewStatus::Removed);
    assert_eq!((ann.title.as_str(), ann.body.as_str()), ("", ""));
    assert_eq!(ann.author_name, candor_store::ERASED_NAME);
    assert!(
        ann.author_email.ends_with("@erased.invalid"),
        "{}",
        ann.author_email
    );
    let bob = store
        .review_by_external_id(&north.id, "shop", "north-2")
        .await
        .expect("read")
        .expect("stored")
        .review;
    assert_eq!(bob.author_name, "Bob");
    assert!(bob.body.contains("arrived late"));
}
