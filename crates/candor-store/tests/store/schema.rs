use candor_testkit::TestDb;

#[tokio::test]
async fn sqlite_and_postgres_schemas_hold_the_same_tables_and_columns() {
    let sqlite = TestDb::sqlite().await;
    let postgres = TestDb::postgres().await;
    let lite = sqlite.store.schema_columns().await.expect("sqlite columns");
    let pg = postgres
        .store
        .schema_columns()
        .await
        .expect("postgres columns");
    assert!(
        lite.iter()
            .any(|(t, c)| t == "reviews" && c == "author_email")
    );
    assert_eq!(lite, pg);
}

#[tokio::test]
async fn migrations_run_twice_without_harm() {
    let db = TestDb::sqlite().await;
    db.store.migrate().await.expect("second run is a no-op");
    let db = TestDb::postgres().await;
    db.store.migrate().await.expect("second run is a no-op");
}
