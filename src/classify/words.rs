//! Word evidence: the second stage of the built-in catalogue, for alerts whose wording no
//! hand-written pattern knows.
//!
//! The alertname (split at camelCase, snake_case, kebab-case and digit boundaries), every
//! annotation value and the values of a few evidence-bearing labels (`reason`, `component`,
//! `sli`, `code`, `error_message`, ...) are cut into words. Each word is lower-cased, stemmed
//! (plural and `-ing`/`-ed` endings) and looked up in a lexicon that maps it to *concepts*:
//! `heap`, `rss` and `memory` are all `MEM`; `backlog`, `queued` and `pending` are queue words;
//! `exhausted`, `saturated` and `limit` are capacity words. A word after `not`/`no` changes
//! meaning (`not ready`, `not running`, `does not reply` are down words).
//!
//! Signatures are decided by [`RULES`]: each is a conjunction of concept groups ("a memory
//! word and a capacity word") with vetoes ("... but not `under` or `ecc`"), checked first
//! inside each field (the alertname, one annotation, one label) and then, for rules that allow
//! it, over the whole alert (a generic `ResourceSaturation` whose `component` label says
//! `disk_space`). Symptom rules whose words are common in passing (errors, down, latency,
//! pending work) read only the alert's subject: alertname, labels, `summary`/`title`.
//! Among the rules that hold, a root cause beats a symptom, then the stronger
//! rule, then the field closer to the alert's subject (alertname, labels, annotations, whole
//! alert), then catalogue order. Every decision names its rule, field and words, so
//! `classify --explain` shows them.
//!
//! The lexicon and rules are data written from the labelled corpus' tuning projects
//! (`tests/fixtures/corpus-public`, see `corpus.rs`); nothing is learned at run time. Pure:
//! no I/O, no clock, no state between calls. This module does not read the pattern rules;
//! `mod.rs` decides when word evidence is consulted.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::{LabelMap, SYMPTOM_SIGNATURES};

/// One concept per bit.
type Concepts = u128;

macro_rules! concepts {
    ($($name:ident),* $(,)?) => {
        concepts!(@step 0u32, $($name),*);
    };
    (@step $n:expr, $name:ident $(, $rest:ident)*) => {
        const $name: Concepts = 1 << $n;
        concepts!(@step $n + 1u32, $($rest),*);
    };
    (@step $n:expr,) => {};
}

concepts!(
    MEM,
    OOM,
    DISK,
    SPACE,
    FD,
    FILES,
    OPEN,
    CONN,
    POOL,
    POOLER,
    CERT,
    EXPIRE,
    DNS,
    DNSFAIL,
    DEADLOCK,
    RATELIMIT,
    RATE,
    LIMIT,
    HTTP429,
    REPL,
    LAG,
    BEHIND,
    DELAY,
    QUEUE,
    BACKLOG,
    PENDING,
    WORK,
    CONSUMER,
    UPSTREAM,
    TIMEOUT,
    HTTP504,
    CRASHLOOP,
    RESTART,
    DOWN,
    HOST,
    POD,
    PROBE,
    FAIL,
    ERROR,
    HTTP5XX,
    REQUEST,
    RATIO,
    LATENCY,
    SLOW,
    DURATION,
    RESPONSE,
    TIME,
    APDEX,
    PERCENTILE,
    SLO,
    BUDGET,
    SUCCESS,
    AVAILABILITY,
    HIGH,
    USAGE,
    NEAR,
    EXHAUST,
    FULL,
    LOW,
    FREE,
    OUT,
    PRESSURE,
    ALARM,
    PREDICT,
    MANY,
    LOOP,
    CPU,
    LINK,
    ABSENT,
    UNDER,
    ECC,
    IO,
    INTERNAL,
    STATE,
    FEW,
    GROW,
    UNAVAILABLE,
    NOT,
    READY,
    RUNNING,
    REPLY,
    REACHABLE,
    ENOUGH,
    REJECT,
    WAIT,
    RESOLVE,
    SIZE,
    CHURN,
    READ,
    CONSUMPTION,
    NOTNODE,
    PROC,
    THROTTLE,
    HEALTHY,
);

/// Any capacity word: how a resource warning is phrased.
const CAPACITY: Concepts = HIGH
    | USAGE
    | NEAR
    | EXHAUST
    | FULL
    | LOW
    | FREE
    | OUT
    | PRESSURE
    | ALARM
    | PREDICT
    | LIMIT
    | MANY;

