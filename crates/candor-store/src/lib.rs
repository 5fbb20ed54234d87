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
mod checkpoints;
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

/// Page cache of each SQLite reading connection, in KiB (SQLite's
/// default is 2 MiB).
const READER_CACHE_KIB: i64 = 32 * 1024;

/// Page cache of the SQLite writing connection, in KiB: room for the
/// index pages a batch of an import touches at random places, so a bulk
/// write neither spills its cache into the log mid-transaction nor reads
/// the same pages again batch after batch. A full import of 200,000
/// reviews ran as fast with 64 MiB as with 256; a deferred one fills the
/// cache with queue pages it never reads again, so this also bounds its
/// memory (198 MiB peak for 1,000,000 rows, 185 for 100,000).
const WRITER_CACHE_KIB: i64 = 64 * 1024;

/// Log pages after which a reading connection's own commit copies the log
/// into the database file (SQLite's default is 1,000). Reading connections
/// commit only single statements outside [`Store::begin`]; write
/// transactions run on the writer, whose commits leave the copying to
/// `checkpoints.rs` (its own automatic checkpoint is off).
const READER_AUTOCHECKPOINT: i64 = 8_192;

/// The log file is cut back to this many bytes when it restarts: a bulk
/// import can leave it hundreds of megabytes long.
const WAL_SIZE_LIMIT: i64 = 64 * 1024 * 1024;

/// Every SQLite connection's settings; `cache_kib` sizes its page cache,
/// `autocheckpoint` is the log's length in pages at which its own commits
/// checkpoint (0: never).
fn sqlite_options(options: AnyPoolOptions, cache_kib: i64, autocheckpoint: i64) -> AnyPoolOptions {
    options.after_connect(move |conn, _meta| {
        Box::pin(async move {
            // Numbers formatted here, never input.
            let pragmas = format!(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                 PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; \
                 PRAGMA temp_store = MEMORY; PRAGMA cache_size = -{cache_kib}; \
                 PRAGMA wal_autocheckpoint = {autocheckpoint}; \
                 PRAGMA journal_size_limit = {WAL_SIZE_LIMIT};"
            );
            conn.execute(sqlx::AssertSqlSafe(pragmas)).await?;
            Ok(())
        })
    })
}

/// Turns foreign-key checks back on for the writer connection after a
/// [`Store::begin_bulk`] transaction. Only then: setting the pragma makes
/// SQLite prepare the connection's cached statements again.
async fn restore_foreign_keys(conn: &mut sqlx::AnyConnection) -> Result<bool, sqlx::Error> {
    let (on,): (i64,) = sqlx::query_as("PRAGMA foreign_keys")
        .fetch_one(&mut *conn)
        .await?;
    if on == 0 {
        conn.execute("PRAGMA foreign_keys = ON").await?;
    }
    // Keep the connection.
    Ok(true)
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
    /// SQLite: the one connection write transactions run on, with a larger
    /// page cache. A connection's cache survives its own commits but not
    /// another connection's, so bulk writes that always come back to the
    /// same connection find the index pages they touched last batch still
    /// there. PostgreSQL writes on the main pool (`None`).
    writer: Option<AnyPool>,
    /// SQLite: copies the log into the database file after write
    /// transactions commit, off the writer's path (`checkpoints.rs`).
    checkpoints: Option<checkpoints::Checkpoints>,
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
        let pool = match backend {
            Backend::Sqlite => {
                sqlite_options(options, READER_CACHE_KIB, READER_AUTOCHECKPOINT)
                    .connect(url)
                    .await?
            }
            Backend::Postgres => options.connect(url).await?,
        };
        let writer = match backend {
            Backend::Sqlite => Some(
                sqlite_options(
                    AnyPoolOptions::new().max_connections(1),
                    WRITER_CACHE_KIB,
                    0,
                )
                .after_release(|conn, _meta| Box::pin(restore_foreign_keys(conn)))
                .acquire_timeout(Duration::from_secs(10))
                .connect(url)
                .await?,
            ),
            Backend::Postgres => None,
        };
        let checkpoints = writer
            .is_some()
            .then(|| checkpoints::Checkpoints::start(pool.clone()));
        let write_lock = (backend == Backend::Sqlite).then(|| Arc::new(Mutex::new(())));
        let postgres_url = (backend == Backend::Postgres).then(|| Arc::from(url));
        Ok(Self {
            pool,
            backend,
            write_lock,
            writer,
            checkpoints,
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
        let guard = self.write_guard().await;
        let inner = self.writer.as_ref().unwrap_or(&self.pool).begin().await?;
        Ok(Tx::new(inner, guard, self.checkpoints.clone()))
    }

    /// Starts a write transaction for bulk inserts of rows whose references
    /// the caller has made itself (an import's batch: its reviews, and their
    /// judgements, history and replies). On SQLite it runs without
    /// foreign-key checks: with them, every multi-row insert keeps a journal
    /// of the pages it changes so that a failing row undoes only that
    /// statement, which cost a fifth of storing a batch. What points outside
    /// the batch is checked instead ([`Tx::insert_imported_reviews`],
    /// [`Tx::insert_imported_replies`]). The writer connection turns the
    /// checks back on when it is released (`restore_foreign_keys`).
    /// PostgreSQL: the same as [`Store::begin`].
    pub async fn begin_bulk(&self) -> Result<Tx, StoreError> {
        let Some(writer) = &self.writer else {
            return self.begin().await;
        };
        let guard = self.write_guard().await;
        let mut conn = writer.acquire().await?;
        conn.execute("PRAGMA foreign_keys = OFF").await?;
        let inner = sqlx::Transaction::begin(conn, None).await?;
        Ok(Tx::new(inner, guard, self.checkpoints.clone()).unchecked())
    }

    /// SQLite's process-wide write lock (see `write_lock`), held by a
    /// transaction until it ends.
    async fn write_guard(&self) -> Option<tokio::sync::OwnedMutexGuard<()>> {
        match &self.write_lock {
            Some(lock) => Some(lock.clone().lock_owned().await),
            None => None,
        }
    }

    /// Closes every connection, waiting for those in use. On SQLite the
    /// last one to close copies the log into the database file and removes
    /// it, so a command that wrote much (an import) leaves the database file
    /// complete rather than a log hundreds of megabytes long for the next
    /// process to read back.
    pub async fn close(&self) {
        if let Some(writer) = &self.writer {
            writer.close().await;
        }
        self.pool.close().await;
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
