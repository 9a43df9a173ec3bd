//! Importers for files from French offices, all-or-nothing: every line is checked first; any
//! error leaves the database untouched and is reported with its line, column and value. A valid
//! file is upserted on its natural key in one transaction, so re-importing it changes nothing.

pub mod reader;
pub mod rpls;
pub mod spec;

use crate::db::Pool;
use reader::ReadError;
use sqlx::Row as _;
use spec::{Kind, Ty};
use std::collections::{HashMap, HashSet};

/// A cell as stored.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum V {
    Null,
    Int(i64),
    Text(String),
}

/// What is wrong with a line; the snake_case name, prefixed `import-error-`, is its message id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Empty,
    NotText,
    UnclosedQuote,
    ColumnCount,
    MissingColumn,
    Required,
    NotACount,
    Negative,
    NotAFlag,
    NotOneOf,
    BadDate,
    BadMonth,
    BadDecimal,
    UnknownCommune,
    UnknownQuartier,
    UnknownLandlord,
    UnknownResidence,
    VacantAboveUnits,
    DuplicateKey,
    BadIris,
    UnmappedIris,
    UnknownFinancing,
    NotPositive,
    UnknownCode,
    QuartierNotInCommune,
    SituationsWithoutAci,
    StatusWithoutMutation,
    OutOfScope,
    TooLong,
}

impl Problem {
    pub const ALL: [Problem; 29] = [
        Problem::Empty,
        Problem::NotText,
        Problem::UnclosedQuote,
        Problem::ColumnCount,
        Problem::MissingColumn,
        Problem::Required,
        Problem::NotACount,
        Problem::Negative,
        Problem::NotAFlag,
        Problem::NotOneOf,
        Problem::BadDate,
        Problem::BadMonth,
        Problem::BadDecimal,
        Problem::UnknownCommune,
        Problem::UnknownQuartier,
        Problem::UnknownLandlord,
        Problem::UnknownResidence,
        Problem::VacantAboveUnits,
        Problem::DuplicateKey,
        Problem::BadIris,
        Problem::UnmappedIris,
        Problem::UnknownFinancing,
        Problem::NotPositive,
        Problem::UnknownCode,
        Problem::QuartierNotInCommune,
        Problem::SituationsWithoutAci,
        Problem::StatusWithoutMutation,
        Problem::OutOfScope,
        Problem::TooLong,
    ];

    pub fn message_id(self) -> String {
        let mut kebab = String::new();
        for c in format!("{self:?}").chars() {
            if c.is_ascii_uppercase() {
                kebab.push('-');
            }
            kebab.push(c.to_ascii_lowercase());
        }
        format!("import-error{kebab}")
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    pub line: usize,
    pub column: Option<String>,
    pub value: Option<String>,
    pub problem: Problem,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub rows: usize,
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub errors: Vec<LineError>,
    pub dry_run: bool,
    /// What a scoped import (staff of a commune or a landlord) wrote, row by row (at most
    /// [`MAX_ERRORS`]), for the audit trail: keys and column names, never values.
    pub changes: Vec<RowChange>,
}

/// One row a scoped import inserted or replaced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowChange {
    /// The natural key's values (for attributions: landlord, reference).
    pub key: Vec<String>,
    /// For a replaced row: the columns whose value changed, and the scope the row was in
    /// (commune, landlord) before. `None`: a new row.
    pub replaced: Option<(Vec<&'static str>, String, String)>,
}

impl RowChange {
    /// The audit trail's words for it: identifiers and column names only.
    pub fn audit_detail(&self) -> String {
        let key = self.key.join("/");
        match &self.replaced {
            None => format!("inserted key={key}"),
            Some((fields, commune, landlord)) => {
                format!("updated key={key} fields={} old_scope=commune:{commune},landlord:{landlord}", fields.join(","))
            }
        }
    }
}

/// The longest cell accepted, in characters: references, names and codes are far shorter; a
/// longer cell is a mistake (or an attempt to fill the database) and is refused before anything
/// is stored.
pub const MAX_CELL_CHARS: usize = app::api::limits::CELL;

/// At most this many errors are listed: enough to fix a file, short enough to read.
pub(crate) const MAX_ERRORS: usize = 200;

/// Fragility classes over time: `(valid_from, valid_to, class)` per quartier or commune.
type Versions = HashMap<String, Vec<(String, Option<String>, String)>>;

pub(crate) struct Lookups {
    pub(crate) communes: HashSet<String>,
    pub(crate) quartiers: HashSet<String>,
    pub(crate) landlords: HashSet<String>,
    pub(crate) residences: HashSet<String>,
    /// Quartier → its commune.
    quartier_commune: HashMap<String, String>,
    quartier_fragility: Versions,
    commune_fragility: Versions,
}

async fn versions(pool: &Pool, sql: &str) -> Result<Versions, sqlx::Error> {
    let mut out: Versions = HashMap::new();
    for (key, from, to, class) in sqlx::query_as::<_, (String, String, Option<String>, String)>(sql).fetch_all(pool).await? {
        out.entry(key).or_default().push((from, to, class));
    }
    Ok(out)
}

/// The class in force on `day` (`YYYY-MM-DD` compares as text), the latest start winning.
fn class_on<'a>(versions: &'a Versions, key: &str, day: &str) -> Option<&'a str> {
    versions
        .get(key)?
        .iter()
        .filter(|(from, to, _)| from.as_str() <= day && to.as_deref().is_none_or(|t| day <= t))
        .max_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, _, c)| c.as_str())
}

