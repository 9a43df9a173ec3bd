//! Staff views of the quota engine: the bilan of any scope in the user's remit (print-ready),
//! the dashboard (every commune, landlord, quartier and class of a period, sortable and
//! downloadable), and the attribution register with its entry form.

use super::*;
use crate::http::bilan::{bilan_error_code, compute, period_choices, respond, scope_label, staff_scopes, view_of, BilanQuery, View};
use crate::http::client::ClientIp;
use crate::register::BilanError;
use app::domain::access::Role;
use app::domain::bilan::{Acc, Bilan, Period, Remaining, Scope};
use app::domain::quota::Fragility;
use app::pages::bilan::{dash_cells, sort_rows, BilanForm, BilanPage, Choice, DashRow, DashTable, DashboardPage, DASHBOARD_PATH, DASH_COLUMNS, STAFF_BILAN_PATH};
use app::pages::register::{RegisterChoices, RegisterForm, RegisterLine, RegisterPage, REGISTER_NEW_PATH, REGISTER_PATH};
use axum::extract::{Query, State};
use axum::routing::get;
use axum::Json;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(&format!("/{{lang}}{STAFF_BILAN_PATH}"), get(bilan_page))
        .route(&format!("/{{lang}}{DASHBOARD_PATH}"), get(dashboard))
        .route(&format!("/{{lang}}{REGISTER_PATH}"), get(register_page))
        .route(&format!("/{{lang}}{REGISTER_NEW_PATH}"), get(register_form).post(register_post))
}

/// Where a staff member's bilan opens: the metropole for admins, else their first commune or landlord.
fn default_scope(p: &Principal) -> Scope {
    let first = p.scope.first().cloned().unwrap_or_default();
    match p.role {
        Role::Commune => Scope::Commune(first),
        Role::Landlord => Scope::Landlord(first),
        _ => Scope::Metropole,
    }
}

async fn bilan_page(State(state): State<AppState>, me: SignedIn, Query(q): Query<BilanQuery>) -> Response {
    if let Err(r) = me.require(&state, Resource::Dashboards) {
        return r;
    }
    let l = me.locale;
    let asked = match q.parse(crate::http::today(), default_scope(&me.principal)) {
        Ok(a) => a,
        Err(code) => return error_page(&state, l, code),
    };
    // Staff pages show full figures only; a public scope outside the remit is on /bilan.
    match view_of(&state, Some(&me.principal), &asked.scope).await {
        Ok(View::Full) => {}
        Ok(_) => return me.denied(&state),
        Err(e) => return internal(&state, l, e),
    }
    let b = match compute(&state, &asked, true).await {
        Ok(b) => b,
        Err(BilanError::Db(e)) => return internal(&state, l, e),
        Err(e) => return error_page(&state, l, bilan_error_code(&e)),
    };
    let i18n = app::i18n::sources::i18n(l);
    let (label, scopes) = match (scope_label(&state, &i18n, &asked.scope).await, staff_scopes(&state, &i18n, &me.principal).await) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return internal(&state, l, e),
    };
    let form = BilanForm {
        periods: period_choices(&i18n, crate::http::today(), &b.period, false),
        scopes,
        period: b.period.clone(),
        scope: b.scope.clone(),
        remaining: q.remaining.clone(),
    };
    let staff = Some((me.principal, me.session.csrf));
    respond(l, b, &q.format, move |b| {
        render(&state, l, StatusCode::OK, "bilan-title", STAFF_BILAN_PATH, move || view! { <BilanPage bilan=b scope_label=label form=form staff=staff/> })
    })
}

#[derive(serde::Deserialize, Default)]
struct DashQuery {
    #[serde(default)]
    period: String,
    #[serde(default)]
    table: String,
    #[serde(default)]
    sort: String,
    #[serde(default)]
    dir: String,
    #[serde(default)]
    format: String,
}

