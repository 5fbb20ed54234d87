//! `candor`: the one binary. `serve` runs the web application; `admin`,
//! `migrate` and `demo` manage an instance from the shell.

mod admin;
mod cli;
mod dataset;
mod demo;
mod search_cmd;
mod text_cmd;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => cli::serve(args).await,
        Command::Migrate(db) => {
            cli::open_app(&db, Default::default()).await?;
            println!("migrations applied");
            Ok(())
        }
        Command::Demo(db) => {
            let app = cli::open_app(&db, Default::default()).await?;
            demo::load(&app).await.map(|_| ())
        }
        Command::Admin { db, command } => admin::run(&db, command).await,
        Command::Train(args) => text_cmd::train(args),
        Command::Eval(args) => text_cmd::eval(args),
        Command::Analyze(args) => text_cmd::analyze(args),
        Command::Reindex(args) => search_cmd::reindex(args).await,
    }
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("CANDOR_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,tower_http=warn,sqlx=warn"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}
