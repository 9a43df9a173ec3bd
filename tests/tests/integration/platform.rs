//! Health, assets, headers, Origin checks.
use equilibre_tests::spawn_app;

#[tokio::test]
async fn healthz_reports_the_database() {
    let app = spawn_app().await;
    let res = app.get("/healthz").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap(), serde_json::json!({"status": "ok", "db": "ok"}));

    app.pool.close().await;
    let res = app.get("/healthz").await;
    assert_eq!(res.status(), 503);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["db"], "error");
}

#[tokio::test]
async fn migrations_and_reference_data_on_first_start() {
    let app = spawn_app().await;
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM app_meta").fetch_one(&app.pool).await.unwrap();
    assert_eq!(n, 1);
    let communes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM communes").fetch_one(&app.pool).await.unwrap();
    assert_eq!(communes, 95);
    let (source, as_of): (String, String) =
        sqlx::query_as("SELECT source, as_of FROM datasets WHERE kind = 'communes'").fetch_one(&app.pool).await.unwrap();
    assert!(source.contains("200093201") && as_of.len() == 10);
}

#[tokio::test]
async fn security_headers_on_every_kind_of_response() {
    let app = spawn_app().await;
    let home = app.get("/fr").await.text().await.unwrap();
    let css = home.split("href=\"").find(|s| s.starts_with("/assets/main.")).unwrap().split('"').next().unwrap().to_owned();
    let staff = ["/fr/staff/login", "/fr/staff", "/fr/staff/password/not-a-token"];
    for path in ["/fr", "/api/v1/openapi.json", css.as_str(), "/fr/nope", "/api/v1/nope", "/healthz", "/"].into_iter().chain(staff) {
        let res = app.get(path).await;
        if path.contains("/staff") {
            assert_eq!(res.headers()["cache-control"], "no-store", "{path}");
        }
        let h = res.headers();
        let csp = h.get("content-security-policy").unwrap_or_else(|| panic!("{path}: no CSP")).to_str().unwrap();
        assert!(csp.contains("object-src 'none'") && csp.contains("base-uri 'none'") && csp.contains("frame-ancestors 'none'"), "{path}");
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff", "{path}");
        assert!(h.get("referrer-policy").is_some(), "{path}");
        assert_eq!(h.get("x-frame-options").map(|v| v.to_str().unwrap()), Some("DENY"), "{path}");
    }
    // Refusals too: a forged staff form (403) and a cross-site POST.
    let res = app.post_form("/fr/staff/login", "email=a&password=b&csrf=x").await;
    assert_eq!(res.status(), 403);
    assert!(res.headers().get("content-security-policy").is_some());
    assert_eq!(res.headers()["cache-control"], "no-store");
}

#[tokio::test]
async fn hsts_and_host_prefixed_cookies_over_https() {
    let app = equilibre_tests::spawn_app_with(&[("EQUILIBRE_PUBLIC_URL", "https://logement.example")]).await;
    let res = app.get("/fr/staff/login").await;
    assert!(res.headers()["strict-transport-security"].to_str().unwrap().starts_with("max-age="));
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("__Host-equilibre-csrf=") && cookie.contains("Secure") && cookie.contains("Path=/"), "{cookie}");
}

#[tokio::test]
async fn assets_are_hashed_precompressed_and_long_cached() {
    let app = spawn_app().await;
    let home = app.get("/fr").await.text().await.unwrap();
    let css = home.split("href=\"").find(|s| s.starts_with("/assets/main.")).unwrap().split('"').next().unwrap().to_owned();
    assert!(css.ends_with(".css") && css.len() > "/assets/main..css".len() + 8, "{css}");
    for (enc, expected) in [("br", Some("br")), ("gzip", Some("gzip")), ("identity", None)] {
        let res = app.client.get(app.url(&css)).header("accept-encoding", enc).send().await.unwrap();
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers().get("content-encoding").map(|v| v.to_str().unwrap()), expected, "{enc}");
        assert_eq!(res.headers()["cache-control"], "public, max-age=31536000, immutable");
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/css"));
    }
    let etag = app.get(&css).await.headers()["etag"].clone();
    let res = app.client.get(app.url(&css)).header("if-none-match", etag).send().await.unwrap();
    assert_eq!(res.status(), 304);
    assert_eq!(app.get("/assets/main.000000000000.css").await.status(), 404);
}

#[tokio::test]
async fn cross_origin_state_changes_are_refused() {
    let app = spawn_app().await;
    let res = app
        .client
        .post(app.url("/langue"))
        .header("origin", "https://evil.example")
        .header("content-type", "application/x-www-form-urlencoded")
        .body("lang=en&next=/en")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert!(res.headers().get("set-cookie").is_none());
    let res = app
        .client
        .post(app.url("/fr/eligibilite"))
        .header("sec-fetch-site", "cross-site")
        .body("adults=1")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    // `Origin: null` (a strict referrer policy) counts only with the browser's own same-origin word.
    for (fetch_site, expected) in [(None, 403), (Some("cross-site"), 403), (Some("same-origin"), 303)] {
        let mut req = app.client.post(app.url("/langue")).header("origin", "null").header("content-type", "application/x-www-form-urlencoded");
        if let Some(v) = fetch_site {
            req = req.header("sec-fetch-site", v);
        }
        assert_eq!(req.body("lang=en&next=/en").send().await.unwrap().status(), expected, "{fetch_site:?}");
    }
    // Same origin is fine.
    let res = app
        .client
        .post(app.url("/langue"))
        .header("origin", &app.base)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("lang=en&next=/en")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}
