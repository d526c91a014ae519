//! The command-line tool as a user meets it: formats, corpus mode and clear errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn policy_lens(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_policy-lens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn dev_dir() -> String {
    format!("{}/../shared/corpus/dev", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn stdin_gives_json_with_utf16_offsets() {
    let o = policy_lens(
        &["analyze", "-"],
        "𠀀各级党委政府要建设扶贫产业园区。".as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let actor = &v["actors"][0];
    assert_eq!(actor["text"], "各级党委政府");
    assert_eq!(
        (actor["start"].as_u64(), actor["end"].as_u64()),
        (Some(2), Some(8))
    );
    assert_eq!(actor["role"], "responsible");
    assert_eq!(v["directives"][0]["force"], "obligation");
    assert_eq!(v["measures"][0]["text"], "建设扶贫产业园区");
}

#[test]
fn a_folder_gives_one_json_line_per_text() {
    let o = policy_lens(&["analyze", &dev_dir()], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let texts = std::fs::read_dir(dev_dir())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "txt")
        })
        .count();
    assert_eq!(lines.len(), texts, "one line per .txt file of the folder");
    assert!(lines
        .iter()
        .all(|l| l["file"].as_str().unwrap().ends_with(".txt") && l["directives"].is_array()));
}

#[test]
fn csv_has_one_row_per_span_and_quotes_commas() {
    let o = policy_lens(
        &["analyze", "--format", "csv", "-"],
        "各地要加强基础设施建设,落实低保兜底政策。".as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("file,kind,start,end,text,force,role,level,instrument,rule")
    );
    let rows: Vec<&str> = lines.collect();
    assert!(
        rows.iter().any(|r| r.starts_with(
            "-,directive,0,21,\"各地要加强基础设施建设,落实低保兜底政策。\",obligation"
        )),
        "{rows:?}"
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("-,measure,") && r.contains("落实低保兜底政策")),
        "{rows:?}"
    );
}

#[test]
fn pretty_view_lists_directives_with_their_actors() {
    let o = policy_lens(
        &["analyze", "--format", "pretty", "-"],
        "各级党委政府要建设扶贫产业园区。".as_bytes(),
    );
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("[obligation] → 各级党委政府"), "{out}");
    assert!(
        !out.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
}

#[test]
fn bad_input_gets_one_line_and_a_non_zero_exit() {
    let missing = policy_lens(&["analyze", "/no/such/file.txt"], b"");
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(
        stderr(&missing).trim(),
        "policy-lens: cannot read /no/such/file.txt: no such file or folder"
    );

    let binary = policy_lens(&["analyze", "-"], &[0x48, 0xff, 0xfe, 0x00]);
    assert_eq!(binary.status.code(), Some(1));
    assert!(
        stderr(&binary).contains("is not UTF-8 text (invalid byte at offset 1)"),
        "{}",
        stderr(&binary)
    );

    let empty = std::env::temp_dir().join(format!("policy-lens-empty-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let none = policy_lens(&["analyze", empty.to_str().unwrap()], b"");
    assert_eq!(none.status.code(), Some(1));
    assert!(stderr(&none).contains("holds no .txt files"));

    let usage = policy_lens(&["analyze", "--format", "xml", "-"], b"");
    assert_eq!(usage.status.code(), Some(2));
    assert!(stderr(&usage).contains("unknown format 'xml'"));
    for o in [&missing, &binary, &none, &usage] {
        assert!(!stderr(o).contains("panicked"));
    }
}
