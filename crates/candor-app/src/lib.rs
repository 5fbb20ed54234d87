//! Candor's use cases. Web handlers, the CLI and background jobs all call
//! these functions; each one validates its input, checks who may do it, and
//! runs its writes in one transaction.

mod akismet;
mod aspects;
mod auth;
mod behaviour;
pub mod bulk_import;
mod businesses;
mod duplicates;
mod emails;
mod error;
pub mod export;
mod import;
mod incidents;
pub mod insights;
pub mod invitations;
mod jobs;
mod moderation;
mod notify;
pub mod privacy;
mod recovery;
mod recovery_figures;
mod recovery_relay;
mod replies;
mod reply_help;
mod respond;
mod reviewer_graph;
mod reviews;
mod search;
mod search_reviews;
mod secrets;
pub mod sentiment_models;
mod sentiment_training;
mod spam_training;
mod text;
mod topics;
mod transparency;
mod trust;

pub use akismet::{AkismetComment, AkismetVerdict};
pub use aspects::{MAX_CUSTOM_ASPECTS, MAX_KEYWORDS};
pub use auth::{NewStaff, SESSION_TTL_MS};
pub use behaviour::{Origin, RateLimits};
pub use businesses::BusinessSummary;
pub use candor_search::SearchIndex;
pub use candor_store::{
    ApiToken, Backend, Business, GraphRun, Reply, ReplyRevision, Review, ReviewAnalysis,
    ReviewCursor, ReviewPage, ReviewRevision, ReviewWithReply, StatusEvent, Store, Suspicion, User,
};
pub use candor_store::{
    CaseCounts, CaseEvent, CaseMessage, Incident, Job, JobCounts, JobState, MessageDirection,
    NewJob, RecoveryCase, ReplyTemplate, Tx, WEEK_MS,
};
pub use candor_text::{ASPECTS, CustomAspect, Phrase, TopicReport};
pub use candor_trust::{Decision, Finding, Screening, Thresholds};
pub use error::AppError;
pub use import::ImportItem;
pub use incidents::{IncidentDetail, IncidentReply, is_burst, poisson_upper_tail};
pub use jobs::{
    DEFAULT_LEASE_MS, JobFuture, JobHandler, JobOutcome, Jobs, backoff_ms, job_payload,
    new_worker_id,
};
pub use moderation::{FLAG_REASONS, ModerationAction, QUEUE_PAGE, QueueEntry, Raiser};
pub use notify::{NotificationItem, job_kinds};
pub use recovery::{CASE_PAGE, CaseCommand, CaseDetail, DEFAULT_OPEN_AT_OR_BELOW, RemedyInput};
pub use recovery_figures::RecoveryFigures;
pub use recovery_relay::ReviewerCase;
pub use reply_help::{PLACEHOLDERS, SuggestedReply, TemplateInput};
pub use respond::{DeadlineSetting, ResponseFigures, UNANSWERED_PAGE, UnansweredReview};
pub use reviews::{PAGE_SIZE, ReviewDetail, SubmittedReview};
pub use search_reviews::SearchResults;
pub use sentiment_training::{LanguageTraining, SentimentTraining, TrainingOutcome};
pub use spam_training::{MIN_INSTANCE_EXAMPLES, SpamTraining};
pub use transparency::{RemovalRow, Transparency};

use candor_core::ScoreParams;

/// Instance-wide settings that shape behaviour (not connection details).
#[derive(Debug, Clone, Copy, Default)]
pub struct Settings {
    pub score: ScoreParams,
    /// Spam-score thresholds of the screening.
    pub screening: candor_trust::Thresholds,
    pub rate_limits: behaviour::RateLimits,
}

/// The application: a store and the settings every use case reads.
#[derive(Clone)]
pub struct App {
    store: Store,
    settings: Settings,
    /// How Candor sends e-mail; refuses every send until configured.
    mailer: candor_mail::SharedMailer,
    mail_enabled: bool,
    /// Interface and e-mail text in every locale.
    catalog: std::sync::Arc<candor_i18n::Catalog>,
    /// Where links in e-mails point, without a trailing slash.
    public_url: std::sync::Arc<str>,
    search: Option<std::sync::Arc<search::SearchSync>>,
    /// Retrained sentiment models in use, shared by the clones of this App.
    sentiment_models: std::sync::Arc<sentiment_models::SentimentModels>,
    spam_models: std::sync::Arc<spam_training::SpamModels>,
    insight_refresh: std::sync::Arc<insights::RefreshState>,
}

impl App {
    pub fn new(store: Store, settings: Settings) -> Self {
        Self {
            store,
            settings,
            mailer: std::sync::Arc::new(candor_mail::DisabledMailer),
            mail_enabled: false,
            catalog: std::sync::Arc::new(
                candor_i18n::Catalog::load()
                    .expect("the embedded locales parse (checked by candor-i18n's tests)"),
            ),
            public_url: std::sync::Arc::from("http://127.0.0.1:8080"),
            search: None,
            sentiment_models: Default::default(),
            spam_models: Default::default(),
            insight_refresh: Default::default(),
        }
    }

    pub(crate) fn insight_refresh(&self) -> &insights::RefreshState {
        &self.insight_refresh
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Sends e-mail (alerts, digests) through `mailer` from now on.
    pub fn with_mailer(mut self, mailer: candor_mail::SharedMailer) -> Self {
        self.mailer = mailer;
        self.mail_enabled = true;
        self
    }

    /// The address users reach this instance at, for links in e-mails.
    pub fn with_public_url(mut self, url: &str) -> Self {
        self.public_url = std::sync::Arc::from(url.trim_end_matches('/'));
        self
    }

    pub fn mail_enabled(&self) -> bool {
        self.mail_enabled
    }

    pub fn public_url(&self) -> &str {
        &self.public_url
    }

    /// A translator into `locale` (English for an unknown one).
    pub fn translator(&self, locale: &str) -> candor_i18n::Tr {
        let locale = candor_i18n::supported(locale).unwrap_or("en");
        candor_i18n::Tr::new(self.catalog.clone(), locale)
    }
}

/// Now, in Unix milliseconds (UTC): the one time format the store keeps.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// A stable, non-reversible key for a piece of request metadata (SHA-256, hex).
pub fn fingerprint(raw: &str) -> String {
    secrets::token_hash(raw)
}