async fn ids(pool: &Pool, sql: &str) -> Result<HashSet<String>, sqlx::Error> {
    Ok(sqlx::query_scalar::<_, String>(sql).fetch_all(pool).await?.into_iter().collect())
}

pub(crate) async fn lookups(pool: &Pool) -> Result<Lookups, sqlx::Error> {
    Ok(Lookups {
        communes: ids(pool, "SELECT insee_code FROM communes").await?,
        quartiers: ids(pool, "SELECT id FROM quartiers").await?,
        landlords: ids(pool, "SELECT id FROM landlords").await?,
        residences: ids(pool, "SELECT id FROM residences").await?,
        quartier_commune: sqlx::query_as::<_, (String, String)>("SELECT id, insee_code FROM quartiers").fetch_all(pool).await?.into_iter().collect(),
        quartier_fragility: versions(pool, "SELECT quartier_id, valid_from, valid_to, class FROM quartier_fragility").await?,
        commune_fragility: versions(pool, "SELECT insee_code, valid_from, valid_to, class FROM commune_fragility").await?,
    })
}

fn is_date(s: &str) -> bool {
    s.len() == 10 && app::domain::date::Date::parse(s).is_some()
}

fn is_month(s: &str) -> bool {
    s.len() == 7 && app::domain::date::Date::parse(&format!("{s}-01")).is_some()
}

/// A decimal scaled by `scale` (100 for hundredths, 10 for tenths), rounded half-up.
pub(crate) fn decimal(s: &str, scale: i64) -> Option<i64> {
    let cents = app::domain::money::Cents::parse(s).ok()?.0;
    Some(match scale {
        100 => cents,
        _ => (cents * scale + 50) / 100,
    })
}

