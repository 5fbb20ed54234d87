//! Reply help: a business's reply templates (per language, optionally per
//! star band, with `{name}` and `{business}` placeholders) and a suggested
//! draft for any review, from a matching template or, failing that, built
//! deterministically from the review's sentiment band and aspects in the
//! review's language. No external service; staff always edit before posting.

use candor_core::respond::StarBand;
use candor_core::{FieldError, Language, validate};
use candor_i18n::Tr;
use candor_store::{Business, ReplyTemplate, Review, TemplateFields};
use serde::Deserialize;

use crate::respond::require_manager;
use crate::{App, AppError, User, now_ms};

/// What a template may say in braces.
pub const PLACEHOLDERS: [&str; 2] = ["name", "business"];
pub const MAX_TEMPLATE_CHARS: usize = 5_000;
/// An aspect counts as praised or criticised beyond this mean polarity.
const ASPECT_POLARITY: f64 = 0.2;

#[derive(Debug, Clone, Deserialize)]
pub struct TemplateInput {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub language: String,
    pub band: Option<String>,
    #[serde(default)]
    pub body: String,
}

/// A suggested reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuggestedReply {
    pub body: String,
    pub language: String,
    /// The template it came from; `None` for Candor's built-in draft.
    pub template_id: Option<String>,
}

/// Checks that every `{...}` in `body` is a known placeholder.
pub fn check_placeholders(field: &'static str, body: &str) -> Result<(), FieldError> {
    let mut rest = body;
    while let Some(open) = rest.find(['{', '}']) {
        let bad = |what: String| FieldError::new(field, "invalid_placeholder", what);
        if rest[open..].starts_with('}') {
            return Err(bad("a '}' without its '{'".into()));
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| bad("a '{' without its '}'".into()))?;
        let name = &after[..close];
        if !PLACEHOLDERS.contains(&name) {
            return Err(bad(format!(
                "unknown placeholder {{{name}}}; use {{name}} or {{business}}"
            )));
        }
        rest = &after[close + 1..];
    }
    Ok(())
}

/// Fills a checked template for one review.
pub fn fill(body: &str, reviewer_name: &str, business_name: &str) -> String {
    body.replace("{name}", reviewer_name)
        .replace("{business}", business_name)
}

fn parse_template(
    input: &TemplateInput,
) -> Result<(String, String, Option<String>, String), FieldError> {
    let name = validate::text("name", &input.name, true, 100)?;
    let language = Language::parse(&input.language)?.as_str().to_string();
    let band = match input.band.as_deref().filter(|b| !b.is_empty()) {
        None => None,
        Some(raw) => Some(StarBand::parse(raw)?.as_str().to_string()),
    };
    let body = validate::text("body", &input.body, true, MAX_TEMPLATE_CHARS)?;
    check_placeholders("body", &body)?;
    Ok((name, language, band, body))
}

/// The (aspect, polarity) pairs of a stored analysis's JSON.
pub(crate) fn aspect_polarities(json: &str) -> Vec<(String, f64)> {
    let parsed: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
    parsed
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|m| Some((m["aspect"].as_str()?.to_string(), m["sentiment"].as_f64()?)))
                .collect()
        })
        .unwrap_or_default()
}

