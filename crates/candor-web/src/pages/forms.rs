//! The review form: what it shows, and what it posts.

use candor_app::Review;
use candor_core::ReviewInput;
use serde::Deserialize;

/// The fields of the review form, as posted (all text, so a wrong value can
/// be shown back to the writer instead of failing to parse).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ReviewFormData {
    #[serde(default)]
    pub rating: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub author_name: String,
    #[serde(default)]
    pub author_email: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub experienced_on: String,
    #[serde(default)]
    pub token: String,
    /// The honeypot: hidden from people, filled in by form-filling programs.
    #[serde(default)]
    pub website: String,
    /// A ticked checkbox sends a value; an unticked one sends nothing.
    #[serde(default)]
    pub testimonial_consent: Option<String>,
}

impl ReviewFormData {
    pub fn to_input(&self) -> ReviewInput {
        ReviewInput {
            // An unparsable rating becomes an out-of-range one, reported as such.
            rating: if self.rating.trim().is_empty() {
                None
            } else {
                Some(self.rating.trim().parse().unwrap_or(0))
            },
            title: self.title.clone(),
            body: self.body.clone(),
            author_name: self.author_name.clone(),
            author_email: self.author_email.clone(),
            language: Some(self.language.clone()),
            experienced_on: Some(self.experienced_on.clone()),
            testimonial_consent: self.testimonial_consent.is_some(),
        }
    }

    pub fn from_review(review: &Review) -> Self {
        let language = review
            .language
            .as_ref()
            .map(|l| l.as_str())
            .unwrap_or_default();
        Self {
            rating: review.rating.get().to_string(),
            title: review.title.clone(),
            body: review.body.clone(),
            author_name: review.author_name.clone(),
            author_email: String::new(),
            // Reviews store Norwegian as `no`; the selector offers `nb`.
            language: if language == "no" {
                "nb".into()
            } else {
                language.into()
            },
            experienced_on: review.experienced_on.clone().unwrap_or_default(),
            token: String::new(),
            website: String::new(),
            testimonial_consent: None,
        }
    }
}

/// The review form as a template shows it.
#[derive(Debug, Clone, Default)]
pub struct ReviewFormView {
    pub action: String,
    pub token: Option<String>,
    pub error: Option<String>,
    pub rating: String,
    pub title: String,
    pub body: String,
    pub author_name: String,
    pub author_email: String,
    pub language: String,
    pub experienced_on: String,
}

impl ReviewFormView {
    pub fn language_is(&self, code: &str) -> bool {
        self.language == code
    }

    pub fn new(action: String, data: ReviewFormData, error: Option<String>) -> Self {
        Self {
            action,
            token: (!data.token.is_empty()).then_some(data.token),
            error,
            rating: data.rating,
            title: data.title,
            body: data.body,
            author_name: data.author_name,
            author_email: data.author_email,
            language: data.language,
            experienced_on: data.experienced_on,
        }
    }
}