fn cell(ty: Ty, raw: &str, lk: &Lookups) -> Result<V, Problem> {
    // A text cell our exports neutralised for spreadsheets (`'=…`) reads back as it was.
    let s = crate::spreadsheet::unmark(raw.trim());
    if s.chars().count() > MAX_CELL_CHARS {
        return Err(Problem::TooLong);
    }
    let text = || V::Text(s.to_owned());
    let known = |set: &HashSet<String>, p: Problem| if set.contains(s) { Ok(text()) } else { Err(p) };
    if s.is_empty() {
        return if ty.optional() { Ok(V::Null) } else { Err(Problem::Required) };
    }
    match ty {
        Ty::Text | Ty::OptText => Ok(text()),
        Ty::Count | Ty::OptCount => match s.parse::<i64>() {
            Ok(n) if n >= 0 => Ok(V::Int(n)),
            Ok(_) => Err(Problem::Negative),
            Err(_) => Err(Problem::NotACount),
        },
        Ty::Flag | Ty::OptFlag => match s.to_lowercase().as_str() {
            "1" | "oui" | "true" | "o" | "yes" => Ok(V::Int(1)),
            "0" | "non" | "false" | "n" | "no" => Ok(V::Int(0)),
            _ => Err(Problem::NotAFlag),
        },
        Ty::OneOf(values) | Ty::OptOneOf(values) => values
            .iter()
            .find(|v| v.eq_ignore_ascii_case(s))
            .map(|v| V::Text((*v).to_owned()))
            .ok_or(Problem::NotOneOf),
        Ty::OptCodes(values) => {
            let mut codes = vec![];
            for code in s.split(['|', ',']).map(str::trim).filter(|c| !c.is_empty()) {
                let known = values.iter().find(|v| v.eq_ignore_ascii_case(code)).ok_or(Problem::UnknownCode)?;
                if !codes.contains(known) {
                    codes.push(*known);
                }
            }
            codes.sort_unstable();
            Ok(if codes.is_empty() { V::Null } else { V::Text(codes.join("|")) })
        }
        Ty::Commune => known(&lk.communes, Problem::UnknownCommune),
        Ty::Quartier | Ty::OptQuartier => known(&lk.quartiers, Problem::UnknownQuartier),
        Ty::Landlord => known(&lk.landlords, Problem::UnknownLandlord),
        Ty::OptResidence => known(&lk.residences, Problem::UnknownResidence),
        Ty::Iris => {
            if s.len() == 9 && s.chars().all(|c| c.is_ascii_alphanumeric()) && lk.communes.contains(&s[..5]) {
                Ok(text())
            } else {
                Err(Problem::BadIris)
            }
        }
        Ty::Date | Ty::OptDate => if is_date(s) { Ok(text()) } else { Err(Problem::BadDate) },
        Ty::Month => if is_month(s) { Ok(text()) } else { Err(Problem::BadMonth) },
        Ty::OptHundredths => match decimal(s, 100) {
            Some(n) => Ok(V::Int(n)),
            None if s.starts_with('-') => Err(Problem::Negative),
            None => Err(Problem::BadDecimal),
        },
        Ty::OptTenths => match decimal(s, 10) {
            Some(n) => Ok(V::Int(n)),
            None if s.starts_with('-') => Err(Problem::Negative),
            None => Err(Problem::BadDecimal),
        },
    }
}

pub(crate) fn read_error(e: ReadError) -> LineError {
    let (line, problem) = match e {
        ReadError::Empty => (1, Problem::Empty),
        ReadError::NotText { line } => (line, Problem::NotText),
        ReadError::UnclosedQuote { line } => (line, Problem::UnclosedQuote),
        ReadError::ColumnCount { line, .. } => (line, Problem::ColumnCount),
    };
    LineError { line, column: None, value: None, problem }
}

/// The value of the column `name` of a row of `kind`.
fn col<'a>(kind: Kind, values: &'a [V], name: &str) -> &'a V {
    kind.columns().iter().position(|c| c.name == name).and_then(|i| values.get(i)).unwrap_or(&V::Null)
}

fn text(v: &V) -> Option<&str> {
    match v {
        V::Text(s) => Some(s),
        _ => None,
    }
}

fn int(v: &V) -> Option<i64> {
    match v {
        V::Int(n) => Some(*n),
        _ => None,
    }
}

/// The band of a household from its declared resources, with the ceilings of the decision's
/// year (the CIET method of art. 5); `None` when the household or the year's ceilings are missing.
fn computed_band(values: &[V]) -> Option<&'static str> {
    let k = Kind::Attributions;
    let year: i32 = text(col(k, values, "decided_on"))?.get(..4)?.parse().ok()?;
    let household = app::domain::household::Household {
        adults: u32::try_from(int(col(k, values, "adults"))?).ok().filter(|a| *a > 0)?,
        dependants: u32::try_from(int(col(k, values, "dependants")).unwrap_or(0)).ok()?,
        disabled_persons: u32::try_from(int(col(k, values, "disabled_persons")).unwrap_or(0)).ok()?,
        couple_ages: None,
        jeune_menage_stated: int(col(k, values, "jeune_menage")) == Some(1),
    };
    let resources = int(col(k, values, "monthly_resources"))?;
    let rules = app::domain::rules::Rules::embedded();
    let c = household.category();
    let plus = rules.ceiling_year(year)?.plus.amount(c.category, c.extra_persons);
    Some(app::domain::band::band(app::domain::money::Cents(resources), plus, &rules.ciet_band).id())
}

