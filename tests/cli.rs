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
fn asking_for_measures_alone_gives_the_measures() {
    let text = "县政府要为困难群众提供技能培训。".as_bytes();
    let o = policy_lens(&["analyze", "--kinds", "measure", "-"], text);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["directives"], serde_json::json!([]));
    let measures = json["measures"].as_array().unwrap();
    assert_eq!(measures.len(), 1, "{json}");
    assert_eq!(measures[0]["text"], "提供技能培训");
    assert_eq!(measures[0]["directive"], serde_json::Value::Null);
    let pretty = policy_lens(&["analyze", "-k", "measure", "-f", "pretty", "-"], text);
    let out = String::from_utf8(pretty.stdout).unwrap();
    assert!(out.contains("supply      提供技能培训"), "{out}");
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

/// A fresh folder under the system's temporary folder, removed when dropped.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("policy-lens-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path.display().to_string()
    }

    fn path(&self) -> String {
        self.0.display().to_string()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn jsonl_files(o: &Output) -> Vec<String> {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["file"].as_str().unwrap().to_string()
        })
        .collect()
}

#[test]
fn a_symlink_loop_is_read_once_and_a_bad_file_is_skipped_with_a_count() {
    let s = Scratch::new("corpus");
    s.file("a/one.txt", "各县要加强农村饮水工程管护。".as_bytes());
    s.file("a/two.txt", b"\xff\xfe\x00\x00 not text");
    s.file("b/three.txt", "严禁挤占挪用救灾资金。".as_bytes());
    std::os::unix::fs::symlink(&s.0, s.0.join("a/loop")).unwrap();
    std::os::unix::fs::symlink(s.0.join("a"), s.0.join("b/back")).unwrap();
    let o = policy_lens(&["analyze", &s.path()], b"");
    let files = jsonl_files(&o);
    assert_eq!(files.len(), 2, "each real file once: {files:?}");
    assert!(
        files[0].ends_with("one.txt") && files[1].ends_with("three.txt"),
        "{files:?}"
    );
    let err = stderr(&o);
    assert!(err.contains("two.txt") && err.contains("UTF-16"), "{err}");
    assert!(err.contains("1 of 3 files skipped"), "{err}");
    assert_eq!(
        o.status.code(),
        Some(1),
        "a skipped file makes the run fail at its end"
    );
}

#[test]
fn a_fifo_in_a_folder_is_skipped_not_waited_for() {
    let s = Scratch::new("fifo");
    s.file("one.txt", "各县要加强农村饮水工程管护。".as_bytes());
    let fifo = s.0.join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let o = policy_lens(&["analyze", &s.path()], b"");
    assert_eq!(jsonl_files(&o).len(), 1);
    assert!(
        stderr(&o).contains("pipe.txt: not a regular file"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn an_unreadable_folder_is_named() {
    let o = policy_lens(&["analyze", "/proc/1/fdinfo/no-such-folder/"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("/proc/1/fdinfo/no-such-folder"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_byte_order_mark_is_dropped_and_offsets_count_without_it() {
    let text = "一、总体要求\n县人民政府关于加强管护的通知\n";
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(text.as_bytes());
    let with = policy_lens(&["analyze", "-"], &bytes);
    let without = policy_lens(&["analyze", "-"], text.as_bytes());
    assert!(with.status.success(), "{}", stderr(&with));
    assert_eq!(
        String::from_utf8_lossy(&with.stdout),
        String::from_utf8_lossy(&without.stdout)
    );
    let v: serde_json::Value = serde_json::from_slice(&with.stdout).unwrap();
    assert_eq!(v["outline"][0]["number"], "一", "the first point is kept");
}

#[test]
fn utf16_input_is_named_as_such() {
    let mut bytes = vec![0xff, 0xfe];
    for u in "各县要加强管护。".encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let o = policy_lens(&["analyze", "-"], &bytes);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("UTF-16"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("GB18030"), "{}", stderr(&o));
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_are_neutralised() {
    let o = policy_lens(
        &["analyze", "--format", "csv", "-"],
        "=HYPERLINK(1)各县要加强管护。\n@SUM(1)严禁违规举债。\n".as_bytes(),
    );
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains(",'=HYPERLINK(1)各县要加强管护。,"), "{out}");
    assert!(out.contains(",'@SUM(1)严禁违规举债。,"), "{out}");
    assert!(
        !out.lines()
            .any(|l| l.split(',').any(|c| c.starts_with(['=', '@', '+']))),
        "{out}"
    );
}

#[test]
fn the_terminal_view_prints_no_escape_sequence_from_the_text() {
    let o = policy_lens(
        &["analyze", "--format", "pretty", "-"],
        "各县要加强\u{1b}[2J\u{1b}]0;title\u{7}管护。".as_bytes(),
    );
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(out.contains("各县要加强"), "{out}");
}

#[test]
fn json_lines_escape_the_separators_that_split_lines() {
    let s = Scratch::new("separators");
    s.file(
        "a.txt",
        "各县要加强\u{2028}管护\u{2029}工作\u{85}。".as_bytes(),
    );
    s.file("b.txt", "严禁违规举债。".as_bytes());
    let o = policy_lens(&["analyze", "--format", "jsonl", &s.path()], b"");
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(out.lines().count(), 2);
    assert_eq!(
        out.split(['\u{2028}', '\u{2029}', '\u{85}']).count(),
        1,
        "{out}"
    );
    let first: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert!(first["directives"][0]["text"]
        .as_str()
        .unwrap()
        .contains('\u{2028}'));
}

#[test]
fn tokens_takes_a_folder_and_a_double_dash() {
    let s = Scratch::new("tokens");
    s.file("x/a.txt", "各县要加强管护。".as_bytes());
    s.file("y/-b.txt", "严禁违规举债。".as_bytes());
    let o = policy_lens(&["tokens", &s.path()], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.contains("# ") && out.contains("a.txt") && out.contains("严禁"),
        "{out}"
    );
    let dashed = s.0.join("y/-b.txt").display().to_string();
    let o = policy_lens(&["analyze", "--", &dashed], b"");
    assert!(o.status.success(), "{}", stderr(&o));
}