/// The dashboard's tables for a period: one engine run per row, over the sums of one query.
async fn dashboard_tables(
    state: &AppState,
    i18n: &app::i18n::I18n,
    principal: &Principal,
    period: Period,
) -> Result<Result<Vec<DashTable>, ErrorCode>, sqlx::Error> {
    let Some(rs) = crate::register::ruleset_for(period, crate::http::today()) else { return Ok(Err(ErrorCode::NoRuleset)) };
    let (from, to) = period.bounds();
    let (all, keys) = crate::register::all_scopes(&state.pool, &state.register, principal, from, to).await?;
    let row = |scope: Scope, name: String, acc: &Acc| DashRow::new(name, &Bilan::compute(rs, period, &scope, acc, Remaining::Closed));
    // Only keys with attributions in the period (and in the user's remit) get a row.
    let some = |accs: &[Acc], i: usize| accs.get(i).filter(|a| a.all.total() > 0).copied();
    let communes = keys.communes.iter().enumerate().filter_map(|(i, (k, n))| Some(row(Scope::Commune(k.clone()), n.clone(), &some(&all.communes, i)?))).collect();
    let landlords = keys.landlords.iter().enumerate().filter_map(|(i, (k, n))| Some(row(Scope::Landlord(k.clone()), n.clone(), &some(&all.landlords, i)?))).collect();
    let commune_names: std::collections::HashMap<&str, &str> = keys.communes.iter().map(|(k, n)| (k.as_str(), n.as_str())).collect();
    let quartiers = keys
        .quartiers
        .iter()
        .enumerate()
        .filter_map(|(i, (k, n, insee))| {
            let acc = some(&all.quartiers, i)?;
            let name = format!("{n} ({})", commune_names.get(insee.as_str()).copied().unwrap_or(insee));
            Some(row(Scope::Quartier(k.clone()), name, &acc))
        })
        .collect();
    let classes = |accs: &[Acc; 3], scope: fn(Fragility) -> Scope, prefix: &str| {
        Fragility::ALL.iter().map(|f| row(scope(*f), i18n.t(&format!("{prefix}{}", f.id())), &accs[f.index()])).collect::<Vec<_>>()
    };
    Ok(Ok(vec![
        DashTable { id: "communes".into(), rows: communes },
        DashTable { id: "landlords".into(), rows: landlords },
        DashTable { id: "quartiers".into(), rows: quartiers },
        DashTable { id: "quartierclasses".into(), rows: classes(&all.quartier_classes, Scope::QuartierFragility, "bilan-scope-quartiers-") },
        DashTable { id: "communeclasses".into(), rows: classes(&all.commune_classes, Scope::CommuneFragility, "bilan-scope-communes-") },
    ]))
}

async fn dashboard(State(state): State<AppState>, me: SignedIn, Query(q): Query<DashQuery>) -> Response {
    if let Err(r) = me.require(&state, Resource::Dashboards) {
        return r;
    }
    let l = me.locale;
    let today = crate::http::today();
    let period = if q.period.is_empty() { Period::semester_of(today) } else {
        match Period::parse(&q.period) {
            Some(p) => p,
            None => return error_page(&state, l, ErrorCode::InvalidPeriod),
        }
    };
    let i18n = app::i18n::sources::i18n(l);
    let mut tables = match dashboard_tables(&state, &i18n, &me.principal, period).await {
        Ok(Ok(t)) => t,
        Ok(Err(code)) => return error_page(&state, l, code),
        Err(e) => return internal(&state, l, e),
    };
    // What the page says above the tables: the rule set's standing, demonstration data.
    let ruleset = crate::register::ruleset_for(period, today).map(|rs| {
        let (from, to) = period.bounds();
        app::domain::bilan::RulesetRef::new(rs, from, to)
    });
    let demo = match state.register.get(&state.pool).await {
        Ok(s) => s.demo,
        Err(e) => return internal(&state, l, e),
    };
    let descending = q.dir == "desc";
    let column = if DASH_COLUMNS.iter().any(|(c, _)| *c == q.sort) { q.sort.clone() } else { "name".to_owned() };
    for t in &mut tables {
        if t.id == q.table {
            sort_rows(&mut t.rows, &column, descending);
        } else {
            sort_rows(&mut t.rows, "name", false);
        }
    }
    match q.format.as_str() {
        "json" => Json(&tables).into_response(),
        "csv" => match tables.iter().find(|t| t.id == q.table) {
            Some(t) => {
                let header = DASH_COLUMNS.iter().map(|(_, label)| i18n.t(label)).collect();
                let rows = t.rows.iter().map(|r| dash_cells(&i18n, r)).collect();
                crate::http::indicators::csv(&format!("bilan-{}-{}.csv", period.id().replace("..", "_"), t.id), header, rows)
            }
            None => error_page(&state, l, ErrorCode::NotFound),
        },
        _ => {
            let periods = period_choices(&i18n, today, &period.id(), false);
            let (principal, csrf) = (me.principal, me.session.csrf);
            let sort = (q.table.clone(), column, descending);
            let period = period.id();
            render(&state, l, StatusCode::OK, "bilan-dashboard-title", DASHBOARD_PATH, move || {
                view! { <DashboardPage principal=principal csrf=csrf period=period periods=periods tables=tables sort=sort ruleset=ruleset demo=demo/> }
            })
        }
    }
}

