//! `/api/v1`: OpenAPI, errors, eligibility.
use equilibre_tests::spawn_app;
use serde_json::{json, Value};

#[tokio::test]
async fn openapi_document_lists_the_routes() {
    let app = spawn_app().await;
    let res = app.get("/api/v1/openapi.json").await;
    assert_eq!(res.status(), 200);
    let doc: Value = res.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert!(doc["paths"]["/eligibility"]["post"].is_object());
    assert!(doc["components"]["schemas"]["EligibilityResponse"].is_object());
    assert!(doc["components"]["schemas"]["ErrorBody"].is_object());
    for (path, method) in [
        ("/sites", "get"),
        ("/sites/{id}/slots", "get"),
        ("/slots", "get"),
        ("/bookings", "post"),
        ("/bookings/{token}", "delete"),
        ("/bookings/{token}/move", "post"),
    ] {
        assert!(doc["paths"][path][method].is_object(), "{method} {path} documented");
    }
    assert!(doc["paths"]["/bookings"]["post"]["responses"]["409"].is_object());
    assert!(doc["components"]["schemas"]["BookingCreated"]["properties"]["within_deadline"].is_object());
}

#[tokio::test]
async fn unknown_api_route_is_a_json_404() {
    let app = spawn_app().await;
    let res = app.client.get(app.url("/api/v1/nothing")).header("accept-language", "en").send().await.unwrap();
    assert_eq!(res.status(), 404);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_found");
    assert_eq!(body["error"]["message"], "This resource does not exist.");
}

#[tokio::test]
async fn eligibility_reproduces_the_ciet_footnote_with_the_2016_rules() {
    let app = spawn_app().await;
    let single: Value = app
        .post_json("/api/v1/eligibility", &json!({"year": 2016, "adults": 1, "dependants": 0, "monthly_resources": 900}), "fr")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(single["band_thresholds"], json!({"p40": 745, "p60": 1117, "p80": 1490}));
    assert_eq!(single["band"], "modeste");
    assert_eq!(single["category"], 1);
    assert_eq!(single["ruleset"]["year"], 2016);
    let family: Value = app
        .post_json("/api/v1/eligibility", &json!({"year": 2016, "adults": 2, "dependants": 2, "monthly_resources": 3000}), "fr")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(family["band_thresholds"], json!({"p40": 1444, "p60": 2166, "p80": 2888}));
    assert_eq!(family["band"], "superieur");
}

#[tokio::test]
async fn eligibility_full_answer() {
    let app = spawn_app().await;
    let res = app
        .post_json(
            "/api/v1/eligibility",
            &json!({
                "year": 2025, "adults": 1, "dependants": 0, "applicant_age": 24,
                "monthly_resources": 1100.004, "tax_income_n2": 25000, "tax_income_n1": 22000,
                "aci_situations": ["jeune_precaire", "sans_logement"]
            }),
            "fr",
        )
        .await;
    assert_eq!(res.status(), 200);
    let r: Value = res.json().await.unwrap();
    assert_eq!(r["ruleset"]["verified"], false, "PLAI 2025 was read from secondary sources, not its arrêté");
    assert_eq!(r["ceilings"], json!({"plai": 12759, "plus": 23201, "pls": 30161}));
    // A past year: the RSA in force at its end, named.
    assert_eq!((&r["aci"]["rsa"]["on"], &r["aci"]["rsa"]["in_force_from"]), (&json!("2025-12-31"), &json!("2025-04-01")));
    assert_eq!(r["aci"]["rsa"]["amount"], 646.52);
    assert_eq!(r["aci"]["rsa"]["verified"], true);
    // N-1 (22 000) is ≥ 10 % below N-2 (25 000): it is used; under PLUS, over PLAI.
    assert_eq!(r["income_used"], "n1");
    assert_eq!(r["eligible"], json!({"plai": false, "plus": true, "pls": true}));
    assert_eq!(r["eligible_estimate"]["plus"], true);
    assert_eq!(r["aci"]["possible"], true);
    assert_eq!(r["aci"]["situations"][0], json!({"id": "jeune_precaire", "status": "possible"}));
}

#[tokio::test]
async fn eligibility_counts_the_last_twelve_months_when_10_percent_lower() {
    let app = spawn_app().await;
    let ask = |body: Value| {
        let app = &app;
        async move { app.post_json("/api/v1/eligibility", &body, "fr").await }
    };
    let body = json!({"year": 2025, "adults": 1, "dependants": 0, "monthly_resources": 1500, "tax_income_n2": 25000, "income_last_12_months": 22500});
    let r: Value = ask(body).await.json().await.unwrap();
    assert_eq!(r["income_used"], "last_12_months");
    // Without N-2: a field error, nothing guessed.
    let res = ask(json!({"adults": 1, "dependants": 0, "monthly_resources": 1500, "income_last_12_months": 22500})).await;
    assert_eq!(res.status(), 422);
    let e: Value = res.json().await.unwrap();
    assert_eq!(e["error"]["fields"]["income_last_12_months"]["code"], "twelve_months_without_n2");
}

#[tokio::test]
async fn eligibility_invalid_input_gets_translated_field_errors() {
    let app = spawn_app().await;
    let res = app
        .post_json(
            "/api/v1/eligibility",
            &json!({"adults": 2, "dependants": -1, "monthly_resources": "beaucoup", "aci_situations": ["x"], "foo": 1}),
            "fr",
        )
        .await;
    assert_eq!(res.status(), 422);
    let e: Value = res.json().await.unwrap();
    assert_eq!(e["error"]["code"], "validation_failed");
    let f = &e["error"]["fields"];
    assert_eq!(f["dependants"]["code"], "negative");
    assert_eq!(f["monthly_resources"]["code"], "invalid_amount");
    assert_eq!(f["monthly_resources"]["message"], "Saisissez un montant en euros, par exemple 1 650,50.");
    assert_eq!(f["aci_situations"]["code"], "unknown_situation");
    assert_eq!(f["foo"]["code"], "unknown_field");

    let res = app.post_json("/api/v1/eligibility", &json!({"adults": 1, "dependants": 0, "monthly_resources": 1000, "year": 1990}), "ar").await;
    assert_eq!(res.status(), 422);
    let e: Value = res.json().await.unwrap();
    assert_eq!(e["error"]["fields"]["year"]["code"], "unknown_year");
    assert_eq!(e["error"]["fields"]["year"]["message"], "سقوف هذه السنة غير متوفرة.");

    let res = app.client.post(app.url("/api/v1/eligibility")).body("{not json").send().await.unwrap();
    assert_eq!(res.status(), 400);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "invalid_json");
}