/// Candor's own draft: greeting, a line for the band, the aspects praised
/// and criticised, an offer to make it right for unhappy reviewers, sign-off.
fn built_in_draft(
    tr: &Tr,
    review: &Review,
    business: &Business,
    aspects: &[(String, f64)],
) -> String {
    let band = StarBand::of(review.rating.get().into());
    let labels = |keep: &dyn Fn(f64) -> bool| -> String {
        aspects
            .iter()
            .filter(|(_, p)| keep(*p))
            .map(|(a, _)| tr.get(&format!("aspect-{a}")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let praised = labels(&|p| p > ASPECT_POLARITY);
    let criticised = labels(&|p| p < -ASPECT_POLARITY);
    let mut lines = vec![tr.arg("draft-greeting", "name", review.author_name.as_str())];
    lines.push(tr.get(&format!("draft-{}", band.as_str())));
    if !praised.is_empty() && band != StarBand::Negative {
        lines.push(tr.arg("draft-praised", "aspects", praised));
    }
    if !criticised.is_empty() {
        lines.push(tr.arg("draft-criticised", "aspects", criticised));
    }
    if band == StarBand::Negative {
        lines.push(tr.get("draft-make-right"));
    }
    lines.push(tr.arg("draft-closing", "business", business.name.as_str()));
    lines.join("\n\n")
}

impl App {
    pub async fn reply_templates(
        &self,
        actor: &User,
        slug: &str,
    ) -> Result<Vec<ReplyTemplate>, AppError> {
        let business = self.staff_business(actor, slug).await?;
        Ok(self.store().reply_templates(&business.id).await?)
    }

    /// Adds a template (owners and managers).
    pub async fn create_reply_template(
        &self,
        actor: &User,
        slug: &str,
        input: &TemplateInput,
    ) -> Result<ReplyTemplate, AppError> {
        let business = self.staff_business(actor, slug).await?;
        require_manager(actor)?;
        let (name, language, band, body) = parse_template(input)?;
        let fields = TemplateFields {
            name: &name,
            language: &language,
            band: band.as_deref(),
            body: &body,
        };
        let mut tx = self.store().begin().await?;
        let id = tx
            .insert_reply_template(&business.id, &fields, now_ms())
            .await?;
        tx.commit().await?;
        self.store()
            .reply_template(&id)
            .await?
            .ok_or(AppError::NotFound("template"))
    }

    async fn staff_template(&self, actor: &User, id: &str) -> Result<ReplyTemplate, AppError> {
        let template = self
            .store()
            .reply_template(id)
            .await?
            .ok_or(AppError::NotFound("template"))?;
        match self.store().business_by_id(&template.business_id).await? {
            Some(b) if b.org_id == actor.org_id => Ok(template),
            _ => Err(AppError::NotFound("template")),
        }
    }

    pub async fn update_reply_template(
        &self,
        actor: &User,
        id: &str,
        input: &TemplateInput,
    ) -> Result<ReplyTemplate, AppError> {
        let template = self.staff_template(actor, id).await?;
        require_manager(actor)?;
        let (name, language, band, body) = parse_template(input)?;
        let fields = TemplateFields {
            name: &name,
            language: &language,
            band: band.as_deref(),
            body: &body,
        };
        let mut tx = self.store().begin().await?;
        tx.update_reply_template(&template.id, &fields, now_ms())
            .await?;
        tx.commit().await?;
        self.store()
            .reply_template(id)
            .await?
            .ok_or(AppError::NotFound("template"))
    }

    pub async fn delete_reply_template(&self, actor: &User, id: &str) -> Result<(), AppError> {
        let template = self.staff_template(actor, id).await?;
        require_manager(actor)?;
        let mut tx = self.store().begin().await?;
        tx.delete_reply_template(&template.id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A suggested reply to a review: the business's template for the
    /// review's language and band (or any band), else Candor's built-in draft.
    pub async fn reply_draft(
        &self,
        actor: &User,
        review_id: &str,
    ) -> Result<SuggestedReply, AppError> {
        let review = self.staff_review(actor, review_id).await?.review;
        let business = self
            .store()
            .business_by_id(&review.business_id)
            .await?
            .ok_or(AppError::NotFound("business"))?;
        let language = review
            .language
            .as_ref()
            .map_or("en", |l| l.as_str())
            .to_string();
        let band = StarBand::of(review.rating.get().into()).as_str();
        let templates = self.store().reply_templates(&business.id).await?;
        let matching = |wanted: Option<&str>| {
            templates
                .iter()
                .find(|t| t.language == language && t.band.as_deref() == wanted)
        };
        if let Some(template) = matching(Some(band)).or_else(|| matching(None)) {
            return Ok(SuggestedReply {
                body: fill(&template.body, &review.author_name, &business.name),
                language,
                template_id: Some(template.id.clone()),
            });
        }
        let analyses = self
            .store()
            .analyses(std::slice::from_ref(&review.id))
            .await?;
        let aspects = analyses
            .first()
            .map(|a| aspect_polarities(&a.aspects))
            .unwrap_or_default();
        let tr = self.translator(&language);
        Ok(SuggestedReply {
            body: built_in_draft(&tr, &review, &business, &aspects),
            language: tr.locale.to_string(),
            template_id: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_known_placeholders_pass() {
        assert!(check_placeholders("body", "Hei {name}, takk fra {business}!").is_ok());
        assert!(check_placeholders("body", "No placeholders at all.").is_ok());
        for bad in ["Hi {email}", "Hi {name", "Hi name}", "{}", "{{name}}"] {
            assert_eq!(
                check_placeholders("body", bad).map_err(|e| e.code),
                Err("invalid_placeholder"),
                "{bad}"
            );
        }
    }

    #[test]
    fn fill_puts_in_the_names() {
        assert_eq!(
            fill("Hi {name}, {business} here. {name}!", "Ana", "Acme"),
            "Hi Ana, Acme here. Ana!"
        );
    }

    #[test]
    fn aspects_are_read_from_the_stored_json() {
        let json = r#"[{"aspect":"delivery","sentiment":-0.6,"sentences":[0]},{"aspect":"staff","sentiment":0.5,"sentences":[1]}]"#;
        assert_eq!(
            aspect_polarities(json),
            vec![("delivery".to_string(), -0.6), ("staff".to_string(), 0.5)]
        );
        assert!(aspect_polarities("not json").is_empty());
    }
}
