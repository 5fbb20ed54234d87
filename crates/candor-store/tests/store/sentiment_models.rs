use candor_core::ReviewStatus;
use candor_store::{SentimentModelRow, Store};
use candor_testkit::both_backends;

use crate::fixtures::{T0, business, review};

both_backends!(
    model_rows_are_saved_replaced_and_loaded,
    training_reviews_come_in_id_pages_of_published_reviews,
);

fn row(scope: &str, language: &str, accuracy: f64, at: i64) -> SentimentModelRow {
    SentimentModelRow {
        scope: scope.into(),
        language: language.into(),
        model_hex: "43414e444f524c4d00ff".into(),
        model_accuracy: accuracy,
        lexicon_accuracy: 0.625,
        use_model: accuracy > 0.625,
        examples: 240,
        trained_at: at,
    }
}

async fn save(store: &Store, rows: &[SentimentModelRow]) {
    let mut tx = store.begin().await.expect("begin");
    for r in rows {
        tx.save_sentiment_model(r).await.expect("save model");
    }
    tx.commit().await.expect("commit");
}

async fn model_rows_are_saved_replaced_and_loaded(store: Store) {
    assert_eq!(
        store.sentiment_models_version().await.expect("version"),
        None
    );
    assert!(store.sentiment_models().await.expect("load").is_empty());
    let (_, shop) = business(&store, "models").await;
    let instance_en = row("", "en", 0.875, T0);
    let shop_de = row(&shop.id, "de", 0.5, T0 + 1);
    save(&store, &[instance_en.clone(), shop_de.clone()]).await;
    assert_eq!(
        store.sentiment_models().await.expect("load"),
        vec![instance_en, shop_de.clone()]
    );
    // Re-training the same scope and language replaces its row, nothing else.
    let retrained = SentimentModelRow {
        model_hex: "00".into(),
        ..row("", "en", 0.5, T0 + 9)
    };
    save(&store, std::slice::from_ref(&retrained)).await;
    assert_eq!(
        store.sentiment_models().await.expect("load"),
        vec![retrained, shop_de]
    );
    assert_eq!(
        store.sentiment_models_version().await.expect("version"),
        Some(T0 + 9)
    );
}

async fn training_reviews_come_in_id_pages_of_published_reviews(store: Store) {
    let (_, shop) = business(&store, "train-a").await;
    let (_, other) = business(&store, "train-b").await;
    let mut published = Vec::new();
    for i in 0..5 {
        published.push(review(&store, &shop, 1 + i, T0 + i).await.id);
    }
    published.push(review(&store, &other, 3, T0).await.id);
    let removed = review(&store, &shop, 2, T0).await;
    let mut tx = store.begin().await.expect("begin");
    tx.set_review_status(&removed, ReviewStatus::Removed, "spam", "test", T0 + 1)
        .await
        .expect("remove");
    tx.commit().await.expect("commit");
    published.sort();

    let mut seen = Vec::new();
    let mut after = String::new();
    loop {
        let page = store.training_reviews(None, &after, 2).await.expect("page");
        assert!(page.len() <= 2);
        let Some(last) = page.last() else { break };
        after = last.id.clone();
        seen.extend(page.into_iter().map(|r| r.id));
    }
    assert_eq!(seen, published, "every published review once, in id order");

    let of_shop = store
        .training_reviews(Some(&shop.id), "", 100)
        .await
        .expect("business page");
    assert_eq!(of_shop.len(), 5);
    assert!(of_shop.iter().all(|r| r.business_id == shop.id));
    let first = &of_shop[0];
    assert_eq!(
        (first.language.as_deref(), first.body.as_str()),
        (Some("en"), "Body text")
    );
    assert!((1..=5).contains(&first.rating));
}