async fn register_page(State(state): State<AppState>, me: SignedIn, Query(q): Query<Vec<(String, String)>>) -> Response {
    if let Err(r) = me.require(&state, Resource::Register) {
        return r;
    }
    let rows = match crate::register::latest(&state.pool, &me.principal, 100).await {
        Ok(r) => r,
        Err(e) => return internal(&state, me.locale, e),
    };
    let lines = rows
        .into_iter()
        .map(|r| RegisterLine {
            reference: r.reference,
            decided_on: r.decided_on,
            commune: r.commune,
            quartier: r.quartier,
            landlord: r.landlord,
            band: r.band,
            kind: r.kind,
            aci_situations: r.aci_situations.map(|s| s.split('|').map(str::to_owned).collect()).unwrap_or_default(),
            npru_site: r.npru_site,
            mutation_status: r.mutation_status,
        })
        .collect();
    let saved = q.into_iter().find(|(k, _)| k == "saved").map(|(_, v)| v).filter(|v| v.len() <= 64);
    let (principal, csrf) = (me.principal, me.session.csrf);
    render(&state, me.locale, StatusCode::OK, "register-title", REGISTER_PATH, move || {
        view! { <RegisterPage principal=principal csrf=csrf lines=lines saved=saved/> }
    })
}

/// Communes and landlords the user may enter attributions for.
async fn register_choices(state: &AppState, p: &Principal) -> Result<RegisterChoices, sqlx::Error> {
    let communes: Vec<(String, String)> = sqlx::query_as("SELECT insee_code, name FROM communes ORDER BY name").fetch_all(&state.pool).await?;
    let landlords: Vec<(String, String)> = sqlx::query_as("SELECT id, name FROM landlords ORDER BY name").fetch_all(&state.pool).await?;
    let keep = |role: Role, key: &str| p.role != role || p.may_see(Resource::Register, key);
    Ok(RegisterChoices {
        communes: communes.into_iter().filter(|(k, _)| keep(Role::Commune, k)).map(|(value, label)| Choice { value, label }).collect(),
        landlords: landlords.into_iter().filter(|(k, _)| keep(Role::Landlord, k)).map(|(value, label)| Choice { value, label }).collect(),
    })
}

async fn form_response(state: &AppState, me: SignedIn, status: StatusCode, values: Vec<(String, String)>, errors: Vec<(String, String)>) -> Response {
    let choices = match register_choices(state, &me.principal).await {
        Ok(c) => c,
        Err(e) => return internal(state, me.locale, e),
    };
    let (principal, csrf) = (me.principal, me.session.csrf);
    render(state, me.locale, status, "register-new-title", REGISTER_NEW_PATH, move || {
        view! { <RegisterForm principal=principal csrf=csrf values=values errors=errors choices=choices/> }
    })
}

async fn register_form(State(state): State<AppState>, me: SignedIn) -> Response {
    if let Err(r) = me.require(&state, Resource::Register) {
        return r;
    }
    let values = vec![("kind".to_owned(), "first_access".to_owned()), ("decided_on".to_owned(), crate::http::today().to_string())];
    form_response(&state, me, StatusCode::OK, values, vec![]).await
}

/// The posted form as one register row, given to the importer as data (never as CSV text), so
/// that it meets the importer's checks and no value can change the shape of the import.
fn as_register_row(fields: &Fields) -> Vec<(&'static str, String)> {
    use crate::import::spec::Kind;
    Kind::Attributions
        .columns()
        .iter()
        .map(|c| {
            let value = match c.name {
                "aci" => if fields.get("aci").is_empty() { "0".to_owned() } else { "1".to_owned() },
                "jeune_menage" => if fields.get("jeune_menage").is_empty() { String::new() } else { "1".to_owned() },
                "aci_situations" => fields.all("aci_situations").join("|"),
                name => fields.get(name).trim().to_owned(),
            };
            (c.name, value)
        })
        .collect()
}

