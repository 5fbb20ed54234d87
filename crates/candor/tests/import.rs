//! `candor import` as a user runs it, on both backends: a clean run, a run
//! killed with SIGKILL and run again (it must end with exactly the database
//! the clean run gives), a second run that imports nothing, the reject file
//! with line numbers and reasons, and a deferred import finished by
//! `candor jobs` (the same database again).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use candor_app::{App, NewStaff, Settings, bulk_import};
use candor_core::Role;
use candor_testkit::TestDb;
use sqlx::Row;

const ROWS: usize = 1_500;
const BATCH: &str = "50";

/// Sentences in several languages; each row combines two, so texts differ.
const SENTENCES: [&str; 8] = [
    "The delivery was quick and the headphones sound wonderful.",
    "Customer service answered my question within an hour, very helpful.",
    "Die Lieferung kam zu spät und der Karton war beschädigt.",
    "Leveringen var rask og produktet fungerer perfekt.",
    "Доставка заняла две недели, но товар хороший.",
    "The battery died after two days and nobody answered my emails.",
    "Bestillingen var nem, og prisen var god.",
    "Huduma ilikuwa nzuri sana na bidhaa ilifika haraka.",
];

/// A Trustpilot-style export: every 97th row has a bad rating, every 10th
/// a reply, one row repeats an earlier id.
fn write_export(path: &Path) -> (usize, usize) {
    let mut out = csv_writer(path);
    let mut good = 0;
    let mut bad = 0;
    for i in 0..ROWS {
        let rating = if i % 97 == 50 {
            "9".to_string()
        } else {
            (i % 5 + 1).to_string()
        };
        let body = format!(
            "{} {} (order {i})",
            SENTENCES[i % 8],
            SENTENCES[(i / 8) % 8]
        );
        let reply = if i % 10 == 0 {
            "Thank you for telling us."
        } else {
            ""
        };
        let id = if i == ROWS - 1 {
            "tp-0".to_string()
        } else {
            format!("tp-{i}")
        };
        let day = 1 + i % 28;
        out.write_record([
            id.as_str(),
            &format!("2024-03-{day:02} 10:{:02}:00", i % 60),
            &rating,
            &format!("Review {i}"),
            &body,
            &format!("Reviewer {}", i % 400),
            &format!("c{}", i % 400),
            reply,
        ])
        .expect("write row");
        if rating == "9" {
            bad += 1;
        } else if i != ROWS - 1 {
            good += 1;
        }
    }
    out.flush().expect("flush");
    (good, bad)
}

fn csv_writer(path: &Path) -> csv::Writer<std::fs::File> {
    let mut out = csv::Writer::from_path(path).expect("create export");
    out.write_record([
        "Review Id",
        "Review Created (UTC)",
        "Review Stars",
        "Review Title",
        "Review Content",
        "Consumer Name",
        "Consumer Id",
        "Reply Content",
    ])
    .expect("write header");
    out
}

/// An organisation with an owner and the business `shop`.
async fn prepare(db: &TestDb) {
    let app = App::new(db.store.clone(), Settings::default());
    let staff = NewStaff {
        email: "owner@shop.example",
        name: "Owner",
        role: Role::Owner,
    };
    app.create_owner("Shop Org", staff).await.expect("owner");
    app.create_business("Shop Org", "shop", "Shop", "")
        .await
        .expect("business");
}

/// Whether `stored` reviews are the first few batches of a run, whole: a
/// batch holds as many good rows as the plan says, and the test file
/// repeats no id, so each batch stores them all.
fn whole_batches(stored: usize) -> bool {
    let batch_size: usize = BATCH.parse().expect("batch size");
    let mut total = 0;
    for size in bulk_import::batch_plan(batch_size, true) {
        if total >= stored {
            break;
        }
        total += size;
    }
    total == stored
}

