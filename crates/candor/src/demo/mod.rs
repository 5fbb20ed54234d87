//! The demo organisation: three businesses with a few hundred reviews in the
//! six seed languages, composed from hand-written sentences (`corpus/*.json`)
//! with a fixed random seed, so every demo instance looks the same.

mod compose;

use anyhow::Context;
use candor_app::{App, AppError, Business, NewStaff};
use candor_core::Role;

pub use compose::generate;

pub const DEMO_ORG: &str = "Candor Demo";
pub const DEMO_EMAIL: &str = "demo@candor.example";

/// The demo businesses: slug, name, website, reviews, and the weights of 1..5 stars.
const BUSINESSES: [(&str, &str, &str, usize, [u32; 5]); 3] = [
    (
        "nordlys-electronics",
        "Nordlys Electronics",
        "https://nordlys.example",
        140,
        [18, 6, 8, 20, 48],
    ),
    (
        "baeckerei-sonnenschein",
        "Bäckerei Sonnenschein",
        "https://sonnenschein.example",
        110,
        [4, 4, 10, 30, 52],
    ),
    (
        "safari-auto",
        "Safari Auto",
        "https://safari-auto.example",
        100,
        [22, 12, 16, 22, 28],
    ),
];

/// Loads the demo unless it is there already. Returns the login when it
/// was created now (its password exists only in this answer).
pub async fn load(app: &App) -> anyhow::Result<Option<(String, String)>> {
    if app.store().organisation_by_name(DEMO_ORG).await?.is_some() {
        println!(
            "demo data already loaded (reset the login with `candor admin reset-password --email {DEMO_EMAIL}`)"
        );
        return Ok(None);
    }
    let staff = NewStaff {
        email: DEMO_EMAIL,
        name: "Demo Owner",
        role: Role::Owner,
    };
    let (owner, password) = app.create_owner(DEMO_ORG, staff).await?;
    let mut total = 0;
    for (index, (slug, name, website, count, weights)) in BUSINESSES.into_iter().enumerate() {
        let business = app.create_business(DEMO_ORG, slug, name, website).await?;
        total +=
            compose::generate_with(app, &business, &owner, count, 1000 + index as u64, weights)
                .await
                .with_context(|| format!("demo reviews of {slug}"))?;
        open_demo_cases(app, &owner, &business)
            .await
            .with_context(|| format!("demo cases of {slug}"))?;
    }
    add_demo_promises(app, &owner).await?;
    // The dashboard reads rollups; build them now so the first visit is quick.
    app.refresh_insights(u64::MAX).await?;
    println!("loaded the demo: 3 businesses, {total} reviews");
    Ok(Some((owner.email, password)))
}

/// One marketing promise per business, in different languages, so the
/// promise gap shows reviews in other languages speaking of it.
const PROMISES: [(&str, &str, &str); 4] = [
    ("nordlys-electronics", "Delivered the next day", "en"),
    (
        "nordlys-electronics",
        "Problemlose Rückgabe und schnelle Erstattung",
        "de",
    ),
    (
        "baeckerei-sonnenschein",
        "Immer freundliches Personal",
        "de",
    ),
    (
        "safari-auto",
        "Bei zetu ni za haki, bila ada zilizofichwa",
        "sw",
    ),
];

async fn add_demo_promises(app: &App, owner: &candor_app::User) -> anyhow::Result<()> {
    for (slug, text, language) in PROMISES {
        let promise = candor_app::insights::NewPromise {
            text: text.to_string(),
            language: language.to_string(),
            keywords: Default::default(),
        };
        app.add_promise(owner, slug, &promise)
            .await
            .with_context(|| format!("demo promise {text:?}"))?;
    }
    Ok(())
}

/// Imported reviews open no recovery case (they are history); the demo opens
/// some on its unanswered 1-2 star reviews so the dashboard shows cases in a
/// few states. Nothing is sent: contacting a reviewer needs a mail server.
async fn open_demo_cases(
    app: &App,
    owner: &candor_app::User,
    business: &Business,
) -> Result<(), AppError> {
    const CASES: usize = 4;
    let (waiting, _) = app.unanswered(owner, &business.slug, None).await?;
    let negative = waiting.iter().filter(|w| w.review.rating.get() <= 2);
    for (index, item) in negative.take(CASES).enumerate() {
        let case = app.open_case(owner, &item.review.id).await?;
        match index {
            0 => {
                let note = "Checked the order: the parcel was returned to the depot.";
                app.note_case(owner, &case.id, note).await?;
            }
            1 => {
                let close = candor_app::CaseCommand {
                    action: "close_without_contact".into(),
                    note: Some("The reviewer asked not to be contacted.".into()),
                    ..candor_app::CaseCommand::default()
                };
                app.act_on_case(owner, &case.id, &close).await?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Any staff member of the business's organisation, to post replies as.
async fn replier(app: &App, business: &Business) -> Result<candor_app::User, AppError> {
    app.store()
        .users_of_org(&business.org_id)
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound("staff member of the organisation"))
}
