use candor_core::{Email, Rating, ReviewDraft, ReviewStatus, Role};
use candor_store::{Business, NewReview, NewUser, Review, Store, User};

pub const T0: i64 = 1_760_000_000_000;

pub async fn business(store: &Store, slug: &str) -> (User, Business) {
    let mut tx = store.begin().await.expect("begin");
    let org = tx
        .insert_organisation(&format!("Org {slug}"), T0)
        .await
        .expect("org");
    let user = tx
        .insert_user(
            NewUser {
                org_id: &org.id,
                email: &format!("owner@{slug}.test"),
                name: "Owner",
                role: Role::Owner,
                password_hash: "x",
            },
            T0,
        )
        .await
        .expect("user");
    let business = tx
        .insert_business(&org.id, slug, "Shop", "", T0)
        .await
        .expect("business");
    tx.commit().await.expect("commit");
    (user, business)
}

pub fn draft(stars: i64, body: &str, language: Option<&str>) -> ReviewDraft {
    ReviewDraft {
        rating: Rating::try_from(stars).expect("1..=5"),
        title: format!("{stars} stars"),
        body: body.to_string(),
        author_name: "Kari".into(),
        author_email: Email::parse("e", "kari@example.no").expect("email"),
        language: language.map(|l| candor_core::Language::parse(l).expect("lang")),
        experienced_on: None,
    }
}

pub async fn review(store: &Store, business: &Business, stars: i64, at: i64) -> Review {
    let d = draft(stars, "Body text", Some("en"));
    let mut tx = store.begin().await.expect("begin");
    let review = tx
        .insert_review(
            NewReview {
                business_id: &business.id,
                draft: &d,
                status: ReviewStatus::Published,
                source: "organic",
                edit_token_hash: "hash",
            },
            at,
        )
        .await
        .expect("insert review");
    tx.commit().await.expect("commit");
    review
}

/// Stores a review imported from `source` as `external_id`.
pub async fn imported_review(store: &Store, business: &Business, source: &str, external_id: &str) {
    let row = candor_store::ImportedReview {
        id: candor_store::new_id(),
        business_id: business.id.clone(),
        rating: 5,
        title: "Imported".into(),
        body: "Imported earlier.".into(),
        author_name: "Kari".into(),
        author_email: "kari@example.no".into(),
        language: None,
        experienced_on: None,
        status: "published".into(),
        status_reason: None,
        source: source.into(),
        external_id: external_id.into(),
        edit_token_hash: "hash".into(),
        created_at: T0,
        updated_at: T0,
        has_reply: false,
    };
    let mut tx = store.begin().await.expect("begin");
    tx.insert_imported_reviews(&[row], T0)
        .await
        .expect("insert");
    tx.commit().await.expect("commit");
}

/// Bytes of body of each [`imported_row`].
pub const BODY_BYTES: usize = 2_000;

/// The `index`th of a batch of imported reviews, with a long body.
pub fn imported_row(business_id: &str, index: usize) -> candor_store::ImportedReview {
    candor_store::ImportedReview {
        id: candor_store::new_id(),
        business_id: business_id.to_string(),
        rating: 4,
        title: format!("Review {index}"),
        body: "Long enough to fill pages. ".repeat(BODY_BYTES / 27),
        author_name: "Kari".into(),
        author_email: format!("kari{index}@example.no"),
        language: None,
        experienced_on: None,
        status: "published".into(),
        status_reason: None,
        source: "trustpilot".into(),
        external_id: format!("tp-{index}"),
        edit_token_hash: "hash".into(),
        created_at: T0,
        updated_at: T0,
        has_reply: false,
    }
}
