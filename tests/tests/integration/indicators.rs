//! Offer and waiting indicators: pages, downloads and API agree with the database.
use equilibre_tests::{spawn_app, spawn_app_with_demo, TestApp};
use serde_json::Value;
use server::import::spec::Kind;
use server::import::{import, Options};

async fn scalar(app: &TestApp, sql: &str, insee: &str) -> i64 {
    sqlx::query_scalar(sql).bind(insee).fetch_one(&app.pool).await.unwrap()
}

#[tokio::test]
async fn figures_in_the_api_and_pages_are_those_of_the_database() {
    let app = spawn_app_with_demo(11).await;
    let list: Value = app.get("/api/v1/communes").await.json().await.unwrap();
    let communes = list["communes"].as_array().unwrap();
    assert_eq!(communes.len(), 95);
    let latest: String = sqlx::query_scalar("SELECT MAX(month) FROM demand_stats").fetch_one(&app.pool).await.unwrap();
    assert_eq!(list["month"], latest.as_str());
    for insee in ["59350", "59512", "59005"] {
        let c = communes.iter().find(|c| c["insee_code"] == insee).unwrap();
        // Computed here another way: by quartier, then summed.
        let units = scalar(&app, "SELECT CAST(SUM(u) AS BIGINT) FROM (SELECT (SELECT COALESCE(SUM(units), 0) FROM stock s WHERE s.quartier_id = q.id) AS u FROM quartiers q WHERE q.insee_code = $1) AS t", insee).await;
        let pending = scalar(&app, "SELECT pending_first_access + pending_mutation FROM demand_stats WHERE insee_code = $1 AND typology = 'all' AND month = (SELECT MAX(month) FROM demand_stats)", insee).await;
        let attributions = scalar(&app, "SELECT SUM(attributions) FROM (SELECT attributions FROM demand_stats WHERE insee_code = $1 AND typology = 'all' ORDER BY month DESC LIMIT 12) AS t", insee).await;
        assert_eq!(c["units"], units, "{insee} units");
        assert_eq!(c["pending"], pending, "{insee} pending");
        assert_eq!(c["attributions_12m"], attributions, "{insee} attributions");
        let expected = ((pending * 20 + attributions) / (2 * attributions)) as f64 / 10.0;
        assert_eq!(c["pressure"].as_f64(), Some(expected), "{insee} pressure");
        // The commune page shows the same figures, formatted.
        let html = app.get(&format!("/fr/communes/{insee}")).await.text().await.unwrap();
        let fmt = |n: i64| server_fmt(n);
        assert!(html.contains(&fmt(units)), "{insee}: {} not on the page", fmt(units));
        assert!(html.contains(&fmt(pending)), "{insee}: pending not on the page");
        assert!(html.contains("Données de démonstration"), "demo data must say so");
        // And the detail API adds up.
        let d: Value = app.get(&format!("/api/v1/communes/{insee}")).await.json().await.unwrap();
        let by_typology: i64 = d["stock_by_typology"].as_array().unwrap().iter().map(|c| c["units"].as_i64().unwrap()).sum();
        let by_landlord: i64 = d["stock_by_landlord"].as_array().unwrap().iter().map(|c| c["units"].as_i64().unwrap()).sum();
        assert_eq!((by_typology, by_landlord), (units, units));
    }
}

fn server_fmt(n: i64) -> String {
    app::pages::communes::number(app::i18n::Locale::Fr, n)
}

