//! The quota engine end to end: the attribution register (import, entry form), the bilan API
//! and pages, the dashboard, and who may see what.

use equilibre_tests::staff::{location, sign_in_new};
use equilibre_tests::{spawn_app, spawn_app_with_demo, TestApp};
use serde_json::Value;
use server::import::spec::Kind;
use server::import::{import, Options, Problem};

const OPTS: Options<'static> = Options { dry_run: false, source: "test", as_of: "2026-11-30" };

async fn load(app: &TestApp, kind: Kind, text: &str) -> server::import::Report {
    import(&app.pool, kind, text.as_bytes(), &OPTS, &mut |_, _| {}).await.expect("import ran")
}

/// Three quartiers of Lille, one per fragility class since the CIET.
async fn three_quartiers(app: &TestApp) {
    let r = load(app, Kind::Quartiers, "id;name;insee_code;population;is_qpv\nq-f;Fragile;59350;2000;1\nq-m;Moyen;59350;2000;0\nq-s;Calme;59350;2000;0\n").await;
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let r = load(app, Kind::QuartierFragility, "quartier_id;valid_from;class\nq-f;2016-10-14;fragile\nq-m;2016-10-14;moyenne\nq-s;2016-10-14;sans\n").await;
    assert!(r.errors.is_empty(), "{:?}", r.errors);
}

const HEADER: &str = "reference;decided_on;insee_code;quartier_id;landlord_id;band;kind;aci;aci_situations;mutation_status;adults;dependants;monthly_resources";

/// The CIET's 2014 table: band shares by quartier class, 3 000 attributions per class (entered
/// for 2017, the first full year of the CIET's rules), reproduced gap by gap through the register,
/// the importer, the engine and the API.
#[tokio::test]
async fn a_register_built_to_the_2014_table_gives_its_gaps_back() {
    let app = spawn_app().await;
    three_quartiers(&app).await;
    let table = [
        ("q-f", "fragile", [32, 33, 19, 16], [7, 8, -6, -9]),
        ("q-m", "moyenne", [21, 32, 22, 25], [-4, 7, -3, 0]),
        ("q-s", "sans", [15, 28, 22, 35], [-10, 3, -3, 10]),
    ];
    let bands = ["tres_modeste", "modeste", "intermediaire", "superieur"];
    let mut file = format!("{HEADER}\n");
    let mut n = 0;
    for (q, _, shares, _) in &table {
        for (band, share) in bands.iter().zip(shares) {
            for _ in 0..share * 30 {
                n += 1;
                let day = 1 + n % 28;
                file.push_str(&format!("R{n};2017-03-{day:02};59350;{q};lmh;{band};first_access;0;;;;;\n"));
            }
        }
    }
    let r = load(&app, Kind::Attributions, &file).await;
    assert!(r.errors.is_empty(), "{:?}", &r.errors[..r.errors.len().min(3)]);
    assert_eq!(r.inserted, 9000);
    // All in March 2017: asked as its semester (a public year hides what either of its
    // semesters hides, and the second one is empty).
    for (_, class, _, gaps) in table {
        let b: Value = app.get(&format!("/api/v1/bilan?period=2017-S1&scope=quartier_fragility:{class}")).await.json().await.unwrap();
        for (band, gap) in bands.iter().zip(gaps) {
            let got = b["bands"][band]["gap_points"].as_f64().unwrap();
            assert_eq!(got.round() as i64, gap, "{class} {band}");
        }
        let shares: f64 = bands.iter().map(|x| b["bands"][x]["share"].as_f64().unwrap()).sum();
        assert!((shares - 1.0).abs() < 1e-9);
        let status = b["rules"][0]["status"].as_str().unwrap();
        assert_eq!(status, if class == "moyenne" { "met" } else { "not_met" }, "{class}");
        assert_eq!(b["ruleset"]["name"], "Convention intercommunale d'équilibre territorial de la MEL");
    }
    // The metropole holds the three rules, and 9 000 attributions.
    let m: Value = app.get("/api/v1/bilan?period=2017-S1&scope=metropole").await.json().await.unwrap();
    assert_eq!(m["total"], 9000);
    assert_eq!(m["rules"].as_array().unwrap().len(), 3);
}

