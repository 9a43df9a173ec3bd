//! Pages: locales, redirects, the language switcher, the no-JavaScript eligibility form, 404.
use equilibre_tests::spawn_app;

#[tokio::test]
async fn root_redirects_by_cookie_then_accept_language_then_french() {
    let app = spawn_app().await;
    let go = |headers: Vec<(&'static str, &'static str)>| {
        let mut req = app.client.get(app.url("/"));
        for (k, v) in headers {
            req = req.header(k, v);
        }
        async move {
            let res = req.send().await.unwrap();
            assert_eq!(res.status(), 303);
            res.headers()["location"].to_str().unwrap().to_owned()
        }
    };
    assert_eq!(go(vec![]).await, "/fr");
    assert_eq!(go(vec![("accept-language", "ar-MA,ar;q=0.9")]).await, "/ar");
    assert_eq!(go(vec![("accept-language", "de-DE,en;q=0.8")]).await, "/en");
    assert_eq!(go(vec![("accept-language", "en"), ("cookie", "lang=ar")]).await, "/ar");
    assert_eq!(go(vec![("accept-language", "de")]).await, "/fr");
}

#[tokio::test]
async fn every_page_in_every_locale_has_lang_dir_one_h1_and_landmarks() {
    let app = spawn_app().await;
    for (lang, dir) in [("fr", "ltr"), ("en", "ltr"), ("ar", "rtl")] {
        for path in ["", "/eligibilite", "/accessibilite", "/confidentialite"] {
            let res = app.get(&format!("/{lang}{path}")).await;
            assert_eq!(res.status(), 200, "/{lang}{path}");
            let html = res.text().await.unwrap();
            assert!(html.starts_with("<!DOCTYPE html>"), "/{lang}{path}");
            assert!(html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\"")), "/{lang}{path}");
            assert_eq!(html.matches("<h1").count(), 1, "/{lang}{path}: one h1");
            for landmark in ["<header", "<nav", "<main id=\"main\"", "<footer", "href=\"#main\""] {
                assert!(html.contains(landmark), "/{lang}{path}: {landmark}");
            }
            assert!(html.contains(&format!("href=\"/{lang}/accessibilite\"")), "/{lang}{path}: footer link");
            assert!(html.contains(&format!("href=\"/{lang}/confidentialite\"")), "/{lang}{path}: footer link");
        }
    }
}

#[tokio::test]
async fn information_pages_load_no_script() {
    let app = spawn_app().await;
    for path in ["/fr", "/fr/accessibilite", "/en/confidentialite"] {
        let html = app.get(path).await.text().await.unwrap();
        assert!(!html.contains("<script"), "{path} should ship no JavaScript");
    }
}

#[tokio::test]
async fn language_switcher_remembers_the_choice_and_stays_on_the_page() {
    let app = spawn_app().await;
    let res = app.post_form("/langue", "lang=ar&next=%2Far%2Feligibilite").await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/ar/eligibilite");
    let cookie = res.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("lang=ar;") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    // Never an open redirect.
    let res = app.post_form("/langue", "lang=en&next=%2F%2Fevil.example").await;
    assert_eq!(res.headers()["location"], "/en");
    // The switcher on a page points at the same page in the other languages.
    let html = app.get("/fr/eligibilite").await.text().await.unwrap();
    assert!(html.contains("value=\"/en/eligibilite\"") && html.contains("value=\"/ar/eligibilite\""));
}

#[tokio::test]
async fn unknown_pages_are_404_in_the_right_language() {
    let app = spawn_app().await;
    let res = app.get("/en/nowhere").await;
    assert_eq!(res.status(), 404);
    let html = res.text().await.unwrap();
    assert!(html.contains("<html lang=\"en\"") && html.contains("Page not found"));
    let res = app.get("/xx/nowhere").await;
    assert_eq!(res.status(), 404);
    assert!(res.text().await.unwrap().contains("<html lang=\"fr\""));
    let res = app.client.get(app.url("/zz")).header("accept-language", "ar").send().await.unwrap();
    assert_eq!(res.status(), 404);
    assert!(res.text().await.unwrap().contains("dir=\"rtl\""));
}

