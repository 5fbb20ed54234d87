use thiserror::Error;

/// What can go wrong below the use cases.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("the database URL must start with sqlite: or postgres:")]
    UnsupportedUrl,
    /// A unique constraint refused the row (a slug or e-mail already taken).
    #[error("a row with the same {0} already exists")]
    Conflict(&'static str),
    /// A bulk insert without foreign-key checks refers to rows that do not
    /// exist (`Store::begin_bulk`), as a failed check would have said.
    #[error("a row refers to {0} that do not exist")]
    MissingReference(&'static str),
    /// A stored value could not be read back into its domain type.
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl StoreError {
    /// Maps a unique-constraint failure to [`StoreError::Conflict`] naming `what`.
    pub(crate) fn conflict_on(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
        move |error| match &error {
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(what),
            _ => StoreError::Database(error),
        }
    }
}
