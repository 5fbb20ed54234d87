use candor_core::{Rating, ReviewFilter, ReviewSort, ReviewStatus};
use candor_store::{ReviewCursor, Store};
use candor_testkit::both_backends;

use crate::fixtures::{T0, business, draft, review};

both_backends!(
    revisions_keep_every_version,
    pages_follow_the_cursor_without_gaps,
    helpful_order_crosses_from_voted_to_unvoted_reviews,
    filters_select_stars_language_and_replies,
    votes_count_once_per_visitor,
    replies_keep_history,
    buckets_count_published_reviews_by_age,
    removal_keeps_the_text_and_the_reason,
);

async fn revisions_keep_every_version(store: Store) {
    let (_, shop) = business(&store, "rev").await;
    let original = review(&store, &shop, 2, T0).await;
    let first = store
        .review_revisions(&original.id)
        .await
        .expect("revisions");
    assert_eq!(
        first
            .iter()
            .map(|r| (r.revision, r.created_at))
            .collect::<Vec<_>>(),
        vec![(1, T0)],
        "a review never edited has its one version"
    );
    let mut tx = store.begin().await.expect("begin");
    let edited = tx
        .revise_review(&original, &draft(4, "Better now", Some("de")), T0 + 5)
        .await
        .expect("revise");
    let again = tx
        .revise_review(&edited, &draft(5, "Best", None), T0 + 9)
        .await
        .expect("revise again");
    tx.commit().await.expect("commit");
    assert_eq!(
        (edited.revision, edited.rating.get(), edited.body.as_str()),
        (2, 4, "Better now")
    );
    assert!(edited.is_edited());
    assert_eq!((again.revision, again.rating.get()), (3, 5));
    let revisions = store
        .review_revisions(&original.id)
        .await
        .expect("revisions");
    let versions: Vec<_> = revisions
        .iter()
        .map(|r| (r.revision, r.rating.get(), r.body.as_str(), r.created_at))
        .collect();
    assert_eq!(
        versions,
        vec![
            (1, 2, "Body text", T0),
            (2, 4, "Better now", T0 + 5),
            (3, 5, "Best", T0 + 9)
        ]
    );
}

async fn pages_follow_the_cursor_without_gaps(store: Store) {
    let (_, shop) = business(&store, "pages").await;
    let mut ids = Vec::new();
    for i in 0..7 {
        // Two reviews share each timestamp, so the id breaks ties.
        ids.push(review(&store, &shop, 1 + i % 5, T0 + i / 2).await.id);
    }
    for sort in [ReviewSort::Newest, ReviewSort::Helpful] {
        let mut got = all_pages(&store, &shop.id, sort).await;
        got.sort();
        let mut expected = ids.clone();
        expected.sort();
        assert_eq!(got, expected, "{sort:?}: every review exactly once");
    }
}

/// Every page of `sort` for the business, three reviews a page, as ids.
async fn all_pages(store: &Store, business_id: &str, sort: ReviewSort) -> Vec<String> {
    let filter = ReviewFilter {
        sort,
        ..Default::default()
    };
    let mut seen = Vec::new();
    let mut cursor: Option<ReviewCursor> = None;
    loop {
        let page = store
            .list_reviews(business_id, &filter, cursor.as_ref(), 3, false)
            .await
            .expect("page");
        seen.extend(page.items.iter().map(|i| i.review.id.clone()));
        let Some(next) = page.next_cursor else {
            return seen;
        };
        cursor = Some(ReviewCursor::parse(&next.encode(), sort).expect("round trip"));
    }
}

async fn helpful_order_crosses_from_voted_to_unvoted_reviews(store: Store) {
    let (_, shop) = business(&store, "helpful").await;
    let mut ids = Vec::new();
    for i in 0..8 {
        ids.push(review(&store, &shop, 4, T0 + i).await.id);
    }
    // Votes: review 2 gets two, reviews 5 and 0 one each.
    let mut tx = store.begin().await.expect("begin");
    for (index, voter) in [(2, "a"), (2, "b"), (5, "a"), (0, "c")] {
        let voted = tx
            .add_helpful_vote(&ids[index], &shop.id, voter, T0 + 100)
            .await
            .expect("vote");
        assert!(voted, "a first vote of {voter} for review {index}");
    }
    tx.commit().await.expect("commit");
    let order = [2, 5, 0, 7, 6, 4, 3, 1];
    let expected: Vec<String> = order.iter().map(|&i| ids[i].clone()).collect();
    assert_eq!(
        all_pages(&store, &shop.id, ReviewSort::Helpful).await,
        expected,
        "most votes first, then newest; pages of three cross from voted to unvoted"
    );
    let newest: Vec<String> = ids.iter().rev().cloned().collect();
    assert_eq!(
        all_pages(&store, &shop.id, ReviewSort::Newest).await,
        newest
    );
}

