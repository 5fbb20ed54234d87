//! The job queue's storage rules: idempotent enqueue, claims with leases,
//! completion only by the lease holder, backoff and giving up, and disjoint
//! concurrent claims.

use std::collections::HashSet;

use candor_store::{Job, JobCounts, JobState, NewJob, Store};
use candor_testkit::{TestDb, both_backends};

use crate::fixtures::T0;

both_backends!(
    a_unique_key_enqueues_one_job,
    claiming_takes_due_jobs_of_the_asked_kinds_and_counts_attempts,
    an_expired_lease_is_taken_over_and_the_stale_worker_cannot_complete,
    a_failed_job_is_queued_again_until_its_attempts_are_spent,
    a_lease_running_out_on_the_last_attempt_gives_the_job_up,
    a_released_job_is_queued_again_without_counting_the_attempt,
);

const LEASE: i64 = 1_000;

async fn enqueue(store: &Store, job: NewJob) -> bool {
    let mut tx = store.begin().await.expect("begin");
    let inserted = tx.enqueue_job(&job, T0).await.expect("enqueue");
    tx.commit().await.expect("commit");
    inserted
}

async fn complete(store: &Store, job: &Job, worker: &str, now: i64) -> bool {
    let mut tx = store.begin().await.expect("begin");
    let done = tx
        .complete_job(&job.id, worker, now)
        .await
        .expect("complete");
    if done {
        tx.commit().await.expect("commit");
    }
    done
}

async fn claim(store: &Store, worker: &str, now: i64, limit: i64) -> Vec<Job> {
    store
        .claim_jobs(worker, now, LEASE, limit, None)
        .await
        .expect("claim")
}