/// Words and the concepts they stand for. Stems are looked up after the exact word, so most
/// plural and `-ing`/`-ed` forms need no entry of their own.
const LEXICON: &[(&str, Concepts)] = &[
    // Memory.
    ("memory", MEM),
    ("mem", MEM),
    ("ram", MEM),
    ("heap", MEM),
    ("rss", MEM),
    ("swap", MEM),
    ("swapped", MEM),
    ("maxmemory", MEM),
    ("nonheap", MEM),
    ("metaspace", MEM),
    ("oom", OOM | MEM),
    ("ooms", OOM | MEM),
    ("oomkill", OOM | MEM),
    ("oomkilled", OOM | MEM),
    ("oomkiller", OOM | MEM),
    ("oomkills", OOM | MEM),
    ("outofmemory", OOM | MEM),
    ("outofmemoryerror", OOM | MEM),
    ("outofmemoryexception", OOM | MEM),
    ("memoryerror", OOM | MEM),
    ("nomemoryerror", OOM | MEM),
    ("enomem", OOM | MEM),
    // Disk.
    ("disk", DISK),
    ("disks", DISK),
    ("diskspace", DISK | SPACE),
    ("filesystem", DISK),
    ("filesystems", DISK),
    ("fs", DISK),
    ("rootfs", DISK),
    ("volume", DISK),
    ("volumes", DISK),
    ("storage", DISK),
    ("inode", DISK),
    ("inodes", DISK),
    ("pvc", DISK),
    ("persistentvolume", DISK),
    ("tablespace", DISK),
    ("osd", DISK),
    ("osds", DISK),
    ("zpool", DISK),
    ("btrfs", DISK),
    ("hdfs", DISK),
    ("ebs", DISK),
    ("nearfull", DISK | FULL),
    ("diskpressure", DISK | PRESSURE),
    ("enospc", DISK | FULL),
    ("space", SPACE),
    ("watermark", SPACE | LIMIT),
    // File descriptors.
    ("fd", FD),
    ("fds", FD),
    ("filedescriptor", FD),
    ("filedescriptors", FD),
    ("descriptor", FD),
    ("descriptors", FD),
    ("filefd", FD),
    ("emfile", FD | EXHAUST),
    ("enfile", FD | EXHAUST),
    ("files", FILES),
    ("file", FILES),
    ("open", OPEN),
    ("openfiles", OPEN | FILES),
    // Connections and pools.
    ("connection", CONN),
    ("connections", CONN),
    ("conn", CONN),
    ("conns", CONN),
    ("session", CONN),
    ("sessions", CONN),
    ("clients", CONN),
    ("maxconn", CONN | LIMIT),
    ("maxconnections", CONN | LIMIT),
    ("pool", POOL),
    ("pools", POOL),
    ("pgbouncer", POOLER),
    ("bouncer", POOLER),
    ("pooler", POOLER),
    ("hikari", POOLER),
    ("hikaricp", POOLER),
    ("hikaripool", POOLER),
    ("pgpool", POOLER),
    ("c3p0", POOLER),
    ("jedis", POOLER),
    ("odyssey", POOLER),
    // Certificates.
    ("cert", CERT),
    ("certs", CERT),
    ("certificate", CERT),
    ("certificates", CERT),
    ("ssl", CERT),
    ("tls", CERT),
    ("x509", CERT),
    ("expire", EXPIRE),
    ("expires", EXPIRE),
    ("expiry", EXPIRE),
    ("expiring", EXPIRE),
    ("expired", EXPIRE),
    ("expiration", EXPIRE),
    ("renew", EXPIRE),
    ("renewal", EXPIRE),
    // DNS.
    ("dns", DNS),
    ("coredns", DNS),
    ("kubedns", DNS),
    ("nodelocaldns", DNS),
    ("resolver", DNS),
    // "resolution" alone is a runbook heading as often as a resolver's word; "name
    // resolution" errors are caught by the catalogue's patterns first.
    ("resolve", RESOLVE),
    ("resolving", RESOLVE),
    ("servfail", DNS | DNSFAIL),
    ("nxdomain", DNS | DNSFAIL),
    ("getaddrinfo", DNS),
    // Deadlocks.
    ("deadlock", DEADLOCK),
    ("deadlocks", DEADLOCK),
    ("deadlocked", DEADLOCK),
    // Rate limiting.
    ("ratelimit", RATELIMIT),
    ("ratelimits", RATELIMIT),
    ("ratelimited", RATELIMIT),
    ("ratelimiting", RATELIMIT),
    ("ratelimiter", RATELIMIT),
    ("throttle", THROTTLE),
    ("throttled", THROTTLE),
    ("throttling", THROTTLE),
    ("rate", RATE),
    ("limit", LIMIT),
    ("limits", LIMIT),
    ("limited", LIMIT),
    ("limiting", LIMIT),
    ("quota", LIMIT),
    ("max", LIMIT),
    ("maximum", LIMIT),
    ("capacity", LIMIT),
    // Replication.
    ("replication", REPL),
    ("replica", REPL),
    ("replicas", REPL),
    ("replicated", REPL),
    ("slave", REPL),
    ("standby", REPL),
    ("follower", REPL),
    ("secondary", REPL),
    ("oplog", REPL),
    ("replay", REPL),
    ("lag", LAG),
    ("lags", LAG),
    ("lagging", LAG),
    ("behind", BEHIND),
    ("delay", DELAY),
    ("delayed", DELAY),
    // Queues and backlogs.
    ("queue", QUEUE),
    ("queues", QUEUE),
    ("queued", QUEUE),
    ("queueing", QUEUE),
    ("queuing", QUEUE),
    ("workqueue", QUEUE),
    ("backlog", BACKLOG),
    ("backlogs", BACKLOG),
    ("pending", PENDING),
    ("outstanding", PENDING),
    ("unacked", PENDING),
    ("unack", PENDING),
    ("unacknowledged", PENDING),
    ("uncommitted", PENDING),
    ("enqueued", PENDING),
    ("undelivered", PENDING),
    ("messages", WORK),
    ("message", WORK),
    ("jobs", WORK),
    ("tasks", WORK),
    ("events", WORK),
    ("items", WORK),
    ("depth", SIZE),
    ("size", SIZE),
    ("length", SIZE),
    ("journal", QUEUE),
    ("consumer", CONSUMER),
    ("consumers", CONSUMER),
    ("consumergroup", CONSUMER),
    ("kafka", CONSUMER),
    ("topic", CONSUMER),
    ("consumption", CONSUMPTION),
    ("consuming", CONSUMPTION),
    // Upstream timeouts.
    ("upstream", UPSTREAM),
    ("upstreams", UPSTREAM),
    ("gateway", UPSTREAM),
    ("backend", UPSTREAM),
    ("origin", UPSTREAM),
    ("timeout", TIMEOUT),
    ("timed", TIMEOUT),
    ("timeouts", TIMEOUT),
    ("timedout", TIMEOUT),
    ("deadline", TIMEOUT),
    // Restarts and crashes.
    ("crashloop", CRASHLOOP),
    ("crashloopbackoff", CRASHLOOP),
    ("crashlooping", CRASHLOOP),
    ("restart", RESTART),
    ("restarts", RESTART),
    ("restarting", RESTART),
    ("restarted", RESTART),
    ("crash", RESTART),
    ("crashes", RESTART),
    ("crashing", RESTART),
    ("loop", LOOP),
    ("looping", LOOP),
    ("often", LOOP),
    ("frequent", LOOP),
    ("frequently", LOOP),
    ("repeatedly", LOOP),
    ("repeated", LOOP),
    ("times", LOOP),
    // Down.
    ("down", DOWN),
    ("unreachable", DOWN),
    ("offline", DOWN),
    ("unresponsive", DOWN),
    ("disappeared", DOWN),
    ("online", READY),
    ("balancer", HOST),
    ("flapping", LOOP),
    // Things that go down without being a node.
    ("remote", NOTNODE),
    ("pg", NOTNODE),
    ("pgs", NOTNODE),
    ("placement", NOTNODE),
    ("shard", NOTNODE),
    ("shards", NOTNODE),
    ("quorum", NOTNODE),
    ("rollout", NOTNODE),
    ("release", NOTNODE),
    ("kustomization", NOTNODE),
    ("compactor", NOTNODE),
    ("logs", NOTNODE),
    ("hints", NOTNODE),
    ("cursor", NOTNODE),
    ("cursors", NOTNODE),
    ("conntrack", NOTNODE),
    ("tracking", NOTNODE),
    ("notready", DOWN),
    ("nodenotready", DOWN | HOST),
    ("icmp", PROBE),
    ("ping", PROBE),
    ("probe", PROBE),
    ("host", HOST),
    ("hosts", HOST),
    ("node", HOST),
    ("nodes", HOST),
    ("target", HOST),
    ("targets", HOST),
    ("server", HOST),
    ("servers", HOST),
    ("exporter", HOST),
    ("endpoint", HOST),
    ("member", HOST),
    ("members", HOST),
    ("broker", HOST),
    ("agent", HOST),
    ("daemon", HOST),
    ("container", HOST),
    ("containers", HOST),
    ("process", HOST),
    ("vm", HOST),
    ("machine", HOST),
    ("worker", HOST),
    ("workers", HOST),
    ("datanode", HOST),
    ("apiserver", HOST),
    ("kubelet", HOST),
    ("pod", POD | HOST),
    ("pods", POD | HOST),
    ("postgres", HOST),
    ("postgresql", HOST),
    ("mysql", HOST),
    ("redis", HOST),
    ("mongodb", HOST),
    ("rabbitmq", HOST),
    ("elasticsearch", HOST),
    ("zookeeper", HOST),
    ("etcd", HOST),
    // Errors.
    ("error", ERROR),
    ("errors", ERROR),
    ("fail", FAIL),
    ("fails", FAIL),
    ("failed", FAIL),
    ("failing", FAIL),
    ("failure", FAIL),
    ("failures", FAIL),
    ("unsuccessful", FAIL),
    ("5xx", HTTP5XX),
    ("4xx", HTTP5XX),
    ("http5xx", HTTP5XX),
    ("http4xx", HTTP5XX),
    ("request", REQUEST),
    ("requests", REQUEST),
    ("req", REQUEST),
    ("reqs", REQUEST),
    ("http", REQUEST),
    ("grpc", REQUEST),
    ("rpc", REQUEST),
    ("api", REQUEST),
    ("query", REQUEST),
    ("queries", REQUEST),
    ("call", REQUEST),
    ("calls", REQUEST),
    ("response", RESPONSE | REQUEST),
    ("responses", RESPONSE | REQUEST),
    ("ratio", RATIO),
    ("percent", RATIO),
    ("percentage", RATIO),
    ("success", SUCCESS),
    ("availability", AVAILABILITY),
    // Latency.
    ("latency", LATENCY),
    ("latencies", LATENCY),
    ("slow", SLOW),
    ("slowness", SLOW),
    ("slower", SLOW),
    ("duration", DURATION),
    ("durations", DURATION),
    ("responsetime", LATENCY),
    ("time", TIME),
    ("apdex", APDEX),
    ("p99", PERCENTILE),
    ("p95", PERCENTILE),
    ("p90", PERCENTILE),
    ("percentile", PERCENTILE),
    ("quantile", PERCENTILE),
    ("slo", SLO),
    ("sli", SLO),
    ("objective", SLO),
    ("burn", BUDGET),
    ("burnrate", BUDGET),
    ("errorbudget", BUDGET),
    // Capacity and trend.
    ("high", HIGH),
    ("higher", HIGH),
    ("too", MANY),
    ("many", MANY),
    ("much", MANY),
    ("above", HIGH),
    ("over", HIGH),
    ("exceed", HIGH),
    ("exceeds", HIGH),
    ("exceeded", HIGH),
    ("exceeding", HIGH),
    ("elevated", HIGH),
    ("critical", HIGH),
    ("large", HIGH),
    ("huge", HIGH),
    ("spike", HIGH),
    ("surge", HIGH),
    ("increase", GROW),
    ("increasing", GROW),
    ("growing", GROW),
    ("grow", GROW),
    ("growth", GROW),
    ("usage", USAGE),
    ("used", USAGE),
    ("utilization", USAGE),
    ("utilisation", USAGE),
    ("utilized", USAGE),
    ("util", USAGE),
    ("consumed", USAGE),
    ("in", 0),
    ("near", NEAR),
    ("nearly", NEAR),
    ("almost", NEAR),
    ("approaching", NEAR),
    ("reach", NEAR),
    ("reached", NEAR),
    ("reaching", NEAR),
    ("exhaust", EXHAUST),
    ("exhausted", EXHAUST),
    ("exhaustion", EXHAUST),
    ("saturation", EXHAUST),
    ("saturated", EXHAUST),
    ("depleted", EXHAUST),
    ("starving", EXHAUST),
    ("empty", EXHAUST),
    ("allocate", EXHAUST),
    ("allocation", EXHAUST),
    // German and French words of the translated error messages (glibc, PostgreSQL).
    ("speicher", MEM),
    ("hauptspeicher", MEM),
    ("arbeitsspeicher", MEM),
    ("mémoire", MEM),
    ("aufgebraucht", EXHAUST),
    ("épuisée", EXHAUST),
    ("allouer", EXHAUST),
    ("speicherplatz", DISK | SPACE),
    ("espace", SPACE),
    ("disponible", FREE),
    ("verfügbar", FREE),
    ("kein", NOT),
    ("keine", NOT),
    ("aucun", NOT),
    ("nicht", NOT),
    ("genügend", ENOUGH),
    ("verbindungen", CONN),
    ("viele", MANY),
    ("trop", MANY),
    ("voll", FULL),
    ("fast", NEAR),
    ("plein", FULL),
    ("pleine", FULL),
    ("insuffisante", FEW),
    ("insuffisant", FEW),
    ("saturé", EXHAUST),
    ("dateien", FILES),
    ("fichiers", FILES),
    ("offene", OPEN),
    ("ouverts", OPEN),
    ("full", FULL),
    ("fill", FULL),
    ("fills", FULL),
    ("filling", FULL),
    ("low", LOW),
    ("lack", LOW),
    ("free", FREE),
    ("available", FREE),
    ("remaining", FREE),
    ("left", FREE),
    ("out", OUT),
    ("pressure", PRESSURE),
    ("alarm", ALARM),
    ("predicted", PREDICT),
    ("predict", PREDICT),
    ("will", PREDICT),
    ("forecast", PREDICT),
    ("reject", REJECT),
    ("rejected", REJECT),
    ("rejecting", REJECT),
    ("refused", REJECT),
    ("waiting", WAIT),
    ("wait", WAIT),
    ("stuck", WAIT),
    ("old", WAIT),
    ("oldest", WAIT),
    ("age", WAIT),
    ("backing", GROW),
    ("processing", PROC),
    ("execution", PROC),
    // Look-alikes.
    ("cpu", CPU),
    ("cpus", CPU),
    ("load", CPU),
    ("bgp", LINK),
    ("peer", LINK),
    ("peers", LINK),
    ("neighbor", LINK),
    ("tunnel", LINK),
    ("vpn", LINK),
    ("ipsec", LINK),
    ("interface", LINK),
    ("link", LINK),
    ("bond", LINK),
    ("wireguard", LINK),
    ("absent", ABSENT),
    ("under", UNDER),
    ("underutilized", UNDER),
    ("underutilised", UNDER),
    ("unused", UNDER),
    ("idle", UNDER),
    ("overcommit", UNDER),
    ("overcommitted", UNDER),
    ("fragmentation", UNDER),
    ("fragmented", UNDER),
    ("ecc", ECC),
    ("edac", ECC),
    ("correctable", ECC),
    ("uncorrectable", ECC),
    ("corrupted", ECC),
    ("io", IO),
    ("ioexception", 0),
    ("iops", IO),
    ("fsync", IO),
    ("wal", IO),
    ("busy", IO),
    ("compaction", INTERNAL),
    ("scrape", INTERNAL),
    ("scraping", INTERNAL),
    ("evaluation", INTERNAL),
    ("evaluations", INTERNAL),
    ("gc", INTERNAL),
    ("reconciliation", INTERNAL),
    ("checkpoint", INTERNAL),
    ("backup", INTERNAL),
    ("alerts", INTERNAL),
    ("notifications", INTERNAL),
    ("list", INTERNAL),
    ("watch", INTERNAL),
    ("push", INTERNAL),
    ("pushes", INTERNAL),
    ("sync", INTERNAL),
    ("commit", INTERNAL),
    ("commits", INTERNAL),
    ("completion", INTERNAL),
    ("leader", INTERNAL),
    ("election", INTERNAL),
    ("ruler", INTERNAL),
    ("rule", INTERNAL),
    ("rules", INTERNAL),
    ("internet", INTERNAL),
    ("speedtest", INTERNAL),
    ("snapshot", INTERNAL),
    ("collection", INTERNAL),
    ("state", STATE),
    ("normal", HEALTHY),
    ("nominal", HEALTHY),
    ("few", FEW),
    ("insufficient", FEW),
    ("unavailable", UNAVAILABLE),
    ("churn", CHURN),
    ("read", READ),
    // Words whose meaning turns after `not`/`no`.
    ("not", NOT),
    ("no", NOT),
    ("zero", NOT),
    ("without", NOT),
    ("ready", READY),
    ("running", RUNNING),
    ("reply", REPLY),
    ("replies", REPLY),
    ("respond", REPLY),
    ("responding", REPLY),
    ("reachable", REACHABLE),
    ("enough", ENOUGH),
];

