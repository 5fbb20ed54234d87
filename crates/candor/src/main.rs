//! `candor`: the one binary. `serve` runs the web application; `admin`,
//! `migrate` and `demo` manage an instance from the shell.

mod admin;
mod cli;
mod dataset;
mod demo;
mod eval_graph;
mod export_cmd;
mod import_cmd;
mod insights_cmd;
mod jobs_cmd;
mod search_cmd;
mod text_cmd;
mod train_sentiment;

use std::process::ExitCode;

use clap::Parser;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use crate::cli::{Cli, Command};

fn main() -> ExitCode {
    quiet_on_closed_stdout();
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
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// `candor eval ... | head`: once the reader has gone, stop quietly like
/// other Unix tools instead of reporting a panic. `println!` panics on a
/// closed pipe (Rust ignores SIGPIPE), so the panic hook recognises it.
fn quiet_on_closed_stdout() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or_default();
        if message.contains("failed printing to stdout") && message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
}

/// Whether a command failed only because its output pipe was closed.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    let broken = Some(std::io::ErrorKind::BrokenPipe);
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            == broken
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind)
                == broken
    })
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
        Command::Train(args) => train_sentiment::train(args).await,
        Command::Eval(args) => text_cmd::eval(args),
        Command::Analyze(args) => text_cmd::analyze(args),
        Command::EvalGraph(args) => eval_graph::run(args),
        Command::Reindex(args) => search_cmd::reindex(args).await,
        Command::Jobs(db) => jobs_cmd::run(db).await,
        Command::Insights(command) => insights_cmd::insights(command).await,
        Command::Report(args) => insights_cmd::report(args).await,
        Command::Import(args) => import_cmd::run(args).await,
        Command::Export(args) => export_cmd::export(args).await,
        Command::Privacy { db, command } => export_cmd::privacy(&db, command).await,
    }
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("CANDOR_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,tower_http=warn,sqlx=warn"));
    // Colour codes only on a terminal: logs written to files stay plain text.
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr)
        .init();
}
