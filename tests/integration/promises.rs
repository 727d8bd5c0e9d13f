//! The promise-to-test table (`docs/PROMISES.md`) against the README: every metric of the
//! *Metrics* tables, every `reason`/`kind` of the *Responses* table (and every row of it that
//! names none), every class of the *Security* table, every limit of *Limits*, every item of
//! *Operations* (probes, reload, shutdown, the store) and every key of the *OpenTelemetry*
//! section's `otlp:` example and paragraph with a bold lead has an entry, and every test an
//! entry names exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The lines of the README section whose heading contains `title`, up to the next heading of
/// the same or a higher level.
fn section<'a>(readme: &'a str, title: &str) -> Vec<&'a str> {
    let level = |l: &str| l.chars().take_while(|c| *c == '#').count();
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut fenced = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
        }
        let heading = !fenced && line.starts_with('#');
        match open {
            None if heading && line.contains(title) => open = Some(level(line)),
            Some(l) if heading && level(line) <= l => break,
            Some(_) => out.push(line),
            None => {}
        }
    }
    out
}

/// What the README promises: metric names of the Metrics tables, refusal labels and the
/// unlabelled rows of the Responses table, the endpoint classes of the Security table, the
/// limits and connection-refusal reasons of Limits, the items of Operations, and the keys of
/// the OpenTelemetry section's `otlp:` example (commented ones too) and the bold leads of its
/// paragraphs.
fn promises() -> BTreeSet<String> {
    let readme = std::fs::read_to_string(repo("README.md")).expect("README");
    let mut out = BTreeSet::new();
    for line in section(&readme, "## Metrics") {
        let Some(first) = line.strip_prefix('|').and_then(|l| l.split('|').next()) else {
            continue;
        };
        for part in first.split('`').skip(1).step_by(2) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if name.starts_with("recurrence_") {
                out.insert(format!("`{name}`"));
            }
        }
    }
    for line in section(&readme, "### Responses") {
        if !line.starts_with('|') || line.starts_with("|---") || line.starts_with("| input") {
            continue;
        }
        let labels = labels_of(line);
        if labels.is_empty() {
            let first = line.split('|').nth(1).unwrap_or_default().trim();
            out.insert(format!("Responses: {first}"));
        }
        out.extend(labels);
    }
    for line in section(&readme, "## Security") {
        let Some(first) = line.strip_prefix('|').and_then(|l| l.split('|').next()) else {
            continue;
        };
        let first = first.trim();
        if !first.is_empty() && first != "class" && !first.starts_with("---") {
            out.insert(format!("Security: {first}"));
        }
    }
    for line in section(&readme, "### Limits") {
        for part in line.split('`').skip(1).step_by(2) {
            let is_key = part.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                && (part.starts_with("max_") || part.ends_with("_timeout"));
            if is_key {
                out.insert(format!("Limits: `{part}`"));
            }
        }
        out.extend(labels_of(line));
    }
    for line in section(&readme, "## Operations") {
        if let Some((item, _)) = line.strip_prefix("- ").and_then(|l| l.split_once(": ")) {
            out.insert(format!("Operations: {item}"));
        }
    }
    let (mut fenced, mut example) = (false, false);
    for line in section(&readme, "## OpenTelemetry") {
        if line.starts_with("```") {
            fenced = !fenced;
            example = false;
        } else if fenced && line == "otlp:" {
            example = true;
        } else if example {
            let key: String = line
                .trim_start_matches([' ', '#'])
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            if line.starts_with("  ") && !key.is_empty() {
                out.insert(format!("OpenTelemetry: `{key}`"));
            }
        } else if let Some(lead) = line
            .strip_prefix("**")
            .filter(|_| !fenced)
            .and_then(|l| l.split("**").next())
        {
            out.insert(format!("OpenTelemetry: {}", lead.trim_end_matches('.')));
        }
    }
    out
}

/// The `reason="…"` and `kind="…"` labels `line` names, each as `` `reason="…"` ``.
fn labels_of(line: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for label in ["reason", "kind"] {
        let prefix = format!("{label}=\"");
        let mut rest = line;
        while let Some(at) = rest.find(&prefix) {
            rest = &rest[at + prefix.len()..];
            // `reason="a"\|"b"\|"c"` lists several values of one label.
            loop {
                let value: String = rest.chars().take_while(|c| *c != '"').collect();
                out.insert(format!("`{label}=\"{value}\"`"));
                rest = &rest[value.len() + 1..];
                match ["\\|\"", "|\""].iter().find(|sep| rest.starts_with(**sep)) {
                    Some(sep) => rest = &rest[sep.len()..],
                    None => break,
                }
            }
        }
    }
    out
}

/// promise → tests (`None` for an explicit `—`); several tests are separated by commas.
fn table() -> BTreeMap<String, Option<String>> {
    let text = std::fs::read_to_string(repo("docs/PROMISES.md")).expect("docs/PROMISES.md");
    text.lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| promise"))
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let test = cells.get(2)?;
            Some((
                cells.get(1)?.to_string(),
                (!test.starts_with('—')).then(|| test.to_string()),
            ))
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Whether `module::function` names a test: a `#[test]` or `#[tokio::test]` function in a
/// file called `module.rs` under `tests/` or `src/`.
fn test_exists(name: &str, files: &[PathBuf]) -> bool {
    let Some((module, function)) = name.split_once("::") else {
        return false;
    };
    files
        .iter()
        .filter(|f| f.file_stem().is_some_and(|s| s == module))
        .any(|f| {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            let lines: Vec<&str> = text.lines().collect();
            lines.iter().enumerate().any(|(i, l)| {
                let l = l.trim_start();
                (l.starts_with(&format!("fn {function}("))
                    || l.starts_with(&format!("async fn {function}(")))
                    && lines[..i]
                        .iter()
                        .rev()
                        .take(3)
                        .any(|a| a.contains("#[test]") || a.contains("#[tokio::test"))
            })
        })
}

#[test]
fn every_readme_promise_has_a_test_entry_and_every_named_test_exists() {
    let promises = promises();
    assert!(promises.len() > 100, "the README parse found {promises:?}");
    for part in [
        "Security: ",
        "Limits: ",
        "Operations: ",
        "Responses: ",
        "OpenTelemetry: ",
    ] {
        assert!(
            promises.iter().any(|p| p.starts_with(part)),
            "the README parse found nothing for {part}: {promises:?}"
        );
    }
    let table = table();
    let mut files = Vec::new();
    rust_files(&repo("src"), &mut files);
    rust_files(&repo("tests"), &mut files);
    let mut problems = Vec::new();
    for promise in &promises {
        match table.get(promise) {
            None => problems.push(format!("{promise}: no entry in docs/PROMISES.md")),
            Some(Some(tests)) => {
                for test in tests.split(", ") {
                    if !test_exists(test, &files) {
                        problems.push(format!("{promise}: no test {test}"));
                    }
                }
            }
            Some(None) => {}
        }
    }
    for promise in table.keys() {
        if !promises.contains(promise) {
            problems.push(format!(
                "{promise}: in docs/PROMISES.md but no longer in the README"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