#[tokio::test]
async fn pressure_and_waits_on_a_hand_made_dataset() {
    let app = spawn_app().await;
    let opts = Options { dry_run: false, source: "jeu d'essai", as_of: "2026-06-30" };
    let run = |kind: Kind, text: &'static str| {
        let pool = app.pool.clone();
        async move {
            let r = import(&pool, kind, text.as_bytes(), &Options { ..opts }, &mut |_, _| {}).await.unwrap();
            assert!(r.errors.is_empty(), "{:?}", r.errors);
        }
    };
    run(Kind::Quartiers, "id;name;insee_code;population;is_qpv\n59009-001;Triolo;59009;2000;1\n59009-002;Pont-de-Bois;59009;2000;0\n").await;
    run(Kind::Stock, "quartier_id;landlord_id;typology;financing;units;vacant_units;let_in_year\n59009-001;lmh;T2;PLUS;300;3;20\n59009-002;vilogia;T3;PLAI;100;0;8\n").await;
    // 13 months for 'all' (the oldest is outside the 12-month window) and one month for T2.
    let mut demand = String::from("insee_code;typology;month;pending_first_access;pending_mutation;attributions;wait_median_months;wait_p75_months\n");
    for m in 0..13 {
        let (y, mo) = if m < 6 { (2026, 6 - m) } else { (2025, 18 - m) };
        demand.push_str(&format!("59009;all;{y}-{mo:02};100;20;{};9,5;14\n", if m == 12 { 999 } else { 10 }));
    }
    demand.push_str("59009;T2;2026-06;45;5;3;20,25;31\n");
    run(Kind::Demand, Box::leak(demand.into_boxed_str())).await;

    let list: Value = app.get("/api/v1/communes?q=villeneuve").await.json().await.unwrap();
    let c = &list["communes"][0];
    assert_eq!(list["communes"].as_array().unwrap().len(), 1);
    assert_eq!((c["units"].as_i64(), c["units_in_qpv"].as_i64()), (Some(400), Some(300)));
    // 120 pending ÷ 12 × 10 attributions (the 13th month is out) = 1.0
    assert_eq!((c["pending"].as_i64(), c["attributions_12m"].as_i64()), (Some(120), Some(120)));
    assert_eq!(c["pressure"].as_f64(), Some(1.0));
    assert_eq!(c["wait_median_months"].as_f64(), Some(9.5));
    // Typology wanted: T2 only: 50 pending ÷ 3 = 16.7; wait 20.25 months stored as 20.3.
    let t2: Value = app.get("/api/v1/communes?q=villeneuve&typology=T2").await.json().await.unwrap();
    assert_eq!(t2["communes"][0]["pressure"].as_f64(), Some(16.7));
    assert_eq!(t2["communes"][0]["wait_median_months"].as_f64(), Some(20.3));
    let d: Value = app.get("/api/v1/communes/59009").await.json().await.unwrap();
    let t2row = d["demand_by_typology"].as_array().unwrap().iter().find(|r| r["typology"] == "T2").unwrap().clone();
    assert_eq!(t2row["wait_p75_months"].as_f64(), Some(31.0));
    assert_eq!(d["stock_by_financing"][0]["key"], "PLAI");
    assert_eq!(d["sources"][0]["source"], "jeu d'essai");
    assert_eq!(d["sources"][0]["is_demo"], false);
    // A commune without any figure has no ratio rather than a division by zero.
    let empty = list_one(&app, "annoeullin").await;
    assert_eq!(empty["pressure"], Value::Null);
}

async fn list_one(app: &TestApp, q: &str) -> Value {
    let v: Value = app.get(&format!("/api/v1/communes?q={q}")).await.json().await.unwrap();
    v["communes"][0].clone()
}

