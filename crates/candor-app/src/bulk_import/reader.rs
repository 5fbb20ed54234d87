//! Reads and checks an import file on a thread of its own, handing over
//! one batch of good rows (and the bad records met on the way) at a time.
//! The channel holds one batch: memory stays flat however long the file.

use candor_core::FieldError;
use candor_store::{Backend, QueueBatch};
use tokio::sync::mpsc;

use super::Reject;
use super::mapping::Mapping;
use super::records::{ReadError, Records};
use super::rows::{ImportRow, parse_row};
use crate::AppError;

/// What the reader hands over.
pub(super) struct ReadBatch {
    /// Up to a batch of good rows, in file order (none when encoded).
    pub rows: Vec<ImportRow>,
    /// With [`Prepare::Queue`], the good rows encoded for the import queue.
    pub queue: Option<QueueBatch>,
    /// The bad records among them, in file order.
    pub rejects: Vec<Reject>,
    /// Records read for this batch, good or bad.
    pub read: u64,
    /// Whether the file is finished.
    pub finished: bool,
}

pub(super) type Batches = mpsc::Receiver<Result<ReadBatch, AppError>>;

/// What the reader makes of the good rows.
pub(super) enum Prepare {
    /// Hands them over as they are.
    Rows,
    /// Encodes them for the import queue of this business on `backend`
    /// (deferred analysis), which takes the encoding off the task that
    /// writes.
    Queue {
        business_id: String,
        backend: Backend,
    },
}

/// Starts reading `records`, in batches of as many good rows as `sizes`
/// (endless) says, in turn. Dropping the receiver stops the thread after
/// the batch it is reading.
pub(super) fn spawn(
    records: Records,
    mapping: Mapping,
    source: String,
    mut sizes: impl Iterator<Item = usize> + Send + 'static,
    prepare: Prepare,
) -> Batches {
    let (sender, receiver) = mpsc::channel(1);
    let reader = std::thread::Builder::new().name("import-reader".into());
    let spawned = reader.spawn(move || {
        let mut records = records;
        loop {
            let batch_size = sizes.next().unwrap_or(1);
            let batch = read_batch(&mut records, &mapping, &source, batch_size)
                .and_then(|batch| prepared(batch, &prepare, &source));
            let stop = !matches!(&batch, Ok(b) if !b.finished);
            if sender.blocking_send(batch).is_err() || stop {
                return;
            }
        }
    });
    // Without the thread the receiver yields nothing, which the import
    // loop reports as the reader having stopped.
    if let Err(e) = spawned {
        tracing::error!("cannot start the import file's reader: {e}");
    }
    receiver
}

fn prepared(mut batch: ReadBatch, prepare: &Prepare, source: &str) -> Result<ReadBatch, AppError> {
    if let Prepare::Queue {
        business_id,
        backend,
    } = prepare
    {
        let rows = std::mem::take(&mut batch.rows);
        batch.queue = Some(super::queue::encode(business_id, source, rows, *backend)?);
    }
    Ok(batch)
}

/// Reads up to `batch_size` good rows; an unreadable file is an error.
fn read_batch(
    records: &mut Records,
    mapping: &Mapping,
    source: &str,
    batch_size: usize,
) -> Result<ReadBatch, AppError> {
    let now = crate::now_ms();
    let today = chrono::Utc::now().date_naive();
    let mut batch = ReadBatch {
        rows: Vec::with_capacity(batch_size),
        queue: None,
        rejects: Vec::new(),
        read: 0,
        finished: false,
    };
    while batch.rows.len() < batch_size {
        let record = match records.next_record() {
            None => {
                batch.finished = true;
                break;
            }
            Some(Ok(record)) => record,
            Some(Err(ReadError::Fatal(reason))) => {
                return Err(AppError::Invalid(FieldError::new(
                    "input",
                    "unreadable",
                    reason,
                )));
            }
            Some(Err(ReadError::Unreadable(bad))) => {
                batch.read += 1;
                batch.rejects.push(Reject {
                    line: bad.line,
                    external_id: None,
                    reason: bad.reason,
                });
                continue;
            }
        };
        batch.read += 1;
        match parse_row(&record, mapping, source, now, today) {
            Ok(row) => batch.rows.push(row),
            Err(reason) => {
                let external_id = mapping.external_id.as_deref().and_then(|c| record.get(c));
                batch.rejects.push(Reject {
                    line: record.line,
                    external_id,
                    reason,
                });
            }
        }
    }
    Ok(batch)
}
