//! `candor admin ...`: bootstrap and manage an instance from the shell.

use anyhow::Context;
use candor_app::NewStaff;
use candor_core::{ReviewStatus, Role};
use clap::Subcommand;

use crate::cli::{DbArgs, open_app};

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an organisation and its first owner; prints a one-time password.
    CreateOwner {
        #[arg(long)]
        org: String,
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "")]
        name: String,
    },
    /// Add a staff member (owner, manager or agent) to an organisation.
    CreateUser {
        #[arg(long)]
        org: String,
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "agent")]
        role: String,
        #[arg(long, default_value = "")]
        name: String,
    },
    /// Give a staff member a new one-time password.
    ResetPassword {
        #[arg(long)]
        email: String,
    },
    /// Create a business of an organisation.
    CreateBusiness {
        #[arg(long)]
        org: String,
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "")]
        website: String,
    },
    /// Moderate a review: set its status (published, pending, removed) with a reason.
    SetStatus {
        #[arg(long)]
        review: String,
        #[arg(long)]
        status: String,
        #[arg(long)]
        reason: String,
    },
    /// Analyse reviews again (after `candor train sentiment` or a lexicon
    /// upgrade): all businesses, or one. The search index follows.
    Reanalyze {
        #[arg(long)]
        business: Option<String>,
    },
    /// Make a staff member a platform moderator (sees and decides the moderation queue).
    GrantModerator {
        #[arg(long)]
        email: String,
    },
    /// Score the reviewer-business graph now (the server also does it every few hours).
    ScoreGraph,
    /// Make a new Akismet-compatible key for /api/akismet/1.1 (the old one stops working).
    AkismetKey,
    /// Block a term instance-wide: reviews containing it are held for moderation.
    Block { term: String },
    /// Add N generated reviews (from the demo corpus) to a business, for load tests.
    GenerateReviews {
        #[arg(long)]
        business: String,
        #[arg(long)]
        count: usize,
        #[arg(long, default_value_t = 7)]
        seed: u64,
    },
}

pub async fn run(db: &DbArgs, command: AdminCommand) -> anyhow::Result<()> {
    let app = open_app(db, Default::default()).await?;
    match command {
        AdminCommand::CreateOwner { org, email, name } => {
            let staff = NewStaff {
                email: &email,
                name: &name,
                role: Role::Owner,
            };
            let (user, password) = app.create_owner(&org, staff).await?;
            println!("created owner {} of organisation {org:?}", user.email);
            println!("password: {password}");
            println!(
                "(shown once; change it with `candor admin reset-password --email {}`)",
                user.email
            );
        }
        AdminCommand::CreateUser {
            org,
            email,
            role,
            name,
        } => {
            let role = Role::parse(&role)?;
            let (user, password) = app
                .create_staff(
                    &org,
                    NewStaff {
                        email: &email,
                        name: &name,
                        role,
                    },
                )
                .await?;
            println!(
                "created {} {} in organisation {org:?}",
                role.as_str(),
                user.email
            );
            println!("password: {password}");
        }
        AdminCommand::ResetPassword { email } => {
            let password = app.reset_password(&email).await?;
            println!("password: {password}");
        }
        AdminCommand::CreateBusiness {
            org,
            slug,
            name,
            website,
        } => {
            let business = app.create_business(&org, &slug, &name, &website).await?;
            println!("created business {} at /b/{}", business.name, business.slug);
        }
        AdminCommand::SetStatus {
            review,
            status,
            reason,
        } => {
            let status = ReviewStatus::parse(&status)?;
            let review = app
                .moderate_review(&review, status, &reason, "admin-cli")
                .await?;
            println!("review {} is now {}", review.id, review.status.as_str());
        }
        AdminCommand::GrantModerator { email } => {
            let user = app.grant_moderator(&email, "admin-cli").await?;
            println!("{} is now a moderator", user.email);
        }
        AdminCommand::ScoreGraph => {
            let run = app.score_reviewer_graph().await?;
            println!(
                "scored {} reviews by {} reviewers in {} ms: {} blocks, {} suspicious reviews stored",
                run.reviews, run.reviewers, run.millis, run.blocks, run.suspicious
            );
        }
        AdminCommand::AkismetKey => {
            let key = app.create_akismet_key().await?;
            println!("Akismet key (shown once): {key}");
            println!(
                "endpoint: POST <this server>/api/akismet/1.1/comment-check with api_key=<key>"
            );
        }
        AdminCommand::Block { term } => {
            let added = app.block_term(&term, "admin-cli").await?;
            println!(
                "{}",
                if added {
                    "blocked"
                } else {
                    "was already blocked"
                }
            );
        }
        AdminCommand::Reanalyze { business } => {
            let businesses = match business {
                Some(slug) => vec![app.business(&slug).await.context("unknown business")?],
                None => app.store().all_businesses().await?,
            };
            for business in businesses {
                let done = app.reanalyze_business(&business).await?;
                println!("re-analysed {done} reviews of {}", business.slug);
            }
        }
        AdminCommand::GenerateReviews {
            business,
            count,
            seed,
        } => {
            let business = app.business(&business).await.context("unknown business")?;
            let written = crate::demo::generate(&app, &business, count, seed).await?;
            println!("added {written} reviews to {}", business.slug);
        }
    }
    Ok(())
}
