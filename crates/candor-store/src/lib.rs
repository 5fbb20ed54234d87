//! Persistence for Candor: one `Store` over SQLite (embedded default) and
//! PostgreSQL (scale-out), chosen at run time from the database URL.
//!
//! Both backends run the same SQL: the schema uses only portable types (TEXT
//! ids, BIGINT Unix-millisecond times and numbers) and queries use `$N`
//! placeholders, which SQLite accepts too. Reads go through [`Store`]; every
//! write goes through a [`Tx`], so a use case commits all of its rows or none.

pub mod accounts;
mod analyses;
mod behaviour;
mod bulk;
mod business_aspects;
mod businesses;
mod error;
mod export;
mod fingerprints;
mod graph;
mod import_queue;
mod incidents;
mod insights;
mod invitations;
mod jobs;
mod moderation;
mod promises;
mod queue_writer;
mod recovery;
mod recovery_figures;
mod replies;
mod reply_screenings;
mod reply_templates;
mod respond;
pub mod reviews;
mod reviews_page;
mod rows;
mod screenings;
mod search;
mod sentiment_models;
mod sql;
mod stats;
mod testimonials;
mod tx;
mod votes;

use std::sync::Arc;
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};
use tokio::sync::Mutex;

pub use accounts::NewUser;
pub use analyses::ReviewAnalysis;
pub use behaviour::SenderKey;
pub use bulk::{AWAITING_SCREENING, ImportedReply, ImportedReview, StatusChange};
pub use business_aspects::BusinessAspect;
pub use error::StoreError;
pub use export::{ERASED_NAME, ErasePolicy, ExportRow};
pub use fingerprints::StoredFingerprint;
pub use graph::{GraphEdge, GraphRun, Suspicion};
pub use import_queue::{QueueBatch, QueuedImport};
pub use incidents::{Incident, NegativeMention};
pub use insights::{
    ALL_LANGUAGES, CountRow, DAY_MS, DayFact, DayRange, DayRow, EducationCueRow, InsightSource,
    ReviewInsight,
};
pub use invitations::{Invitation, InvitationCounts, NewInvitation};
pub use jobs::{Job, JobCounts, JobState, NewJob};
pub use moderation::{FlagCount, NewFlag, QueueItem};
pub use promises::{Promise, PromiseMatch, month_start_day};
pub use queue_writer::QueueWriter;
pub use recovery::{
    CaseCounts, CaseEvent, CaseMessage, MessageDirection, NewCaseEvent, RecoveryCase, RemedyTotal,
};
pub use recovery_figures::RatingUpdate;
pub use reply_screenings::ReplyScreening;
pub use reply_templates::{ReplyTemplate, TemplateFields};
pub use respond::{
    NewNotification, Notification, RatingReplies, SentEmail, UnansweredCursor, WEEK_MS, WeekReplies,
};
pub use reviews::{NewReview, ReviewCursor, ReviewPage};
pub use rows::*;
pub use screenings::{ReviewScreening, SpamModelRow};
pub use search::{ChangedReview, ReviewText};
pub use sentiment_models::{SentimentModelRow, TrainingReview};
pub use testimonials::ReportLink;
pub use tx::Tx;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/postgres");

/// Which database engine a [`Store`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Result<Self, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Self::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Self::Postgres)
        } else {
            Err(StoreError::UnsupportedUrl)
        }
    }
}

/// The handle every layer above uses. Cheap to clone.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// SQLite allows one writer at a time; taking this lock before a write
    /// transaction turns "database is locked" failures into a short wait.
    /// PostgreSQL needs no such lock (`None`).
    write_lock: Option<Arc<Mutex<()>>>,
    /// PostgreSQL: the URL, for the connections of bulk loads (`COPY`
    /// needs one of its own). Holds the password: never log it.
    postgres_url: Option<Arc<str>>,
}

impl Store {
    /// Connects to `url` (`sqlite://path?mode=rwc` or `postgres://...`).
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        install_default_drivers();
        let backend = Backend::from_url(url)?;
        let options = AnyPoolOptions::new()
            .acquire_timeout(Duration::from_secs(10))
            .max_connections(match backend {
                Backend::Sqlite => 8,
                Backend::Postgres => 16,
            });
        let options = match backend {
            // A 32 MiB page cache per connection (the default is 2 MiB), and
            // checkpoints every 32 MiB of log rather than 4: a bulk write then
            // neither spills its cache nor copies the same index pages back
            // into the database file batch after batch.
            Backend::Sqlite => options.after_connect(|conn, _meta| {
                Box::pin(async move {
                    conn.execute(
                        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                         PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; \
                         PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768; \
                         PRAGMA wal_autocheckpoint = 8192;",
                    )
                    .await?;
                    Ok(())
                })
            }),
            Backend::Postgres => options,
        };
        let pool = options.connect(url).await?;
        let write_lock = (backend == Backend::Sqlite).then(|| Arc::new(Mutex::new(())));
        let postgres_url = (backend == Backend::Postgres).then(|| Arc::from(url));
        Ok(Self {
            pool,
            backend,
            write_lock,
            postgres_url,
        })
    }

    /// Applies the pending migrations of this backend.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await?;
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Starts a write transaction.
    pub async fn begin(&self) -> Result<Tx, StoreError> {
        let guard = match &self.write_lock {
            Some(lock) => Some(lock.clone().lock_owned().await),
            None => None,
        };
        let inner = self.pool.begin().await?;
        Ok(Tx::new(inner, guard))
    }

    /// True when the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    /// The names of the tables and their columns, for the schema-parity test.
    pub async fn schema_columns(&self) -> Result<Vec<(String, String)>, StoreError> {
        let sql = match self.backend {
            Backend::Sqlite => {
                "SELECT m.name AS t, p.name AS c FROM sqlite_master m, pragma_table_info(m.name) p \
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'"
            }
            Backend::Postgres => {
                "SELECT CAST(table_name AS TEXT) AS t, CAST(column_name AS TEXT) AS c \
                 FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%'"
            }
        };
        let rows: Vec<(String, String)> = sqlx::query_as(sql).fetch_all(&self.pool).await?;
        let mut rows = rows;
        rows.sort();
        Ok(rows)
    }

    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub(crate) fn postgres_url(&self) -> Option<&str> {
        self.postgres_url.as_deref()
    }
}

impl Store {
    /// Runs a statement built by trusted code (schema set-up in tests and
    /// tools). Never pass text that came from a user.
    pub async fn execute_admin(&self, statement: &str) -> Result<(), StoreError> {
        sqlx::query(sqlx::AssertSqlSafe(statement.to_string()))
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