/// The checks across columns of an attribution, the band when not given, and the derived
/// fragility classes (appended). Errors name the column at fault.
fn derive_attribution(values: &mut Vec<V>, lk: &Lookups, within: Option<&app::domain::access::Principal>) -> Result<(), (&'static str, Problem)> {
    use app::domain::access::{Resource, Role};
    let k = Kind::Attributions;
    let insee = text(col(k, values, "insee_code")).unwrap_or_default().to_owned();
    let quartier = text(col(k, values, "quartier_id")).map(str::to_owned);
    if let Some(q) = &quartier {
        if lk.quartier_commune.get(q) != Some(&insee) {
            return Err(("quartier_id", Problem::QuartierNotInCommune));
        }
    }
    if let Some(p) = within {
        let (column, key) = match p.role {
            Role::Landlord => ("landlord_id", text(col(k, values, "landlord_id")).unwrap_or_default()),
            _ => ("insee_code", insee.as_str()),
        };
        if !p.may_see(Resource::Register, key) {
            return Err((column, Problem::OutOfScope));
        }
    }
    if int(col(k, values, "aci")) != Some(1) && *col(k, values, "aci_situations") != V::Null {
        return Err(("aci_situations", Problem::SituationsWithoutAci));
    }
    if text(col(k, values, "kind")) != Some("mutation") && *col(k, values, "mutation_status") != V::Null {
        return Err(("mutation_status", Problem::StatusWithoutMutation));
    }
    let band_at = k.columns().iter().position(|c| c.name == "band").unwrap_or(0);
    if values[band_at] == V::Null {
        if let Some(b) = computed_band(values) {
            values[band_at] = V::Text(b.to_owned());
        }
    }
    let day = text(col(k, values, "decided_on")).unwrap_or_default().to_owned();
    let qf = quartier.as_deref().and_then(|q| class_on(&lk.quartier_fragility, q, &day));
    let cf = class_on(&lk.commune_fragility, &insee, &day);
    values.push(qf.map_or(V::Null, |c| V::Text(c.to_owned())));
    values.push(cf.map_or(V::Null, |c| V::Text(c.to_owned())));
    Ok(())
}

