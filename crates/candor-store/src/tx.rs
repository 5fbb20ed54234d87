//! The write side: every change goes through a transaction.

use sqlx::{Any, AnyConnection, Transaction};
use tokio::sync::OwnedMutexGuard;

use crate::StoreError;
use crate::checkpoints::Checkpoints;

/// A write transaction. Dropping it without [`Tx::commit`] rolls back.
pub struct Tx {
    inner: Transaction<'static, Any>,
    /// Held until the end of the transaction on SQLite (see `Store::write_lock`).
    _write_guard: Option<OwnedMutexGuard<()>>,
    /// SQLite: told of the commit, to copy it into the database file.
    checkpoints: Option<Checkpoints>,
    /// Runs without foreign-key checks ([`crate::Store::begin_bulk`]).
    unchecked: bool,
}

impl Tx {
    pub(crate) fn new(
        inner: Transaction<'static, Any>,
        guard: Option<OwnedMutexGuard<()>>,
        checkpoints: Option<Checkpoints>,
    ) -> Self {
        Self {
            inner,
            _write_guard: guard,
            checkpoints,
            unchecked: false,
        }
    }

    pub(crate) fn unchecked(mut self) -> Self {
        self.unchecked = true;
        self
    }

    /// Whether foreign keys go unchecked, so that bulk inserts check what
    /// their rows point to outside the batch themselves.
    pub(crate) fn foreign_keys_unchecked(&self) -> bool {
        self.unchecked
    }

    pub(crate) fn conn(&mut self) -> &mut AnyConnection {
        &mut self.inner
    }

    /// Whether this transaction runs on SQLite (for SQL that differs).
    pub(crate) fn is_sqlite(&self) -> bool {
        let conn: &AnyConnection = &self.inner;
        conn.backend_name() == "SQLite"
    }

    pub async fn commit(self) -> Result<(), StoreError> {
        self.inner.commit().await?;
        if let Some(checkpoints) = &self.checkpoints {
            checkpoints.after_commit();
        }
        Ok(())
    }
}
