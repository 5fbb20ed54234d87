//! Test support: each test gets a database of its own, a temp SQLite file or a
//! fresh PostgreSQL schema, migrated and ready. PostgreSQL tests never skip:
//! `scripts/test.sh` makes sure a server is reachable (starting one if needed).

pub mod smtp;

use candor_store::Store;
use tempfile::TempDir;

/// The PostgreSQL server tests use, overridable with `CANDOR_TEST_PG_URL`.
pub fn postgres_base_url() -> String {
    std::env::var("CANDOR_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string())
}

/// A migrated database that disappears with the value.
pub struct TestDb {
    pub store: Store,
    pub url: String,
    _dir: Option<TempDir>,
    schema: Option<String>,
}

impl TestDb {
    pub async fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("candor.db").display()
        );
        let store = connect_and_migrate(&url).await;
        Self {
            store,
            url,
            _dir: Some(dir),
            schema: None,
        }
    }

    pub async fn postgres() -> Self {
        let base = postgres_base_url();
        let schema = format!("t_{}", uuid::Uuid::now_v7().simple());
        let admin = Store::connect(&base)
            .await
            .expect("PostgreSQL for tests (CANDOR_TEST_PG_URL)");
        admin
            .execute_admin(&format!("CREATE SCHEMA {schema}"))
            .await
            .expect("create schema");
        let separator = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{separator}options=-c%20search_path%3D{schema}");
        let store = connect_and_migrate(&url).await;
        Self {
            store,
            url,
            _dir: None,
            schema: Some(schema),
        }
    }
}

async fn connect_and_migrate(url: &str) -> Store {
    let store = Store::connect(url).await.expect("connect test database");
    store.migrate().await.expect("migrate test database");
    store
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(schema) = self.schema.take() else {
            return;
        };
        // Drop runs outside async code: clean up on a thread with its own runtime.
        let cleanup = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            runtime.block_on(async move {
                if let Ok(admin) = Store::connect(&postgres_base_url()).await {
                    let _ = admin
                        .execute_admin(&format!("DROP SCHEMA {schema} CASCADE"))
                        .await;
                }
            });
        });
        let _ = cleanup.join();
    }
}

/// Runs one async test body against both backends: `both_backends!(name);`
/// expands to `mod name { sqlite, postgres }`, each calling `super::name(store)`.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                let db = $crate::TestDb::sqlite().await;
                super::$name(db.store.clone()).await;
            }

            #[tokio::test]
            async fn postgres() {
                let db = $crate::TestDb::postgres().await;
                super::$name(db.store.clone()).await;
            }
        }
    )+};
}