/// Parses and checks a whole file: the rows in spec column order (then the derived columns),
/// or every problem found.
async fn parse(
    pool: &Pool,
    kind: Kind,
    table: &reader::Table,
    within: Option<&app::domain::access::Principal>,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Result<Result<Vec<(usize, Vec<V>)>, Vec<LineError>>, sqlx::Error> {
    let cols = kind.columns();
    let mut errors = vec![];
    let positions: Vec<Option<usize>> = cols
        .iter()
        .map(|c| std::iter::once(c.name).chain(c.aliases.iter().copied()).find_map(|n| table.column(n)))
        .collect();
    for (c, p) in cols.iter().zip(&positions) {
        if p.is_none() && !c.ty.optional() {
            errors.push(LineError { line: 1, column: Some(c.name.to_owned()), value: None, problem: Problem::MissingColumn });
        }
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let lk = lookups(pool).await?;
    let total = table.rows.len();
    let mut rows = Vec::with_capacity(total);
    let mut seen: HashMap<Vec<V>, usize> = HashMap::new();
    for (n, row) in table.rows.iter().enumerate() {
        if n % 5000 == 0 {
            progress(n, total);
        }
        let mut values = Vec::with_capacity(cols.len() + kind.derived().len());
        let mut row_ok = true;
        for (c, p) in cols.iter().zip(&positions) {
            let raw = p.and_then(|i| row.fields.get(i)).map_or("", String::as_str);
            match cell(c.ty, raw, &lk) {
                Ok(v) => values.push(v),
                Err(problem) => {
                    row_ok = false;
                    if errors.len() < MAX_ERRORS {
                        // The value as read, cut: a report (and the audit of a refusal) stays small.
                        let value = raw.chars().take(MAX_CELL_CHARS).collect();
                        errors.push(LineError { line: row.line, column: Some(c.name.to_owned()), value: Some(value), problem });
                    }
                    values.push(V::Null);
                }
            }
        }
        if kind == Kind::Attributions && row_ok {
            if let Err((column, problem)) = derive_attribution(&mut values, &lk, within) {
                if errors.len() < MAX_ERRORS {
                    let value = text(col(kind, &values, column)).unwrap_or_default().to_owned();
                    errors.push(LineError { line: row.line, column: Some(column.to_owned()), value: Some(value), problem });
                }
            }
        }
        values.resize(cols.len() + kind.derived().len(), V::Null);
        if kind == Kind::Stock {
            if let (V::Int(units), V::Int(vacant)) = (&values[5], &values[6]) {
                if vacant > units && errors.len() < MAX_ERRORS {
                    errors.push(LineError { line: row.line, column: Some("vacant_units".into()), value: Some(vacant.to_string()), problem: Problem::VacantAboveUnits });
                }
            }
        }
        let key = values[..kind.key_len()].to_vec();
        if let Some(first) = seen.insert(key, row.line) {
            if errors.len() < MAX_ERRORS {
                errors.push(LineError { line: row.line, column: Some(cols[0].name.to_owned()), value: Some(format!("{first}")), problem: Problem::DuplicateKey });
            }
        }
        rows.push((row.line, values));
    }
    progress(total, total);
    Ok(if errors.is_empty() { Ok(rows) } else { Err(errors) })
}

fn db_columns(kind: Kind) -> Vec<&'static str> {
    kind.columns().iter().map(|c| Kind::db_column(c.name)).chain(kind.derived().iter().copied()).collect()
}

/// The rows now in the table, by natural key.
async fn existing<'e, E: sqlx::Executor<'e, Database = sqlx::Any>>(db: E, kind: Kind) -> Result<HashMap<Vec<V>, Vec<V>>, sqlx::Error> {
    let cols = db_columns(kind);
    let sql = format!("SELECT {} FROM {}", cols.join(", "), kind.table());
    let mut out = HashMap::new();
    for row in sqlx::query(&sql).fetch_all(db).await? {
        let mut values = vec![];
        for (i, &is_int) in column_is_int(kind).iter().enumerate() {
            let v = if is_int {
                row.try_get::<Option<i64>, _>(i)?.map(V::Int).unwrap_or(V::Null)
            } else {
                row.try_get::<Option<String>, _>(i)?.map(V::Text).unwrap_or(V::Null)
            };
            values.push(v);
        }
        let key = values[..kind.key_len()].to_vec();
        out.insert(key, values);
    }
    Ok(out)
}

/// Whether each of [`db_columns`] holds integers (else text; derived columns are text).
fn column_is_int(kind: Kind) -> Vec<bool> {
    kind.columns().iter().map(|c| c.ty.is_int()).chain(kind.derived().iter().map(|_| false)).collect()
}

/// A NULL is bound with its column's type: PostgreSQL refuses an integer NULL in a text column.
fn bind<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    v: &'q V,
    is_int: bool,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    match v {
        V::Null if is_int => q.bind(None::<i64>),
        V::Null => q.bind(None::<String>),
        V::Int(n) => q.bind(*n),
        V::Text(s) => q.bind(s.as_str()),
    }
}

pub struct Options<'a> {
    pub dry_run: bool,
    pub source: &'a str,
    pub as_of: &'a str,
}

/// The report in words, one line each, in `locale`.
pub fn describe(report: &Report, locale: app::i18n::Locale) -> Vec<String> {
    let c = app::i18n::sources::catalog(locale);
    if !report.errors.is_empty() {
        let mut lines = vec![c.t_with("import-failed", &[("count", (report.errors.len() as i64).into())])];
        for e in &report.errors {
            let message = c.t(&e.problem.message_id());
            lines.push(match &e.column {
                Some(col) => c.t_with(
                    "import-error-line",
                    &[
                        ("line", (e.line as i64).into()),
                        ("column", col.as_str().into()),
                        ("message", message.into()),
                        ("value", e.value.clone().unwrap_or_default().into()),
                    ],
                ),
                None => c.t_with("import-error-line-only", &[("line", (e.line as i64).into()), ("message", message.into())]),
            });
        }
        return lines;
    }
    let mut lines = vec![c.t_with(
        "import-summary",
        &[
            ("rows", (report.rows as i64).into()),
            ("inserted", (report.inserted as i64).into()),
            ("updated", (report.updated as i64).into()),
            ("unchanged", (report.unchanged as i64).into()),
        ],
    )];
    if report.dry_run {
        lines.push(c.t("import-dry-run"));
    }
    lines
}

