//! Routers and middleware.
pub mod api;
pub mod assets;
pub mod bench;
pub mod bilan;
pub mod cache;
pub mod client;
pub mod cookies;
pub mod csrf;
pub mod health;
pub mod indicators;
pub mod locale;
pub mod middleware;
pub mod observe;
pub mod pages;
pub mod ratelimit;
pub mod reception;
pub mod staff;

use crate::assets::AssetStore;
use crate::config::Config;
use crate::db::Pool;
use axum::Router;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub pool: Pool,
    pub assets: Arc<AssetStore>,
    pub page_assets: app::components::layout::Assets,
    /// Wakes the email worker after something was queued.
    pub mail: crate::mail::worker::Waker,
    /// Limits booking requests per address.
    pub booking_limiter: ratelimit::RateLimiter,
    /// Computed indicator responses of the current data version.
    pub page_cache: cache::PageCache,
    /// The data version, read again only when the database files changed.
    pub data_version: cache::VersionProbe,
    /// Slot searches as of the last commit (any booking or schedule change clears them).
    pub slot_cache: cache::CommitCache,
    /// The attribution register in memory, for the quota engine.
    pub register: crate::register::RegisterCache,
}

pub fn router(state: AppState) -> Router {
    // Requests carry at most 1 MiB, but for the importers' uploads.
    let small = Router::new()
        .merge(pages::routes())
        .merge(indicators::page_routes())
        .merge(bilan::page_routes())
        .merge(staff::routes())
        .merge(reception::page_routes())
        .nest("/api/v1", api::routes())
        .merge(health::routes())
        .route("/metrics", axum::routing::get(observe::scrape))
        .merge(assets::routes())
        .layer(tower_http::limit::RequestBodyLimitLayer::new(1024 * 1024));
    // The benchmark's references sit behind the same layers as every route.
    let small = if state.config.bench_routes { small.merge(bench::routes()) } else { small };
    let uploads = staff::upload_routes().layer(tower_http::limit::RequestBodyLimitLayer::new(staff::UPLOAD_LIMIT));
    small
        .merge(uploads)
        .fallback(pages::not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::check_origin))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::security_headers))
        .layer(tower_http::compression::CompressionLayer::new())
        // Outermost: its time covers every layer; after routing, it knows the route template.
        .layer(axum::middleware::from_fn(observe::observe))
        .with_state(state)
}

/// Today's date in Lille (Europe/Paris), which decides the default rule year.
pub fn today() -> app::domain::date::Date {
    let d = jiff::Timestamp::now().to_zoned(crate::reception::paris()).date();
    app::domain::date::Date { year: i32::from(d.year()), month: d.month() as u8, day: d.day() as u8 }
}