/// How a rule is checked.
struct Rule {
    name: &'static str,
    signature: &'static str,
    /// Each mask needs at least one of its concepts.
    all: &'static [Concepts],
    /// A mask whose concepts are all present vetoes the rule (checked in the same field):
    /// `NOT | FREE` vetoes "not available" only.
    none: &'static [Concepts],
    /// Concepts that veto the rule when they appear anywhere in the alert.
    never: Concepts,
    /// Strong rules name the signature on their own (one decisive word).
    strong: bool,
    /// Whether the concepts may come from different fields.
    cross: bool,
    /// Whether they may come from different *subject* fields only (alertname, labels, summary).
    cross_subject: bool,
    /// Only the alert's subject counts: the alertname, labels, and the `summary` or `title`
    /// annotation. Descriptions mention errors and hosts in passing too often for these rules.
    subject: bool,
}

const fn rule(
    name: &'static str,
    signature: &'static str,
    all: &'static [Concepts],
    none: &'static [Concepts],
) -> Rule {
    Rule {
        name,
        signature,
        all,
        none,
        never: 0,
        strong: false,
        cross: false,
        cross_subject: false,
        subject: false,
    }
}

impl Rule {
    const fn strong(mut self) -> Rule {
        self.strong = true;
        self
    }
    const fn cross(mut self) -> Rule {
        self.cross = true;
        self
    }
    const fn cross_subject(mut self) -> Rule {
        self.cross_subject = true;
        self
    }
    const fn subject(mut self) -> Rule {
        self.subject = true;
        self
    }
    const fn never(mut self, never: Concepts) -> Rule {
        self.never = never;
        self
    }
}