/// The kinds a file can be imported as: the tables of [`Kind`], plus `rpls` (RPLS dwelling
/// files, aggregated into stock).
pub const FILE_KINDS: [&str; 9] =
    ["quartiers", "quartier-fragility", "commune-fragility", "quartier-iris", "residences", "stock", "rpls", "demand", "attributions"];

/// Imports a file of one of [`FILE_KINDS`] (the command line and the staff upload both come
/// here); `None` for an unknown kind.
#[tracing::instrument(skip_all)]
pub async fn import_file(
    pool: &Pool,
    kind: &str,
    bytes: &[u8],
    landlord: Option<&str>,
    opts: &Options<'_>,
    actor: &crate::audit::Actor,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Result<Option<Report>, sqlx::Error> {
    let report = if kind == "rpls" {
        match rpls::to_stock_csv(pool, bytes, landlord).await? {
            Ok(stock) => import(pool, Kind::Stock, &stock, opts, progress).await?,
            Err(errors) => Report { errors, dry_run: opts.dry_run, ..Default::default() },
        }
    } else {
        match Kind::parse(kind) {
            Some(k) => import(pool, k, bytes, opts, progress).await?,
            None => return Ok(None),
        }
    };
    if !report.dry_run {
        let detail = format!(
            "rows={} inserted={} updated={} unchanged={} errors={} source={}",
            report.rows,
            report.inserted,
            report.updated,
            report.unchanged,
            report.errors.len(),
            opts.source
        );
        let action = if report.errors.is_empty() { "import" } else { "import_refused" };
        crate::audit::record(pool, actor, action, kind, &detail).await?;
    }
    Ok(Some(report))
}

/// The newest dataset: every import (and every data load) adds one.
pub async fn data_version<'e>(ex: impl sqlx::Executor<'e, Database = sqlx::Any>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM datasets").fetch_one(ex).await
}

/// Checks `bytes` as a `kind` file and, unless a dry run or in error, writes it.
#[tracing::instrument(skip_all, fields(kind = kind.name()))]
pub async fn import(
    pool: &Pool,
    kind: Kind,
    bytes: &[u8],
    opts: &Options<'_>,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Result<Report, sqlx::Error> {
    import_within(pool, kind, bytes, opts, None, progress).await
}

