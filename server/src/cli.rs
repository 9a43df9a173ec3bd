//! `equilibre <command>`.

use crate::config::Config;
use crate::startup::Application;
use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "equilibre", version, about = "Équilibre — public portal of the MEL's social-housing demand plan")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve the portal (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Load the reference communes and the demonstration dataset (seed: EQUILIBRE_DEMO_SEED)
    /// into an empty database.
    DemoData,
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing();
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("equilibre: configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("equilibre: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result: Result<(), String> = runtime.block_on(async move {
        match cli.command.unwrap_or(Command::Serve) {
            Command::Serve => {
                let app = Application::build(config).await.map_err(|e| e.to_string())?;
                app.run_until_stopped().await.map_err(|e| e.to_string())
            }
            Command::Migrate => {
                let pool = crate::db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
                crate::db::migrate(&pool).await.map_err(|e| e.to_string())?;
                println!("database {} is up to date", config.database_url);
                Ok(())
            }
            Command::DemoData => {
                let pool = crate::db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
                crate::db::migrate(&pool).await.map_err(|e| e.to_string())?;
                let mut loaded = crate::reference::load_if_empty(&pool).await.map_err(|e| e.to_string())?;
                let seed = config.demo_seed.unwrap_or(crate::config::DEFAULT_DEMO_SEED);
                loaded |= crate::demo::load_if_empty(&pool, seed).await.map_err(|e| e.to_string())?;
                println!("{}", if loaded { "data loaded" } else { "the database already has data: nothing changed" });
                Ok(())
            }
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("equilibre: {e}");
            ExitCode::FAILURE
        }
    }
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_target(false).try_init();
}