/// Whether the register holds `(landlord, reference)` within `p`'s remit. Outside it, the
/// importer refuses the row as out of scope: that says the key is used elsewhere (the user typed
/// both the landlord and its reference), nothing of the line itself.
async fn exists_in_remit(state: &AppState, p: &Principal, landlord: &str, reference: &str) -> Result<bool, sqlx::Error> {
    let row: Option<(String, String)> = sqlx::query_as("SELECT insee_code, landlord_id FROM attributions WHERE landlord_id = $1 AND reference = $2")
        .bind(landlord)
        .bind(reference)
        .fetch_optional(&state.pool)
        .await?;
    Ok(row.is_some_and(|(commune, landlord)| p.may_see_attribution(&commune, &landlord)))
}

async fn register_post(State(state): State<AppState>, me: SignedIn, ClientIp(ip): ClientIp, body: String) -> Response {
    if let Err(r) = me.require(&state, Resource::Register) {
        return r;
    }
    let fields = Fields::parse(&body);
    if let Err(r) = me.check_csrf(&state, fields.get("csrf")) {
        return r;
    }
    let values: Vec<(String, String)> = fields.0.iter().filter(|(k, _)| k != "csrf").cloned().collect();
    // As the importer will read it (a spreadsheet's `'` marker taken off).
    let reference = crate::spreadsheet::unmark(fields.get("reference").trim()).to_owned();
    let landlord = fields.get("landlord_id").trim().to_owned();
    match exists_in_remit(&state, &me.principal, &landlord, &reference).await {
        Ok(true) => {
            return form_response(&state, me, StatusCode::UNPROCESSABLE_ENTITY, values, vec![("reference".into(), "register-error-exists".into())]).await;
        }
        Ok(false) => {}
        Err(e) => return internal(&state, me.locale, e),
    }
    // Amounts as the page writes them ("1,650" is 1 650 € on an English page, ambiguous on a
    // French one), handed to the importer in its own plain form.
    let resources = fields.get("monthly_resources").trim();
    let resources = match app::domain::money::Cents::parse_typed(resources, me.locale.decimal_mark()) {
        Ok(c) => Some(format!("{}.{:02}", c.0 / 100, c.0 % 100)),
        Err(app::domain::money::AmountError::Empty) => None,
        Err(e) => {
            let id = if e == app::domain::money::AmountError::Ambiguous { "error-amount-ambiguous" } else { "error-invalid-amount" };
            return form_response(&state, me, StatusCode::UNPROCESSABLE_ENTITY, values, vec![("monthly_resources".into(), id.into())]).await;
        }
    };
    let today = crate::http::today().to_string();
    let source = format!("saisie : {}", me.principal.email);
    let opts = crate::import::Options { dry_run: false, source: &source, as_of: &today };
    let mut row = as_register_row(&fields);
    if let Some(cell) = row.iter_mut().find(|(name, _)| *name == "monthly_resources") {
        cell.1 = resources.unwrap_or_default();
    }
    let report = crate::import::import_rows(&state.pool, crate::import::spec::Kind::Attributions, &[row], &opts, Some(&me.principal)).await;
    match report {
        Ok(r) if r.errors.is_empty() => {
            // Keys and column names only: ACI situations are never logged.
            for change in &r.changes {
                if let Err(e) = crate::audit::record(&state.pool, &me.actor(&ip), "register_entry", "attributions", &change.audit_detail()).await {
                    return internal(&state, me.locale, e);
                }
            }
            see_other(&format!("{}?saved={}", app::components::layout::href(me.locale, REGISTER_PATH), urlencoding(&reference)))
        }
        Ok(r) => {
            let errors = r.errors.iter().map(|e| (e.column.clone().unwrap_or_default(), e.problem.message_id())).collect();
            form_response(&state, me, StatusCode::UNPROCESSABLE_ENTITY, values, errors).await
        }
        Err(e) => internal(&state, me.locale, e),
    }
}

/// Percent-encodes a query value.
fn urlencoding(s: &str) -> String {
    s.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}
