//! SQLite: what write transactions commit is copied from the log into the
//! database file by the store's own checkpointing, after the commit and
//! off the writer (whose automatic checkpoint is off).

use std::time::{Duration, Instant};

use candor_store::ImportedReview;
use candor_testkit::TestDb;

use crate::fixtures::{BODY_BYTES, T0, business, imported_row};

const REVIEWS: usize = 2_000;

#[tokio::test]
async fn sqlite_commits_reach_the_database_file_without_waiting_for_the_writer() {
    let db = TestDb::sqlite().await;
    let path = db
        .url
        .trim_start_matches("sqlite://")
        .trim_end_matches("?mode=rwc")
        .to_string();
    let (_, business) = business(&db.store, "shop").await;
    let rows: Vec<ImportedReview> = (0..REVIEWS)
        .map(|i| imported_row(&business.id, i))
        .collect();
    let file_size = || std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    let before = file_size();

    let mut tx = db.store.begin().await.expect("begin");
    tx.insert_imported_reviews(&rows, T0).await.expect("insert");
    tx.commit().await.expect("commit");

    // About 4 MB committed: far below the 32 MiB of log after which a
    // connection's own commit would copy it, so only the store's
    // checkpointing can have grown the file.
    let expected_growth = (REVIEWS * BODY_BYTES) as u64;
    let started = Instant::now();
    while file_size() < before + expected_growth && started.elapsed() < Duration::from_secs(20) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        file_size() >= before + expected_growth,
        "the database file grew from {before} to {} bytes only",
        file_size()
    );
    // And the reviews read back, from the file or the log.
    let stored = db
        .store
        .existing_external_ids(
            &business.id,
            "trustpilot",
            &["tp-0".into(), "tp-1999".into()],
        )
        .await
        .expect("look up");
    assert_eq!(stored.len(), 2);
}
