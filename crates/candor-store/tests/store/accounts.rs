use candor_core::Role;
use candor_store::{NewUser, Store, StoreError};
use candor_testkit::both_backends;

use crate::fixtures::{T0, business};

both_backends!(
    emails_and_slugs_are_unique,
    sessions_expire,
    tokens_are_scoped_to_their_org
);

async fn emails_and_slugs_are_unique(store: Store) {
    let (user, _) = business(&store, "alpha").await;
    let mut tx = store.begin().await.expect("begin");
    let duplicate = tx
        .insert_user(
            NewUser {
                org_id: &user.org_id,
                email: &user.email,
                name: "B",
                role: Role::Agent,
                password_hash: "x",
            },
            T0,
        )
        .await;
    assert!(matches!(duplicate, Err(StoreError::Conflict("email"))));
    drop(tx);
    let mut tx = store.begin().await.expect("begin");
    let slug = tx
        .insert_business(&user.org_id, "alpha", "Again", "", T0)
        .await;
    assert!(matches!(slug, Err(StoreError::Conflict("slug"))));
}

async fn sessions_expire(store: Store) {
    let (user, _) = business(&store, "beta").await;
    let mut tx = store.begin().await.expect("begin");
    tx.insert_session("h1", &user, T0, T0 + 1000)
        .await
        .expect("session");
    tx.commit().await.expect("commit");
    let found = store.user_by_session("h1", T0 + 999).await.expect("read");
    assert_eq!(found.map(|u| u.id), Some(user.id.clone()));
    assert_eq!(
        store.user_by_session("h1", T0 + 1000).await.expect("read"),
        None
    );
    assert_eq!(
        store.user_by_session("other", T0).await.expect("read"),
        None
    );
}

async fn tokens_are_scoped_to_their_org(store: Store) {
    let (alice, _) = business(&store, "gamma").await;
    let (mallory, _) = business(&store, "delta").await;
    let mut tx = store.begin().await.expect("begin");
    let token = tx
        .insert_api_token(&alice, "ci", "tokhash", T0)
        .await
        .expect("token");
    assert!(
        !tx.revoke_api_token(&mallory.org_id, &token.id, T0)
            .await
            .expect("revoke")
    );
    tx.commit().await.expect("commit");
    let user = store.user_by_api_token("tokhash").await.expect("read");
    assert_eq!(user.map(|u| u.id), Some(alice.id.clone()));
    assert!(
        store
            .api_tokens_of_org(&mallory.org_id)
            .await
            .expect("list")
            .is_empty()
    );
    let mut tx = store.begin().await.expect("begin");
    assert!(
        tx.revoke_api_token(&alice.org_id, &token.id, T0)
            .await
            .expect("revoke")
    );
    tx.commit().await.expect("commit");
    assert_eq!(
        store.user_by_api_token("tokhash").await.expect("read"),
        None
    );
}