/// Concepts that make a latency word about disks or internal housekeeping, not requests.
const NOT_REQUEST_TIME: Concepts = DISK | IO | INTERNAL;

/// The rules, root causes first, in catalogue order within each group.
const RULES: &[Rule] = &[
    rule(
        "fd-usage",
        "fd_exhaustion",
        &[FD, CAPACITY | EXHAUST],
        &[HEALTHY],
    )
    .cross(),
    rule(
        "open-files",
        "fd_exhaustion",
        &[OPEN, FILES, MANY | LIMIT | HIGH | USAGE | NEAR | EXHAUST],
        &[],
    ),
    rule(
        "certificate-expiry",
        "certificate_expiry",
        &[CERT, EXPIRE],
        &[],
    )
    .never(ABSENT)
    .cross(),
    // Slow answers are latency, not a failure to resolve: the vetoes hold in the same field,
    // so a resolver error quoted in a latency alert still counts.
    rule(
        "dns-rcode",
        "dns_failure",
        &[DNSFAIL],
        &[LATENCY, SLOW, DURATION],
    )
    .strong(),
    rule(
        "dns-failure",
        "dns_failure",
        &[DNS | RESOLVE, FAIL | ERROR | DOWN | TIMEOUT | UNAVAILABLE],
        &[LATENCY, SLOW, DURATION, PERCENTILE],
    ),
    rule(
        "disk-capacity",
        "disk_full",
        &[
            DISK,
            FULL | NEAR
                | EXHAUST
                | OUT
                | PRESSURE
                | ALARM
                | PREDICT
                | SPACE
                | FREE
                | LOW
                | USAGE
                | LIMIT,
        ],
        &[
            UNDER, IO, ERROR, FAIL, LATENCY, BACKLOG, READ, DOWN, HEALTHY,
        ],
    )
    .cross_subject(),
    // A pool that fills up without a connection word is a storage pool (Ceph, ZFS, LVM).
    rule(
        "storage-pool",
        "disk_full",
        &[POOL, FULL | NEAR | PREDICT],
        &[CONN, POOLER, HOST, PROC],
    ),
    rule(
        "space-left",
        "disk_full",
        &[
            SPACE,
            LOW | FREE | FULL | OUT | NEAR | EXHAUST | USAGE | PREDICT,
        ],
        &[MEM],
    ),
    rule("out-of-memory", "out_of_memory", &[OOM], &[])
        .strong()
        .cross(),
    rule(
        "memory-capacity",
        "out_of_memory",
        &[MEM, CAPACITY | EXHAUST | FEW],
        &[UNDER, ECC, LOW | USAGE, DISK, HEALTHY, NOTNODE],
    )
    .never(ECC | UNDER)
    .cross(),
    rule("deadlock", "deadlock", &[DEADLOCK], &[])
        .strong()
        .cross(),
    rule(
        "pooler-saturation",
        "connection_pool_exhaustion",
        &[
            POOLER,
            EXHAUST | HIGH | WAIT | MANY | LIMIT | NEAR | USAGE | FULL,
        ],
        &[],
    )
    .cross(),
    rule(
        "pool-exhausted",
        "connection_pool_exhaustion",
        &[POOL, CONN, EXHAUST | FULL | WAIT | TIMEOUT | LIMIT | NEAR],
        &[DISK, HEALTHY],
    )
    .never(DISK),
    rule(
        "connection-limit",
        "connection_pool_exhaustion",
        &[
            CONN,
            LIMIT | NEAR | EXHAUST | FULL | REJECT | WAIT | USAGE | MANY | OUT,
        ],
        &[
            FEW,
            NOT | ENOUGH,
            ERROR,
            FAIL,
            CHURN,
            LOW,
            TIMEOUT,
            DOWN,
            NOTNODE,
            HEALTHY,
        ],
    )
    .cross(),
    rule(
        "rate-limited",
        "rate_limited",
        &[RATELIMIT],
        &[NOT | FREE, UNAVAILABLE, CPU],
    )
    .never(CPU),
    rule(
        "throttled-requests",
        "rate_limited",
        &[THROTTLE, REQUEST],
        &[CPU, INTERNAL],
    )
    .never(CPU),
    rule(
        "rate-limit",
        "rate_limited",
        &[RATE, LIMIT],
        &[
            ERROR,
            LATENCY,
            MEM,
            DISK,
            CONN,
            NOT | FREE,
            UNAVAILABLE,
            CPU,
            FAIL,
            FULL,
            POOL,
        ],
    ),
    rule("http-429", "rate_limited", &[HTTP429], &[])
        .strong()
        .cross(),
    rule(
        "replication-lag",
        "replication_lag",
        &[REPL, LAG | BEHIND | DELAY],
        &[CONSUMER],
    )
    .cross(),
    rule(
        "upstream-timeout",
        "upstream_timeout",
        &[UPSTREAM, TIMEOUT],
        &[],
    )
    .cross(),
    rule(
        "upstream-connect",
        "upstream_timeout",
        &[UPSTREAM, CONN, ERROR | FAIL | REJECT],
        &[],
    )
    .subject(),
    rule("http-504", "upstream_timeout", &[HTTP504], &[])
        .strong()
        .cross(),
    // Symptoms.
    rule("crash-loop", "crash_loop", &[CRASHLOOP], &[])
        .strong()
        .cross(),
    rule(
        "restart-loop",
        "crash_loop",
        &[RESTART, MANY | LOOP | GROW],
        &[],
    )
    // In prose, "crashes" and "increased" meet by accident (an impact list of a CPU alert).
    .subject(),
    rule(
        "down",
        "node_down",
        &[DOWN | UNAVAILABLE, HOST | POD],
        &[LINK, NOTNODE, LOOP, REPL, REQUEST, DISK],
    )
    .never(ABSENT | LINK)
    .subject(),
    rule(
        "probe-failed",
        "node_down",
        &[PROBE, FAIL | DOWN | UNAVAILABLE],
        &[LATENCY, SLOW],
    )
    .never(ABSENT),
    rule(
        "queue-size",
        "queue_backlog",
        &[
            QUEUE | BACKLOG,
            SIZE | FULL | GROW | LAG | BEHIND | WAIT | NEAR | EXHAUST | USAGE | LIMIT | HIGH,
        ],
        &[DISK, LATENCY, CPU, CONSUMER | NOT, INTERNAL],
    )
    .cross(),
    rule(
        "queue-messages",
        "queue_backlog",
        &[QUEUE, WORK, MANY | HIGH | READY | PENDING],
        &[DISK, LATENCY, CPU],
    )
    .subject(),
    rule(
        "ready-messages",
        "queue_backlog",
        &[WORK, READY, HIGH | MANY | GROW | QUEUE],
        &[],
    ),
    rule("old-work", "queue_backlog", &[WORK, WAIT], &[POD, HOST]).subject(),
    rule("backlog", "queue_backlog", &[BACKLOG], &[DISK]).never(DISK),
    rule(
        "pending-work",
        "queue_backlog",
        &[PENDING, WORK | REQUEST | HIGH | MANY | GROW | QUEUE],
        &[POD, DISK],
    )
    .subject(),
    rule(
        "consumer-lag",
        "queue_backlog",
        &[LAG | BEHIND, CONSUMER | CONSUMPTION | HIGH | MANY | GROW],
        &[REPL],
    )
    .never(REPL),
    rule(
        "slow-consumption",
        "queue_backlog",
        &[CONSUMPTION, BEHIND | SLOW | LAG],
        &[],
    ),
    rule("http-5xx", "high_error_rate", &[HTTP5XX], &[])
        .strong()
        .cross(),
    rule("error-budget", "high_error_rate", &[BUDGET], &[])
        .never(LATENCY | SLOW | APDEX | PERCENTILE),
    rule(
        "request-errors",
        "high_error_rate",
        &[ERROR | FAIL | UNAVAILABLE, REQUEST | RATIO | RATE],
        &[INTERNAL, DISK, LINK, UNDER, CPU, NOTNODE, WORK],
    )
    .subject(),
    rule(
        "slo-errors",
        "high_error_rate",
        &[
            SLO | BUDGET,
            ERROR | FAIL | RATIO | SUCCESS | AVAILABILITY | LOW,
        ],
        &[],
    )
    .never(LATENCY | SLOW | APDEX | PERCENTILE)
    .cross(),
    rule(
        "success-rate",
        "high_error_rate",
        &[SUCCESS, RATE | RATIO | SLO | LOW | BUDGET],
        &[],
    )
    .subject(),
    rule(
        "latency",
        "high_latency",
        &[LATENCY | SLOW | APDEX],
        &[DISK, IO, INTERNAL, LINK],
    )
    .never(NOT_REQUEST_TIME)
    .subject(),
    rule(
        "percentile",
        "high_latency",
        &[PERCENTILE, HIGH | REQUEST | TIME | RESPONSE | SLO],
        &[DISK, IO, INTERNAL],
    ),
    rule(
        "response-time",
        "high_latency",
        &[RESPONSE | REQUEST | PROC, TIME | DURATION],
        &[DISK, INTERNAL],
    )
    // In prose, "time" and "processing" meet by accident ("most of its time processing").
    .subject(),
    rule(
        "slo-latency",
        "high_latency",
        &[SLO | BUDGET, LATENCY | SLOW | APDEX | PERCENTILE],
        &[],
    )
    .cross(),
];

