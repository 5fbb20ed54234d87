use candor_core::FieldError;
use candor_store::StoreError;
use thiserror::Error;

/// Why a use case refused or failed. The web layer maps each kind to one
/// HTTP status; `Internal` details are logged there, never shown.
#[derive(Debug, Error)]
pub enum AppError {
    #[error("{0}")]
    Invalid(#[from] FieldError),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("authentication required")]
    Unauthenticated,
    #[error("not allowed: {0}")]
    Forbidden(&'static str),
    #[error("{0}")]
    Conflict(String),
    /// Too many submissions from one sender; retry after the given seconds.
    #[error("too many reviews from this {what}; try again in {retry_after_secs} s")]
    RateLimited {
        retry_after_secs: u64,
        what: &'static str,
    },
    /// A part of the instance that is switched off or not ready.
    #[error("{0}")]
    Unavailable(&'static str),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Conflict(what) => {
                AppError::Conflict(format!("that {what} is already taken"))
            }
            other => AppError::Internal(other.to_string()),
        }
    }
}
