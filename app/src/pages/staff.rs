//! Staff pages: sign-in (password, second factor, enrolment, one-time link), the home page of
//! each role, accounts, the audit trail, imports and a commune's dashboard. Server-rendered
//! forms only: everything works without JavaScript.

use crate::api::error::{ErrorCode, FieldErrors};
use crate::components::form::{Alert, CsrfField, Input, Problems};
use crate::components::layout::href;
use crate::components::table::data_table;
use crate::domain::access::{Principal, Resource, Role};
use crate::i18n::use_i18n;
use leptos::prelude::*;

pub const STAFF_PATH: &str = "/staff";
pub const LOGIN_PATH: &str = "/staff/login";
pub const CODE_PATH: &str = "/staff/login/code";
pub const TOTP_PATH: &str = "/staff/totp";
pub const USERS_PATH: &str = "/staff/users";
pub const AUDIT_PATH: &str = "/staff/audit";
pub const IMPORTS_PATH: &str = "/staff/imports";
pub const COMMUNES_PATH: &str = "/staff/communes";
pub const SITES_PATH: &str = "/staff/sites";
pub const DEADLINE_PATH: &str = "/staff/deadline";

/// The label message of a staff form field.
pub fn field_label(field: &str) -> &'static str {
    match field {
        "email" => "staff-email",
        "password" => "staff-password",
        "password2" => "staff-password-again",
        "code" => "staff-code",
        "current_code" => "staff-totp-current-code",
        "name" => "staff-name",
        "role" => "staff-role",
        "scope" => "staff-scope",
        "kind" => "staff-import-kind",
        "file" => "staff-import-file",
        "as_of" => "staff-import-as-of",
        _ => "staff-field",
    }
}

/// Links of the staff area the principal may use, and the sign-out forms.
#[component]
pub fn StaffNav(principal: Principal, csrf: String) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let mut links = vec![(STAFF_PATH.to_owned(), "staff-nav-home")];
    if principal.may(Resource::Users) {
        links.push((USERS_PATH.to_owned(), "staff-nav-users"));
        links.push((AUDIT_PATH.to_owned(), "staff-nav-audit"));
    }
    if principal.may(Resource::Imports) {
        links.push((IMPORTS_PATH.to_owned(), "staff-nav-imports"));
    }
    if principal.may(Resource::Dashboards) {
        links.push((crate::pages::bilan::DASHBOARD_PATH.to_owned(), "staff-nav-dashboard"));
        links.push((crate::pages::bilan::STAFF_BILAN_PATH.to_owned(), "staff-nav-bilan"));
    }
    if principal.may(Resource::Register) {
        links.push((crate::pages::register::REGISTER_PATH.to_owned(), "staff-nav-register"));
    }
    if principal.may(Resource::Sites) {
        links.push((SITES_PATH.to_owned(), "staff-nav-sites"));
    }
    if principal.may(Resource::DeadlineRisk) {
        links.push((DEADLINE_PATH.to_owned(), "staff-nav-deadline"));
    }
    let items = links
        .into_iter()
        .map(|(p, id)| view! { <li><a href=href(l, &p)>{i18n.t(id)}</a></li> })
        .collect_view();
    view! {
        <nav class="staffnav" aria-label=i18n.t("staff-nav-label")>
            <ul>{items}</ul>
            <p class="staffnav__who">{i18n.t_with("staff-signed-in-as", &[("name", principal.name.clone().into())])}</p>
            <form method="post" action=href(l, "/staff/logout") class="staffnav__out">
                <CsrfField token=csrf/>
                <button type="submit" class="link-button">{i18n.t("staff-logout")}</button>
            </form>
        </nav>
    }
}

#[component]
pub fn LoginPage(
    email: String,
    csrf: String,
    error: Option<ErrorCode>,
    #[prop(default = None)] retry_minutes: Option<i64>,
    #[prop(default = None)] notice: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locked = retry_minutes.map(|m| {
        view! { <div class="problems" role="alert"><p>{i18n.t_with("staff-locked", &[("minutes", m.into())])}</p></div> }
    });
    let error = if locked.is_some() { None } else { error };
    view! {
        <h1>{i18n.t("staff-login-title")}</h1>
        <p class="lead">{i18n.t("staff-login-intro")}</p>
        {notice.map(|n| view! { <p class="notice" role="status">{i18n.t(n)}</p> })}
        {locked}
        <Alert code=error/>
        <form method="post" class="narrow-form" novalidate=true>
            <CsrfField token=csrf/>
            <Input name="email" label="staff-email" kind="email" value=email autocomplete="username" required=true/>
            <Input name="password" label="staff-password" kind="password" autocomplete="current-password" required=true/>
            <button type="submit" class="button">{i18n.t("staff-login-submit")}</button>
        </form>
        <p>{i18n.t("staff-login-help")}</p>
    }
}