#[tokio::test]
async fn filters_sorting_and_downloads_work_by_query_parameters() {
    let app = spawn_app_with_demo(11).await;
    let html = app.get("/fr/communes?q=roub").await.text().await.unwrap();
    assert!(html.contains(">Roubaix<") && !html.contains(">Lille<"));
    let sorted: Value = app.get("/api/v1/communes?sort=units&dir=desc").await.json().await.unwrap();
    assert_eq!(sorted["communes"][0]["name"], "Lille");
    let html = app.get("/fr/communes?sort=units&dir=desc").await.text().await.unwrap();
    assert!(html.contains("aria-sort=\"descending\""));
    let fragile: Value = app.get("/api/v1/communes?fragility=fragile").await.json().await.unwrap();
    assert!(fragile["communes"].as_array().unwrap().iter().all(|c| c["fragility"] == "fragile"));
    // CSV: BOM, semicolons, the page's column names in the page's language.
    let res = app.get("/en/communes?q=lille&format=csv").await;
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    let text = res.text().await.unwrap();
    assert!(text.starts_with("\u{feff}INSEE;Town;Fragility;Social homes;Pending applications;"), "{text}");
    assert!(text.lines().count() >= 3, "Lille and Marquette-lez-Lille, Saint-André-lez-Lille…");
    let json: Value = app.get("/fr/communes?q=lille&format=json").await.json().await.unwrap();
    assert_eq!(json["communes"].as_array().unwrap().len(), text.lines().count() - 2, "header and the demonstration notice");
}

#[tokio::test]
async fn unknown_commune_is_a_404_page_and_a_json_error() {
    let app = spawn_app().await;
    let res = app.get("/fr/communes/75056").await;
    assert_eq!(res.status(), 404);
    assert!(res.text().await.unwrap().contains("Page introuvable"));
    let res = app.get("/api/v1/communes/75056").await;
    assert_eq!(res.status(), 404);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "not_found");
}

#[tokio::test]
async fn pages_answer_304_until_an_import_changes_the_data() {
    let app = spawn_app_with_demo(11).await;
    for path in ["/fr/communes", "/fr/communes/59350", "/api/v1/communes", "/api/v1/communes/59350"] {
        let first = app.get(path).await;
        assert_eq!(first.status(), 200);
        let tag = first.headers()["etag"].to_str().unwrap().to_owned();
        let again = app.client.get(app.url(path)).header("if-none-match", &tag).send().await.unwrap();
        assert_eq!(again.status(), 304, "{path}");
        assert!(again.headers().get("content-security-policy").is_some(), "headers on 304 too");
    }
    // Last-Modified and If-Modified-Since too, for clients without ETags.
    let first = app.get("/api/v1/communes").await;
    let modified = first.headers()["last-modified"].to_str().unwrap().to_owned();
    let again = app.client.get(app.url("/api/v1/communes")).header("if-modified-since", &modified).send().await.unwrap();
    assert_eq!(again.status(), 304);
    let old = app.client.get(app.url("/api/v1/communes")).header("if-modified-since", "Mon, 01 Jan 2001 00:00:00 GMT").send().await.unwrap();
    assert_eq!(old.status(), 200);
    let tag = app.get("/fr/communes").await.headers()["etag"].to_str().unwrap().to_owned();
    let r = import(&app.pool, Kind::Quartiers, b"id;name;insee_code;population;is_qpv\n59009-999;Nouveau;59009;10;0\n", &Options { dry_run: false, source: "t", as_of: "2026-11-01" }, &mut |_, _| {})
        .await
        .unwrap();
    assert_eq!(r.inserted, 1);
    let after = app.client.get(app.url("/fr/communes")).header("if-none-match", &tag).send().await.unwrap();
    assert_eq!(after.status(), 200, "an import invalidates");
    assert_ne!(after.headers()["etag"].to_str().unwrap(), tag);
}