/// Labels whose values describe what went wrong (rather than naming where).
const EVIDENCE_LABELS: &[&str] = &[
    "reason",
    "condition",
    "component",
    "resource",
    "sli",
    "slo",
    "slo_name",
    "sloth_slo",
    "indicator",
    "metric",
    "metric_name",
    "type",
    "kind",
    "category",
    "class",
    "error",
    "error_message",
    "error.message",
    "errormessage",
    "exception",
    "message",
    "event",
    "cause",
    "problem",
    "check",
    "signal",
    "chart",
];

/// Labels whose value is an HTTP status code.
const CODE_LABELS: &[&str] = &[
    "code",
    "status",
    "status_code",
    "response_code",
    "http_status",
    "http_code",
];

/// Where a rule held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct WordMatch {
    pub signature: &'static str,
    pub rule: &'static str,
    /// `label:alertname`, `label:NAME`, `annotation:NAME` or `alert` (several fields).
    pub field: String,
    /// The words that carried the rule's concepts, comma-separated.
    pub words: String,
}

/// The compiled lexicon.
pub(super) struct Words {
    lexicon: HashMap<&'static str, Concepts, BuildHasherDefault<FxHasher>>,
}

/// Field kinds in the order they are preferred as evidence.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Alertname,
    Label,
    /// The `summary` or `title` annotation.
    Subject,
    Annotation,
    Alert,
}