#[component]
pub fn CodePage(csrf: String, error: Option<ErrorCode>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{i18n.t("staff-code-title")}</h1>
        <p class="lead">{i18n.t("staff-code-intro")}</p>
        <CodeForm csrf=csrf error=error submit="staff-code-submit"/>
    }
}

/// The 6-digit code form of sign-in and enrolment, with its error.
#[component]
fn CodeForm(
    csrf: String,
    error: Option<ErrorCode>,
    submit: &'static str,
    /// Replacing a second factor: the current one's code is asked first.
    #[prop(default = false)]
    current: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Alert code=error/>
        <form method="post" class="narrow-form" novalidate=true>
            <CsrfField token=csrf/>
            {current.then(|| view! {
                <Input name="current_code" label="staff-totp-current-code" hint="staff-totp-current-hint" autocomplete="one-time-code" inputmode="numeric" required=true maxlength=12/>
            })}
            <Input name="code" label="staff-code" autocomplete="one-time-code" inputmode="numeric" required=true maxlength=12/>
            <button type="submit" class="button">{i18n.t(submit)}</button>
        </form>
    }
}

/// Second-factor enrolment: the secret to type or the URI to open in an authenticator app.
#[component]
pub fn TotpPage(
    csrf: String,
    secret: String,
    uri: String,
    required: bool,
    error: Option<ErrorCode>,
    /// The account has a second factor already: replacing it needs its current code.
    #[prop(default = false)]
    replacing: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    // Groups of four characters are easier to type.
    let grouped = secret.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ");
    view! {
        <h1>{i18n.t("staff-totp-title")}</h1>
        {required.then(|| view! { <p class="notice">{i18n.t("staff-totp-required")}</p> })}
        <ol class="steps">
            <li>{i18n.t("staff-totp-step1")}</li>
            <li>
                {i18n.t("staff-totp-step2")}
                <p><code class="secret" translate="no">{grouped}</code></p>
                <p><a href=uri>{i18n.t("staff-totp-open-app")}</a></p>
            </li>
            <li>{i18n.t("staff-totp-step3")}</li>
        </ol>
        <CodeForm csrf=csrf error=error submit="staff-totp-submit" current=replacing/>
    }
}

/// The one-time link's page: choose a password (or learn the link no longer works).
#[component]
pub fn PasswordPage(csrf: String, name: Option<String>, errors: FieldErrors) -> impl IntoView {
    let i18n = use_i18n();
    let Some(name) = name else {
        return view! {
            <h1>{i18n.t("staff-password-title")}</h1>
            <div class="problems" role="alert"><p>{i18n.t("error-link-invalid")}</p></div>
            <p><a href=href(i18n.locale, LOGIN_PATH)>{i18n.t("staff-login-title")}</a></p>
        }
        .into_any();
    };
    view! {
        <h1>{i18n.t("staff-password-title")}</h1>
        <p class="lead">{i18n.t_with("staff-password-intro", &[("name", name.into())])}</p>
        <Problems errors=errors.clone() label=field_label/>
        <form method="post" class="narrow-form" novalidate=true>
            <CsrfField token=csrf/>
            <Input name="password" label="staff-password" kind="password" autocomplete="new-password"
                hint="staff-password-hint" error=errors.get("password").copied() required=true/>
            <Input name="password2" label="staff-password-again" kind="password" autocomplete="new-password"
                error=errors.get("password2").copied() required=true/>
            <button type="submit" class="button">{i18n.t("staff-password-submit")}</button>
        </form>
    }
    .into_any()
}

/// A scope entry shown on the home page: a commune, site or landlord with its name.
#[derive(Clone, Debug)]
pub struct ScopeItem {
    pub key: String,
    pub name: String,
}