async fn a_unique_key_enqueues_one_job(store: Store) {
    let job = NewJob::new("digest", r#"{"week":"2025-W41"}"#, T0).unique("digest:2025-W41");
    assert!(enqueue(&store, job.clone()).await);
    assert!(!enqueue(&store, job).await, "the same key again");
    // Jobs without a key never collide.
    assert!(enqueue(&store, NewJob::new("digest", "{}", T0)).await);
    assert!(enqueue(&store, NewJob::new("digest", "{}", T0)).await);
    let jobs = store.jobs_by_kind("digest").await.expect("jobs");
    assert_eq!(jobs.len(), 3);
    assert_eq!(jobs[0].unique_key.as_deref(), Some("digest:2025-W41"));
    assert_eq!(jobs[0].state, JobState::Queued);
    assert_eq!(jobs[0].attempts, 0);
    let counts = store.job_counts().await.expect("counts");
    assert_eq!(
        counts,
        JobCounts {
            queued: 3,
            ..JobCounts::default()
        }
    );
}

async fn claiming_takes_due_jobs_of_the_asked_kinds_and_counts_attempts(store: Store) {
    enqueue(&store, NewJob::new("deadline", "{}", T0)).await;
    enqueue(&store, NewJob::new("deadline", "{}", T0 + 500)).await;
    enqueue(&store, NewJob::new("notify", "{}", T0 - 5)).await;

    let only_deadlines = store
        .claim_jobs("w1", T0, LEASE, 10, Some(&["deadline"]))
        .await
        .expect("claim");
    assert_eq!(only_deadlines.len(), 1, "the later one is not due");
    let job = &only_deadlines[0];
    assert_eq!(
        (job.state, job.attempts, job.locked_by.as_deref()),
        (JobState::Running, 1, Some("w1"))
    );
    assert_eq!(job.locked_until, Some(T0 + LEASE));
    assert!(
        store
            .claim_jobs("w1", T0, LEASE, 10, Some(&[]))
            .await
            .expect("claim none")
            .is_empty()
    );

    let rest = claim(&store, "w2", T0, 10).await;
    assert_eq!(rest.len(), 1);
    assert_eq!(rest[0].kind, "notify");
    assert!(
        claim(&store, "w2", T0, 10).await.is_empty(),
        "nothing left due"
    );
    let later = claim(&store, "w2", T0 + 500, 10).await;
    assert_eq!(later.len(), 1);
    assert_eq!(later[0].run_at, T0 + 500);
    assert_eq!(store.job_counts().await.expect("counts").running, 3);
}

async fn an_expired_lease_is_taken_over_and_the_stale_worker_cannot_complete(store: Store) {
    enqueue(&store, NewJob::new("deadline", "{}", T0)).await;
    let dead = claim(&store, "dies", T0, 10).await;
    assert_eq!(dead.len(), 1);
    assert!(claim(&store, "other", T0 + LEASE - 1, 10).await.is_empty());

    let taken = claim(&store, "other", T0 + LEASE + 1, 10).await;
    assert_eq!(taken.len(), 1);
    assert_eq!(taken[0].id, dead[0].id);
    assert_eq!(taken[0].attempts, 2);

    assert!(!complete(&store, &dead[0], "dies", T0 + LEASE + 2).await);
    assert!(complete(&store, &taken[0], "other", T0 + LEASE + 3).await);
    assert!(!complete(&store, &taken[0], "other", T0 + LEASE + 4).await);
    let job = store.job(&taken[0].id).await.expect("job").expect("exists");
    assert_eq!(job.state, JobState::Done);
    assert_eq!(job.finished_at, Some(T0 + LEASE + 3));
    assert_eq!(job.locked_by, None);
    assert!(claim(&store, "third", T0 + 10 * LEASE, 10).await.is_empty());
}

async fn a_failed_job_is_queued_again_until_its_attempts_are_spent(store: Store) {
    enqueue(&store, NewJob::new("notify", "{}", T0).max_attempts(2)).await;
    let first = claim(&store, "w", T0, 1).await;
    let id = first[0].id.clone();
    let state = store
        .fail_job(&id, "someone else", "no", T0 + 5, T0)
        .await
        .expect("fail");
    assert_eq!(state, None, "only the holder records a failure");

    let state = store
        .fail_job(&id, "w", "smtp timeout", T0 + 2_000, T0 + 10)
        .await
        .expect("fail");
    assert_eq!(state, Some(JobState::Queued));
    let job = store.job(&id).await.expect("job").expect("exists");
    assert_eq!((job.run_at, job.attempts), (T0 + 2_000, 1));
    assert_eq!(job.last_error.as_deref(), Some("smtp timeout"));
    assert!(
        claim(&store, "w", T0 + 1_999, 1).await.is_empty(),
        "backing off"
    );

    let second = claim(&store, "w", T0 + 2_000, 1).await;
    assert_eq!(second[0].attempts, 2);
    let state = store
        .fail_job(&id, "w", "smtp timeout again", T0 + 9_000, T0 + 2_010)
        .await
        .expect("fail");
    assert_eq!(state, Some(JobState::Failed));
    let job = store.job(&id).await.expect("job").expect("exists");
    assert_eq!(job.last_error.as_deref(), Some("smtp timeout again"));
    assert_eq!(job.finished_at, Some(T0 + 2_010));
    assert!(claim(&store, "w", T0 + 100_000, 1).await.is_empty());
    assert_eq!(store.job_counts().await.expect("counts").failed, 1);
}

async fn a_lease_running_out_on_the_last_attempt_gives_the_job_up(store: Store) {
    enqueue(&store, NewJob::new("incident", "{}", T0).max_attempts(1)).await;
    let claimed = claim(&store, "dies", T0, 1).await;
    assert_eq!(claimed.len(), 1);
    assert!(claim(&store, "other", T0 + LEASE + 1, 1).await.is_empty());
    let job = store
        .job(&claimed[0].id)
        .await
        .expect("job")
        .expect("exists");
    assert_eq!(job.state, JobState::Failed);
    assert_eq!(job.attempts, 1);
    assert!(job.last_error.is_some_and(|e| e.contains("worker stopped")));
}

async fn a_released_job_is_queued_again_without_counting_the_attempt(store: Store) {
    enqueue(&store, NewJob::new("digest", "{}", T0)).await;
    let claimed = claim(&store, "w", T0, 1).await;
    assert!(!store.release_job(&claimed[0].id, "x").await.expect("rel"));
    assert!(store.release_job(&claimed[0].id, "w").await.expect("rel"));
    let again = claim(&store, "v", T0, 1).await;
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].attempts, 1);
}

/// Eight workers claiming in parallel until the queue is empty: every job
/// is claimed by exactly one of them.
async fn concurrent_claims_are_disjoint(store: Store) {
    const JOBS: usize = 300;
    let mut tx = store.begin().await.expect("begin");
    for i in 0..JOBS {
        let job = NewJob::new("notify", format!("{{\"n\":{i}}}"), T0 - i as i64);
        tx.enqueue_job(&job, T0).await.expect("enqueue");
    }
    tx.commit().await.expect("commit");

    let workers = (0..8).map(|w| {
        let store = store.clone();
        tokio::spawn(async move {
            let worker = format!("w{w}");
            let mut mine = Vec::new();
            loop {
                let batch = claim(&store, &worker, T0, 7).await;
                if batch.is_empty() {
                    return mine;
                }
                mine.extend(batch.into_iter().map(|job| job.id));
            }
        })
    });
    let mut seen = HashSet::new();
    let mut total = 0;
    for worker in workers.collect::<Vec<_>>() {
        for id in worker.await.expect("worker") {
            total += 1;
            assert!(seen.insert(id), "a job was claimed twice");
        }
    }
    assert_eq!((total, seen.len()), (JOBS, JOBS));
    assert_eq!(
        store.job_counts().await.expect("counts").running,
        JOBS as i64
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_claims_are_disjoint_on_postgres() {
    let db = TestDb::postgres().await;
    concurrent_claims_are_disjoint(db.store.clone()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_claims_are_disjoint_on_sqlite() {
    let db = TestDb::sqlite().await;
    concurrent_claims_are_disjoint(db.store.clone()).await;
}
