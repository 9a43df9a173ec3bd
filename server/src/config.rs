//! Configuration from the environment, with documented defaults. Errors are one line each.

use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Config {
    /// `EQUILIBRE_ADDR`, default `127.0.0.1:3000`.
    pub addr: SocketAddr,
    /// `DATABASE_URL`, default `sqlite://data/equilibre.db`.
    pub database_url: String,
    /// `EQUILIBRE_PUBLIC_URL`: the origin people use (links in emails, Origin checks).
    pub public_url: String,
    /// `EQUILIBRE_SITE_DIR`: where the wasm bundle (`pkg/`) was built, default `target/site`.
    pub site_dir: PathBuf,
    /// `EQUILIBRE_SMTP_URL`, e.g. `smtp://127.0.0.1:2525` (used by the email outbox).
    pub smtp_url: Option<String>,
    /// `EQUILIBRE_MAIL_FROM`.
    pub mail_from: String,
    /// `EQUILIBRE_DEMO_SEED`: an empty database gets the demonstration dataset made with this
    /// seed at start (default 2016); `off` leaves it empty but for the reference communes.
    pub demo_seed: Option<u64>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ConfigError {
    #[error("EQUILIBRE_ADDR={0:?} is not an address:port (example: 127.0.0.1:3000)")]
    Addr(String),
    #[error("DATABASE_URL={0:?} is not supported: use sqlite://path/to/file.db")]
    DatabaseUrl(String),
    #[error("EQUILIBRE_PUBLIC_URL={0:?} must start with http:// or https:// and have no trailing slash")]
    PublicUrl(String),
    #[error("EQUILIBRE_SMTP_URL={0:?} must start with smtp:// or smtps://")]
    SmtpUrl(String),
    #[error("EQUILIBRE_MAIL_FROM={0:?} is not an email address")]
    MailFrom(String),
    #[error("EQUILIBRE_DEMO_SEED={0:?} must be a number or `off`")]
    DemoSeed(String),
}

pub const DEFAULT_ADDR: &str = "127.0.0.1:3000";
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/equilibre.db";
pub const DEFAULT_DEMO_SEED: u64 = 2016;

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
    }

    /// Reads configuration through `get` (the environment, or a map in tests).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let addr_s = get("EQUILIBRE_ADDR").unwrap_or_else(|| DEFAULT_ADDR.into());
        let addr = addr_s.parse().map_err(|_| ConfigError::Addr(addr_s.clone()))?;
        let database_url = get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.into());
        if !database_url.starts_with("sqlite:") {
            return Err(ConfigError::DatabaseUrl(database_url));
        }
        let public_url = get("EQUILIBRE_PUBLIC_URL").unwrap_or_else(|| format!("http://{addr}"));
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) || public_url.ends_with('/') {
            return Err(ConfigError::PublicUrl(public_url));
        }
        let smtp_url = get("EQUILIBRE_SMTP_URL");
        if let Some(u) = &smtp_url {
            if !(u.starts_with("smtp://") || u.starts_with("smtps://")) {
                return Err(ConfigError::SmtpUrl(u.clone()));
            }
        }
        let mail_from = get("EQUILIBRE_MAIL_FROM").unwrap_or_else(|| "Équilibre <ne-pas-repondre@equilibre.invalid>".into());
        if !mail_from.contains('@') {
            return Err(ConfigError::MailFrom(mail_from));
        }
        let demo_seed = match get("EQUILIBRE_DEMO_SEED").as_deref() {
            None => Some(DEFAULT_DEMO_SEED),
            Some("off") => None,
            Some(v) => Some(v.parse().map_err(|_| ConfigError::DemoSeed(v.to_owned()))?),
        };
        Ok(Config {
            demo_seed,
            addr,
            database_url,
            public_url,
            site_dir: get("EQUILIBRE_SITE_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("target/site")),
            smtp_url,
            mail_from,
        })
    }

    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn cfg(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let m: HashMap<String, String> = pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        Config::from_lookup(|k| m.get(k).cloned())
    }

    #[test]
    fn defaults() {
        let c = cfg(&[]).unwrap();
        assert_eq!(c.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.database_url, "sqlite://data/equilibre.db");
        assert_eq!(c.public_url, "http://127.0.0.1:3000");
        assert!(c.smtp_url.is_none());
    }

    #[test]
    fn errors_are_one_line() {
        for (pairs, expected) in [
            (vec![("EQUILIBRE_ADDR", "nope")], ConfigError::Addr("nope".into())),
            (vec![("DATABASE_URL", "mysql://x")], ConfigError::DatabaseUrl("mysql://x".into())),
            (vec![("EQUILIBRE_PUBLIC_URL", "example.org")], ConfigError::PublicUrl("example.org".into())),
            (vec![("EQUILIBRE_SMTP_URL", "http://x")], ConfigError::SmtpUrl("http://x".into())),
        ] {
            let err = cfg(&pairs).unwrap_err();
            assert_eq!(err, expected);
            assert!(!err.to_string().contains('\n'));
        }
    }
}