#[component]
pub fn HomePage(principal: Principal, csrf: String, scope: Vec<ScopeItem>, totp: bool, notice: Option<&'static str>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let role_id = format!("staff-role-{}", principal.role.as_str());
    let mut tools = vec![];
    if principal.may(Resource::Users) {
        tools.push((USERS_PATH.to_owned(), "staff-nav-users", "staff-tool-users"));
        tools.push((AUDIT_PATH.to_owned(), "staff-nav-audit", "staff-tool-audit"));
    }
    if principal.may(Resource::Imports) {
        tools.push((IMPORTS_PATH.to_owned(), "staff-nav-imports", "staff-tool-imports"));
    }
    if principal.may(Resource::Sites) {
        tools.push((SITES_PATH.to_owned(), "staff-nav-sites", "staff-tool-sites"));
    }
    if principal.may(Resource::DeadlineRisk) {
        tools.push((DEADLINE_PATH.to_owned(), "staff-nav-deadline", "staff-tool-deadline"));
    }
    let tools_view = tools
        .into_iter()
        .map(|(p, title, desc)| view! { <li><a href=href(l, &p)>{i18n.t(title)}</a>" — "{i18n.t(desc)}</li> })
        .collect_view();
    let dashboards = principal.may(Resource::Dashboards) && principal.role == Role::Commune;
    let scope_items = scope
        .into_iter()
        .map(|s| {
            let link = dashboards.then(|| href(l, &format!("{COMMUNES_PATH}/{}", s.key)));
            let label = format!("{} ({})", s.name, s.key);
            match link {
                Some(h) => view! { <li><a href=h>{label}</a></li> }.into_any(),
                None => view! { <li>{label}</li> }.into_any(),
            }
        })
        .collect_view();
    view! {
        <StaffNav principal=principal.clone() csrf=csrf.clone()/>
        <h1>{i18n.t("staff-home-title")}</h1>
        {notice.map(|n| view! { <p class="notice" role="status">{i18n.t(n)}</p> })}
        <p class="lead">{i18n.t_with("staff-home-intro", &[("name", principal.name.clone().into()), ("role", i18n.t(&role_id).into())])}</p>
        {(principal.role != Role::Admin).then(|| view! {
            <section aria-labelledby="scope-h">
                <h2 id="scope-h">{i18n.t("staff-home-scope")}</h2>
                <ul>{scope_items}</ul>
            </section>
        })}
        <section aria-labelledby="tools-h">
            <h2 id="tools-h">{i18n.t("staff-home-tools")}</h2>
            <ul>{tools_view}</ul>
            {(principal.role == Role::Agent).then(|| view! { <p>{i18n.t("staff-home-next-agent")}</p> })}
        </section>
        <section aria-labelledby="account-h">
            <h2 id="account-h">{i18n.t("staff-home-account")}</h2>
            <p>{i18n.t(if totp { "staff-totp-on" } else { "staff-totp-off" })}</p>
            {(!totp).then(|| view! { <p><a href=href(l, TOTP_PATH)>{i18n.t("staff-totp-enrol")}</a></p> })}
            <form method="post" action=href(l, "/staff/logout-everywhere")>
                <CsrfField token=csrf/>
                <button type="submit" class="button button--secondary">{i18n.t("staff-logout-everywhere")}</button>
            </form>
        </section>
    }
}

/// A row of the accounts table.
#[derive(Clone, Debug)]
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub scope: String,
    pub active: bool,
    pub totp: bool,
    pub disabled: bool,
    pub sessions: i64,
}

/// What the account form was filled with.
#[derive(Clone, Debug, Default)]
pub struct NewUserForm {
    pub email: String,
    pub name: String,
    pub role: String,
    pub scope: String,
}

