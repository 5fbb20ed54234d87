//! SQLite: the write-ahead log is copied back into the database file on a
//! connection of its own, after writes commit, rather than by the writer
//! inside its commit. A checkpoint ends with a flush of the database file
//! to disk; done in the commit, the writer (SQLite's only one) waited for
//! the disk after every large write, and a bulk import after every batch.
//! Here the next transaction runs while the last one's pages are copied.

use sqlx::AnyPool;
use tokio::sync::mpsc;

/// Log frames (pages) past which a checkpoint also restarts the log (1 GiB
/// of 4 KiB pages): it waits for the writer between transactions, copies
/// the rest and makes the next write start the file from its beginning
/// again. While writes come back to back (an import) a passive checkpoint
/// never catches up with the last one, and the log would otherwise grow
/// by every page each transaction writes. The writer waits meanwhile (a
/// second or two), so not often: an import writes about 2.5 KB of log per
/// review with full analysis, and restarts every 400,000 or so.
const RESTART_AFTER_FRAMES: i64 = 262_144;

/// Wakes the checkpointing task; cheap to clone. The task ends when every
/// clone is dropped.
#[derive(Clone)]
pub(crate) struct Checkpoints {
    wake: mpsc::Sender<()>,
}

impl Checkpoints {
    /// Starts the task, which checkpoints on a connection of `pool`.
    pub(crate) fn start(pool: AnyPool) -> Self {
        // One pending wake-up is enough: the checkpoint it starts copies
        // every transaction committed by then.
        let (wake, woken) = mpsc::channel(1);
        tokio::spawn(checkpoint_when_woken(pool, woken));
        Self { wake }
    }

    /// Asks for a checkpoint soon; never waits.
    pub(crate) fn after_commit(&self) {
        // Full: a checkpoint is due already and will copy this commit too.
        let _ = self.wake.try_send(());
    }
}

async fn checkpoint_when_woken(pool: AnyPool, mut woken: mpsc::Receiver<()>) {
    while woken.recv().await.is_some() {
        match checkpoint(&pool).await {
            Ok(()) => {}
            // `Store::close`: the last connection to close copies the log.
            Err(sqlx::Error::PoolClosed) => return,
            // The next commit asks again; meanwhile the log only grows.
            Err(e) => tracing::warn!("checkpoint of the SQLite log failed: {e}"),
        }
    }
}

/// Copies what it can without waiting; restarts the log once it is long.
async fn checkpoint(pool: &AnyPool) -> Result<(), sqlx::Error> {
    let (_busy, log, _copied): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(PASSIVE)")
        .fetch_one(pool)
        .await?;
    if log > RESTART_AFTER_FRAMES {
        sqlx::query("PRAGMA wal_checkpoint(RESTART)")
            .execute(pool)
            .await?;
    }
    Ok(())
}
