//! Insights (#7): the dashboard, recovery economics, the perfection signal,
//! segments and reach, the promise gap, root causes and education gaps,
//! reports and testimonials. Every figure has its formula in the module
//! that computes it and in `docs/insights.md`; all of them are read from
//! rollups (`refresh.rs`) that can be rebuilt from the reviews at any time.

mod causes;
mod dashboard;
mod economics;
mod facts;
mod matching;
mod organisation;
mod pdf;
mod period;
mod promises;
mod refresh;
mod reports;
mod rollup;
mod testimonials;
mod wording;

pub use causes::{CauseCell, EducationGap, JourneyPath, RootCauses, StageCount};
pub use dashboard::{ASPECTS_SHOWN, AspectShare, Dashboard, RangeFigures, TrendPoint};
pub use economics::{EconomicsQuery, EconomicsReport, InputSource, ScenarioOutcome};
pub use organisation::{BusinessRow, OrganisationDashboard};
pub use pdf::report_pdf;
pub use period::{InsightFilter, Period, date_of, day_of, iso};
pub use promises::{NewPromise, PromiseReport};
pub use refresh::{RefreshState, Refreshed};
pub use reports::{Report, ReportShare};
pub use testimonials::MAX_TESTIMONIALS;
pub use wording::{
    aspect_label, aspect_line, hours, percent, recovery_lines, response_lines, summary_line,
};

use crate::AppError;

/// Runs CPU-bound work (text matching) off the async threads.
pub(crate) async fn cpu<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Internal(format!("insight task: {e}")))
}