/// [`import`], refusing rows outside `within`'s scope of the register (commune staff enter
/// their communes' attributions, a landlord's staff its own).
pub async fn import_within(
    pool: &Pool,
    kind: Kind,
    bytes: &[u8],
    opts: &Options<'_>,
    within: Option<&app::domain::access::Principal>,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Result<Report, sqlx::Error> {
    match reader::read(bytes) {
        Ok(table) => import_table(pool, kind, &table, opts, within, progress).await,
        Err(e) => Ok(Report { dry_run: opts.dry_run, errors: vec![read_error(e)], ..Default::default() }),
    }
}

/// Rows given as data (column name → cell), as the staff entry form gives them: they meet every
/// check of a file, but never pass through CSV text, so no value can add a row or a column.
#[tracing::instrument(skip_all, fields(kind = kind.name()))]
pub async fn import_rows(
    pool: &Pool,
    kind: Kind,
    rows: &[Vec<(&str, String)>],
    opts: &Options<'_>,
    within: Option<&app::domain::access::Principal>,
) -> Result<Report, sqlx::Error> {
    let headers: Vec<String> = kind.columns().iter().map(|c| c.name.to_owned()).collect();
    let rows = rows
        .iter()
        .enumerate()
        .map(|(n, cells)| reader::Row {
            line: n + 2,
            fields: headers.iter().map(|h| cells.iter().find(|(k, _)| k == h).map(|(_, v)| v.clone()).unwrap_or_default()).collect(),
        })
        .collect();
    let table = reader::Table { encoding: reader::Encoding::Utf8, separator: ';', headers, rows };
    import_table(pool, kind, &table, opts, within, &mut |_, _| {}).await
}

/// For a scoped import, the rows it would replace must be in the importer's scope too (else
/// commune staff could overwrite another commune's line by entering its key): each replaced row
/// outside it is an error on its line. The changes are listed for the audit trail.
fn check_replaced(
    kind: Kind,
    within: &app::domain::access::Principal,
    current: &HashMap<Vec<V>, Vec<V>>,
    rows: &[(usize, Vec<V>)],
    report: &mut Report,
) {
    if kind != Kind::Attributions {
        return;
    }
    let key_len = kind.key_len();
    let names = db_columns(kind);
    for (line, values) in rows {
        let old = current.get(&values[..key_len]);
        if let Some(old) = old {
            let commune = text(col(kind, old, "insee_code")).unwrap_or_default().to_owned();
            let landlord = text(col(kind, old, "landlord_id")).unwrap_or_default().to_owned();
            if !within.may_see_attribution(&commune, &landlord) {
                if report.errors.len() < MAX_ERRORS {
                    let value = text(col(kind, values, "reference")).unwrap_or_default().to_owned();
                    report.errors.push(LineError { line: *line, column: Some("reference".into()), value: Some(value), problem: Problem::OutOfScope });
                }
                continue;
            }
            if old != values && report.changes.len() < MAX_ERRORS {
                let fields = names.iter().zip(old.iter().zip(values)).filter(|(_, (a, b))| a != b).map(|(n, _)| *n).collect();
                report.changes.push(RowChange { key: key_strings(&values[..key_len]), replaced: Some((fields, commune, landlord)) });
            }
        } else if report.changes.len() < MAX_ERRORS {
            report.changes.push(RowChange { key: key_strings(&values[..key_len]), replaced: None });
        }
    }
}

fn key_strings(key: &[V]) -> Vec<String> {
    key.iter()
        .map(|v| match v {
            V::Null => String::new(),
            V::Int(n) => n.to_string(),
            V::Text(s) => s.clone(),
        })
        .collect()
}

async fn import_table(
    pool: &Pool,
    kind: Kind,
    table: &reader::Table,
    opts: &Options<'_>,
    within: Option<&app::domain::access::Principal>,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Result<Report, sqlx::Error> {
    let mut report = Report { dry_run: opts.dry_run, ..Default::default() };
    let rows = match parse(pool, kind, table, within, progress).await? {
        Ok(rows) => rows,
        Err(errors) => {
            report.errors = errors;
            return Ok(report);
        }
    };
    report.rows = rows.len();
    let key_len = kind.key_len();
    // The file is compared with the table outside the write transaction (a large table takes a
    // while to read, and bookings wait for SQLite's writer). If another import committed in
    // between, the comparison is made again: its rows may be this file's.
    let mut attempts = 0;
    let (mut tx, inserts, updates) = loop {
        attempts += 1;
        let seen = data_version(pool).await?;
        let current = existing(pool, kind).await?;
        if let Some(p) = within {
            (report.errors, report.changes) = (vec![], vec![]);
            check_replaced(kind, p, &current, &rows, &mut report);
            if !report.errors.is_empty() {
                report.changes.clear();
                return Ok(report);
            }
        }
        let (mut inserts, mut updates, mut unchanged) = (vec![], vec![], 0);
        for (_, values) in &rows {
            match current.get(&values[..key_len]) {
                None => inserts.push(values),
                Some(old) if old != values => updates.push(values),
                Some(_) => unchanged += 1,
            }
        }
        (report.inserted, report.updated, report.unchanged) = (inserts.len(), updates.len(), unchanged);
        if opts.dry_run || (inserts.is_empty() && updates.is_empty()) {
            return Ok(report);
        }
        let mut tx = crate::db::begin_write(pool).await?;
        crate::db::lock(&mut tx, crate::db::Lock::Imports, crate::db::LockMode::Exclusive).await?;
        if data_version(&mut *tx).await? == seen {
            break (tx, inserts, updates);
        }
        // Past a few rounds (imports committing one after the other), write anyway: a key
        // another import inserted meanwhile then fails this one whole, changing nothing. The
        // scope check cannot be stale, though: made again under the lock, which every import
        // takes, so no row can change hands before this one commits.
        if attempts == 3 {
            if let Some(p) = within {
                // Read inside the transaction: a second connection could wait on this one.
                let current = existing(&mut *tx, kind).await?;
                let mut check = Report::default();
                check_replaced(kind, p, &current, &rows, &mut check);
                if !check.errors.is_empty() {
                    (report.errors, report.changes) = (check.errors, vec![]);
                    return Ok(report);
                }
                // The audit trail lists the changes as they are now.
                report.changes = check.changes;
            }
            break (tx, inserts, updates);
        }
    };
    let cols = db_columns(kind);
    // Placeholders in binding order: the values, then the dataset (insert); the values after the
    // key, the dataset, then the key (update). A key column may be empty (a stock row without
    // résidence): `IS NOT DISTINCT FROM` compares NULLs as equal.
    let n = cols.len();
    let insert_sql = format!(
        "INSERT INTO {} ({}, dataset_id) VALUES ({})",
        kind.table(),
        cols.join(", "),
        (1..=n + 1).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
    );
    let update_sql = format!(
        "UPDATE {} SET {}, dataset_id = ${} WHERE {}",
        kind.table(),
        cols[key_len..].iter().enumerate().map(|(i, c)| format!("{c} = ${}", i + 1)).collect::<Vec<_>>().join(", "),
        n - key_len + 1,
        cols[..key_len]
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} IS NOT DISTINCT FROM ${}", n - key_len + 2 + i))
            .collect::<Vec<_>>()
            .join(" AND ")
    );
    let is_int = column_is_int(kind);
    let dataset_id: i64 = sqlx::query_scalar("INSERT INTO datasets (kind, source, as_of, is_demo) VALUES ($1, $2, $3, 0) RETURNING id")
        .bind(kind.name())
        .bind(opts.source)
        .bind(opts.as_of)
        .fetch_one(&mut *tx)
        .await?;
    let total = inserts.len() + updates.len();
    for (n, values) in inserts.iter().enumerate() {
        if n % 5000 == 0 {
            progress(n, total);
        }
        let mut q = sqlx::query(&insert_sql);
        for (v, int) in values.iter().zip(&is_int) {
            q = bind(q, v, *int);
        }
        q.bind(dataset_id).execute(&mut *tx).await?;
    }
    for values in &updates {
        let mut q = sqlx::query(&update_sql);
        for (v, int) in values[key_len..].iter().zip(&is_int[key_len..]) {
            q = bind(q, v, *int);
        }
        q = q.bind(dataset_id);
        for (v, int) in values[..key_len].iter().zip(&is_int[..key_len]) {
            q = bind(q, v, *int);
        }
        q.execute(&mut *tx).await?;
    }
    tx.commit().await?;
    progress(total, total);
    Ok(report)
}

/// Scaled integers back to decimals with a comma, as French spreadsheets expect.
fn scaled(n: i64, scale: i64) -> String {
    let digits = if scale == 100 { 2 } else { 1 };
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{},{:0digits$}", n.abs() / scale, n.abs() % scale)
}

/// The table as a file of this kind: `;`-separated, UTF-8 with BOM, sorted by natural key.
pub async fn export(pool: &Pool, kind: Kind) -> Result<Vec<u8>, sqlx::Error> {
    let mut rows: Vec<Vec<V>> = existing(pool, kind).await?.into_values().collect();
    rows.sort();
    let cols = kind.columns();
    let mut out = String::from("\u{feff}");
    out.push_str(&cols.iter().map(|c| c.name).collect::<Vec<_>>().join(";"));
    out.push_str("\r\n");
    for row in rows {
        let cells: Vec<String> = cols
            .iter()
            .zip(&row)
            .map(|(c, v)| match (v, c.ty) {
                (V::Null, _) => String::new(),
                (V::Int(n), Ty::OptHundredths) => scaled(*n, 100),
                (V::Int(n), Ty::OptTenths) => scaled(*n, 10),
                (V::Int(n), _) => n.to_string(),
                (V::Text(s), _) => crate::spreadsheet::cell(s),
            })
            .collect();
        out.push_str(&cells.join(";"));
        out.push_str("\r\n");
    }
    Ok(out.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_has_a_message_in_every_locale() {
        for l in app::i18n::Locale::ALL {
            let c = app::i18n::sources::catalog(l);
            for p in Problem::ALL {
                assert!(c.has(&p.message_id()), "{}: {}", l.code(), p.message_id());
            }
        }
    }

    #[test]
    fn message_ids_and_scaling() {
        assert_eq!(Problem::VacantAboveUnits.message_id(), "import-error-vacant-above-units");
        assert_eq!(scaled(562, 100), "5,62");
        assert_eq!(scaled(125, 10), "12,5");
        assert_eq!(scaled(5, 100), "0,05");
        assert_eq!(decimal("12,5", 10), Some(125));
        assert_eq!(decimal("12,46", 10), Some(125));
        assert_eq!(decimal("5,62", 100), Some(562));
    }
}