#[component]
pub fn UsersPage(
    principal: Principal,
    csrf: String,
    users: Vec<UserRow>,
    form: NewUserForm,
    errors: FieldErrors,
    notice: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let rows = users
        .into_iter()
        .map(|u| {
            let status = if u.disabled {
                "staff-status-disabled"
            } else if u.active {
                "staff-status-active"
            } else {
                "staff-status-pending"
            };
            let action = |path: &str, label: &'static str, csrf: String| {
                view! {
                    <form method="post" action=href(l, &format!("{USERS_PATH}/{}/{path}", u.id)) class="inline-form">
                        <CsrfField token=csrf/>
                        <button type="submit" class="link-button">{i18n.t(label)}<span class="visually-hidden">" — "{u.email.clone()}</span></button>
                    </form>
                }
            };
            let toggle = if u.disabled { action("enable", "staff-user-enable", csrf.clone()) } else { action("disable", "staff-user-disable", csrf.clone()) };
            view! {
                <tr>
                    <td>{u.name.clone()}</td>
                    <td>{u.email.clone()}</td>
                    <td>{i18n.t(&format!("staff-role-{}", u.role.as_str()))}</td>
                    <td>{u.scope.clone()}</td>
                    <td>{i18n.t(status)}</td>
                    <td>{i18n.t(if u.totp { "common-yes" } else { "common-no" })}</td>
                    <td>{u.sessions}</td>
                    <td>{toggle}{action("link", "staff-user-send-link", csrf.clone())}</td>
                </tr>
            }
        })
        .collect_view();
    let role_options = Role::ALL
        .into_iter()
        .map(|r| view! { <option value=r.as_str() selected=form.role == r.as_str()>{i18n.t(&format!("staff-role-{}", r.as_str()))}</option> })
        .collect_view();
    let columns = ["staff-name", "staff-email", "staff-role", "staff-scope", "staff-status", "staff-totp", "staff-sessions", "staff-actions"];
    view! {
        <StaffNav principal=principal csrf=csrf.clone()/>
        <h1>{i18n.t("staff-users-title")}</h1>
        {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
        {data_table(&i18n, "users-caption", i18n.t("staff-users-caption"), &columns, rows)}
        <h2 id="new-user">{i18n.t("staff-users-new")}</h2>
        <Problems errors=errors.clone() label=field_label/>
        <form method="post" action=href(l, USERS_PATH) class="narrow-form" novalidate=true>
            <CsrfField token=csrf/>
            <Input name="name" label="staff-name" value=form.name autocomplete="off" error=errors.get("name").copied() required=true maxlength=crate::api::limits::NAME/>
            <Input name="email" label="staff-email" kind="email" value=form.email error=errors.get("email").copied() required=true/>
            <div class="field" class:field--error=errors.contains_key("role")>
                <label for="role">{i18n.t("staff-role")}</label>
                {errors.get("role").map(|c| view! { <p class="field-error" id="role-error">{i18n.t(&c.message_id())}</p> })}
                <select id="role" name="role">{role_options}</select>
            </div>
            <Input name="scope" label="staff-scope" value=form.scope hint="staff-scope-hint" error=errors.get("scope").copied()/>
            <button type="submit" class="button">{i18n.t("staff-users-create")}</button>
        </form>
    }
}

/// A row of the audit trail, already formatted.
#[derive(Clone, Debug)]
pub struct AuditRow {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub ip: String,
    pub detail: String,
}

#[derive(Clone, Debug, Default)]
pub struct AuditQuery {
    pub action: String,
    pub actor: String,
    pub from: String,
    pub to: String,
}

#[component]
pub fn AuditPage(principal: Principal, csrf: String, rows: Vec<AuditRow>, actions: Vec<String>, query: AuditQuery) -> impl IntoView {
    let i18n = use_i18n();
    let options = std::iter::once(view! { <option value="" selected=query.action.is_empty()>{i18n.t("staff-audit-any")}</option> }.into_any())
        .chain(actions.into_iter().map(|a| view! { <option value=a.clone() selected=a == query.action>{a.clone()}</option> }.into_any()))
        .collect_view();
    let count = rows.len() as i64;
    let body = rows
        .into_iter()
        .map(|r| view! { <tr><td>{r.at}</td><td>{r.actor}</td><td>{r.action}</td><td>{r.target}</td><td>{r.ip}</td><td>{r.detail}</td></tr> })
        .collect_view();
    let columns = ["staff-audit-at", "staff-audit-actor", "staff-audit-action", "staff-audit-target", "staff-audit-ip", "staff-audit-detail"];
    view! {
        <StaffNav principal=principal csrf=csrf/>
        <h1>{i18n.t("staff-audit-title")}</h1>
        <form method="get" class="filters">
            <div class="field">
                <label for="action">{i18n.t("staff-audit-action")}</label>
                <select id="action" name="action">{options}</select>
            </div>
            <Input name="actor" label="staff-audit-actor" value=query.actor/>
            <Input name="from" label="staff-audit-from" kind="date" value=query.from/>
            <Input name="to" label="staff-audit-to" kind="date" value=query.to/>
            <button type="submit" class="button">{i18n.t("staff-audit-filter")}</button>
        </form>
        <p role="status">{i18n.t_with("staff-audit-count", &[("count", count.into())])}</p>
        {data_table(&i18n, "audit-caption", i18n.t("staff-audit-caption"), &columns, body)}
    }
}

