//! `equilibre <command>`.

use crate::config::Config;
use crate::startup::Application;
use crate::import::spec::Kind;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
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
    /// Import a CSV file: checked whole first, written in one transaction, or not at all
    /// (formats: docs/import-formats.md).
    Import {
        #[arg(value_parser = ["quartiers", "quartier-fragility", "commune-fragility", "quartier-iris", "residences", "stock", "rpls", "demand", "attributions"])]
        kind: String,
        file: PathBuf,
        /// For `rpls` files without a landlord column: whose dwellings they are.
        #[arg(long)]
        landlord: Option<String>,
        /// Check the file and report, without writing anything.
        #[arg(long)]
        dry_run: bool,
        /// Where the figures come from (shown with them).
        #[arg(long)]
        source: Option<String>,
        /// The date the figures describe (YYYY-MM-DD).
        #[arg(long)]
        as_of: Option<String>,
        /// Language of the report: fr, en or ar (default: from LANG, else fr).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Staff accounts.
    Users {
        #[command(subcommand)]
        action: UsersCommand,
    },
    /// Export a table as a CSV file that `import` reads back.
    Export {
        #[arg(value_parser = ["quartiers", "quartier-fragility", "commune-fragility", "quartier-iris", "residences", "stock", "demand", "attributions"])]
        kind: String,
        file: PathBuf,
    },
    /// Write a consistent copy of the live database to a new file (SQLite `VACUUM INTO`), safe
    /// while the portal serves; restore by pointing DATABASE_URL at the copy.
    Backup { file: PathBuf },
    /// Copy every row of the database (DATABASE_URL) into another, empty one — e.g. from the
    /// SQLite file to PostgreSQL — in one transaction. Stop the portal first.
    Copy {
        /// The target database: `postgres://user:password@host/db` or `sqlite://file.db`.
        #[arg(long)]
        to: String,
    },
    /// Measure the quota engine: every scope's bilan over millions of attributions, in memory,
    /// then (with --database) read from a fresh SQLite file. Build with --release.
    BenchQuota {
        #[arg(long, default_value_t = 3_000_000)]
        records: usize,
        #[arg(long)]
        database: bool,
    },
}

#[derive(Subcommand)]
enum UsersCommand {
    /// Create an account; its one-time link to choose a password is emailed and printed.
    Add {
        #[arg(long)]
        email: String,
        /// Defaults to the part of the email before `@`.
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_parser = ["admin", "commune", "agent", "landlord"])]
        role: String,
        /// INSEE code of a commune (role `commune`); repeat for several.
        #[arg(long)]
        commune: Vec<String>,
        /// Reception site id (role `agent`); repeat for several.
        #[arg(long)]
        site: Vec<String>,
        /// Landlord code (role `landlord`).
        #[arg(long)]
        landlord: Vec<String>,
        /// Language of the account's emails: fr, en or ar.
        #[arg(long, default_value = "fr")]
        lang: String,
    },
    /// List accounts.
    List,
    /// Send (and print) a new one-time link: first password or reset.
    Link {
        #[arg(long)]
        email: String,
    },
    /// Disable an account and end its sessions.
    Disable {
        #[arg(long)]
        email: String,
    },
}