#[tokio::test]
async fn quartier_pages_show_their_stock_their_favoured_bands_and_whose_demand() {
    let app = spawn_app_with_demo(11).await;
    let (id, class): (String, String) = sqlx::query_as(
        "SELECT q.id, f.class FROM quartiers q JOIN quartier_fragility f ON f.quartier_id = q.id WHERE q.insee_code = '59512' AND f.class = 'fragile' LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(class, "fragile");
    let d: Value = app.get(&format!("/api/v1/quartiers/{id}")).await.json().await.unwrap();
    assert_eq!(d["favoured_bands"], serde_json::json!(["intermediaire", "superieur"]));
    assert_eq!(d["demand_scope"], "commune", "the demo has demand per commune only");
    let units = scalar(&app, "SELECT SUM(units) FROM stock WHERE quartier_id = $1", &id).await;
    assert_eq!(d["quartier"]["units"], units);
    let html = app.get(&format!("/fr/quartiers/{id}")).await.text().await.unwrap();
    assert!(html.contains("ressources intermédiaires") && html.contains("ressources plus élevées"));
    assert!(html.contains("ne sont pas connues par quartier"));
    // The CIET's objectives, as history: it ended in 2022 and no successor is entered.
    assert_eq!(d["objectives"]["standing"], "ended");
    assert!(html.contains("la CIET (2016–2022) demandait") && html.contains("Ces objectifs ne sont plus en vigueur"));
    assert!(!html.contains("en vigueur depuis"));
    // A less fragile quartier favours the lower bands.
    let other: String = sqlx::query_scalar("SELECT quartier_id FROM quartier_fragility WHERE class = 'sans' LIMIT 1").fetch_one(&app.pool).await.unwrap();
    let d: Value = app.get(&format!("/api/v1/quartiers/{other}")).await.json().await.unwrap();
    assert_eq!(d["favoured_bands"], serde_json::json!(["tres_modeste", "modeste"]));
    // The commune page links its quartiers.
    let commune = app.get("/fr/communes/59512").await.text().await.unwrap();
    assert!(commune.contains(&format!("href=\"/fr/quartiers/{id}\"")));
    assert_eq!(app.get("/api/v1/quartiers/nowhere").await.status(), 404);
    assert_eq!(app.get("/en/quartiers/nowhere").await.status(), 404);
}

#[tokio::test]
async fn quartier_level_demand_is_used_when_the_source_has_it() {
    let app = spawn_app().await;
    let opts = Options { dry_run: false, source: "t", as_of: "2026-06-30" };
    for (kind, text) in [
        (Kind::Quartiers, "id;name;insee_code;population;is_qpv\n59009-001;Triolo;59009;2000;1\n"),
        (Kind::Demand, "insee_code;quartier_id;typology;month;pending_first_access;pending_mutation;attributions\n59009;;all;2026-06;100;0;10\n59009;59009-001;all;2026-06;30;0;3\n"),
    ] {
        let r = import(&app.pool, kind, text.as_bytes(), &Options { ..opts }, &mut |_, _| {}).await.unwrap();
        assert!(r.errors.is_empty(), "{:?}", r.errors);
    }
    let d: Value = app.get("/api/v1/quartiers/59009-001").await.json().await.unwrap();
    assert_eq!(d["demand_scope"], "quartier");
    assert_eq!(d["demand_by_typology"][0]["pending_first_access"], 30);
    assert_eq!(d["favoured_bands"], serde_json::json!([]), "no fragility class imported: nothing favoured");
    // The commune keeps its own row.
    let c: Value = app.get("/api/v1/communes/59009").await.json().await.unwrap();
    assert_eq!(c["commune"]["pending"], 100);
}

#[tokio::test]
async fn every_table_of_a_commune_page_downloads_as_csv() {
    let app = spawn_app_with_demo(11).await;
    let d: Value = app.get("/api/v1/communes/59512").await.json().await.unwrap();
    for (table, rows) in [
        ("demand", d["demand_by_typology"].as_array().unwrap().len()),
        ("stock-typology", d["stock_by_typology"].as_array().unwrap().len()),
        ("stock-financing", d["stock_by_financing"].as_array().unwrap().len()),
        ("stock-landlord", d["stock_by_landlord"].as_array().unwrap().len()),
        ("quartiers", d["quartiers"].as_array().unwrap().len()),
    ] {
        let res = app.get(&format!("/fr/communes/59512?format=csv&table={table}")).await;
        assert_eq!(res.status(), 200, "{table}");
        assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
        let text = res.text().await.unwrap();
        assert!(text.starts_with('\u{feff}'), "{table}: BOM");
        // Demonstration figures end with a line saying so.
        assert!(text.trim_end().ends_with("Données de démonstration : ces chiffres sont générés pour essayer le portail et ne décrivent pas la réalité."), "{table}");
        assert_eq!(text.trim_end().lines().count(), rows + 2, "{table}: header + one line per row + the demonstration notice");
    }
    let html = app.get("/fr/communes/59512").await.text().await.unwrap();
    assert!(html.contains("?format=csv&amp;table=quartiers") || html.contains("?format=csv&table=quartiers"));
    // The month of the figures in words, never "2026-10".
    let month: String = d["month"].as_str().unwrap().to_owned();
    assert!(!html.contains(&format!("jusqu'à {month}")), "{month} as words");
    assert!(html.contains("Demandes et attributions (jusqu'à "));
    assert_eq!(app.get("/fr/communes/59512?format=csv&table=nope").await.status(), 404);
}

/// The text of every element of `fragment` that ends with `marker` then `>`.
fn texts_after<'a>(fragment: &'a str, marker: &str) -> Vec<&'a str> {
    fragment.split(marker).skip(1).map(|t| t.split('<').next().unwrap_or_default()).collect()
}

