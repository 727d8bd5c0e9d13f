//! The layering ARCHITECTURE.md promises, checked on the source: it reads every `crate::…`
//! path of non-test code, builds the graph of top-level modules and fails on an import cycle
//! or an import a layering rule forbids; and it checks that only `store` names `rusqlite` or the postgres client, that
//! only `store`, `app` and the offline commands name a backend (SQLite or PostgreSQL), and that `classify`
//! and `incident` neither read the clock nor do I/O.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// `(importer, imported)` pairs that must never exist, directly.
const FORBIDDEN: &[(&str, &[&str], &str)] = &[
    (
        "incident",
        &["store", "http", "config", "app", "export", "state"],
        "the incident model takes its settings as values",
    ),
    (
        "classify",
        &[
            "http", "store", "config", "app", "export", "state", "incident",
        ],
        "classification takes its compiled rules",
    ),
    (
        "ingest",
        &["classify", "http", "config", "store", "app", "incident"],
        "ingest takes its limits and mappings",
    ),
    (
        "pipeline",
        &["http", "app", "export"],
        "one delivery's path is the same for HTTP and import",
    ),
    (
        "store",
        &["http", "export", "app"],
        "storage knows nothing of serving",
    ),
    (
        "state",
        &["export", "http"],
        "shared state is below the exporters",
    ),
    (
        "telemetry",
        &["export", "http"],
        "telemetry is below the exporters",
    ),
];

/// Edges the architecture issue still has to remove (none left). The test fails when one of
/// them disappears, so that the list only shrinks.
const NOT_YET: &[(&str, &str)] = &[];

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to (`src/store/writer.rs` → `store`).
fn module_of(path: &Path) -> String {
    let relative = path.strip_prefix(src()).expect("under src");
    let first = relative.components().next().expect("component");
    first
        .as_os_str()
        .to_string_lossy()
        .trim_end_matches(".rs")
        .to_string()
}

/// The file's code without its test modules: everything from a `#[cfg(test)]` followed by
/// `mod` on.
fn non_test_code(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if line.trim() == "#[cfg(test)]"
            && lines
                .get(i + 1)
                .is_some_and(|next| next.trim_start().starts_with("mod "))
        {
            break;
        }
        // Comments mention paths without importing them.
        if !line.trim_start().starts_with("//") {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Files included only in tests (`#[cfg(test)] mod name;`).
fn test_only_files(all: &[PathBuf]) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    for path in all {
        let text = std::fs::read_to_string(path).expect("read");
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if line.trim() != "#[cfg(test)]" {
                continue;
            }
            let Some(name) = lines
                .get(i + 1)
                .and_then(|l| l.trim().strip_prefix("mod "))
                .and_then(|l| l.strip_suffix(';'))
            else {
                continue;
            };
            let stem = path.with_extension("");
            out.insert(stem.join(format!("{name}.rs")));
            out.insert(path.parent().expect("dir").join(format!("{name}.rs")));
        }
    }
    out
}

struct Source {
    module: String,
    path: PathBuf,
    code: String,
}

fn sources() -> Vec<Source> {
    let mut all = Vec::new();
    files(&src(), &mut all);
    let test_only = test_only_files(&all);
    all.into_iter()
        .filter(|p| !test_only.contains(p))
        .filter(|p| !matches!(module_of(p).as_str(), "lib" | "main"))
        .map(|path| Source {
            module: module_of(&path),
            code: non_test_code(&std::fs::read_to_string(&path).expect("read")),
            path,
        })
        .collect()
}

/// module → modules it names through `crate::`.
fn graph(sources: &[Source]) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for source in sources {
        let entry = graph.entry(source.module.clone()).or_default();
        for (at, _) in source.code.match_indices("crate::") {
            let rest = &source.code[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() && name != source.module {
                entry.insert(name);
            }
        }
    }
    graph
}