#[component]
pub fn ImportsPage(
    principal: Principal,
    csrf: String,
    kinds: Vec<&'static str>,
    selected: String,
    report: Vec<String>,
    ok: Option<bool>,
    errors: FieldErrors,
) -> impl IntoView {
    let i18n = use_i18n();
    let options = kinds
        .into_iter()
        .map(|k| view! { <option value=k selected=k == selected>{i18n.t(&format!("staff-import-kind-{k}"))}</option> })
        .collect_view();
    let report_view = ok.map(|ok| {
        let lines = report.into_iter().map(|r| view! { <li>{r}</li> }).collect_view();
        view! {
            <section class=if ok { "report report--ok" } else { "problems" } role="status" aria-labelledby="report-h">
                <h2 id="report-h">{i18n.t(if ok { "staff-import-done" } else { "staff-import-failed" })}</h2>
                <ul>{lines}</ul>
            </section>
        }
    });
    view! {
        <StaffNav principal=principal csrf=csrf.clone()/>
        <h1>{i18n.t("staff-imports-title")}</h1>
        <p class="lead">{i18n.t("staff-imports-intro")}</p>
        {report_view}
        <Problems errors=errors.clone() label=field_label/>
        <form method="post" enctype="multipart/form-data" class="narrow-form" novalidate=true>
            <CsrfField token=csrf/>
            <div class="field" class:field--error=errors.contains_key("kind")>
                <label for="kind">{i18n.t("staff-import-kind")}</label>
                <select id="kind" name="kind">{options}</select>
            </div>
            <div class="field" class:field--error=errors.contains_key("file")>
                <label for="file">{i18n.t("staff-import-file")}</label>
                {errors.get("file").map(|c| view! { <p class="field-error" id="file-error">{i18n.t(&c.message_id())}</p> })}
                <input id="file" name="file" type="file" accept=".csv,text/csv" required=true aria-describedby=errors.contains_key("file").then_some("file-error")/>
            </div>
            <Input name="source" label="staff-import-source" hint="staff-import-source-hint"/>
            <Input name="as_of" label="staff-import-as-of" kind="date" error=errors.get("as_of").copied()/>
            <div class="field field--check">
                <input type="checkbox" id="dry_run" name="dry_run" value="1"/>
                <label for="dry_run">{i18n.t("staff-import-dry-run")}</label>
            </div>
            <button type="submit" class="button">{i18n.t("staff-import-submit")}</button>
        </form>
    }
}

/// A month of a commune's demand series.
#[derive(Clone, Debug)]
pub struct MonthRow {
    pub month: String,
    pub pending_first_access: i64,
    pub pending_mutation: i64,
    pub attributions: i64,
}

#[component]
pub fn CommuneDashboard(principal: Principal, csrf: String, insee: String, name: String, months: Vec<MonthRow>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.locale;
    let public = href(l, &format!("/communes/{insee}"));
    let body = months
        .into_iter()
        .map(|m| {
            let month = crate::pages::month_words(&*i18n.catalog, &m.month);
            view! { <tr><th scope="row">{month}</th><td>{m.pending_first_access}</td><td>{m.pending_mutation}</td><td>{m.attributions}</td></tr> }
        })
        .collect_view();
    // Each row is one month: its own attributions, not twelve months'.
    let columns = ["staff-month", "staff-pending-first-access", "staff-pending-mutation", "staff-attributions-month"];
    view! {
        <StaffNav principal=principal csrf=csrf/>
        <h1>{i18n.t_with("staff-commune-title", &[("name", name.into())])}</h1>
        <p class="lead">{i18n.t("staff-commune-intro")}</p>
        <p><a href=public>{i18n.t("staff-commune-public")}</a></p>
        {data_table(&i18n, "months-caption", i18n.t("staff-commune-months"), &columns, body)}
    }
}
