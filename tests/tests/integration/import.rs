//! Importers: round trip, idempotence, real-world encodings, and broken files that change nothing.
use equilibre_tests::{spawn_app, spawn_app_with_demo, TestApp};
use server::import::{export, import, Options, Problem, Report};
use server::import::spec::Kind;

/// In dependency order.
const KINDS: [Kind; 8] = Kind::ALL;

async fn run(app: &TestApp, kind: Kind, bytes: &[u8], dry_run: bool) -> Report {
    let opts = Options { dry_run, source: "test", as_of: "2026-11-01" };
    import(&app.pool, kind, bytes, &opts, &mut |_, _| {}).await.unwrap()
}

/// Everything the importers can touch, as exported files, plus the number of datasets.
async fn snapshot(app: &TestApp) -> (Vec<Vec<u8>>, i64) {
    let mut files = vec![];
    for k in KINDS {
        files.push(export(&app.pool, k).await.unwrap());
    }
    let datasets = sqlx::query_scalar("SELECT COUNT(*) FROM datasets").fetch_one(&app.pool).await.unwrap();
    (files, datasets)
}

#[tokio::test]
async fn export_then_import_gives_the_same_content_and_reimport_changes_nothing() {
    let a = spawn_app_with_demo(3).await;
    let b = spawn_app().await;
    let (files, _) = snapshot(&a).await;
    for (k, f) in KINDS.iter().zip(&files) {
        let r = run(&b, *k, f, false).await;
        assert!(r.errors.is_empty(), "{k:?}: {:?}", &r.errors[..r.errors.len().min(3)]);
        assert_eq!(r.updated, 0);
    }
    let (again, datasets) = snapshot(&b).await;
    assert_eq!(again, files, "same content after the round trip");
    assert!(files[5].len() > 100_000, "the stock export is a real file");
    // Re-importing the same files changes nothing, not even the dataset list.
    for (k, f) in KINDS.iter().zip(&files) {
        let r = run(&b, *k, f, false).await;
        assert_eq!((r.inserted, r.updated), (0, 0), "{k:?}");
        assert_eq!(r.unchanged, r.rows);
    }
    assert_eq!(snapshot(&b).await, (files, datasets));
}

#[tokio::test]
async fn office_files_windows_1252_semicolons_decimal_commas_and_aliases() {
    let app = spawn_app().await;
    // A quartier file with French headers, Windows-1252 and CRLF.
    let quartiers = b"code_quartier;nom;code_insee;population;qpv;nom_qpv\r\n59350-901;Saint-Maurice Pellevoisin;59350;2100;non;\r\n59350-902;Moulins \xe9t\xe9;59350;1900;oui;QPV Moulins\r\n";
    let r = run(&app, Kind::Quartiers, quartiers, false).await;
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.inserted, 2);
    let name: String = sqlx::query_scalar("SELECT name FROM quartiers WHERE id = '59350-902'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(name, "Moulins été");
    let stock = "quartier;bailleur;typologie;financement;logements;vacants;loues_annee;loyer_median_m2\n59350-902;lmh;T3;PLUS;120;4;11;5,62\n59350-902;lmh;T2;PLAI;40;1;5;\n";
    let r = run(&app, Kind::Stock, stock.as_bytes(), false).await;
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let rent: Option<i64> = sqlx::query_scalar("SELECT median_rent_cents_m2 FROM stock WHERE typology = 'T3'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(rent, Some(562));
    // A changed figure is an update, on the natural key.
    let stock2 = stock.replace(";120;4;", ";125;4;");
    let r = run(&app, Kind::Stock, stock2.as_bytes(), false).await;
    assert_eq!((r.inserted, r.updated, r.unchanged), (0, 1, 1));
}

#[tokio::test]
async fn dry_run_reports_without_writing() {
    let app = spawn_app().await;
    let before = snapshot(&app).await;
    let r = run(&app, Kind::Quartiers, b"id;name;insee_code;population;is_qpv\n59009-900;Triolo;59009;2500;1\n", true).await;
    assert_eq!((r.rows, r.inserted, r.dry_run), (1, 1, true));
    assert_eq!(snapshot(&app).await, before);
}

fn demand_lines(n: usize) -> String {
    let communes = server::reference::communes().unwrap();
    let mut out = String::from("insee_code;typology;month;pending_first_access;pending_mutation;attributions;wait_median_months\n");
    let mut count = 0;
    'outer: for year in 2015..2026 {
        for month in 1..=12 {
            for c in &communes {
                for t in ["T1", "T2", "T3", "T4", "T5+", "all"] {
                    if count == n {
                        break 'outer;
                    }
                    out.push_str(&format!("{};{t};{year}-{month:02};{};{};{};12,5\n", c.insee_code, count % 97, count % 13, count % 7));
                    count += 1;
                }
            }
        }
    }
    out
}