async fn filters_select_stars_language_and_replies(store: Store) {
    let (owner, shop) = business(&store, "filters").await;
    let one = review(&store, &shop, 1, T0).await;
    review(&store, &shop, 5, T0 + 1).await;
    let mut tx = store.begin().await.expect("begin");
    let german = tx
        .insert_review(
            candor_store::NewReview {
                business_id: &shop.id,
                draft: &draft(1, "Schlecht", Some("de")),
                status: ReviewStatus::Published,
                source: "organic",
                edit_token_hash: "h",
            },
            T0 + 2,
        )
        .await
        .expect("insert");
    tx.upsert_reply(&one.id, &shop.id, &owner.id, "Sorry", T0 + 3)
        .await
        .expect("reply");
    tx.commit().await.expect("commit");

    let ones = |language: Option<&str>, replied| ReviewFilter {
        stars: vec![Rating::try_from(1).expect("1")],
        language: language.map(|l| candor_core::Language::parse(l).expect("lang")),
        replied,
        sort: ReviewSort::Newest,
    };
    let ids = |page: candor_store::ReviewPage| -> Vec<String> {
        page.items.into_iter().map(|i| i.review.id).collect()
    };
    let all_ones = store
        .list_reviews(&shop.id, &ones(None, None), None, 10, false)
        .await
        .expect("list");
    assert_eq!(ids(all_ones), vec![german.id.clone(), one.id.clone()]);
    let de = store
        .list_reviews(&shop.id, &ones(Some("de"), None), None, 10, false)
        .await
        .expect("list");
    assert_eq!(ids(de), vec![german.id.clone()]);
    let answered = store
        .list_reviews(&shop.id, &ones(None, Some(true)), None, 10, false)
        .await
        .expect("list");
    assert_eq!(ids(answered), vec![one.id.clone()]);
    let unanswered = store
        .list_reviews(&shop.id, &ones(None, Some(false)), None, 10, false)
        .await
        .expect("list");
    assert_eq!(ids(unanswered), vec![german.id]);
}

async fn votes_count_once_per_visitor(store: Store) {
    let (_, shop) = business(&store, "votes").await;
    let critical = review(&store, &shop, 2, T0).await;
    review(&store, &shop, 3, T0 + 1).await;
    let mut tx = store.begin().await.expect("begin");
    assert!(
        tx.add_helpful_vote(&critical.id, &shop.id, "v1", T0)
            .await
            .expect("vote")
    );
    assert!(
        !tx.add_helpful_vote(&critical.id, &shop.id, "v1", T0)
            .await
            .expect("vote")
    );
    assert!(
        tx.add_helpful_vote(&critical.id, &shop.id, "v2", T0)
            .await
            .expect("vote")
    );
    tx.commit().await.expect("commit");
    let spot = store
        .spotlight(&shop.id, true)
        .await
        .expect("spotlight")
        .expect("some");
    assert_eq!(
        (spot.review.id.as_str(), spot.review.helpful_count),
        (critical.id.as_str(), 2)
    );
    assert!(
        store
            .spotlight(&shop.id, false)
            .await
            .expect("spotlight")
            .is_none()
    );
    assert!(store.has_voted(&critical.id, "v1").await.expect("read"));
}

async fn replies_keep_history(store: Store) {
    let (owner, shop) = business(&store, "replies").await;
    let r = review(&store, &shop, 1, T0).await;
    let mut tx = store.begin().await.expect("begin");
    let (_, created) = tx
        .upsert_reply(&r.id, &shop.id, &owner.id, "First", T0)
        .await
        .expect("reply");
    let (reply, again) = tx
        .upsert_reply(&r.id, &shop.id, &owner.id, "Second", T0 + 1)
        .await
        .expect("edit");
    tx.commit().await.expect("commit");
    assert!(created && !again);
    assert_eq!((reply.revision, reply.body.as_str()), (2, "Second"));
    let history = store.reply_revisions(&reply.id).await.expect("history");
    assert_eq!(
        history.iter().map(|h| h.body.as_str()).collect::<Vec<_>>(),
        vec!["First", "Second"]
    );
    let item = store
        .review_by_id(&r.id)
        .await
        .expect("read")
        .expect("exists");
    assert_eq!(item.reply.map(|p| p.body), Some("Second".to_string()));
}

async fn buckets_count_published_reviews_by_age(store: Store) {
    let (_, shop) = business(&store, "buckets").await;
    const DAY: i64 = 86_400_000;
    review(&store, &shop, 5, T0).await;
    review(&store, &shop, 5, T0 + 1000).await;
    review(&store, &shop, 1, T0 - 3 * DAY).await;
    let buckets = store
        .rating_buckets(&shop.id, T0 + DAY / 2)
        .await
        .expect("buckets");
    let mut got: Vec<_> = buckets
        .iter()
        .map(|b| (b.rating.get(), b.age_days, b.count))
        .collect();
    got.sort();
    assert_eq!(got, vec![(1, 3, 1), (5, 0, 2)]);
}

async fn removal_keeps_the_text_and_the_reason(store: Store) {
    let (_, shop) = business(&store, "removal").await;
    let r = review(&store, &shop, 1, T0).await;
    let mut tx = store.begin().await.expect("begin");
    let removed = tx
        .set_review_status(&r, ReviewStatus::Removed, "Personal data", "admin", T0 + 1)
        .await
        .expect("remove");
    tx.commit().await.expect("commit");
    assert_eq!(removed.status, ReviewStatus::Removed);
    assert_eq!(removed.body, r.body);
    let events = store.status_events(&r.id).await.expect("events");
    assert_eq!(events.len(), 1);
    assert_eq!(
        (events[0].from_status.as_str(), events[0].reason.as_str()),
        ("published", "Personal data")
    );
    assert!(
        store
            .rating_buckets(&shop.id, T0)
            .await
            .expect("buckets")
            .is_empty()
    );
}