struct Field<'a> {
    kind: Kind,
    name: &'a str,
    text: &'a str,
    concepts: Concepts,
}

pub(super) fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| Words {
        lexicon: LEXICON.iter().copied().collect(),
    })
}

/// Bytes of each annotation the word stage reads.
const WORD_WINDOW: usize = 400;

impl Words {
    /// The best word evidence in an alert, among signatures `allowed` accepts.
    pub(super) fn classify(
        &self,
        labels: &LabelMap,
        annotations: &LabelMap,
        allowed: &dyn Fn(&str) -> bool,
    ) -> Option<WordMatch> {
        let mut fields: Vec<Field> = Vec::with_capacity(annotations.len() + 2);
        if let Some(name) = labels.get("alertname") {
            fields.push(self.field(Kind::Alertname, "alertname", name));
        }
        for (name, value) in labels {
            if EVIDENCE_LABELS.contains(&name.as_str()) {
                fields.push(self.field(Kind::Label, name, value));
            } else if CODE_LABELS.contains(&name.as_str()) {
                let concepts = status_code(value);
                if concepts != 0 {
                    fields.push(Field {
                        kind: Kind::Label,
                        name,
                        text: value,
                        concepts,
                    });
                }
            }
        }
        for (name, value) in annotations {
            // Only the head of a long annotation speaks for the alert: past it, runbooks and
            // templates ("Resolution", "timeouts or crashes") pair words by accident. The
            // catalogue's patterns still read the whole text.
            let value = crate::model::truncate_str(value, WORD_WINDOW);
            // Links (runbook_url, dashboards) repeat the alertname and add nothing.
            if !value.starts_with("http") {
                let kind = if matches!(name.as_str(), "summary" | "title") {
                    Kind::Subject
                } else {
                    Kind::Annotation
                };
                fields.push(self.field(kind, name, value));
            }
        }
        let everything = fields.iter().fold(0, |acc, f| acc | f.concepts);
        let subject = fields
            .iter()
            .filter(|f| f.kind != Kind::Annotation)
            .fold(0, |acc, f| acc | f.concepts);

        // (is a cause, is strong, field kind (lower is better), rule index)
        let mut best: Option<(bool, bool, Kind, usize, usize)> = None;
        for (index, rule) in RULES.iter().enumerate() {
            if rule.never & everything != 0 || !allowed(rule.signature) {
                continue;
            }
            let holds_in = |concepts: Concepts| {
                rule.all.iter().all(|mask| concepts & mask != 0)
                    && !rule.none.iter().any(|mask| concepts & mask == *mask)
            };
            let found = fields
                .iter()
                .position(|f| holds_in(f.concepts) && !(rule.subject && f.kind == Kind::Annotation))
                .map(|at| (fields[at].kind, at))
                .or_else(|| {
                    (rule.cross && holds_in(everything)).then_some((Kind::Alert, usize::MAX))
                })
                .or_else(|| {
                    (rule.cross_subject && holds_in(subject)).then_some((Kind::Alert, usize::MAX))
                });
            let Some((kind, at)) = found else { continue };
            let cause = !SYMPTOM_SIGNATURES.contains(&rule.signature);
            let candidate = (cause, rule.strong, kind, index, at);
            let better = match &best {
                None => true,
                Some(b) => {
                    (
                        cause,
                        rule.strong,
                        std::cmp::Reverse(kind),
                        std::cmp::Reverse(index),
                    ) > (b.0, b.1, std::cmp::Reverse(b.2), std::cmp::Reverse(b.3))
                }
            };
            if better {
                best = Some(candidate);
            }
        }
        let (_, _, kind, index, at) = best?;
        let rule = &RULES[index];
        let wanted: Concepts = rule.all.iter().fold(0, |acc, m| acc | m);
        let (field, words) = if kind == Kind::Alert {
            let words: Vec<String> = fields
                .iter()
                .filter(|f| rule.cross || f.kind != Kind::Annotation)
                .flat_map(|f| self.words_for(f.text, wanted))
                .collect();
            ("alert".to_string(), dedup_join(words))
        } else {
            let f = &fields[at];
            let mut words = if f.kind == Kind::Label && CODE_LABELS.contains(&f.name) {
                vec![f.text.to_string()]
            } else {
                self.words_for(f.text, wanted)
            };
            if matches!(f.kind, Kind::Alertname | Kind::Subject) {
                for (symbol, concept) in [('>', HIGH), ('%', USAGE)] {
                    if wanted & concept != 0 && f.text.contains(symbol) {
                        words.push(symbol.to_string());
                    }
                }
            }
            let prefix = if matches!(f.kind, Kind::Annotation | Kind::Subject) {
                "annotation"
            } else {
                "label"
            };
            (format!("{prefix}:{}", f.name), dedup_join(words))
        };
        Some(WordMatch {
            signature: rule.signature,
            rule: rule.name,
            field,
            words,
        })
    }