#[tokio::test]
async fn broken_files_are_refused_whole_with_line_column_and_value() {
    let app = spawn_app_with_demo(5).await;
    let q = sqlx::query_scalar::<_, String>("SELECT id FROM quartiers LIMIT 1").fetch_one(&app.pool).await.unwrap();
    let before = snapshot(&app).await;
    let header = "quartier_id;landlord_id;typology;financing;units;vacant_units;let_in_year";
    // what, kind, file, first problem, its line, its column
    type Case<'a> = (&'a str, Kind, Vec<u8>, Problem, usize, Option<&'a str>);
    let cases: Vec<Case> = vec![
        ("wrong header", Kind::Stock, format!("quartier_id;landlord_id;typology;financing;vacant_units;let_in_year\n{q};lmh;T1;PLUS;1;1\n").into_bytes(), Problem::MissingColumn, 1, Some("units")),
        ("unknown INSEE", Kind::Demand, b"insee_code;typology;month;pending_first_access;pending_mutation;attributions\n75056;all;2026-01;1;1;1\n".to_vec(), Problem::UnknownCommune, 2, Some("insee_code")),
        ("negative count", Kind::Stock, format!("{header}\n{q};lmh;T9;PLUS;1;0;0\n{q};lmh;T1;PLUS;-3;0;0\n").into_bytes(), Problem::NotOneOf, 2, Some("typology")),
        ("bad encoding", Kind::Stock, b"\xff\xfeq\x00u\x00a\x00".to_vec(), Problem::NotText, 1, None),
        ("truncated line", Kind::Stock, format!("{header}\n{q};lmh;T1;PLUS;1;0;0\n{q};lmh;T2").into_bytes(), Problem::ColumnCount, 3, None),
        ("vacant above units", Kind::Stock, format!("{header}\n{q};lmh;T1;PLUS;1;5;0\n").into_bytes(), Problem::VacantAboveUnits, 2, Some("vacant_units")),
        ("unknown landlord", Kind::Stock, format!("{header}\n{q};nobody;T1;PLUS;1;0;0\n").into_bytes(), Problem::UnknownLandlord, 2, Some("landlord_id")),
        ("duplicate key", Kind::Stock, format!("{header}\n{q};lmh;T1;PLUS;1;0;0\n{q};lmh;T1;PLUS;2;0;0\n").into_bytes(), Problem::DuplicateKey, 3, Some("quartier_id")),
        ("empty", Kind::Quartiers, b"".to_vec(), Problem::Empty, 1, None),
    ];
    for (what, kind, bytes, problem, line, column) in cases {
        let r = run(&app, kind, &bytes, false).await;
        let first = r.errors.first().unwrap_or_else(|| panic!("{what}: accepted"));
        assert_eq!((first.problem, first.line, first.column.as_deref()), (problem, line, column), "{what}");
        assert_eq!(snapshot(&app).await, before, "{what}: the database changed");
    }
    // Several errors in one file are all reported, with the offending values.
    let r = run(&app, Kind::Stock, format!("{header}\n{q};lmh;T9;PLUS;1;0;0\n{q};lmh;T1;PLUS;-3;0;0\n").as_bytes(), false).await;
    assert_eq!(r.errors.len(), 2);
    assert_eq!((r.errors[1].problem, r.errors[1].value.as_deref()), (Problem::Negative, Some("-3")));
    // The report is translated.
    let lines = server::import::describe(&r, app::i18n::Locale::En);
    assert!(lines[0].starts_with("Import refused: 2 error(s)"), "{lines:?}");
    assert!(lines[2].contains("Line 3, column \"units\"") && lines[2].contains("\"-3\""), "{lines:?}");
}

#[tokio::test]
async fn a_50_000_line_file_with_one_bad_line_writes_nothing_and_without_it_imports() {
    let app = spawn_app().await;
    let good = demand_lines(50_000);
    let bad = format!("{good}59350;all;2026-13;1;1;1;\n");
    let before = snapshot(&app).await;
    let r = run(&app, Kind::Demand, bad.as_bytes(), false).await;
    assert_eq!(r.errors.len(), 1);
    assert_eq!((r.errors[0].problem, r.errors[0].line), (Problem::BadMonth, 50_002));
    assert_eq!(snapshot(&app).await, before);
    let r = run(&app, Kind::Demand, good.as_bytes(), false).await;
    assert!(r.errors.is_empty());
    assert_eq!(r.inserted, 50_000);
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM demand_stats").fetch_one(&app.pool).await.unwrap();
    assert_eq!(n, 50_000);
}

