//! What an operator sees: a request id in the answer and the log line, JSON logs, route
//! templates (never a path's token) and `GET /metrics`, closed without its token.

use equilibre_tests::process::{serve_logged, serve_with};
use equilibre_tests::reception::{add_site, nur};
use equilibre_tests::smtp::MailServer;
use equilibre_tests::{fresh_database, TestApp};
use serde_json::{json, Value};

const TOKEN: &str = "a-scraper-token-of-32-characters";

async fn scrape(base: &str, token: Option<&str>) -> reqwest::Response {
    let mut req = reqwest::Client::new().get(format!("{base}/metrics"));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    req.send().await.unwrap()
}

/// The value of a sample line starting with `prefix` (0 when absent).
fn sample(text: &str, prefix: &str) -> f64 {
    text.lines().find(|l| l.starts_with(prefix)).and_then(|l| l.rsplit(' ').next()).and_then(|v| v.parse().ok()).unwrap_or(0.0)
}

#[tokio::test]
async fn metrics_are_closed_without_their_token_and_count_bookings_and_emails() {
    let dir = tempfile::tempdir().unwrap();
    let closed = serve_with(&fresh_database(dir.path(), "closed"), &[]).await;
    assert_eq!(scrape(&closed.base, None).await.status(), 404, "no token configured: no metrics");
    assert_eq!(scrape(&closed.base, Some(TOKEN)).await.status(), 404);

    let smtp = MailServer::start().await;
    let url = fresh_database(dir.path(), "open");
    let server = serve_with(&url, &[("EQUILIBRE_METRICS_TOKEN", TOKEN), ("EQUILIBRE_SMTP_URL", &smtp.url()), ("EQUILIBRE_OUTBOX_POLL_MS", "100")]).await;
    assert_eq!(scrape(&server.base, None).await.status(), 401);
    assert_eq!(scrape(&server.base, Some("a-wrong-token-of-32-characters!!")).await.status(), 401);
    let before = scrape(&server.base, Some(TOKEN)).await;
    assert_eq!(before.status(), 200);
    let before = before.text().await.unwrap();
    assert_eq!(sample(&before, "equilibre_bookings_total"), 0.0);
    // A booking, its confirmation email sent, then its management page (a token in the path).
    let db = server::db::connect(&url).await.unwrap();
    let app = TestApp::attach(server.base.clone(), db);
    let site = add_site(&app, &[2], 30, 1).await;
    let body = json!({"site_id": site, "start": "2027-01-12T09:00:00+01:00", "motive": "interview", "nur": nur(11, 26, 1),
                      "registration_date": "2026-11-02", "name": "Amina Benali", "email": "amina@example.fr"});
    assert_eq!(app.post_json("/api/v1/bookings", &body, "fr").await.status(), 201);
    let mails = smtp.wait_for(1, 10).await;
    let text = equilibre_tests::smtp::plain_text(&mails[0].data);
    let at = text.find("/rendez-vous/").expect("a management link") + "/rendez-vous/".len();
    let token: String = text[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    assert_eq!(app.get(&format!("/fr/rendez-vous/{token}")).await.status(), 200);
    // The worker counts a sent email after marking it.
    let mut text = String::new();
    for _ in 0..50 {
        text = scrape(&server.base, Some(TOKEN)).await.text().await.unwrap();
        if sample(&text, "equilibre_emails_total{outcome=\"sent\"}") >= 1.0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(sample(&text, "equilibre_bookings_total"), 1.0, "{text}");
    assert_eq!(sample(&text, "equilibre_emails_total{outcome=\"queued\"}"), 1.0);
    assert_eq!(sample(&text, "equilibre_emails_total{outcome=\"sent\"}"), 1.0);
    assert!(text.contains("route=\"/api/v1/bookings\"") && text.contains("status=\"201\""), "requests by route template and status");
    assert!(text.contains("equilibre_http_request_duration_seconds_bucket"), "latency histograms");
    assert!(text.contains("equilibre_db_pool_connections "), "pool use");
    assert!(!text.contains(token.as_str()), "a path's token never becomes a label");
    assert!(text.contains("route=\"/{lang}/rendez-vous/{token}\""), "{text}");
}

#[tokio::test]
async fn each_answer_carries_its_request_id_and_the_json_log_line_has_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl");
    let server = serve_logged(
        &fresh_database(dir.path(), "logs"),
        &[("EQUILIBRE_LOG_FORMAT", "json"), ("RUST_LOG", "info,sqlx=warn")],
        &log,
    )
    .await;
    let client = reqwest::Client::new();
    // A plain id a client sends is kept; anything else is replaced.
    let res = client.get(format!("{}/fr/eligibilite?secret=1", server.base)).header("x-request-id", "trace-42.a_b").send().await.unwrap();
    assert_eq!(res.headers()["x-request-id"], "trace-42.a_b");
    let res = client.get(format!("{}/fr/rendez-vous/some-bearer-token-abc", server.base)).header("x-request-id", "bad id\"").send().await.unwrap();
    let id = res.headers()["x-request-id"].to_str().unwrap().to_owned();
    assert_eq!(id.len(), 24);
    let res = client.get(format!("{}/fr", server.base)).send().await.unwrap();
    let fresh = res.headers()["x-request-id"].to_str().unwrap().to_owned();
    assert_ne!(fresh, id);
    // The log: one JSON object a line; the access line holds the same id, the route template,
    // never the path's token or the query.
    let mut lines = vec![];
    for _ in 0..50 {
        lines = std::fs::read_to_string(&log).unwrap().lines().map(str::to_owned).collect::<Vec<_>>();
        if lines.iter().any(|l| l.contains(&fresh)) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let objects: Vec<Value> = lines.iter().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect();
    let access = |id: &str| objects.iter().find(|o| o["span"]["id"] == id && o["message"] == "answered").cloned();
    let kept = access("trace-42.a_b").expect("the access line of the kept id");
    assert_eq!(kept["span"]["route"], "/{lang}/eligibilite");
    assert_eq!(kept["status"], 200);
    let replaced = access(&id).expect("the access line of the replaced id");
    assert_eq!(replaced["span"]["route"], "/{lang}/rendez-vous/{token}");
    let all = lines.join("\n");
    assert!(!all.contains("some-bearer-token-abc") && !all.contains("secret=1"), "no path token or query in the log");
}