    fn field<'a>(&self, kind: Kind, name: &'a str, text: &'a str) -> Field<'a> {
        let mut concepts = 0;
        self.scan(text, |_, c| concepts |= c);
        // A short Grafana-style title such as "Memory > 90%" states its threshold in symbols.
        if matches!(kind, Kind::Alertname | Kind::Subject) {
            if text.contains('%') {
                concepts |= USAGE;
            }
            if text.contains('>') {
                concepts |= HIGH;
            }
        }
        Field {
            kind,
            name,
            text,
            concepts,
        }
    }

    /// The words of `text` that stand for one of `wanted`, as written.
    fn words_for(&self, text: &str, wanted: Concepts) -> Vec<String> {
        let mut out = Vec::new();
        self.scan(text, |word, c| {
            if c & wanted != 0 {
                out.push(word.to_string());
            }
        });
        out
    }

    /// Calls `hit(word, concepts)` for every word of `text` the lexicon knows, with the meaning
    /// it has in place (a word after `not`/`no` is read as its negation).
    fn scan<'t>(&self, text: &'t str, mut hit: impl FnMut(&'t str, Concepts)) {
        let mut negated = false;
        for run in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|r| !r.is_empty() && r.len() <= 48)
        {
            // The whole run first: `CrashLoopBackOff`, `OOMKilled`, `5xx`, `p99`.
            let lower = lowercase(run);
            if let Some(&c) = self.lexicon.get(lower.as_str()) {
                if c != 0 {
                    negated = self.emit(run, c, negated, &mut hit);
                }
                continue;
            }
            for piece in camel_pieces(run) {
                let lower = lowercase(piece);
                if let Some(c) = self.lookup(&lower) {
                    negated = self.emit(piece, c, negated, &mut hit);
                } else {
                    negated = false;
                }
            }
        }
    }

    /// Reports one word; returns whether the next word is negated.
    fn emit<'t>(
        &self,
        word: &'t str,
        concepts: Concepts,
        negated: bool,
        hit: &mut impl FnMut(&'t str, Concepts),
    ) -> bool {
        if concepts == NOT {
            hit(word, NOT);
            return true;
        }
        let concepts = if negated {
            match concepts {
                c if c & (READY | RUNNING | REPLY | REACHABLE) != 0 => DOWN,
                c if c & FREE != 0 => UNAVAILABLE | NOT | FREE,
                c if c & ENOUGH != 0 => FEW | NOT | ENOUGH,
                // "no OOM kills", "no deadlocks", "zero 5xx": a decisive word negated says the
                // opposite.
                c if c & (OOM | DEADLOCK | CRASHLOOP | DNSFAIL | HTTP5XX) != 0 => 0,
                c => c,
            }
        } else {
            concepts
        };
        hit(word, concepts);
        // "no node online": the negation reaches past the thing negated.
        negated && concepts == HOST
    }

    /// The concepts of a lower-case word, trying its stems when the word itself is unknown.
    fn lookup(&self, word: &str) -> Option<Concepts> {
        if let Some(&c) = self.lexicon.get(word) {
            return Some(c);
        }
        let stems = [
            word.strip_suffix("ies").map(|s| format!("{s}y")),
            word.strip_suffix('s')
                .filter(|s| s.len() >= 3 && !s.ends_with('s'))
                .map(str::to_string),
            word.strip_suffix("ing")
                .filter(|s| s.len() >= 3)
                .map(str::to_string),
            word.strip_suffix("ed")
                .filter(|s| s.len() >= 3)
                .map(str::to_string),
            word.strip_suffix('d')
                .filter(|s| s.len() >= 3)
                .map(str::to_string),
        ];
        stems
            .into_iter()
            .flatten()
            .find_map(|stem| self.lexicon.get(stem.as_str()).copied())
    }
}