#[tokio::test]
async fn rpls_dwelling_files_are_aggregated_into_stock() {
    let app = spawn_app_with_demo(9).await;
    let mut quartiers = sqlx::query_scalar::<_, String>("SELECT id FROM quartiers WHERE insee_code = '59350' ORDER BY id LIMIT 2")
        .fetch_all(&app.pool)
        .await
        .unwrap()
        .into_iter();
    let (q1, q2) = (quartiers.next().unwrap(), quartiers.next().unwrap());
    let mapping = format!("iris_code;quartier_id\n593500101;{q1}\n593500102;{q2}\n");
    let r = run(&app, Kind::QuartierIris, mapping.as_bytes(), false).await;
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    // Five dwellings of one landlord, as an RPLS extract has them (other columns are ignored).
    let rpls = "DEPCOM;PLG_IRIS;NBPIECE;FINAN;LOYERPRINC;SURFHAB;QPV;CONSTRUCT\n\
        59350;593500101;3;52;400,00;80;1;1972\n\
        59350;593500101;3;52;420,00;70;1;1972\n\
        59350;593500101;3;52;300,00;60;1;1972\n\
        59350;593500101;2;50;350,5;50;1;1985\n\
        59350;593500102;6;53;700;100;0;2010\n";
    let stock = server::import::rpls::to_stock_csv(&app.pool, rpls.as_bytes(), Some("srcj")).await.unwrap().unwrap();
    let r = run(&app, Kind::Stock, &stock, false).await;
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.inserted, 3);
    let rows: Vec<(String, String, String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT quartier_id, typology, financing, units, median_rent_cents_m2 FROM stock WHERE landlord_id = 'srcj' AND quartier_id IN ($1, $2) ORDER BY quartier_id, typology",
    )
    .bind(&q1)
    .bind(&q2)
    .fetch_all(&app.pool)
    .await
    .unwrap();
    // Rents per m²: 5,00 / 6,00 / 5,00 → median 5,00; 7,01; 7,00.
    let srcj: Vec<_> = rows.into_iter().filter(|r| r.0 == q1 || r.0 == q2).collect();
    assert!(srcj.contains(&(q1.clone(), "T3".into(), "PLAI".into(), 3, Some(500))), "{srcj:?}");
    assert!(srcj.contains(&(q1.clone(), "T2".into(), "PLUS".into(), 1, Some(701))), "{srcj:?}");
    assert!(srcj.contains(&(q2.clone(), "T5+".into(), "PLS".into(), 1, Some(700))), "{srcj:?}");

    // Lines that cannot be placed are reported with their own line numbers; nothing is written.
    let bad = "PLG_IRIS;NBPIECE;FINAN;LOYERPRINC;SURFHAB\n593500101;3;52;400;80\n599999999;3;52;400;80\n593500101;3;77;400;80\n593500101;3;52;400;0\n";
    let errors = server::import::rpls::to_stock_csv(&app.pool, bad.as_bytes(), Some("srcj")).await.unwrap().unwrap_err();
    let got: Vec<_> = errors.iter().map(|e| (e.line, e.problem)).collect();
    assert_eq!(got, vec![(3, Problem::UnmappedIris), (4, Problem::UnknownFinancing), (5, Problem::NotPositive)]);
    let no_landlord = server::import::rpls::to_stock_csv(&app.pool, bad.as_bytes(), None).await.unwrap().unwrap_err();
    assert_eq!((no_landlord[0].problem, no_landlord[0].column.as_deref()), (Problem::MissingColumn, Some("landlord_id")));
}

/// Two imports of one kind at once: the second reads the table before the first commits. It
/// must then compare its file with what the first wrote (its rows are unchanged), not fail on
/// the key the first just inserted. The first is held open by hand, as an import's own
/// transaction would hold it, to make "at once" certain.
#[tokio::test]
async fn an_import_overtaken_by_another_of_its_kind_compares_again_and_succeeds() {
    use server::db::{begin_write, lock, Lock, LockMode};
    let app = spawn_app().await;
    let file = "id;name;insee_code;population;is_qpv\n59512-901;Quartier A;59512;2100;1\n59512-902;Quartier B;59512;1900;0\n";
    let mut first = begin_write(&app.pool).await.unwrap();
    lock(&mut first, Lock::Imports, LockMode::Exclusive).await.unwrap();
    let dataset: i64 = sqlx::query_scalar("INSERT INTO datasets (kind, source, as_of, is_demo) VALUES ('quartiers', 'first', '2026-11-01', 0) RETURNING id")
        .fetch_one(&mut *first)
        .await
        .unwrap();
    sqlx::query("INSERT INTO quartiers (id, name, insee_code, population, is_qpv, dataset_id) VALUES ('59512-901', 'Quartier A', '59512', 2100, 1, $1)")
        .bind(dataset)
        .execute(&mut *first)
        .await
        .unwrap();
    let pool = app.pool.clone();
    let second = tokio::spawn(async move {
        let opts = Options { dry_run: false, source: "second", as_of: "2026-11-01" };
        import(&pool, Kind::Quartiers, file.as_bytes(), &opts, &mut |_, _| {}).await
    });
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert!(!second.is_finished(), "the second import waits for the first");
    first.commit().await.unwrap();
    let report = second.await.unwrap().expect("the second import succeeds");
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert_eq!((report.inserted, report.updated, report.unchanged), (1, 0, 1), "compared with the first's rows");
    let names: Vec<String> = sqlx::query_scalar("SELECT name FROM quartiers WHERE id LIKE '59512-9%' ORDER BY id").fetch_all(&app.pool).await.unwrap();
    assert_eq!(names, ["Quartier A", "Quartier B"]);
}
