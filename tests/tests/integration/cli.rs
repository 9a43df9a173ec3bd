//! The `equilibre` binary itself: help, configuration errors, reference data, SIGTERM.
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use equilibre_tests::bin;

#[test]
fn help_lists_the_commands() {
    let out = Command::new(bin()).arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in ["serve", "migrate", "demo-data"] {
        assert!(text.contains(cmd), "{cmd} missing from --help:\n{text}");
    }
}

#[test]
fn invalid_configuration_stops_with_one_line() {
    let out = Command::new(bin()).arg("serve").env("EQUILIBRE_ADDR", "not-an-address").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("EQUILIBRE_ADDR") && !err.contains("panicked"), "{err}");
}

#[test]
fn migrate_and_demo_data_are_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let url = equilibre_tests::fresh_database(dir.path(), "cli");
    for _ in 0..2 {
        let out = Command::new(bin()).arg("migrate").env("DATABASE_URL", &url).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let first = Command::new(bin()).arg("demo-data").env("DATABASE_URL", &url).output().unwrap();
    assert!(String::from_utf8_lossy(&first.stdout).contains("data loaded"));
    let second = Command::new(bin()).arg("demo-data").env("DATABASE_URL", &url).output().unwrap();
    assert!(second.status.success());
    assert!(String::from_utf8_lossy(&second.stdout).contains("nothing changed"));
}

#[test]
fn sigterm_stops_the_server_gracefully() {
    let dir = tempfile::tempdir().unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let mut child = Command::new(bin())
        .arg("serve")
        .env("DATABASE_URL", equilibre_tests::fresh_database(dir.path(), "sig"))
        .env("EQUILIBRE_ADDR", format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed() < Duration::from_secs(20), "server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    Command::new("kill").arg("-TERM").arg(child.id().to_string()).status().unwrap();
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "exit status {status}");
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "server ignored SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn import_and_export_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let url = equilibre_tests::fresh_database(dir.path(), "imp");
    let file = dir.path().join("quartiers.csv");
    std::fs::write(&file, "id;name;insee_code;population;is_qpv\n59009-900;Triolo;59009;2500;1\n").unwrap();
    let cmd = |args: &[&str]| {
        Command::new(bin()).args(args).env("DATABASE_URL", &url).env("EQUILIBRE_DEMO_SEED", "off").output().unwrap()
    };
    let dry = cmd(&["import", "quartiers", file.to_str().unwrap(), "--dry-run", "--lang", "en"]);
    assert!(dry.status.success());
    let text = String::from_utf8_lossy(&dry.stdout);
    assert!(text.contains("1 line(s) read: 1 added") && text.contains("nothing was written"), "{text}");
    let real = cmd(&["import", "quartiers", file.to_str().unwrap(), "--lang", "fr"]);
    assert!(String::from_utf8_lossy(&real.stdout).contains("1 ajoutée(s)"));
    let out = dir.path().join("out.csv");
    assert!(cmd(&["export", "quartiers", out.to_str().unwrap()]).status.success());
    assert!(std::fs::read_to_string(&out).unwrap().contains("59009-900;Triolo;59009;2500;1"));
    // A broken file: exit code 1, the line and the value in the report.
    std::fs::write(&file, "id;name;insee_code;population;is_qpv\n59009-901;X;75056;10;1\n").unwrap();
    let bad = cmd(&["import", "quartiers", file.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(bad.status.code(), Some(1));
    let text = String::from_utf8_lossy(&bad.stdout);
    assert!(text.contains("Line 2, column \"insee_code\"") && text.contains("75056"), "{text}");
}

#[test]
fn users_add_list_link_and_disable() {
    let dir = tempfile::tempdir().unwrap();
    let url = equilibre_tests::fresh_database(dir.path(), "users");
    let run = |args: &[&str]| {
        let out = Command::new(bin()).args(args).env("DATABASE_URL", &url).env("EQUILIBRE_PUBLIC_URL", "https://logement.example").output().unwrap();
        (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (ok, out, err) = run(&["users", "add", "--email", "agent@ccas.fr", "--role", "commune", "--commune", "59350", "--commune", "59512"]);
    assert!(ok, "{err}");
    let link = out.lines().find(|l| l.starts_with("https://logement.example/fr/staff/password/")).unwrap_or_else(|| panic!("{out}"));
    assert!(link.len() > "https://logement.example/fr/staff/password/".len() + 40);
    // Refusals are one clear line and change nothing.
    let (ok, _, err) = run(&["users", "add", "--email", "agent@ccas.fr", "--role", "commune", "--commune", "59350"]);
    assert!(!ok && err.contains("email already used"), "{err}");
    let (ok, _, err) = run(&["users", "add", "--email", "x@ccas.fr", "--role", "agent"]);
    assert!(!ok && err.contains("needs at least one"), "{err}");
    let (_, out, _) = run(&["users", "list"]);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("agent@ccas.fr\tcommune\t59350, 59512\tawaiting password"), "{out}");
    let (ok, out, _) = run(&["users", "link", "--email", "AGENT@ccas.fr"]);
    assert!(ok && out.contains("/fr/staff/password/"));
    let (ok, _, _) = run(&["users", "disable", "--email", "agent@ccas.fr"]);
    assert!(ok);
    assert!(run(&["users", "list"]).1.contains("disabled"));
}