/// Every cycle through the graph, each as a path `a → b → … → a`, found by a depth-first
/// search from each module.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<Vec<String>> {
    fn visit(
        graph: &BTreeMap<String, BTreeSet<String>>,
        start: &str,
        node: &str,
        path: &mut Vec<String>,
        found: &mut BTreeSet<Vec<String>>,
    ) {
        for next in graph.get(node).into_iter().flatten() {
            if next == start {
                let mut cycle = path.clone();
                cycle.push(start.to_string());
                found.insert(cycle);
            } else if !path.contains(next) && next.as_str() > start {
                path.push(next.clone());
                visit(graph, start, next, path, found);
                path.pop();
            }
        }
    }
    let mut found = BTreeSet::new();
    for start in graph.keys() {
        visit(graph, start, start, &mut vec![start.clone()], &mut found);
    }
    found
}

/// The problems of a graph, with the edges not yet removed taken out.
fn problems(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let mut graph = graph.clone();
    for (from, to) in NOT_YET {
        if let Some(edges) = graph.get_mut(*from) {
            edges.remove(*to);
        }
    }
    let mut problems = Vec::new();
    for (from, forbidden, why) in FORBIDDEN {
        for to in graph.get(*from).into_iter().flatten() {
            if forbidden.contains(&to.as_str()) {
                problems.push(format!("{from} imports {to}: {why}"));
            }
        }
    }
    for to in graph.get("model").into_iter().flatten() {
        problems.push(format!(
            "model imports {to}: the shared vocabulary imports nothing"
        ));
    }
    for (from, edges) in &graph {
        if from != "app" && from != "http" && edges.contains("http") {
            problems.push(format!("{from} imports http: only app wires the routes"));
        }
    }
    for cycle in cycles(&graph) {
        problems.push(format!("import cycle: {}", cycle.join(" → ")));
    }
    problems
}

#[test]
fn modules_keep_their_layers_and_import_no_cycle() {
    let sources = sources();
    let graph = graph(&sources);
    let problems = problems(&graph);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for (from, to) in NOT_YET {
        assert!(
            graph.get(*from).is_some_and(|e| e.contains(*to)),
            "{from} no longer imports {to}: take it out of NOT_YET"
        );
    }
}

#[test]
fn the_check_catches_a_reintroduced_cycle_and_a_forbidden_import() {
    let mut graph = graph(&sources());
    graph
        .entry("incident".into())
        .or_default()
        .insert("store".into());
    let found = problems(&graph);
    assert!(
        found.iter().any(|p| p == "incident imports store: the incident model takes its settings as values"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with("import cycle:")
            && p.contains("incident")
            && p.contains("store")),
        "store imports incident, so incident → store is a cycle: {found:?}"
    );
}

#[test]
fn only_store_names_sqlite_and_the_core_is_pure() {
    let mut problems = Vec::new();
    for source in sources() {
        let shown = source.path.display().to_string();
        if source.module != "store" && source.code.contains("rusqlite") {
            problems.push(format!("{shown} names rusqlite; only store may"));
        }
        if source.module != "store"
            && source
                .code
                .replace("store::postgres::", "")
                .contains("postgres::")
        {
            problems.push(format!("{shown} names the postgres client; only store may"));
        }
        // The read paths and the writer see the store only through its traits, so that
        // another backend is one new module; only start-up and the offline commands pick one.
        if !matches!(
            source.module.as_str(),
            "store" | "app" | "import" | "main" | "commands"
        ) && (source.code.contains("sqlite") || source.code.contains("postgres::"))
        {
            problems.push(format!(
                "{shown} names the SQLite backend; use store::StoreReader or store::StoreWriter"
            ));
        }
        if matches!(source.module.as_str(), "classify" | "incident") {
            for impure in [
                "SystemTime::now",
                "Instant::now",
                "std::fs",
                "std::net",
                "tokio::",
                "now_millis",
            ] {
                if source.code.contains(impure) {
                    problems.push(format!(
                        "{shown} uses {impure}: classify and incident take time as an argument and do no I/O"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
