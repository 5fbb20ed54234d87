//! Prometheus metrics at `/metrics`: request counts by route class and
//! status, and a latency histogram. Hand-rolled: a few atomics suffice.

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

use crate::server::AppState;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0];
const AREAS: [&str; 3] = ["api", "page", "other"];
const CLASSES: [&str; 4] = ["2xx", "3xx", "4xx", "5xx"];

#[derive(Default)]
pub struct Metrics {
    requests: [[AtomicU64; 4]; 3],
    latency_buckets: [AtomicU64; 10],
    latency_count: AtomicU64,
    latency_micros: AtomicU64,
}

fn area(path: &str) -> usize {
    if path.starts_with("/api/") {
        0
    } else if path.starts_with("/b/")
        || path.starts_with("/r/")
        || path.starts_with("/dashboard")
        || path == "/"
    {
        1
    } else {
        2
    }
}

impl Metrics {
    fn record(&self, path: &str, status: u16, seconds: f64) {
        let class = usize::from(status / 100).clamp(2, 5) - 2;
        self.requests[area(path)][class].fetch_add(1, Ordering::Relaxed);
        for (bound, counter) in BUCKETS.iter().zip(&self.latency_buckets) {
            if seconds <= *bound {
                counter.fetch_add(1, Ordering::Relaxed);
            }
        }
        self.latency_count.fetch_add(1, Ordering::Relaxed);
        self.latency_micros
            .fetch_add((seconds * 1e6) as u64, Ordering::Relaxed);
    }

    /// The text exposition format.
    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str("# HELP candor_http_requests_total HTTP requests answered.\n");
        out.push_str("# TYPE candor_http_requests_total counter\n");
        for (a, area) in AREAS.iter().enumerate() {
            for (c, class) in CLASSES.iter().enumerate() {
                let n = self.requests[a][c].load(Ordering::Relaxed);
                let _ = writeln!(
                    out,
                    "candor_http_requests_total{{area=\"{area}\",status=\"{class}\"}} {n}"
                );
            }
        }
        out.push_str("# HELP candor_http_request_duration_seconds Time to answer a request.\n");
        out.push_str("# TYPE candor_http_request_duration_seconds histogram\n");
        for (bound, counter) in BUCKETS.iter().zip(&self.latency_buckets) {
            let n = counter.load(Ordering::Relaxed);
            let _ = writeln!(
                out,
                "candor_http_request_duration_seconds_bucket{{le=\"{bound}\"}} {n}"
            );
        }
        let count = self.latency_count.load(Ordering::Relaxed);
        let sum = self.latency_micros.load(Ordering::Relaxed) as f64 / 1e6;
        let _ = writeln!(
            out,
            "candor_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {count}"
        );
        let _ = writeln!(out, "candor_http_request_duration_seconds_sum {sum}");
        let _ = writeln!(out, "candor_http_request_duration_seconds_count {count}");
        out
    }
}

/// Middleware: time every request and count its outcome.
pub async fn track(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let started = Instant::now();
    let response = next.run(request).await;
    state.metrics.record(
        &path,
        response.status().as_u16(),
        started.elapsed().as_secs_f64(),
    );
    response
}