fn import(url: &str, input: &Path, rejects: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_candor"));
    command
        .args([
            "import",
            "--business",
            "shop",
            "--preset",
            "trustpilot",
            "--batch-size",
            BATCH,
        ])
        .arg("--database-url")
        .arg(url)
        .arg("--input")
        .arg(input)
        .arg("--rejects")
        .arg(rejects)
        .env("CANDOR_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

fn run_to_end(mut command: Command) -> String {
    let output = command.output().expect("run candor import");
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(
        output.status.success(),
        "import failed: {stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// Everything the import wrote, without the generated ids: one line per review.
async fn snapshot(url: &str) -> Vec<String> {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await.expect("connect");
    let rows = sqlx::query(
        "SELECT r.external_id, r.source, r.rating, r.title, r.body, r.author_name, \
         r.author_email, COALESCE(r.language, '') AS language, r.status, \
         COALESCE(r.status_reason, '') AS reason, r.created_at, \
         r.revision, r.revised_at, \
         (SELECT COUNT(*) FROM review_revisions v WHERE v.review_id = r.id) AS replaced, \
         (SELECT COUNT(*) FROM review_screenings s WHERE s.review_id = r.id) AS screenings, \
         (SELECT COUNT(*) FROM review_analyses a WHERE a.review_id = r.id) AS analyses, \
         (SELECT COUNT(*) FROM review_status_events e WHERE e.review_id = r.id) AS events, \
         COALESCE((SELECT p.body FROM replies p WHERE p.review_id = r.id), '') AS reply \
         FROM reviews r WHERE r.external_id IS NOT NULL ORDER BY r.external_id",
    )
    .fetch_all(&pool)
    .await
    .expect("snapshot");
    pool.close().await;
    rows.iter()
        .map(|row| {
            let text = |c: &str| row.try_get::<String, _>(c).expect(c);
            let number = |c: &str| row.try_get::<i64, _>(c).expect(c);
            format!(
                "{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}",
                text("external_id"),
                text("source"),
                number("rating"),
                text("title"),
                text("body"),
                text("author_name"),
                text("author_email"),
                text("language"),
                text("status"),
                text("reason"),
                number("created_at"),
                number("revision"),
                number("revised_at"),
                number("replaced"),
                number("screenings"),
                number("analyses"),
                number("events"),
                text("reply"),
            )
        })
        .collect()
}

async fn imported_count(url: &str) -> usize {
    snapshot(url).await.len()
}

async fn killed_and_rerun_equals_clean_run(clean: TestDb, killed: TestDb) {
    prepare(&clean).await;
    prepare(&killed).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("export.csv");
    let rejects: PathBuf = dir.path().join("rejects.csv");
    let (good, bad) = write_export(&input);

    let summary = run_to_end(import(&clean.url, &input, &rejects));
    assert!(
        summary.contains(&format!("imported {good} reviews")),
        "{summary}"
    );
    let expected = snapshot(&clean.url).await;
    assert_eq!(expected.len(), good);
    let reject_lines = std::fs::read_to_string(&rejects).expect("reject file");
    assert_eq!(reject_lines.lines().count(), bad + 1, "{reject_lines}");
    // Line 52 of the file (after the header) is row 50, whose rating is 9.
    assert!(
        reject_lines.contains("52,tp-50,\"rating: \"\"9\"\" is not a star rating"),
        "{reject_lines}"
    );
    assert!(expected.iter().all(|line| line.contains("|trustpilot|")));
    assert!(
        expected
            .iter()
            .filter(|line| line.ends_with("|Thank you for telling us."))
            .count()
            >= ROWS / 10 - 2
    );

    // Once more: nothing new.
    let again = run_to_end(import(&clean.url, &input, &rejects));
    assert!(again.contains("imported 0 reviews"), "{again}");
    assert_eq!(snapshot(&clean.url).await, expected);

    // Killed part-way through, then run again.
    let mut child = import(&killed.url, &input, &rejects)
        .spawn()
        .expect("spawn import");
    let started = Instant::now();
    let mut at_kill = 0;
    while started.elapsed() < Duration::from_secs(120) {
        at_kill = imported_count(&killed.url).await;
        if at_kill >= 100 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    child.kill().expect("SIGKILL the import");
    child.wait().expect("reap");
    let after_kill = imported_count(&killed.url).await;
    assert!(
        at_kill >= 100 && after_kill < good,
        "killed after {after_kill} of {good}: too late to test resuming"
    );
    assert!(
        whole_batches(after_kill),
        "a batch half-committed: {after_kill} reviews"
    );
    run_to_end(import(&killed.url, &input, &rejects));
    let resumed = snapshot(&killed.url).await;
    assert_eq!(resumed.len(), expected.len());
    for (got, want) in resumed.iter().zip(&expected) {
        assert_eq!(got, want);
    }
}

fn jobs(url: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_candor"));
    command
        .arg("jobs")
        .arg("--database-url")
        .arg(url)
        .env("CANDOR_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

async fn deferred_then_jobs_equals_clean_run(clean: TestDb, deferred: TestDb) {
    prepare(&clean).await;
    prepare(&deferred).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("export.csv");
    let rejects: PathBuf = dir.path().join("rejects.csv");
    let (good, _) = write_export(&input);
    run_to_end(import(&clean.url, &input, &rejects));
    let expected = snapshot(&clean.url).await;

    let mut command = import(&deferred.url, &input, &rejects);
    command.arg("--defer-analysis");
    let summary = run_to_end(command);
    // The repeat of tp-0 is in a later batch than the first: it is queued,
    // and left out when stored (the database below equals the clean run's).
    let queued = good + 1;
    assert!(
        summary.contains(&format!("queued {queued} reviews")) && summary.contains("import queue"),
        "{summary}"
    );
    assert!(
        snapshot(&deferred.url).await.is_empty(),
        "stored before the jobs ran"
    );
    let ran = run_to_end(jobs(&deferred.url));
    assert!(
        ran.starts_with("ran ") && !ran.starts_with("ran 0 "),
        "{ran}"
    );
    let stored = snapshot(&deferred.url).await;
    assert_eq!(stored.len(), expected.len());
    for (got, want) in stored.iter().zip(&expected) {
        assert_eq!(got, want);
    }
}

#[tokio::test]
async fn sqlite_deferred_import_finished_by_jobs_equals_a_clean_run() {
    deferred_then_jobs_equals_clean_run(TestDb::sqlite().await, TestDb::sqlite().await).await;
}

#[tokio::test]
async fn postgres_deferred_import_finished_by_jobs_equals_a_clean_run() {
    deferred_then_jobs_equals_clean_run(TestDb::postgres().await, TestDb::postgres().await).await;
}

#[tokio::test]
async fn sqlite_import_killed_and_rerun_equals_a_clean_run() {
    killed_and_rerun_equals_clean_run(TestDb::sqlite().await, TestDb::sqlite().await).await;
}

#[tokio::test]
async fn postgres_import_killed_and_rerun_equals_a_clean_run() {
    killed_and_rerun_equals_clean_run(TestDb::postgres().await, TestDb::postgres().await).await;
}