/// A line stating a *jeune ménage* (`jeune_menage` = 1) is a category-3 household: its computed
/// band is the one of category 3, not of a couple of category 2 (one band too high before).
#[tokio::test]
async fn a_jeune_menage_line_gets_the_band_of_its_category() {
    use app::domain::{band, household::Household, money::Cents, rules::Rules};
    let app = spawn_app().await;
    let rules = Rules::embedded();
    let plus = |category| rules.ceiling_year(2019).unwrap().plus.amount(category, 0);
    // Monthly resources between category 2's 40 % threshold and category 3's.
    let (t2, t3) = (band::thresholds(plus(2), &rules.ciet_band), band::thresholds(plus(3), &rules.ciet_band));
    assert!(t2.p40 < t3.p40);
    let resources = (t2.p40 + t3.p40) / 2;
    let file = format!(
        "landlord_id;reference;decided_on;insee_code;kind;aci;adults;dependants;jeune_menage;monthly_resources\n\
         lmh;J1;2019-05-02;59350;first_access;0;2;0;1;{resources}\n\
         lmh;J2;2019-05-02;59350;first_access;0;2;0;0;{resources}\n\
         lmh;J3;2019-05-02;59350;first_access;0;2;0;;{resources}\n\
         lmh;J4;2019-05-02;59350;first_access;0;2;0;peut-être;{resources}\n"
    );
    let r = load(&app, Kind::Attributions, &file).await;
    assert_eq!(r.errors.len(), 1, "{:?}", r.errors);
    assert_eq!(r.errors[0].column.as_deref(), Some("jeune_menage"), "a flag is 1 or 0");
    let r = load(&app, Kind::Attributions, &file.replace("peut-être", "")).await;
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let band_of = |reference: &'static str| {
        let pool = app.pool.clone();
        async move { sqlx::query_scalar::<_, String>("SELECT band FROM attributions WHERE reference = $1").bind(reference).fetch_one(&pool).await.unwrap() }
    };
    let expect = |category: u8| {
        let household = Household { adults: 2, jeune_menage_stated: category == 3, ..Default::default() };
        assert_eq!(household.category().category, category);
        band::band(Cents(resources * 100), plus(category), &rules.ciet_band).id()
    };
    assert_eq!(expect(3), "tres_modeste");
    assert_eq!(expect(2), "modeste");
    assert_eq!(band_of("J1").await, "tres_modeste", "stated jeune ménage: category 3");
    assert_eq!(band_of("J2").await, "modeste");
    assert_eq!(band_of("J3").await, "modeste", "not stated: a couple");
}

