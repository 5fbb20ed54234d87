//! The threads that judge imported batches: one per core, started once per
//! process and kept. Text analysis keeps caches per thread (stems, counting
//! tables); threads started for each batch began every batch with them
//! cold, and with fresh memory to fault in.

use std::panic::AssertUnwindSafe;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, OnceLock};

use tokio::sync::oneshot;

use crate::AppError;

type Job = Box<dyn FnOnce() + Send>;

/// Pieces a batch is cut into per thread: a thread that finishes early
/// (the other shared its core with the writer) takes the next piece.
const PIECES_PER_THREAD: usize = 4;

/// The niceness of the judging threads. Meanwhile the batch before is
/// being stored, on SQLite by its one writing thread, which the whole
/// import waits for once it is behind. At equal priority the judging
/// threads took half of that thread's core; at this one they use what it
/// leaves, which also keeps requests answered while a deferred import's
/// jobs run in the server.
const JUDGING_NICENESS: i32 = 10;

struct JudgingThreads {
    jobs: Mutex<mpsc::Sender<Job>>,
    threads: usize,
}

static THREADS: OnceLock<JudgingThreads> = OnceLock::new();

fn threads() -> Result<&'static JudgingThreads, AppError> {
    if let Some(threads) = THREADS.get() {
        return Ok(threads);
    }
    let started = JudgingThreads::start()?;
    // Another caller may have started its own meanwhile: theirs is kept,
    // and these threads end once their queue is dropped here.
    Ok(THREADS.get_or_init(|| started))
}

impl JudgingThreads {
    fn start() -> Result<Self, AppError> {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for index in 0..threads {
            let queue = Arc::clone(&queue);
            std::thread::Builder::new()
                .name(format!("judge-{index}"))
                .spawn(move || run_jobs(&queue))
                .map_err(|e| AppError::Internal(format!("cannot start a judging thread: {e}")))?;
        }
        Ok(Self {
            jobs: Mutex::new(jobs),
            threads,
        })
    }

    fn submit(&self, job: Job) -> Result<(), AppError> {
        let jobs = self
            .jobs
            .lock()
            .map_err(|_| AppError::Internal("the judging queue is poisoned".into()))?;
        jobs.send(job)
            .map_err(|_| AppError::Internal("the judging threads have stopped".into()))
    }
}

fn run_jobs(queue: &Mutex<mpsc::Receiver<Job>>) {
    lower_priority();
    loop {
        // The lock is held only while taking a job.
        let job = match queue.lock() {
            Ok(queue) => queue.recv(),
            Err(_) => return,
        };
        let Ok(job) = job else { return };
        // A job that panics drops its result's sender, which its caller
        // reports; the thread goes on with the next job.
        let _ = std::panic::catch_unwind(AssertUnwindSafe(job));
    }
}

/// Runs `judge` over `items` on the judging threads, in pieces, and
/// returns the results in the items' order.
pub(super) async fn judge_all<T, R, F>(items: Vec<T>, judge: F) -> Result<Vec<R>, AppError>
where
    T: Send + 'static,
    R: Send + 'static,
    F: Fn(&T) -> R + Send + Sync + 'static,
{
    let threads = threads()?;
    let pieces = threads.threads * PIECES_PER_THREAD;
    let per_piece = items.len().div_ceil(pieces).max(1);
    let judge = Arc::new(judge);
    let mut results = Vec::new();
    let mut items = items.into_iter();
    loop {
        let piece: Vec<T> = items.by_ref().take(per_piece).collect();
        if piece.is_empty() {
            break;
        }
        let (sender, receiver) = oneshot::channel();
        let judge = Arc::clone(&judge);
        threads.submit(Box::new(move || {
            let judged: Vec<R> = piece.iter().map(|item| judge(item)).collect();
            // Gone only if the caller was cancelled.
            let _ = sender.send(judged);
        }))?;
        results.push(receiver);
    }
    let mut judged = Vec::with_capacity(results.len() * per_piece);
    for result in results {
        let piece = result
            .await
            .map_err(|_| AppError::Internal("judging a review failed (a panic)".into()))?;
        judged.extend(piece);
    }
    Ok(judged)
}

/// Lowers this thread's priority to [`JUDGING_NICENESS`], unless it is
/// lower already. Linux sets it per thread; elsewhere it stays as it is.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{getpriority_process, setpriority_process};
        let this_thread = Some(rustix::thread::gettid());
        let current = getpriority_process(this_thread).unwrap_or(0);
        if current < JUDGING_NICENESS {
            // Not being allowed only costs speed.
            let _ = setpriority_process(this_thread, JUDGING_NICENESS);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::judge_all;

    #[tokio::test]
    async fn results_come_back_in_the_items_order() {
        for count in [0usize, 1, 7, 1_001] {
            let items: Vec<u64> = (0..count as u64).collect();
            let squared = judge_all(items, |n| n * n).await.expect("judged");
            let expected: Vec<u64> = (0..count as u64).map(|n| n * n).collect();
            assert_eq!(squared, expected, "{count} items");
        }
    }

    #[tokio::test]
    async fn a_panicking_judgement_is_an_error_and_the_threads_go_on() {
        let failed = judge_all(vec![1u32, 2, 3], |&n| {
            assert!(n != 2, "judging {n} panics");
            n
        })
        .await;
        assert!(failed.is_err(), "a panic was reported as success");
        let after = judge_all(vec![1u32, 2, 3], |&n| n + 1)
            .await
            .expect("judged");
        assert_eq!(after, vec![2, 3, 4]);
    }
}
