//! The import queue's storage: a batch goes in as encoded for the backend
//! (JSON on SQLite, `COPY` text on PostgreSQL) and reads back unchanged,
//! text needing escapes included; repeats within a batch and reviews
//! stored already are left out.

use candor_store::{Business, NewJob, QueueBatch, QueuedImport, Store};
use candor_testkit::both_backends;

use crate::fixtures::{T0, business};

both_backends!(
    a_queued_batch_reads_back_unchanged,
    a_batch_leaves_out_repeats_and_what_is_stored,
);

fn queued(business: &Business, external_id: &str, body: &str) -> QueuedImport {
    QueuedImport {
        business_id: business.id.clone(),
        source: "trustpilot".into(),
        external_id: external_id.into(),
        rating: 4,
        title: "Tab\there, back\\slash".into(),
        body: body.into(),
        author_name: "Ann \\N Other".into(),
        author_email: "ann@example.com".into(),
        language: Some("en".into()),
        experienced_on: None,
        written_at: T0,
        reply: Some(("Thanks,\r\nthe team".into(), T0 + 1)),
        erase_policy: None,
    }
}

async fn append(store: &Store, business: &Business, batch: &QueueBatch) -> u64 {
    let mut writer = store
        .queue_writer(&business.id, "trustpilot")
        .await
        .expect("writer");
    let job = NewJob::new("import.materialize", "{}", T0);
    let added = writer.append(batch, &job, T0).await.expect("append");
    writer.finish().await.expect("finish");
    added
}

async fn a_queued_batch_reads_back_unchanged(store: Store) {
    let (_, business) = business(&store, "north").await;
    let mut plain = queued(&business, "tp-2", "Plain text.");
    plain.reply = None;
    plain.language = None;
    plain.experienced_on = Some("2024-03-01".into());
    let rows = vec![
        queued(&business, "tp-1", "Line one\nline two\\n\ttabbed \\ done"),
        plain,
    ];
    let batch =
        QueueBatch::encode(&business.id, "trustpilot", &rows, store.backend(), T0).expect("encode");
    assert_eq!(append(&store, &business, &batch).await, 2);
    let mut back = store.queued_batch(batch.id()).await.expect("read");
    back.sort_by(|a, b| a.external_id.cmp(&b.external_id));
    assert_eq!(back, rows);
    assert_eq!(
        store
            .queued_import_count(&business.id)
            .await
            .expect("count"),
        2
    );
}

async fn a_batch_leaves_out_repeats_and_what_is_stored(store: Store) {
    let (_, business) = business(&store, "north").await;
    let first = vec![queued(&business, "tp-1", "Stored first.")];
    let batch = QueueBatch::encode(&business.id, "trustpilot", &first, store.backend(), T0)
        .expect("encode");
    append(&store, &business, &batch).await;
    let mut tx = store.begin().await.expect("begin");
    let removed = tx.dequeue_batch(batch.id()).await.expect("dequeue");
    assert_eq!(removed.len(), 1);
    tx.commit().await.expect("commit");
    crate::fixtures::imported_review(&store, &business, "trustpilot", "tp-1").await;

    let rows = vec![
        queued(&business, "tp-1", "Stored already."),
        queued(&business, "tp-2", "New."),
        queued(&business, "tp-2", "A repeat in the batch."),
    ];
    let batch =
        QueueBatch::encode(&business.id, "trustpilot", &rows, store.backend(), T0).expect("encode");
    assert_eq!((batch.offered(), batch.len()), (3, 2));
    assert_eq!(append(&store, &business, &batch).await, 1);
    let back = store.queued_batch(batch.id()).await.expect("read");
    assert_eq!(back.len(), 1);
    assert_eq!(
        (back[0].external_id.as_str(), back[0].body.as_str()),
        ("tp-2", "New.")
    );
}
