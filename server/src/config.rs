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
    /// seed at start (`make run` gives 2016); unset or `off`, it stays empty but for the
    /// reference communes (`equilibre demo-data` loads the dataset on demand).
    pub demo_seed: Option<u64>,
    /// Staff access: session timeouts, sign-in throttling, one-time links.
    pub staff: StaffConfig,
    /// `EQUILIBRE_TRUSTED_PROXIES=N` (0 to 5; default 0): how many reverse proxies stand in
    /// front of the portal, each appending to `X-Forwarded-For`; the client address is then the
    /// entry the outermost one added, else the connection's peer. `EQUILIBRE_TRUST_FORWARDED=1`
    /// is read as one proxy.
    pub trusted_proxies: usize,
    /// `EQUILIBRE_AUDIT_RETENTION_DAYS` (30 to 3 650; default 365): how long audit entries are
    /// kept (CNIL recommends six months to a year).
    pub audit_retention_days: i64,
    /// `EQUILIBRE_BOOKINGS_PER_NUR` (default 2) and `EQUILIBRE_HELP_BOOKINGS_PER_SITE_DAY`
    /// (default 4): see [`crate::reception::bookings::Limits`].
    pub booking_limits: crate::reception::bookings::Limits,
    /// `EQUILIBRE_OUTBOX_POLL_MS`: how often the email worker looks for due messages (default 2000).
    pub outbox_poll_ms: u64,
    /// `EQUILIBRE_BOOKING_RATE_PER_MINUTE`: booking requests (create, move, cancel) one address
    /// may make per minute (default 20).
    pub booking_rate_per_minute: u32,
    /// `EQUILIBRE_OUTBOX_RETRY_SECONDS`: first delay before retrying an email (doubling, ≤ 1 h;
    /// default 15).
    pub outbox_retry_seconds: i64,
    /// `EQUILIBRE_BENCH_ROUTES=1`: serve the benchmark's reference routes (`/bench/fixed`,
    /// `/bench/page`); never in production.
    pub bench_routes: bool,
    /// `EQUILIBRE_METRICS_TOKEN` (at least 16 characters): `GET /metrics` answers a scraper that
    /// sends it as a bearer token; unset, the route does not exist.
    pub metrics_token: Option<String>,
}

/// How log lines are written: `EQUILIBRE_LOG_FORMAT` = `text` (default) or `json` (one object a
/// line, for a log collector). Read before the rest, to report its errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

impl LogFormat {
    pub fn from_env() -> Result<LogFormat, ConfigError> {
        match std::env::var("EQUILIBRE_LOG_FORMAT").ok().as_deref() {
            None | Some("text") => Ok(LogFormat::Text),
            Some("json") => Ok(LogFormat::Json),
            Some(other) => Err(ConfigError::LogFormat(other.to_owned())),
        }
    }
}

