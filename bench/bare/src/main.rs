//! The bare-axum reference of `make bench`: no middleware at all, serving a fixed string and
//! the bytes of a page the portal rendered (read from a file at start). The portal's figures are
//! divided by these, measured in the same run, so the ratios say what the portal's middleware,
//! caching and rendering cost over the fastest this stack can answer.
//!
//! Usage: `bench-bare ADDR PAGE_FILE`.

use axum::http::header;
use axum::routing::get;
use axum::Router;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(addr), Some(page)) = (args.next(), args.next()) else {
        eprintln!("usage: bench-bare ADDR PAGE_FILE");
        std::process::exit(2);
    };
    let page: &'static [u8] = match std::fs::read(&page) {
        Ok(bytes) => bytes.leak(),
        Err(e) => {
            eprintln!("bench-bare: {page}: {e}");
            std::process::exit(2);
        }
    };
    let app = Router::new()
        .route("/fixed", get(|| async { "Équilibre" }))
        .route("/page", get(move || async move { ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], page) }));
    let listener = match tokio::net::TcpListener::bind(&addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("bench-bare: {addr}: {e}");
            std::process::exit(2);
        }
    };
    if let Err(e) = axum::serve(listener, app).await {
        eprintln!("bench-bare: {e}");
        std::process::exit(1);
    }
}