/// The CIET ended (its end is data, an estimate until the act's date is entered): a period after
/// it is compared with it as history, one across its end says so, and no page calls it in force.
#[tokio::test]
async fn an_ended_rule_set_is_never_shown_as_in_force() {
    let app = spawn_app().await;
    for (period, standing) in [("2017-S1", "in_force"), ("2022-S2", "partly"), ("2022", "partly"), ("2023-S1", "ended"), ("2025-S2", "ended")] {
        let b: Value = app.get(&format!("/api/v1/bilan?period={period}&scope=metropole")).await.json().await.unwrap();
        assert_eq!(b["ruleset"]["id"], "ciet-2016", "{period}");
        assert_eq!(b["ruleset"]["standing"], standing, "{period}");
        assert_eq!(b["ruleset"]["valid_to"], "2022-10-13");
        assert_eq!(b["ruleset"]["valid_to_verified"], false);
    }
    let html = app.get("/fr/bilan?period=2025-S2&scope=metropole").await.text().await.unwrap();
    assert!(html.contains("en vigueur du 14/10/2016 au 13/10/2022"), "validity with its end");
    assert!(html.contains("Cette date de fin est une estimation"));
    assert!(html.contains("avaient pris fin avant cette période"));
    assert!(html.contains("Comparaison avec des objectifs qui ne sont plus en vigueur"));
    assert!(!html.contains("en vigueur depuis"), "never as in force");
    let html = app.get("/en/bilan?period=2022-S2&scope=metropole").await.text().await.unwrap();
    assert!(html.contains("in force during part of the period only"));
    let html = app.get("/fr/bilan?period=2017-S1&scope=metropole").await.text().await.unwrap();
    assert!(!html.contains("avaient pris fin") && !html.contains("Comparaison avec des objectifs"));
    let csv = app.get("/fr/bilan?period=2025-S2&scope=metropole&format=csv").await.text().await.unwrap();
    assert!(csv.contains("plus en vigueur (comparaison historique)"), "{csv}");
}