/// Runs a `users` subcommand.
async fn users_command(config: &Config, action: UsersCommand) -> Result<(), Failure> {
    use crate::auth::users;
    let pool = crate::db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
    crate::db::migrate(&pool).await.map_err(|e| e.to_string())?;
    crate::reference::load_if_empty(&pool).await.map_err(|e| e.to_string())?;
    let actor = crate::audit::Actor::cli();
    let (url, hours) = (&config.public_url, config.staff.link_hours);
    let find = |email: String| {
        let pool = pool.clone();
        async move {
            users::credentials(&pool, &email.to_lowercase())
                .await
                .map_err(|e| Failure::from(e.to_string()))?
                .ok_or_else(|| Failure::from(format!("no account {email}")))
        }
    };
    match action {
        UsersCommand::Add { email, name, role, commune, site, landlord, lang } => {
            let role = app::domain::access::Role::parse(&role).ok_or("unknown role")?;
            let scope = [commune, site, landlord].concat();
            let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or_default().to_owned());
            let locale = app::i18n::Locale::parse(&lang).ok_or("unknown language")?;
            let new = users::NewUser { email, name, role, scope, locale };
            let (id, link) = users::create(&pool, &new, &actor, url, hours).await.map_err(|e| e.to_string())?;
            println!("account {id} created; one-time link (valid {hours} h, also emailed):\n{link}");
        }
        UsersCommand::List => {
            for u in users::list(&pool).await.map_err(|e| e.to_string())? {
                let state = if u.disabled { "disabled" } else if u.active { "active" } else { "awaiting password" };
                println!("{}\t{}\t{}\t{}\t{}", u.email, u.role, u.scope, state, if u.totp { "totp" } else { "" });
            }
        }
        UsersCommand::Link { email } => {
            let c = find(email).await?;
            let link = users::send_link(&pool, c.id, &actor, url, hours).await.map_err(|e| e.to_string())?.ok_or("no such account")?;
            println!("one-time link (valid {hours} h, also emailed):\n{link}");
        }
        UsersCommand::Disable { email } => {
            let c = find(email.clone()).await?;
            users::set_disabled(&pool, c.id, true, &actor).await.map_err(|e| e.to_string())?;
            println!("{email} disabled; its sessions are ended");
        }
    }
    Ok(())
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let format = match crate::config::LogFormat::from_env() {
        Ok(f) => f,
        Err(e) => {
            eprintln!("equilibre: {e}");
            return ExitCode::FAILURE;
        }
    };
    init_tracing(format);
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
    let result: Result<(), Failure> = runtime.block_on(async move {
        match cli.command.unwrap_or(Command::Serve) {
            Command::Serve => {
                let app = Application::build(config).await.map_err(|e| e.to_string())?;
                Ok(app.run_until_stopped().await.map_err(|e| e.to_string())?)
            }
            Command::Migrate => {
                let pool = crate::db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
                crate::db::migrate(&pool).await.map_err(|e| e.to_string())?;
                println!("database {} is up to date", config.database_url);
                Ok(())
            }
            Command::Import { kind, file, landlord, dry_run, source, as_of, lang } => {
                let locale = lang
                    .or_else(|| std::env::var("LANG").ok().map(|l| l.chars().take(2).collect()))
                    .and_then(|l| app::i18n::Locale::parse(&l))
                    .unwrap_or(app::i18n::Locale::DEFAULT);
                let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
                let pool = crate::db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
                crate::db::migrate(&pool).await.map_err(|e| e.to_string())?;
                // Files refer to the MEL's communes: a new database gets them first.
                crate::reference::load_if_empty(&pool).await.map_err(|e| e.to_string())?;
                let today = crate::http::today().to_string();
                let source = source.unwrap_or_else(|| file.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default());
                let opts = crate::import::Options { dry_run, source: &source, as_of: as_of.as_deref().unwrap_or(&today) };
                let catalog = app::i18n::sources::catalog(locale);
                let show_progress = std::io::IsTerminal::is_terminal(&std::io::stderr());
                let mut progress = |done: usize, total: usize| {
                    if show_progress && total >= 10_000 {
                        let text = catalog.t_with("import-progress", &[("done", (done as i64).into()), ("total", (total as i64).into())]);
                        eprint!("\r{text}");
                        if done == total {
                            eprintln!();
                        }
                    }
                };
                let report = crate::import::import_file(&pool, &kind, &bytes, landlord.as_deref(), &opts, &crate::audit::Actor::cli(), &mut progress)
                    .await
                    .map_err(|e| e.to_string())?
                    .ok_or("unknown kind")?;
                for line in crate::import::describe(&report, locale) {
                    println!("{line}");
                }
                if report.errors.is_empty() { Ok(()) } else { Err(Failure::Silent) }
            }
            Command::Export { kind, file } => {
                let kind = Kind::parse(&kind).ok_or("unknown kind")?;
                let pool = crate::db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
                crate::db::migrate(&pool).await.map_err(|e| e.to_string())?;
                let bytes = crate::import::export(&pool, kind).await.map_err(|e| e.to_string())?;
                std::fs::write(&file, bytes).map_err(|e| format!("{}: {e}", file.display()))?;
                Ok(())
            }
            Command::Users { action } => users_command(&config, action).await,
            Command::Backup { file } => {
                if file.exists() {
                    return Err(Failure::from(format!("{} already exists: choose a new file", file.display())));
                }
                let pool = crate::db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
                crate::db::backup(&pool, &file).await.map_err(|e| e.to_string())?;
                println!("backup written to {}", file.display());
                Ok(())
            }
            Command::Copy { to } => {
                let from = crate::db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
                let target = crate::db::connect(&to).await.map_err(|e| e.to_string())?;
                for (table, rows) in crate::copy::copy(&from, &target).await.map_err(|e| e.to_string())? {
                    println!("{table}\t{rows}");
                }
                println!("copied into {}", to.split('@').next_back().unwrap_or_default());
                Ok(())
            }
            Command::BenchQuota { records, database } => crate::bench::run(records, database).await.map_err(Failure::from),
            Command::DemoData => {
                let pool = crate::db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
                crate::db::migrate(&pool).await.map_err(|e| e.to_string())?;
                let mut loaded = crate::reference::load_if_empty(&pool).await.map_err(|e| e.to_string())?;
                let seed = config.demo_seed.unwrap_or(crate::config::DEFAULT_DEMO_SEED);
                loaded |= crate::demo::load_everything(&pool, seed).await.map_err(|e| e.to_string())?;
                println!("{}", if loaded { "data loaded" } else { "the database already has data: nothing changed" });
                Ok(())
            }
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Silent) => ExitCode::FAILURE,
        Err(Failure::Message(e)) => {
            eprintln!("equilibre: {e}");
            ExitCode::FAILURE
        }
    }
}

/// How a command failed: with a message for stderr, or having already said why on stdout.
enum Failure {
    Message(String),
    Silent,
}

impl From<String> for Failure {
    fn from(s: String) -> Self {
        Failure::Message(s)
    }
}

impl From<&str> for Failure {
    fn from(s: &str) -> Self {
        Failure::Message(s.to_owned())
    }
}

/// Logs on standard output: text, or one JSON object a line (with the request's span fields:
/// its id, method and route template).
fn init_tracing(format: crate::config::LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=warn"));
    let _ = match format {
        crate::config::LogFormat::Text => tracing_subscriber::fmt().with_env_filter(filter).with_target(false).try_init(),
        crate::config::LogFormat::Json => {
            tracing_subscriber::fmt().json().flatten_event(true).with_current_span(true).with_span_list(false).with_env_filter(filter).try_init()
        }
    };
}