#[tokio::test]
async fn eligibility_form_posts_and_renders_the_result_without_javascript() {
    let app = spawn_app().await;
    // Amina: one adult, two children, 1 650 € a month, 2026 rules.
    let res = app
        .post_form("/fr/eligibilite", "year=2026&adults=1&dependants=2&disabled_persons=&monthly_resources=1+650&situation=perte_logement")
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let html = res.text().await.unwrap();
    assert!(html.contains("Catégorie de ménage : 4"), "category");
    assert!(html.contains("45\u{202f}374\u{a0}€"), "PLUS ceiling");
    assert!(html.contains("ressources très modestes"), "band");
    assert!(html.contains("pourrait être un ménage prioritaire"), "ACI");
    // The typed values are shown back.
    assert!(html.contains("value=\"1 650\""));
    assert!(html.contains("value=\"perte_logement\" checked"));
}

/// "1,650" is 1 650 € on an English or Arabic page (as they write it), refused as ambiguous on a
/// French one; never 1.65 € and a false "eligible". The amount understood is shown back.
#[tokio::test]
async fn typed_amounts_are_read_as_the_page_writes_them() {
    let app = spawn_app().await;
    for lang in ["en", "ar"] {
        let res = app.post_form(&format!("/{lang}/eligibilite"), "year=2026&adults=1&dependants=0&monthly_resources=1%2C650").await;
        assert_eq!(res.status(), 200, "{lang}");
        let html = res.text().await.unwrap();
        assert!(html.contains("1,650.00"), "{lang}: the amount understood is shown back");
    }
    let html = app.post_form("/en/eligibilite", "year=2026&adults=1&dependants=0&monthly_resources=1%2C650").await.text().await.unwrap();
    assert!(html.contains("Monthly resources understood: €1,650.00 a month."));
    let res = app.post_form("/fr/eligibilite", "year=2026&adults=1&dependants=0&monthly_resources=1%2C650").await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("href=\"#monthly_resources\"") && html.contains("Ce montant peut se lire de deux façons"));
    let res = app.post_form("/en/eligibilite", "year=2026&adults=99999999999&dependants=0&monthly_resources=1650").await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("The number is too large."));
}

#[tokio::test]
async fn eligibility_form_errors_are_translated_and_linked_to_fields() {
    let app = spawn_app().await;
    let res = app.post_form("/en/eligibilite", "adults=abc&dependants=2&monthly_resources=").await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("The form has errors"));
    assert!(html.contains("href=\"#adults\"") && html.contains("Enter a whole number."));
    assert!(html.contains("href=\"#monthly_resources\"") && html.contains("This field is required."));
    assert!(html.contains("aria-invalid=\"true\""));
}

/// Lowercase hyphenated words of visible text (and of the attributes people hear or see:
/// `title`, `aria-label`, `placeholder`, `alt`) whose first part is a message-id prefix.
fn message_ids_shown(html: &str, prefixes: &std::collections::BTreeSet<String>) -> Vec<String> {
    let mut visible = String::new();
    let mut rest = html;
    // Scripts and styles are not read.
    while let Some(i) = rest.find('<') {
        visible.push_str(&rest[..i]);
        visible.push(' ');
        let tag_end = rest[i..].find('>').map_or(rest.len(), |j| i + j + 1);
        let tag = &rest[i..tag_end];
        for attr in ["title=\"", "aria-label=\"", "placeholder=\"", "alt=\""] {
            if let Some(k) = tag.find(attr) {
                let v = &tag[k + attr.len()..];
                visible.push_str(&v[..v.find('"').unwrap_or(v.len())]);
                visible.push(' ');
            }
        }
        rest = &rest[tag_end..];
        for skip in ["script", "style"] {
            if tag.starts_with(&format!("<{skip}")) {
                let close = format!("</{skip}>");
                rest = rest.find(&close).map_or("", |j| &rest[j + close.len()..]);
            }
        }
    }
    visible.push_str(rest);
    visible
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
        .filter(|w| w.contains('-') && w.split('-').next().is_some_and(|p| prefixes.contains(p)))
        .map(str::to_owned)
        .collect()
}

