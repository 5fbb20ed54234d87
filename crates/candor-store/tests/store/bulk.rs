//! Bulk transactions (`Store::begin_bulk`): on SQLite they run without
//! foreign-key checks, so the bulk inserts check what their rows point to
//! outside the batch, and the writer checks again afterwards.

use candor_store::{ImportedReply, ReviewScreening, Store};
use candor_testkit::{TestDb, both_backends};

use crate::fixtures::{T0, business, imported_row};

both_backends!(
    a_bulk_insert_refuses_a_business_that_does_not_exist,
    a_bulk_insert_refuses_a_replier_who_does_not_exist,
);

async fn a_bulk_insert_refuses_a_business_that_does_not_exist(store: Store) {
    let (_, business) = business(&store, "shop").await;
    let rows = vec![
        imported_row(&business.id, 0),
        imported_row("no-such-business", 1),
    ];
    let mut tx = store.begin_bulk().await.expect("begin");
    let refused = tx.insert_imported_reviews(&rows, T0).await;
    assert!(refused.is_err(), "stored reviews of a missing business");
    drop(tx);
    let stored = store
        .existing_external_ids(&business.id, "trustpilot", &["tp-0".into()])
        .await
        .expect("look up");
    assert!(stored.is_empty(), "half a batch stored: {stored:?}");
}

async fn a_bulk_insert_refuses_a_replier_who_does_not_exist(store: Store) {
    let (_, business) = business(&store, "shop").await;
    let mut row = imported_row(&business.id, 0);
    row.has_reply = true;
    let reply = ImportedReply {
        review_id: row.id.clone(),
        business_id: business.id.clone(),
        author_user_id: "no-such-user".into(),
        body: "Thank you.".into(),
        at: T0,
    };
    let mut tx = store.begin_bulk().await.expect("begin");
    tx.insert_imported_reviews(&[row], T0)
        .await
        .expect("review");
    let refused = tx.insert_imported_replies(&[reply]).await;
    assert!(refused.is_err(), "stored a reply by a missing user");
}

#[tokio::test]
async fn sqlite_checks_foreign_keys_again_after_a_bulk_transaction() {
    let db = TestDb::sqlite().await;
    let (_, business) = business(&db.store, "shop").await;
    let mut tx = db.store.begin_bulk().await.expect("begin bulk");
    tx.insert_imported_reviews(&[imported_row(&business.id, 0)], T0)
        .await
        .expect("insert");
    tx.commit().await.expect("commit");

    let orphan = ReviewScreening {
        review_id: "no-such-review".into(),
        revision: 1,
        spam_score: 0.0,
        reasons: "[]".into(),
        decision: "publish".into(),
        screened_at: T0,
    };
    let mut tx = db.store.begin().await.expect("begin");
    let refused = tx.insert_screenings(&business.id, &[orphan]).await;
    assert!(
        refused.is_err(),
        "a screening of a missing review was stored after a bulk transaction"
    );
}