/// Security settings with their defaults (ASVS level 2); each can be changed by an environment
/// variable named in its comment.
#[derive(Clone, Debug, PartialEq)]
pub struct StaffConfig {
    /// `EQUILIBRE_SESSION_IDLE_MINUTES`, default 30.
    pub session_idle_minutes: i64,
    /// `EQUILIBRE_SESSION_ABSOLUTE_HOURS`, default 12.
    pub session_absolute_hours: i64,
    /// `EQUILIBRE_LOGIN_WINDOW_MINUTES`, default 15: how long a failed sign-in counts.
    pub login_window_minutes: i64,
    /// `EQUILIBRE_LOGIN_ACCOUNT_LIMIT`, default 10 failures per account within the window.
    pub login_account_limit: i64,
    /// `EQUILIBRE_LOGIN_IP_LIMIT`, default 30 failures per address (offices share addresses).
    pub login_ip_limit: i64,
    /// `EQUILIBRE_LOGIN_SLOW_AFTER`, default 3: failures after which answers slow down.
    pub login_slow_after: i64,
    /// `EQUILIBRE_LOGIN_SLOW_STEP_MS`, default 1000: added delay per further failure (≤ 5 s).
    pub login_slow_step_ms: u64,
    /// `EQUILIBRE_LINK_HOURS`, default 48: validity of one-time password links.
    pub link_hours: i64,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ConfigError {
    #[error("EQUILIBRE_ADDR={0:?} is not an address:port (example: 127.0.0.1:3000)")]
    Addr(String),
    #[error("DATABASE_URL={0:?} is not supported: use sqlite://path/to/file.db or postgres://user@host/database")]
    DatabaseUrl(String),
    #[error("EQUILIBRE_PUBLIC_URL={0:?} must start with http:// or https:// and have no trailing slash")]
    PublicUrl(String),
    #[error("EQUILIBRE_SMTP_URL={0:?} must start with smtp:// or smtps://")]
    SmtpUrl(String),
    #[error("EQUILIBRE_MAIL_FROM={0:?} is not an email address")]
    MailFrom(String),
    #[error("EQUILIBRE_DEMO_SEED={0:?} must be a number or `off`")]
    DemoSeed(String),
    #[error("{0}={1:?} must be a positive whole number")]
    Number(&'static str, String),
    #[error("EQUILIBRE_TRUSTED_PROXIES={0:?} must be a whole number from 0 to 5")]
    TrustedProxies(String),
    #[error("EQUILIBRE_AUDIT_RETENTION_DAYS={0} must be from 30 to 3650")]
    AuditRetention(i64),
    #[error("EQUILIBRE_LOG_FORMAT={0:?} must be `text` or `json`")]
    LogFormat(String),
    #[error("EQUILIBRE_METRICS_TOKEN must have at least 16 characters")]
    MetricsToken,
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
        if crate::db::Backend::of_url(&database_url).is_none() {
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
        // Demonstration data only when asked (`make run` asks): a real deployment starts empty.
        let demo_seed = match get("EQUILIBRE_DEMO_SEED").as_deref() {
            None | Some("off") => None,
            Some(v) => Some(v.parse().map_err(|_| ConfigError::DemoSeed(v.to_owned()))?),
        };
        let num = |key: &'static str, default: i64| -> Result<i64, ConfigError> {
            match get(key) {
                None => Ok(default),
                Some(v) => v.parse::<i64>().ok().filter(|n| *n > 0).ok_or(ConfigError::Number(key, v)),
            }
        };
        let staff = StaffConfig {
            session_idle_minutes: num("EQUILIBRE_SESSION_IDLE_MINUTES", 30)?,
            session_absolute_hours: num("EQUILIBRE_SESSION_ABSOLUTE_HOURS", 12)?,
            login_window_minutes: num("EQUILIBRE_LOGIN_WINDOW_MINUTES", 15)?,
            login_account_limit: num("EQUILIBRE_LOGIN_ACCOUNT_LIMIT", 10)?,
            login_ip_limit: num("EQUILIBRE_LOGIN_IP_LIMIT", 30)?,
            login_slow_after: num("EQUILIBRE_LOGIN_SLOW_AFTER", 3)?,
            login_slow_step_ms: num("EQUILIBRE_LOGIN_SLOW_STEP_MS", 1000)? as u64,
            link_hours: num("EQUILIBRE_LINK_HOURS", 48)?,
        };
        let trusted_proxies = match get("EQUILIBRE_TRUSTED_PROXIES") {
            Some(v) => v.trim().parse::<usize>().ok().filter(|n| *n <= 5).ok_or(ConfigError::TrustedProxies(v))?,
            None => usize::from(matches!(get("EQUILIBRE_TRUST_FORWARDED").as_deref(), Some("1" | "true" | "yes"))),
        };
        let outbox_poll_ms = num("EQUILIBRE_OUTBOX_POLL_MS", 2000)? as u64;
        let audit_retention_days = num("EQUILIBRE_AUDIT_RETENTION_DAYS", 365)?;
        let booking_limits = crate::reception::bookings::Limits {
            per_nur: num("EQUILIBRE_BOOKINGS_PER_NUR", 2)?,
            help_per_site_day: num("EQUILIBRE_HELP_BOOKINGS_PER_SITE_DAY", 4)?,
        };
        if !(30..=3_650).contains(&audit_retention_days) {
            return Err(ConfigError::AuditRetention(audit_retention_days));
        }
        let booking_rate_per_minute = num("EQUILIBRE_BOOKING_RATE_PER_MINUTE", 20)?.min(i64::from(u32::MAX)) as u32;
        let outbox_retry_seconds = num("EQUILIBRE_OUTBOX_RETRY_SECONDS", 15)?;
        let bench_routes = matches!(get("EQUILIBRE_BENCH_ROUTES").as_deref(), Some("1" | "true" | "yes"));
        let metrics_token = match get("EQUILIBRE_METRICS_TOKEN") {
            Some(t) if t.chars().count() < 16 => return Err(ConfigError::MetricsToken),
            t => t,
        };
        Ok(Config {
            bench_routes,
            metrics_token,
            outbox_retry_seconds,
            booking_rate_per_minute,
            staff,
            trusted_proxies,
            audit_retention_days,
            booking_limits,
            outbox_poll_ms,
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

impl StaffConfig {
    pub fn timeouts(&self) -> crate::auth::session::Timeouts {
        crate::auth::session::Timeouts { idle: self.session_idle_minutes * 60, absolute: self.session_absolute_hours * 3600 }
    }

    pub fn throttle(&self) -> crate::auth::throttle::Policy {
        crate::auth::throttle::Policy {
            window: self.login_window_minutes * 60,
            account_limit: self.login_account_limit,
            ip_limit: self.login_ip_limit,
            slow_after: self.login_slow_after,
            slow_step_ms: self.login_slow_step_ms,
        }
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
            (vec![("EQUILIBRE_LOGIN_IP_LIMIT", "0")], ConfigError::Number("EQUILIBRE_LOGIN_IP_LIMIT", "0".into())),
        ] {
            let err = cfg(&pairs).unwrap_err();
            assert_eq!(err, expected);
            assert!(!err.to_string().contains('\n'));
        }
    }
}
