//! Command-line definition and the `serve` command.

use std::path::PathBuf;

use anyhow::Context;
use candor_app::{App, Settings};
use candor_store::Store;
use clap::{Args, Parser, Subcommand};

use crate::admin::AdminCommand;

#[derive(Debug, Parser)]
#[command(
    name = "candor",
    version,
    about = "Candor: honest, multilingual customer reviews, self-hosted"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web application (public pages, dashboard, JSON API).
    Serve(ServeArgs),
    /// Apply database migrations and exit.
    Migrate(DbArgs),
    /// Load the demo organisation, businesses and reviews.
    Demo(DbArgs),
    /// Train a linear text classifier from labelled texts, or (`train sentiment`)
    /// the instance's sentiment models from its own reviews.
    Train(crate::text_cmd::TrainArgs),
    /// Evaluate a classifier (or cross-validate, or the built-in lexicon sentiment).
    Eval(crate::text_cmd::EvalArgs),
    /// Import reviews from another platform's export (CSV or JSON lines).
    Import(crate::import_cmd::ImportArgs),
    /// Export a business's reviews (with versions and replies) and recovery
    /// cases as JSON lines and CSV.
    Export(crate::export_cmd::ExportArgs),
    /// A reviewer's data: export it, or erase it.
    Privacy {
        #[command(flatten)]
        db: DbArgs,
        #[command(subcommand)]
        command: crate::export_cmd::PrivacyCommand,
    },
    /// Run the background jobs that are due until none is left, then exit
    /// (`serve` runs them continuously): finishes a deferred import.
    Jobs(DbArgs),
    /// Rebuild the search index from the database.
    Reindex(crate::search_cmd::ReindexArgs),
    /// Bring the insight rollups up to date (`refresh`) or rebuild them.
    #[command(subcommand)]
    Insights(crate::insights_cmd::InsightsCommand),
    /// Write a business's report for a period as a PDF.
    Report(crate::insights_cmd::ReportArgs),
    /// Print language, sentiment, stars and aspects of texts, one JSON line each.
    Analyze(crate::text_cmd::AnalyzeArgs),
    /// Score reviewers of a `reviewer product rating` file by suspicion
    /// (Fraud Eagle with lockstep groups) and print them ranked.
    EvalGraph(crate::eval_graph::EvalGraphArgs),
    /// Manage organisations, staff, businesses and reviews.
    Admin {
        #[command(flatten)]
        db: DbArgs,
        #[command(subcommand)]
        command: AdminCommand,
    },
}

/// Where the data lives: an embedded SQLite file by default.
#[derive(Debug, Clone, Args)]
pub struct DbArgs {
    /// Directory of the embedded SQLite database.
    #[arg(
        long,
        global = true,
        env = "CANDOR_DATA_DIR",
        default_value = "./candor-data"
    )]
    pub data_dir: PathBuf,
    /// Database URL (sqlite://... or postgres://...); overrides --data-dir.
    #[arg(
        long,
        global = true,
        env = "CANDOR_DATABASE_URL",
        hide_env_values = true
    )]
    pub database_url: Option<String>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub db: DbArgs,
    #[command(flatten)]
    pub search: crate::search_cmd::SearchArgs,
    /// Address to listen on.
    #[arg(long, env = "CANDOR_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// Load the demo organisation first (once; later runs keep the data).
    #[arg(long)]
    pub demo: bool,
    /// Mark cookies Secure: set this when Candor is served over HTTPS.
    #[arg(long, env = "CANDOR_SECURE_COOKIES")]
    pub secure_cookies: bool,
    /// Reviews one address may send per hour (0: no limit).
    #[arg(long, env = "CANDOR_MAX_REVIEWS_PER_IP", default_value_t = 20)]
    pub max_reviews_per_ip: i64,
    /// Reviews one e-mail address may send per hour (0: no limit).
    #[arg(long, env = "CANDOR_MAX_REVIEWS_PER_EMAIL", default_value_t = 5)]
    pub max_reviews_per_email: i64,
    /// Reviews one device (visitor cookie) may send per hour (0: no limit).
    #[arg(long, env = "CANDOR_MAX_REVIEWS_PER_DEVICE", default_value_t = 10)]
    pub max_reviews_per_device: i64,
    /// Hours between runs of the reviewer-business graph job (0: never).
    #[arg(long, env = "CANDOR_GRAPH_EVERY_HOURS", default_value_t = 6)]
    pub graph_every_hours: u64,
    /// Half-life of the score's recency weight, in days.
    #[arg(long, env = "CANDOR_SCORE_HALF_LIFE_DAYS", default_value_t = 365.0)]
    pub score_half_life_days: f64,
    /// Outgoing mail server for alerts and digests, e.g.
    /// `smtp+starttls://user:pass@mail.example.org:587?from=candor@example.org`.
    /// Without it Candor sends no e-mail (in-app notifications still work).
    #[arg(long, env = "CANDOR_MAIL_URL", hide_env_values = true)]
    pub mail_url: Option<String>,
    /// The address users reach Candor at, for links in e-mails
    /// (default: http:// and the listen address).
    #[arg(long, env = "CANDOR_PUBLIC_URL")]
    pub public_url: Option<String>,
}