/// The concepts of an HTTP status code label value: `504` is an upstream timeout, `429` rate
/// limiting, other 5xx/4xx codes errors.
fn status_code(value: &str) -> Concepts {
    match value {
        "504" => HTTP504,
        "429" => HTTP429,
        v if v.len() == 3
            && (v.starts_with('5') || v.starts_with('4'))
            && v.bytes().all(|b| b.is_ascii_digit() || b == b'x') =>
        {
            HTTP5XX
        }
        _ => 0,
    }
}

fn lowercase(s: &str) -> String {
    if s.bytes().all(|b| !b.is_ascii_uppercase()) && s.is_ascii() {
        s.to_string()
    } else {
        s.to_lowercase()
    }
}

/// Splits an identifier at camelCase and letter-to-digit boundaries: `KafkaLagIsTooHigh` →
/// `Kafka Lag Is Too High`, `HTTPServer5xx` → `HTTP Server 5xx`.
fn camel_pieces(run: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = run.char_indices().collect();
    let mut pieces = Vec::new();
    let mut start = 0;
    for i in 1..chars.len() {
        let (at, c) = chars[i];
        let prev = chars[i - 1].1;
        let next_lower = chars.get(i + 1).is_some_and(|(_, n)| n.is_lowercase());
        let boundary = (prev.is_lowercase() && c.is_uppercase())
            || (prev.is_uppercase() && c.is_uppercase() && next_lower)
            || (prev.is_alphabetic()
                && c.is_ascii_digit()
                && !run[start..at].eq_ignore_ascii_case("p"));
        if boundary {
            pieces.push(&run[start..at]);
            start = at;
        }
    }
    pieces.push(&run[start..]);
    pieces
}

fn dedup_join(words: Vec<String>) -> String {
    let mut seen: Vec<String> = Vec::new();
    for w in words {
        if !seen.iter().any(|s| s.eq_ignore_ascii_case(&w)) {
            seen.push(w);
        }
    }
    seen.join(", ")
}

/// A small, fast hasher for short string keys (the lexicon is fixed, so hash flooding does not
/// apply); the same multiply-rotate scheme as rustc's FxHasher.
#[derive(Default)]
struct FxHasher {
    hash: u64,
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().expect("chunks of eight"));
            self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.hash = (self.hash.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::map;
    use super::*;

    /// Classifies `(labels, annotations)` by words alone and compares `(signature, rule)`.
    fn check(
        labels: &[(&str, &str)],
        annotations: &[(&str, &str)],
        expected: Option<(&str, &str)>,
    ) {
        let got = words().classify(&map(labels), &map(annotations), &|_| true);
        assert_eq!(
            got.as_ref().map(|m| (m.signature, m.rule)),
            expected,
            "labels {labels:?} annotations {annotations:?}: {got:?}"
        );
    }

    #[test]
    fn camel_case_and_digits_split() {
        assert_eq!(
            camel_pieces("KafkaLagIsTooHigh"),
            ["Kafka", "Lag", "Is", "Too", "High"]
        );
        assert_eq!(camel_pieces("HTTPServer5xx"), ["HTTP", "Server", "5xx"]);
        assert_eq!(camel_pieces("p99"), ["p99"]);
    }

    #[test]
    fn families_of_the_issue() {
        check(
            &[("alertname", "KafkaLagIsTooHigh")],
            &[],
            Some(("queue_backlog", "consumer-lag")),
        );
        check(
            &[("alertname", "PGBouncerHighSaturationCritical")],
            &[],
            Some(("connection_pool_exhaustion", "pooler-saturation")),
        );
        check(
            &[
                ("alertname", "ResourceSaturation"),
                ("component", "disk_space"),
            ],
            &[],
            Some(("disk_full", "disk-capacity")),
        );
        check(
            &[("alertname", "HTTPErrors"), ("code", "504")],
            &[],
            Some(("upstream_timeout", "http-504")),
        );
        check(
            &[("alertname", "NodeNotReady")],
            &[],
            Some(("node_down", "down")),
        );
        check(
            &[("alertname", "HostUnreachable")],
            &[("description", "db-7 does not reply to ICMP")],
            Some(("node_down", "down")),
        );
        check(
            &[("alertname", "PingFailed")],
            &[("description", "Host router-2 does not reply to ICMP")],
            Some(("node_down", "probe-failed")),
        );
        check(
            &[("alertname", "SLOViolation"), ("sli", "apdex")],
            &[],
            Some(("high_latency", "latency")),
        );
    }

    #[test]
    fn look_alikes_stay_out() {
        check(
            &[("alertname", "BGPSessionDown")],
            &[("description", "BGP session to 192.0.2.1 is down")],
            None,
        );
        check(&[("alertname", "NodeExporterAbsent")], &[], None);
        check(
            &[("alertname", "Gateway")],
            &[("description", "Redis is not available for rate limiting")],
            None,
        );
        check(&[("alertname", "CPUThrottlingHigh")], &[], None);
        check(&[("alertname", "ContainerLowMemoryUsage")], &[], None);
    }

    #[test]
    fn cause_beats_symptom_and_evidence_names_words() {
        let got = words()
            .classify(
                &map(&[("alertname", "HighErrorRate")]),
                &map(&[("description", "The connection pool has been exhausted")]),
                &|_| true,
            )
            .expect("a match");
        assert_eq!(got.signature, "connection_pool_exhaustion");
        assert_eq!(got.field, "annotation:description");
        assert_eq!(got.words, "connection, pool, exhausted");
    }
}
