//! Building the application: database, migrations, assets, router, listener.

use crate::assets::AssetStore;
use crate::config::Config;
use crate::db::{self, DbError, Pool};
use crate::http::{router, AppState};
use std::sync::Arc;
use tokio::net::TcpListener;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Reference(#[from] crate::reference::LoadError),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: String, source: std::io::Error },
}

pub struct Application {
    listener: TcpListener,
    /// SIGTERM, listened for from before the port opens: a stop sent as soon as the port
    /// answers is still graceful.
    #[cfg(unix)]
    term: Option<tokio::signal::unix::Signal>,
    router: axum::Router,
    pub pool: Pool,
}

impl Application {
    /// Opens and migrates the database, then binds (port 0 picks a free port, for tests).
    pub async fn build(config: Config) -> Result<Application, StartupError> {
        let pool = db::connect(&config.database_url).await?;
        db::migrate(&pool).await?;
        // A new database gets the reference data at once, so the portal is usable on first run.
        crate::reference::load_if_empty(&pool).await?;
        if let Some(seed) = config.demo_seed {
            crate::demo::load_everything(&pool, seed).await.map_err(DbError::Query)?;
        }
        let assets = Arc::new(AssetStore::load(&config.site_dir));
        #[cfg(unix)]
        let term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
        let listener = TcpListener::bind(config.addr)
            .await
            .map_err(|source| StartupError::Bind { addr: config.addr.to_string(), source })?;
        let mail = crate::mail::worker::Waker::default();
        tokio::spawn(
            crate::mail::worker::Worker {
                pool: pool.clone(),
                smtp_url: config.smtp_url.clone(),
                from: config.mail_from.clone(),
                poll: std::time::Duration::from_millis(config.outbox_poll_ms),
                retry_base: config.outbox_retry_seconds,
                waker: mail.clone(),
            }
            .run(),
        );
        let config = Arc::new(config);
        tokio::spawn(crate::chores::run(pool.clone(), config.clone(), mail.clone()));
        // The register is read into memory in the background: the first bilan finds it ready.
        let register = crate::register::RegisterCache::default();
        {
            let (register, pool) = (register.clone(), pool.clone());
            tokio::spawn(async move {
                if let Err(e) = register.get(&pool).await {
                    tracing::error!(error = %e, "could not read the attribution register");
                }
            });
        }
        let booking_limiter = crate::http::ratelimit::RateLimiter::new("booking", config.booking_rate_per_minute);
        tokio::spawn(booking_limiter.clone().sync_forever(pool.clone()));
        let state = AppState {
            data_version: crate::http::cache::VersionProbe::new(&config.database_url),
            slot_cache: crate::http::cache::CommitCache::default(),
            register,
            page_cache: crate::http::cache::PageCache::default(),
            booking_limiter,
            mail,
            page_assets: assets.page_assets(),
            assets,
            pool: pool.clone(),
            config,
        };
        Ok(Application {
            listener,
            #[cfg(unix)]
            term,
            router: router(state),
            pool,
        })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or(0)
    }

    /// Serves until SIGTERM or Ctrl-C, letting requests in flight finish.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        tracing::info!(port = self.port(), "serving");
        #[cfg(unix)]
        let stop = shutdown_signal(self.term);
        #[cfg(not(unix))]
        let stop = shutdown_signal();
        axum::serve(self.listener, self.router.into_make_service_with_connect_info::<std::net::SocketAddr>())
            .with_graceful_shutdown(stop)
            .await?;
        self.pool.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

async fn shutdown_signal(#[cfg(unix)] term: Option<tokio::signal::unix::Signal>) {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match term {
            Some(mut s) => {
                s.recv().await;
            }
            None => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
