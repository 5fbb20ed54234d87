//! Sentences of the report, shared by its HTML page and its PDF so both
//! say the same thing in the reader's language.

use candor_i18n::Tr;

use super::dashboard::AspectShare;
use super::reports::Report;
use crate::RecoveryFigures;

pub fn percent(t: &Tr, rate: Option<f64>) -> String {
    rate.map_or_else(
        || "–".to_string(),
        |r| format!("{} %", t.decimal(r * 100.0, 0)),
    )
}

pub fn hours(t: &Tr, ms: Option<f64>) -> String {
    ms.map_or_else(|| "–".to_string(), |ms| t.decimal(ms / 3_600_000.0, 1))
}

/// The aspect's name in the reader's language (its id for a business's own).
pub fn aspect_label(t: &Tr, aspect: &str) -> String {
    let id = format!("aspect-{aspect}");
    let label = t.get(&id);
    if label == id {
        aspect.to_string()
    } else {
        label
    }
}

/// "Candor score 4.3 · 120 reviews in the period · mean 4.1 stars".
pub fn summary_line(report: &Report, t: &Tr) -> String {
    let d = &report.dashboard;
    t.args(
        "report-summary",
        &[
            ("score", t.decimal(d.score.score, 2)),
            ("reviews", d.range.reviews.to_string()),
            (
                "mean",
                d.range.mean.map_or_else(|| "–".into(), |m| t.decimal(m, 2)),
            ),
        ],
    )
}

/// Response and recovery figures of the period, one sentence each.
pub fn response_lines(report: &Report, t: &Tr) -> Vec<String> {
    recovery_lines(&report.dashboard.recovery, t)
}

pub fn recovery_lines(figures: &RecoveryFigures, t: &Tr) -> Vec<String> {
    let responses = &figures.responses;
    let ended = figures.cases.resolved + figures.cases.not_resolved;
    let recovery = if ended == 0 {
        t.get("recovery-summary-empty")
    } else {
        t.args(
            "recovery-summary",
            &[
                ("rate", percent(t, figures.recovery_rate)),
                ("resolved", figures.cases.resolved.to_string()),
                ("ended", ended.to_string()),
                ("hours", hours(t, figures.median_resolution_ms)),
                ("updated", figures.updated_reviews.to_string()),
            ],
        )
    };
    vec![
        t.args(
            "respond-rate",
            &[
                ("all", percent(t, responses.all.rate())),
                ("negative", percent(t, responses.negative.rate())),
            ],
        ),
        t.args(
            "respond-median",
            &[
                ("all", hours(t, responses.median_first_reply_ms)),
                (
                    "negative",
                    hours(t, responses.negative_median_first_reply_ms),
                ),
            ],
        ),
        recovery,
    ]
}

/// "Delivery: 12 of 40 mentions negative (30 %)".
pub fn aspect_line(a: &AspectShare, t: &Tr) -> String {
    t.args(
        "report-aspect",
        &[
            ("aspect", aspect_label(t, &a.aspect)),
            ("negative", a.negative.to_string()),
            ("mentions", a.mentions.to_string()),
            ("share", percent(t, Some(a.share))),
        ],
    )
}