/// No page, public or staff, in any locale, shows a message id instead of its text (a missing
/// translation or a message never written).
#[tokio::test]
async fn no_page_in_any_locale_shows_a_message_id() {
    use equilibre_tests::staff::sign_in_new;
    let ftl = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/fr/main.ftl")).unwrap();
    let prefixes: std::collections::BTreeSet<String> = ftl
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
        .filter(|id| !id.starts_with(['#', ' ', '.']))
        .filter_map(|id| id.split('-').next().map(str::to_owned))
        .collect();
    assert!(prefixes.contains("staff") && prefixes.contains("elig"));
    let app = equilibre_tests::spawn_app_with_demo(11).await;
    let site: i64 = sqlx::query_scalar("SELECT id FROM sites ORDER BY id LIMIT 1").fetch_one(&app.pool).await.unwrap();
    let quartier: String = sqlx::query_scalar("SELECT id FROM quartiers ORDER BY id LIMIT 1").fetch_one(&app.pool).await.unwrap();
    let public = [
        String::new(),
        "/eligibilite".into(),
        "/accessibilite".into(),
        "/confidentialite".into(),
        "/communes".into(),
        "/communes/59512".into(),
        format!("/quartiers/{quartier}"),
        "/accueil".into(),
        "/rendez-vous".into(),
        "/bilan".into(),
        "/bilan?period=2025&scope=commune:59512".into(),
        "/staff/login".into(),
    ];
    let staff = [
        String::new(),
        "/users".into(),
        "/audit".into(),
        "/imports".into(),
        "/sites".into(),
        format!("/sites/{site}"),
        format!("/sites/{site}/schedule"),
        format!("/sites/{site}/book"),
        "/deadline".into(),
        "/bilan".into(),
        "/dashboard".into(),
        "/register".into(),
        "/register/new".into(),
        "/communes/59512".into(),
    ];
    let admin = sign_in_new(&app, "admin@mel.fr", "admin", &[]).await;
    let mut shown = vec![];
    let mut pages = 0;
    for lang in ["fr", "en", "ar"] {
        for path in &public {
            let res = app.get(&format!("/{lang}{path}")).await;
            assert_eq!(res.status(), 200, "/{lang}{path}");
            let ids = message_ids_shown(&res.text().await.unwrap(), &prefixes);
            shown.extend(ids.into_iter().map(|id| format!("/{lang}{path}: {id}")));
            pages += 1;
        }
        for path in &staff {
            let res = admin.browser.get(&format!("/{lang}/staff{path}")).await;
            if res.status() != 200 {
                continue; // not an admin's page: the role test covers it
            }
            let ids = message_ids_shown(&res.text().await.unwrap(), &prefixes);
            shown.extend(ids.into_iter().map(|id| format!("/{lang}/staff{path}: {id}")));
            pages += 1;
        }
    }
    assert_eq!(pages, 3 * (public.len() + staff.len()), "an admin sees every staff page here");
    // The commune dashboard's monthly rows say what each holds: one month, in words.
    let monthly = admin.browser.get("/fr/staff/communes/59512").await.text().await.unwrap();
    assert!(monthly.contains("Attributions du mois") && !monthly.contains("Attributions sur 12 mois"));
    assert!(!monthly.contains(">2026-0") && !monthly.contains(">2025-1"), "months in words");
    // Results too: an eligibility answer with every section.
    for lang in ["fr", "en", "ar"] {
        let res = app.post_form(&format!("/{lang}/eligibilite"), "year=2026&adults=2&dependants=1&monthly_resources=1650&tax_income_n2=20000&situation=sans_logement").await;
        assert_eq!(res.status(), 200);
        let ids = message_ids_shown(&res.text().await.unwrap(), &prefixes);
        shown.extend(ids.into_iter().map(|id| format!("POST /{lang}/eligibilite: {id}")));
    }
    assert!(shown.is_empty(), "message ids on pages: {shown:#?}");
}