#[tokio::test]
async fn charts_are_labelled_and_show_the_figures_of_their_tables() {
    let app = equilibre_tests::spawn_app_with_demo(2016).await;
    let html = app.get("/fr/communes/59512").await.text().await.unwrap();
    for (chart, table) in [("stock-typology-chart", "stock-typology"), ("stock-financing-chart", "stock-financing")] {
        let start = html.find(&format!("<title id=\"{chart}-title\">")).unwrap_or_else(|| panic!("{chart}"));
        let svg = &html[start..start + html[start..].find("</svg>").unwrap()];
        assert!(svg.contains(&format!("<desc id=\"{chart}-desc\">")), "{chart}");
        assert!(html.contains(&format!("aria-labelledby=\"{chart}-title {chart}-desc\"")), "{chart}");
        // Chart: label, dwellings, lettings per row. Table: label, dwellings, vacant, lettings.
        let chart_texts = texts_after(svg, "fill=\"#1b1b1b\">");
        let t0 = html.find(&format!("<caption id=\"{table}\">")).unwrap();
        let tbody = &html[t0..t0 + html[t0..].find("</table>").unwrap()];
        let rows: Vec<Vec<&str>> = tbody.split("<tr>").skip(2).map(|r| {
            let label = r.split("<bdi>").nth(1).unwrap().split('<').next().unwrap();
            let nums = texts_after(r, "class=\"num\">");
            vec![label, nums[0], nums[2]]
        }).collect();
        assert!(!rows.is_empty());
        assert_eq!(chart_texts, rows.concat(), "{chart}: the chart shows the table's figures");
    }
}

#[tokio::test]
async fn computed_pages_are_cached_until_the_next_import() {
    let app = spawn_app_with_demo(2016).await;
    let first = app.get("/fr/communes/59512").await.text().await.unwrap();
    assert!(first.contains("<h1>Roubaix</h1>"));
    // A change that no import made is not seen: the page comes from the cache of this data version.
    sqlx::query("UPDATE communes SET name = 'Roubaix (renommée)' WHERE insee_code = '59512'").execute(&app.pool).await.unwrap();
    let cached = app.get("/fr/communes/59512").await.text().await.unwrap();
    assert_eq!(cached, first);
    // An import makes a new data version: everything is computed again.
    let csv = "id;name;insee_code;population;qpv\n59512-900;Nouveau quartier;59512;100;non\n";
    let opts = Options { dry_run: false, source: "test", as_of: "2026-11-30" };
    let report = import(&app.pool, Kind::Quartiers, csv.as_bytes(), &opts, &mut |_, _| {}).await.unwrap();
    assert!(report.errors.is_empty(), "{report:?}");
    let fresh = app.get("/fr/communes/59512").await.text().await.unwrap();
    assert!(fresh.contains("Roubaix (renommée)") && fresh.contains("Nouveau quartier"));
}