#[tokio::test]
async fn the_register_importer_checks_lines_computes_bands_and_writes_all_or_nothing() {
    let app = spawn_app().await;
    three_quartiers(&app).await;
    // A single person with 700 € a month in 2026 is very modest (under 40 % of the reference).
    let good = format!("{HEADER}\nA1;2026-02-03;59350;q-f;lmh;;first_access;1;sans_logement|handicap;;1;0;700,00\nA2;2026-02-04;59350;;vilogia;modeste;mutation;0;;complexe;;;\n");
    let dry = import(&app.pool, Kind::Attributions, good.as_bytes(), &Options { dry_run: true, ..OPTS }, &mut |_, _| {}).await.unwrap();
    assert_eq!((dry.inserted, dry.errors.len()), (2, 0));
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM attributions").fetch_one(&app.pool).await.unwrap();
    assert_eq!(n, 0, "a dry run writes nothing");
    let bad = format!(
        "{HEADER}\nB1;2026-02-03;59512;q-f;lmh;;first_access;0;;;;;\nB2;2026-02-03;59350;;lmh;;first_access;0;sans_logement;;;;\nB3;2026-02-03;59350;;lmh;;first_access;1;volcan;;;;\nB4;2026-02-03;59350;;lmh;;first_access;0;;bloquee;;;\nB5;2026-02-30;59350;;lmh;;first_access;0;;;;;\n"
    );
    let r = load(&app, Kind::Attributions, &(bad + "A1;2026-02-03;59350;q-f;lmh;;first_access;0;;;;;\n")).await;
    let problems: Vec<(usize, Problem)> = r.errors.iter().map(|e| (e.line, e.problem)).collect();
    assert_eq!(
        problems,
        vec![
            (2, Problem::QuartierNotInCommune),
            (3, Problem::SituationsWithoutAci),
            (4, Problem::UnknownCode),
            (5, Problem::StatusWithoutMutation),
            (6, Problem::BadDate),
        ]
    );
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM attributions").fetch_one(&app.pool).await.unwrap();
    assert_eq!(n, 0, "one bad line, nothing written");
    let r = load(&app, Kind::Attributions, &good).await;
    assert_eq!((r.inserted, r.errors.len()), (2, 0));
    let row: (Option<String>, Option<String>, Option<String>, Option<String>) =
        sqlx::query_as("SELECT band, aci_situations, quartier_fragility, commune_fragility FROM attributions WHERE reference = 'A1'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(row.0.as_deref(), Some("tres_modeste"), "band computed from the household and resources");
    assert_eq!(row.1.as_deref(), Some("handicap|sans_logement"), "codes kept sorted");
    assert_eq!(row.2.as_deref(), Some("fragile"), "the quartier's class on the decision date");
    // Re-importing the same file changes nothing; exporting gives it back.
    assert_eq!(load(&app, Kind::Attributions, &good).await.unchanged, 2);
    let out = String::from_utf8(server::import::export(&app.pool, Kind::Attributions).await.unwrap()).unwrap();
    assert!(out.contains("vilogia;A2;2026-02-04;59350;;"), "{out}");
}

/// The API's counts are the register's, counted another way; public figures hide small counts.
#[tokio::test]
async fn bilan_api_counts_the_register_and_suppresses_small_counts_in_public() {
    let app = spawn_app_with_demo(7).await;
    let rows: Vec<(Option<String>, i64)> = sqlx::query_as(
        "SELECT band, COUNT(*) FROM attributions WHERE insee_code = '59512' AND decided_on >= '2025-01-01' AND decided_on <= '2025-12-31' GROUP BY band",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    let admin = sign_in_new(&app, "admin@mel.fr", "admin", &[]).await;
    let full: Value = admin.browser.get("/api/v1/bilan?period=2025&scope=commune:59512").await.json().await.unwrap();
    assert_eq!(full["suppressed"], false);
    for (band, count) in &rows {
        match band {
            Some(b) => assert_eq!(full["bands"][b]["count"].as_i64(), Some(*count), "{b}"),
            None => assert_eq!(full["unknown"].as_i64(), Some(*count)),
        }
    }
    let aci: (i64, i64) = sqlx::query_as(
        "SELECT SUM(aci), COUNT(*) FROM attributions WHERE insee_code = '59512' AND kind = 'first_access' AND decided_on BETWEEN '2025-01-01' AND '2025-12-31'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!((full["aci_first_access"]["count"].as_i64(), full["aci_first_access"]["first_access"].as_i64()), (Some(aci.0), Some(aci.1)), "ACI over first access only");
    // Public: the same figures where they are 11 or more, none below.
    let public: Value = app.get("/api/v1/bilan?period=2025&scope=commune:59512").await.json().await.unwrap();
    assert_eq!(public["suppressed"], true);
    for b in ["tres_modeste", "modeste", "intermediaire", "superieur"] {
        let c = full["bands"][b]["count"].as_i64().unwrap();
        if c >= 11 {
            assert_eq!(public["bands"][b]["count"].as_i64(), Some(c));
        }
    }
    // A small commune: every small count is hidden.
    let small: Value = app.get("/api/v1/bilan?period=2025-S1&scope=commune:59009").await.json().await.unwrap();
    for b in ["tres_modeste", "modeste", "intermediaire", "superieur"] {
        let c = &small["bands"][b]["count"];
        assert!(c.is_null() || c.as_i64().unwrap() >= 11, "{b}: {c}");
    }
    // Staff-only scopes are refused without a session; nonsense is a clear error.
    assert_eq!(app.get("/api/v1/bilan?scope=quartier:59512-001").await.status(), 403);
    assert_eq!(app.get("/api/v1/bilan?scope=landlord:lmh").await.status(), 403);
    let res = app.get("/api/v1/bilan?period=2026-S3").await;
    assert_eq!(res.status(), 422);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "invalid_period");
    assert_eq!(app.get("/api/v1/bilan?scope=commune:00000").await.status(), 404);
    // The current semester's guidance is projected from the previous year.
    let now: Value = admin.browser.get(&format!("/api/v1/bilan?scope=metropole&period={}", server::http::today().year)).await.json().await.unwrap();
    assert_eq!(now["guidance"]["projected"], true);
    let given: Value = admin.browser.get("/api/v1/bilan?scope=metropole&period=2026&remaining=1000").await.json().await.unwrap();
    assert_eq!((given["guidance"]["projected"].as_bool(), given["guidance"]["remaining"].as_i64()), (Some(false), Some(1000)));
}

/// The page shows the API's figures, as the locale writes them.
#[tokio::test]
async fn bilan_page_and_api_agree() {
    let app = spawn_app_with_demo(7).await;
    let api: Value = app.get("/api/v1/bilan?period=2025-S2&scope=quartier_fragility:fragile").await.json().await.unwrap();
    let html = app.get("/en/bilan?period=2025-S2&scope=quartier_fragility:fragile").await.text().await.unwrap();
    for b in ["tres_modeste", "modeste", "intermediaire", "superieur"] {
        let f = &api["bands"][b];
        let count = f["count"].as_i64().expect("large enough to publish");
        let grouped = app::pages::communes::number(app::i18n::Locale::En, count);
        assert!(html.contains(&format!(">{grouped}<")), "{b} count {grouped}");
        let share = app::pages::bilan::percent(app::i18n::Locale::En, f["share"].as_f64());
        assert!(html.contains(&share), "{b} share {share}");
    }
    let status = if api["rules"][0]["status"] == "met" { "met" } else { "not met" };
    assert!(html.contains(&format!(">{status}<")));
    // The CSV download is the same bilan.
    let csv = app.get("/en/bilan?period=2025-S2&scope=quartier_fragility:fragile&format=csv").await.text().await.unwrap();
    assert!(csv.contains(&app::pages::communes::number(app::i18n::Locale::En, api["total"].as_i64().unwrap())));
}

#[tokio::test]
async fn each_role_sees_its_own_bilan_and_no_one_elses() {
    let app = spawn_app_with_demo(7).await;
    let lille = sign_in_new(&app, "lille@ville.fr", "commune", &["59350"]).await;
    let lmh = sign_in_new(&app, "lmh@bailleur.fr", "landlord", &["lmh"]).await;
    // Own commune: full figures; another commune: only what the public sees.
    let own: Value = lille.browser.get("/api/v1/bilan?period=2025&scope=commune:59350").await.json().await.unwrap();
    assert_eq!(own["suppressed"], false);
    let other: Value = lille.browser.get("/api/v1/bilan?period=2025&scope=commune:59512").await.json().await.unwrap();
    assert_eq!(other["suppressed"], true, "a commune user cannot get another commune's bilan");
    assert_eq!(lille.browser.get("/api/v1/bilan?scope=quartier:59350-001").await.status(), 200);
    assert_eq!(lille.browser.get("/api/v1/bilan?scope=quartier:59512-001").await.status(), 403);
    assert_eq!(lille.browser.get("/fr/staff/bilan?scope=commune:59512").await.status(), 403);
    assert_eq!(lille.browser.get("/fr/staff/bilan?scope=commune:59350").await.status(), 200);
    assert_eq!(lmh.browser.get("/api/v1/bilan?scope=landlord:lmh").await.status(), 200);
    assert_eq!(lmh.browser.get("/api/v1/bilan?scope=landlord:vilogia").await.status(), 403);
    // The dashboard of a commune user counts its communes' attributions only.
    let tables: Value = lille.browser.get("/fr/staff/dashboard?period=2025&format=json").await.json().await.unwrap();
    let communes = tables.as_array().unwrap().iter().find(|t| t["id"] == "communes").unwrap();
    let names: Vec<&str> = communes["rows"].as_array().unwrap().iter().map(|r| r["scope"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["commune:59350"]);
    let quartiers = tables.as_array().unwrap().iter().find(|t| t["id"] == "quartiers").unwrap();
    assert!(quartiers["rows"].as_array().unwrap().iter().all(|r| r["scope"].as_str().unwrap().starts_with("quartier:59350-")));
    // The admin's has every commune with attributions, sorted as asked, and a CSV per table.
    let admin = sign_in_new(&app, "admin@mel.fr", "admin", &[]).await;
    let tables: Value = admin.browser.get("/fr/staff/dashboard?period=2025&format=json&table=communes&sort=total&dir=desc").await.json().await.unwrap();
    let rows = tables[0]["rows"].as_array().unwrap();
    assert!(rows.len() > 50);
    let totals: Vec<i64> = rows.iter().map(|r| r["total"].as_i64().unwrap()).collect();
    assert!(totals.windows(2).all(|w| w[0] >= w[1]), "sorted by total, descending");
    let lille_row = rows.iter().find(|r| r["scope"] == "commune:59350").unwrap();
    assert_eq!(lille_row["total"], own["total"], "dashboard and bilan from the same engine");
    let csv = admin.browser.get("/fr/staff/dashboard?period=2025&format=csv&table=landlords").await;
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let page = admin.browser.get("/fr/staff/bilan?period=2025&scope=quartier:59512-001").await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Objectifs par fragilité des quartiers"));
}

/// The entry form reads amounts as its page writes them and states a jeune ménage: "1,650" is
/// 1 650 € on the English form, refused on the French one; the box makes the household category 3.
#[tokio::test]
async fn the_entry_form_reads_amounts_by_its_page_and_states_a_jeune_menage() {
    let app = spawn_app().await;
    let staff = sign_in_new(&app, "lmh@bailleur.fr", "landlord", &["lmh"]).await;
    let line = |reference: &'static str, resources: &'static str, jeune: &'static str| {
        vec![
            ("reference", reference),
            ("decided_on", "2019-05-02"),
            ("insee_code", "59350"),
            ("landlord_id", "lmh"),
            ("kind", "first_access"),
            ("adults", "2"),
            ("dependants", "0"),
            ("jeune_menage", jeune),
            ("monthly_resources", resources),
        ]
    };
    let (fr, en) = ("/fr/staff/register/new", "/en/staff/register/new");
    let res = staff.browser.submit(fr, fr, &line("E1", "1,650", "")).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Ce montant peut se lire de deux façons"));
    assert_eq!(staff.browser.submit(en, en, &line("E1", "1,650", "")).await.status(), 303);
    let cents: i64 = sqlx::query_scalar("SELECT monthly_resources_cents FROM attributions WHERE reference = 'E1'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(cents, 165_000, "never 1.65 €");
    // The same resources, stated jeune ménage: one category up, so a band lower or equal.
    assert_eq!(staff.browser.submit(fr, fr, &line("E2", "1 650", "1")).await.status(), 303);
    let flag: Option<i64> = sqlx::query_scalar("SELECT jeune_menage FROM attributions WHERE reference = 'E2'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(flag, Some(1));
}

#[tokio::test]
async fn staff_enter_attributions_within_their_scope_through_the_importer() {
    let app = spawn_app_with_demo(7).await;
    let lille = sign_in_new(&app, "lille@ville.fr", "commune", &["59350"]).await;
    let form = "/fr/staff/register/new";
    let fields = |reference: &'static str, insee: &'static str, aci: &'static str| {
        vec![
            ("reference", reference),
            ("decided_on", "2026-11-02"),
            ("insee_code", insee),
            ("quartier_id", ""),
            ("landlord_id", "lmh"),
            ("kind", "first_access"),
            ("adults", "2"),
            ("dependants", "1"),
            ("monthly_resources", "1500"),
            ("aci", aci),
            ("aci_situations", "sans_logement"),
        ]
    };
    let before: Value = lille.browser.get("/api/v1/bilan?period=2026-S2&scope=commune:59350").await.json().await.unwrap();
    let public_before: Value = app.get("/api/v1/bilan?period=2026-S1&scope=commune:59350").await.json().await.unwrap();
    // Situations without the ACI box: refused, nothing written.
    let res = lille.browser.submit(form, form, &fields("SAISIE-1", "59350", "")).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("ne sont possibles que pour un ménage prioritaire"));
    // Another commune: outside the user's scope.
    let res = lille.browser.submit(form, form, &fields("SAISIE-2", "59512", "1")).await;
    assert_eq!(res.status(), 422);
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM attributions WHERE reference LIKE 'SAISIE-%'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(n, 0);
    // A good line: saved, its band computed, visible in the register and the bilan at once.
    let res = lille.browser.submit(form, form, &fields("SAISIE-3", "59350", "1")).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/fr/staff/register?saved=SAISIE-3");
    let band: Option<String> = sqlx::query_scalar("SELECT band FROM attributions WHERE reference = 'SAISIE-3'").fetch_one(&app.pool).await.unwrap();
    assert!(band.is_some());
    let register = lille.browser.get("/fr/staff/register?saved=SAISIE-3").await.text().await.unwrap();
    assert!(register.contains("Attribution SAISIE-3 enregistrée.") && register.contains(">SAISIE-3<"));
    let after: Value = lille.browser.get("/api/v1/bilan?period=2026-S2&scope=commune:59350").await.json().await.unwrap();
    assert_eq!(after["total"].as_i64().unwrap(), before["total"].as_i64().unwrap() + 1, "the engine follows the register");
    // A line of a closed semester (a correction): the public's cached figures follow too.
    let mut earlier = fields("SAISIE-4", "59350", "1");
    earlier[1] = ("decided_on", "2026-05-04");
    assert_eq!(lille.browser.submit(form, form, &earlier).await.status(), 303);
    let public_after: Value = app.get("/api/v1/bilan?period=2026-S1&scope=commune:59350").await.json().await.unwrap();
    assert_eq!(public_after["total"].as_i64().unwrap(), public_before["total"].as_i64().unwrap() + 1, "cached figures follow the register");
    // The same reference twice is refused.
    assert_eq!(lille.browser.submit(form, form, &fields("SAISIE-3", "59350", "1")).await.status(), 422);
    // The audit trail names the entry, never the household's situations.
    let details: Vec<String> = sqlx::query_scalar("SELECT detail FROM audit_log WHERE action = 'register_entry'").fetch_all(&app.pool).await.unwrap();
    assert_eq!(details, vec!["inserted key=lmh/SAISIE-3".to_owned(), "inserted key=lmh/SAISIE-4".to_owned()]);
    assert!(!details.iter().any(|d| d.contains("sans_logement")));
}

/// The engine reads an in-memory copy of the register: new lines, changed lines and lines in
/// any order of dates are all seen at once.
#[tokio::test]
async fn the_engine_follows_the_register_through_inserts_and_updates() {
    let app = spawn_app().await;
    three_quartiers(&app).await;
    let admin = sign_in_new(&app, "admin@mel.fr", "admin", &[]).await;
    let counts = || async {
        let b: Value = admin.browser.get("/api/v1/bilan?period=2026&scope=commune:59350").await.json().await.unwrap();
        ["tres_modeste", "modeste", "intermediaire", "superieur"].map(|x| b["bands"][x]["count"].as_i64().unwrap())
    };
    let line = |r: &str, day: &str, band: &str| format!("{HEADER}\n{r};{day};59350;q-s;lmh;{band};first_access;0;;;;;\n");
    assert_eq!(load(&app, Kind::Attributions, &(line("U1", "2026-05-01", "modeste") + "U2;2026-03-01;59350;q-s;lmh;modeste;first_access;0;;;;;\n")).await.inserted, 2);
    assert_eq!(counts().await, [0, 2, 0, 0]);
    // A new line, dated before the others: added in its place.
    assert_eq!(load(&app, Kind::Attributions, &line("U3", "2026-01-15", "superieur")).await.inserted, 1);
    assert_eq!(counts().await, [0, 2, 0, 1]);
    let january: Value = admin.browser.get("/api/v1/bilan?period=2026-01-01..2026-01-31&scope=commune:59350").await.json().await.unwrap();
    assert_eq!(january["total"], 1);
    // A line corrected by a new import: the old version is gone.
    assert_eq!(load(&app, Kind::Attributions, &line("U1", "2026-05-01", "superieur")).await.updated, 1);
    assert_eq!(counts().await, [0, 1, 0, 2]);
}