impl DbArgs {
    /// The database URL, creating the data directory for SQLite.
    pub fn url(&self) -> anyhow::Result<String> {
        if let Some(url) = &self.database_url {
            return Ok(url.clone());
        }
        std::fs::create_dir_all(&self.data_dir)
            .with_context(|| format!("cannot create data directory {}", self.data_dir.display()))?;
        Ok(format!(
            "sqlite://{}?mode=rwc",
            self.data_dir.join("candor.db").display()
        ))
    }
}

/// Connects, migrates and returns the application.
pub async fn open_app(db: &DbArgs, settings: Settings) -> anyhow::Result<App> {
    let url = db.url()?;
    let store = Store::connect(&url)
        .await
        .context("cannot open the database")?;
    store.migrate().await.context("cannot apply migrations")?;
    Ok(App::new(store, settings))
}

pub async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    if !(args.score_half_life_days.is_finite() && args.score_half_life_days > 0.0) {
        anyhow::bail!("--score-half-life-days must be a positive number of days");
    }
    let mut settings = Settings::default();
    settings.score.half_life_days = args.score_half_life_days;
    let limit = |n: i64| if n <= 0 { i64::MAX } else { n };
    settings.rate_limits.per_ip = limit(args.max_reviews_per_ip);
    settings.rate_limits.per_email = limit(args.max_reviews_per_email);
    settings.rate_limits.per_device = limit(args.max_reviews_per_device);
    let app = open_app(&args.db, settings).await?;
    let app = args.search.attach(&args.db, app)?;
    let public_url = args
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", args.listen));
    let mut app = app.with_public_url(&public_url);
    if let Some(url) = args.mail_url.as_deref().filter(|u| !u.trim().is_empty()) {
        // The error names the problem, never the password.
        let mailer = candor_mail::mailer_from_url(Some(url)).context("invalid --mail-url")?;
        app = app.with_mailer(mailer);
    }
    let demo_login = if args.demo {
        crate::demo::load(&app).await?
    } else {
        None
    };
    let config = candor_web::WebConfig {
        secure_cookies: args.secure_cookies,
    };
    let router = candor_web::router(app.clone(), config).map_err(anyhow::Error::msg)?;
    let server = candor_web::Server::bind(&args.listen, router)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let address = server.local_addr()?;
    crate::search_cmd::spawn_upkeep(app.clone());
    crate::insights_cmd::spawn_upkeep(app.clone());
    spawn_graph_job(app.clone(), args.graph_every_hours);
    let (stop_jobs, jobs_stopped) = tokio::sync::watch::channel(false);
    app.schedule_digests()
        .await
        .context("cannot schedule the daily digest")?;
    let job_worker = app.spawn_job_worker(candor_app::Jobs::builtin(), jobs_stopped);
    print_welcome(&app, address, demo_login).await;
    server.run(shutdown_signal()).await?;
    // Let the running job finish; a job still running after the grace time
    // is rolled back with the process and claimed again after its lease.
    let _ = stop_jobs.send(true);
    let _ = tokio::time::timeout(std::time::Duration::from_secs(30), job_worker).await;
    Ok(())
}

/// Scores the reviewer-business graph every `hours`, first a minute after
/// start; a failed run is logged and retried at the next turn.
fn spawn_graph_job(app: App, hours: u64) {
    if hours == 0 {
        return;
    }
    tokio::spawn(async move {
        tokio::time::sleep(std::time::Duration::from_secs(60)).await;
        loop {
            match app.score_reviewer_graph().await {
                Ok(run) => tracing::info!(
                    reviews = run.reviews,
                    blocks = run.blocks,
                    suspicious = run.suspicious,
                    millis = run.millis,
                    "graph job done"
                ),
                Err(error) => tracing::warn!(%error, "graph job failed"),
            }
            tokio::time::sleep(std::time::Duration::from_secs(hours * 3600)).await;
        }
    });
}

async fn print_welcome(
    app: &App,
    address: std::net::SocketAddr,
    demo_login: Option<(String, String)>,
) {
    println!("Candor is listening on http://{address}");
    println!("  public pages: http://{address}/");
    if let Ok(businesses) = app.store().all_businesses().await {
        for business in businesses.iter().take(5) {
            println!("    http://{address}/b/{}", business.slug);
        }
    }
    println!("  dashboard:    http://{address}/login");
    if let Some((email, password)) = demo_login {
        println!("  demo login:   {email} / {password}");
    }
    println!("  API:          http://{address}/api/v1/openapi.json");
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_valid() {
        super::Cli::command().debug_assert();
    }
}
