//! What staff see of an import whose analysis waits for the background jobs.

use std::io::Cursor;

use candor_app::bulk_import::{
    Format, ImportCounts, ImportObserver, ImportOptions, Preset, Records, Reject,
};
use candor_app::{AppError, Jobs};
use candor_store::Store;
use candor_testkit::both_backends;

use crate::helpers::TestApp;

both_backends!(the_dashboard_counts_imported_reviews_waiting_for_screening);

const EXPORT: &str = r#"{"reviewId":"g-1","reviewer":{"displayName":"Ann"},"starRating":"FIVE","comment":"Quick delivery and friendly staff.","createTime":"2024-04-01T10:00:00Z"}
{"reviewId":"g-2","reviewer":{"displayName":"Jonas"},"starRating":"TWO","comment":"Die Lieferung kam zu spät.","createTime":"2024-04-03T10:00:00Z"}
"#;

struct Quiet;

impl ImportObserver for Quiet {
    fn rejected(&mut self, reject: &Reject) -> Result<(), AppError> {
        panic!("nothing in the export is bad: {reject:?}");
    }

    fn progress(&mut self, _counts: &ImportCounts) {}
}

async fn the_dashboard_counts_imported_reviews_waiting_for_screening(store: Store) {
    let t = TestApp::spawn(store).await;
    let business = t
        .app
        .store()
        .business_by_slug(&t.slug)
        .await
        .expect("read")
        .expect("business");
    let owner = t.app.user_by_email(&t.owner_email).await.expect("owner");
    let records = Records::new(
        Box::new(Cursor::new(EXPORT.as_bytes().to_vec())),
        Format::JsonLines,
        &[],
    )
    .expect("records");
    let options = ImportOptions {
        source: "google".into(),
        defer_analysis: true,
        batch_size: 100,
    };
    let counts = t
        .app
        .import_reviews(
            &business,
            &owner,
            records,
            &Preset::Google.mapping(),
            &options,
            &mut Quiet,
        )
        .await
        .expect("import");
    assert_eq!(counts.imported, 2);
    t.log_in().await;
    let (status, html) = t.page("/dashboard").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("2 imported reviews wait for their screening."),
        "{html}"
    );
    t.app
        .run_jobs_once(&Jobs::builtin(), "worker", 10)
        .await
        .expect("jobs");
    let (_, html) = t.page("/dashboard").await;
    assert!(!html.contains("wait for their screening"), "{html}");
}
