//! The word stage's rules: which concepts, found together in one field (or across the
//! alert), name a signature, and which concepts veto it. Data only; `mod.rs` applies them.

use super::lexicon::*;

/// How a rule is checked.
pub(super) struct Rule {
    pub(super) name: &'static str,
    pub(super) signature: &'static str,
    /// Each mask needs at least one of its concepts.
    pub(super) all: &'static [Concepts],
    /// A mask whose concepts are all present vetoes the rule (checked in the same field):
    /// `NOT | FREE` vetoes "not available" only.
    pub(super) none: &'static [Concepts],
    /// Concepts that veto the rule when they appear anywhere in the alert.
    pub(super) never: Concepts,
    /// Masks that veto the rule when all their concepts are in the alert's subject (alertname,
    /// labels, summary): what the alert is about outranks what its detail mentions.
    pub(super) not_about: &'static [Concepts],
    /// Strong rules name the signature on their own (one decisive word).
    pub(super) strong: bool,
    /// Whether the concepts may come from different fields.
    pub(super) cross: bool,
    /// Whether they may come from different *subject* fields only (alertname, labels, summary).
    pub(super) cross_subject: bool,
    /// Only the alert's subject counts: the alertname, labels, and the `summary` or `title`
    /// annotation. Descriptions mention errors and hosts in passing too often for these rules.
    pub(super) subject: bool,
    /// Only the alertname counts: a rule so short that anywhere else it would be a guess.
    pub(super) name_only: bool,
    /// A check named after what it watches ("check-ram", Checkmk's "Filesystem /var"), with no
    /// text to say more: the rule's resource is the only thing its alertname or evidence label
    /// names besides [`ALONE_NEUTRAL`] words, and no annotation names anything else.
    pub(super) alone: bool,
    /// A symptom that decides like a cause (POLICY.md rule 11): a client's line saying that its
    /// peer is not there names what is down, so it outranks the error ratio or the latency of
    /// the alert that quotes it.
    pub(super) decides: bool,
    /// An alertname's match stands only if its summary, holding the same words, is not vetoed:
    /// the summary spells out what the alertname abbreviates ("FFmpegHighFailureRate" under
    /// "Elevated job failure rate").
    pub(super) spelled_out: bool,
}

/// Words a check's name may carry besides its resource: where it runs and how bad it is.
pub(super) const ALONE_NEUTRAL: Concepts =
    HOST | SERVICE | PROBE | POD | HIGH | USAGE | THRESHOLD | QUOTED;

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
        not_about: &[],
        strong: false,
        cross: false,
        cross_subject: false,
        subject: false,
        name_only: false,
        alone: false,
        decides: false,
        spelled_out: false,
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
    const fn name_only(mut self) -> Rule {
        self.name_only = true;
        self
    }
    const fn alone(mut self) -> Rule {
        self.alone = true;
        self
    }
    const fn spelled_out(mut self) -> Rule {
        self.spelled_out = true;
        self
    }
    const fn decides(mut self) -> Rule {
        self.decides = true;
        self
    }
    const fn not_about(mut self, masks: &'static [Concepts]) -> Rule {
        self.not_about = masks;
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
pub(super) const RULES: &[Rule] = &[
    // "LimitNOFILE changed from 1024 to 65535": a limit set, not file descriptors run out
    // (POLICY.md rule 9). uWSGI's "listen queue of socket \":8000\" (fd: 3) full": a socket's
    // descriptor number next to its queue being full is the queue's (POLICY.md rule 16).
    rule(
        "fd-usage",
        "fd_exhaustion",
        &[FD, CAPACITY | EXHAUST],
        &[HEALTHY, CONFIG, QUEUE],
    )
    .cross(),
    rule(
        "open-files",
        "fd_exhaustion",
        &[OPEN, FILES, MANY | LIMIT | HIGH | USAGE | NEAR | EXHAUST],
        &[],
    )
    .cross_subject(),
    // "The cert shop-tls is not ready ... if the cert is being renewed": a certificate resource
    // not ready is readiness, not expiry.
    rule(
        "certificate-expiry",
        "certificate_expiry",
        &[CERT, EXPIRE],
        // An OCSP status response that expired ("Die Gültigkeit der Status-Antwort des
        // Zertifikats ist abgelaufen") is the responder's answer, not the certificate.
        // A renewal that succeeded ("Certificate renewed successfully") leaves nothing to expire.
        &[DOWN | NOT, RESPONSE, SUCCESS],
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
        &[
            DNS | RESOLVE,
            // "DNS - DNS entry not found for the test URL" (Datadog's synthetics).
            FAIL | ERROR | CLASSERR | DOWN | TIMEOUT | UNAVAILABLE | NOTFOUND,
        ],
        // "devices are predicted to fail, unable to resolve": a problem not fixed, not a name.
        // A DNS server that is down or does not answer is a host down (POLICY.md rule 7), and
        // a name that resolved to addresses that refused the connection ("Failed to connect to
        // any host resolved for DNS name ... Connection refused") is a peer not there.
        &[
            LATENCY,
            SLOW,
            DURATION,
            PERCENTILE,
            PREDICT,
            HOST | DOWN,
            HOST | NOREPLY,
            REFUSED,
            GONE,
            // git's "无法解析 HEAD", "impossible de résoudre la révision": a ref, not a name.
            REVISION,
        ],
    )
    // "DNS server 10.0.0.53 is down" above a probe's "dns_query result=timeout": the server's
    // liveness, whatever its queries say (POLICY.md rule 7).
    .never(GONE)
    .not_about(&[DNS | HOST | DOWN, DNS | HOST | NOREPLY]),
    // A name looked up and not found: "Host db.internal not found", "Unbekannter Rechner %1",
    // "auth.example.net konnte nicht gefunden werden", "Domain existiert nicht". A file that
    // was not found names nothing a resolver looks up, a route to a host that was not found
    // ("找不到通往該主機的路由") is an unreachable host, and a slow answer is latency.
    rule(
        "name-not-found",
        "dns_failure",
        &[NXNAME],
        // Nor is a route to a host that was not found ("Не знайдено шлях до вузла") or a
        // certificate's issuer that is unknown ("署名している認証局が未知です").
        &[FILES, REACHABLE, LATENCY, SLOW, DURATION, GONE, CERT],
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
        // A quota is an allowance, not a disk; remote or object storage is not a local disk.
        // Requests to a storage service ("too few successful requests") are traffic, not space.
        &[
            UNDER, IO, ERROR, FAIL, LATENCY, BACKLOG, READ, DOWN, HEALTHY, QUOTA, REMOTE, REQUEST,
            // "available datastore paths less than registered": paths to storage, not space.
            LINK,
            // "Свободное место восстановлено: 23%": space back above its threshold
            // (POLICY.md rule 15).
            RECOVERED, READOUT,
        ],
    )
    // "Closed: Store usage is close to the limit" with "State: closed by Instana": a notice
    // that the issue is over, whichever field says so (POLICY.md rule 14). "reported no data in
    // the last 5m" (Kibana): the measure is missing (POLICY.md rule 5).
    .never(RECOVERED | ABSENT)
    .cross_subject(),
    // A storage quota refuses writes when it is reached, as a full disk does (POLICY.md rule 7:
    // file-system, pool or bucket quotas); a namespace's `ResourceQuota` names no storage, and
    // memory or CPU quotas are allowances, and so is a *count* of volumes nearly used up
    // (it says "exhausted", where bytes are "full", "used" or "exceeded").
    rule(
        "storage-quota",
        "disk_full",
        &[
            QUOTA,
            DISK | SPACE | SIZE | REMOTE,
            FULL | HIGH | USAGE | OUT | FEW,
        ],
        &[MEM, CPU, POD, UNDER, LATENCY, REQUEST],
    )
    .subject(),
    // A pool that fills up without a connection word is a storage pool (Ceph, ZFS, LVM).
    rule(
        "storage-pool",
        "disk_full",
        &[POOL, FULL | NEAR | PREDICT],
        &[CONN, POOLER, HOST, PROC, INTERNAL, LEASE],
    ),
    // "OpenStackCinderHighPoolCapacityUsage": a pool's capacity in use, without a connection
    // word, is a storage pool filling up.
    rule(
        "pool-capacity",
        "disk_full",
        &[POOL, LIMIT, USAGE | HIGH | NEAR | FULL],
        &[CONN, POOLER, HOST, PROC, INTERNAL, QUOTA, LEASE],
    ),
    rule(
        "space-left",
        "disk_full",
        &[
            SPACE,
            LOW | FREE | FULL | OUT | NEAR | EXHAUST | USAGE | PREDICT | FEW,
        ],
        // EMQX's "91.20% cpu usage; ... high_watermark=80.0": a watermark of another resource.
        &[MEM, RECOVERED, CPU, READOUT],
    ),
    // "HardwareMemoryError" with "DIMM error(s) detected" is a faulty module, not exhaustion.
    rule("out-of-memory", "out_of_memory", &[OOM], &[])
        .never(ECC)
        .strong()
        .cross(),
    // A memory quota is an allowance (POLICY.md rule 7): reaching it refuses a pod, not memory.
    rule(
        "memory-capacity",
        "out_of_memory",
        &[MEM, CAPACITY | EXHAUST | FEW],
        &[UNDER, ECC, LOW | USAGE, DISK, HEALTHY, QUOTA, READOUT],
    )
    .never(ECC | UNDER | ABSENT)
    // "memory-utilization-low" with "less than the threshold (20.0)" in its text: an alert on
    // memory left unused, whichever subject field says so.
    .not_about(&[LOW | USAGE])
    .cross(),
    // "LowFreeMemory", "Free memory under 128MB", "freeable memory low": what is left of the
    // memory running out (POLICY.md rule 2). "Memory usage low" says the opposite.
    rule(
        "memory-left",
        "out_of_memory",
        &[MEM, FREE, LOW | UNDER | FEW],
        &[DISK, ECC, HEALTHY, NOTNODE, USAGE, RECOVERED, SPACE],
    )
    .never(ECC),
    rule("deadlock", "deadlock", &[DEADLOCK], &[])
        .strong()
        .cross(),
    // "A lock could not be obtained within the time requested" (Derby's 40XL1 in its thirteen
    // languages), "lock wait timeout": lock contention, filed with deadlocks as MySQL's 1205 is.
    // Many locks held is a count, not a wait; a timeout set is a setting.
    rule(
        "lock-timeout",
        "deadlock",
        &[LOCK, TIME | TIMEOUT],
        // A lock *file* another process holds ("Timed out trying to get lock file") is no
        // database's lock contention.
        &[MANY, CONFIG, FILES],
    ),
    rule(
        "pooler-saturation",
        "connection_pool_exhaustion",
        &[
            POOLER,
            // "HikariCP pending threads 45": threads waiting for a connection.
            EXHAUST | HIGH | WAIT | MANY | LIMIT | NEAR | USAGE | FULL | PENDING,
        ],
        // "pgbouncer.service: Start request repeated too quickly": the pooler's process
        // restarting, not its pool filling; "closing because: client_idle_timeout": a client
        // nobody used, closed; "closing because: server lifetime over": one retired by age.
        &[RESTART, UNDER, EXPIRE],
    )
    .cross(),
    // "timed out waiting for connection" (r2d2), "timed out while waiting for an open
    // connection" (sqlx): a caller waited for a connection that a pool did not hand out in time.
    // It precedes `connection-timeout`, which reads a connection and a timeout as a dependency
    // that did not answer.
    rule(
        "connection-wait-timeout",
        "connection_pool_exhaustion",
        &[CONN, WAIT, TIMEOUT],
        // "Время ожидания соединения истекло" (the connection's waiting time ran out) is
        // glibc's Russian ETIMEDOUT: a time word makes the wait the connection's own.
        &[DISK, HEALTHY, CONFIG, TIME],
    ),
    rule(
        "pool-exhausted",
        "connection_pool_exhaustion",
        &[POOL, CONN, EXHAUST | FULL | WAIT | TIMEOUT | LIMIT | NEAR],
        &[DISK, HEALTHY],
    )
    // A pool reconfigured ("max_size(32).connection_timeout(30s) applied") waited for nothing
    // (POLICY.md rule 9), as for `pool-timeout`.
    .never(DISK | CONFIG),
    // "Pool#acquire(Duration) has been pending for more than the configured timeout",
    // `PoolTimeout` (httpx: "Timed out waiting to acquire a connection from the pool"): callers
    // that take from a pool and waited past its timeout, or found its queue of waiters full. A
    // storage pool is filled, never acquired from, and has no timeout.
    // A setting changed anywhere in the alert ("PoolTimeout 4s -> 6s" under "options
    // changed") is a deploy, not a wait that ran out (POLICY.md rule 9).
    rule(
        "pool-timeout",
        "connection_pool_exhaustion",
        &[POOL, TIMEOUT],
        &[DISK, HEALTHY, CONFIG],
    )
    .never(DISK | CONFIG),
    rule(
        "pool-acquire",
        "connection_pool_exhaustion",
        &[POOL, LEASE, PENDING | LIMIT | FULL | WAIT | EXHAUST],
        &[DISK, HEALTHY, CONFIG],
    )
    .never(DISK | CONFIG),
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
            CPU,
            // "max_connections: 200->400": a setting changed refused nothing (POLICY.md rule 9).
            CONFIG,
            // A BGP session idle at its prefix limit is routing (POLICY.md rule 9).
            ROUTING,
            // "Access denied for user … (Connection: mysql … limit 1)": a refusal of credentials.
            AUTH,
            // nginx's "epoll_wait() reported that client prematurely closed connection": the
            // caller left, no limit refused it (POLICY.md rule 13).
            CLIENT,
            // Horizon's "The \"emails\" queue on the \"redis\" connection has a wait time of
            // 742 seconds": jobs waiting in a queue that a connection names.
            QUEUE,
        ],
    )
    // Connections named in one annotation and a limit in another are two facts (a runbook's
    // advice about connections under a queue's limit); the subject's fields still meet.
    .cross_subject(),
    // "AWSRDSHighDatabaseConnections": a high connection count in the subject is a pool or
    // server limit coming near; in prose "high number of connections" is often a side remark.
    rule(
        "connections-high",
        "connection_pool_exhaustion",
        &[CONN, HIGH | THRESHOLD],
        // Mosquitto's "Bridge connection … has exceeded idle timeout": a connection idle too
        // long, closed, is no pool filled up.
        &[
            FEW, ERROR, FAIL, CHURN, LOW, TIMEOUT, DOWN, NOTNODE, HEALTHY, LINK, INTERNAL, REPL,
            CPU, REFUSED, UNDER,
        ],
    )
    .subject(),
    // A limiter whose settings changed refused nothing (POLICY.md rule 9).
    rule(
        "rate-limited",
        "rate_limited",
        // A limiter that is not ready or cannot reach its counters refuses nothing.
        &[RATELIMIT],
        &[NOT | FREE, UNAVAILABLE, CPU, DOWN],
    )
    .never(CPU | CONFIG)
    // "RateLimitBackend" summarised "Memcached not available for rate limiting": the limiter's
    // store is what the alert is about, across its name and summary.
    .not_about(&[UNAVAILABLE | RATELIMIT]),
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
            // "consumers are not keeping up with the rate of log production ... throughput
            // capacity": a backlog described, not requests refused.
            CONSUMER,
        ],
    )
    // "HomeDirectoryThroughputLimited" on an EBS volume: a disk's throughput or IOPS held at
    // its cap is I/O, not requests refused (POLICY.md rule 5). A limit's setting refused
    // nothing, as for `rate-limited`.
    .never(DISK | IO | CONFIG),
    // "ReadThrottleEvents", "lambda-Throttles": a cloud metric named in the alertname counts
    // requests the provider refused. CPU throttling is the kernel's, not a rate limit.
    rule(
        "throttled-name",
        "rate_limited",
        &[THROTTLE],
        // "ContainerHighThrottleRate" is CPU throttling in cAdvisor's words.
        &[INTERNAL, DISK, IO, CPU, MEM, FAIL, RATE, HIGH, HOST],
    )
    .never(CPU)
    .name_only(),
    // "Azure Queue Storage too many throttling errors": refusals of a throttled service.
    rule(
        "throttle-errors",
        "rate_limited",
        &[THROTTLE, ERROR | REJECT],
        &[CPU, INTERNAL, IO],
    )
    .never(CPU)
    .subject(),
    // "The producer hit its quota and is being throttled", Kafka's client quotas' throttle
    // time: requests held back because a caller used up its quota (POLICY.md rule 7). CPU
    // quotas (CFS throttling) and I/O quotas are not requests.
    rule(
        "quota-throttled",
        "rate_limited",
        &[THROTTLE, QUOTA],
        &[CPU, DISK, IO, MEM, INTERNAL],
    )
    .never(CPU),
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
    // Azure's "ReplicationLatency": how long a write takes to reach the replicas. In prose a
    // "streaming latency" is a response's.
    rule(
        "replication-latency",
        "replication_lag",
        &[REPL, LATENCY],
        &[CONSUMER],
    )
    .name_only(),
    // "Timeout waiting for a response from the last query" (mysql2), "Timeout awaiting
    // 'response' for 10000ms" (got): the caller gave up on an answer that did not come. A reply
    // is the same answer by another name (an RPC bus's "timed out waiting for a reply"); a
    // heartbeat that did not come is a peer gone quiet, not a call that went unanswered.
    rule(
        "response-wait-timeout",
        "upstream_timeout",
        &[RESPONSE | REPLY, WAIT, TIMEOUT],
        &[CONFIG, POOL, POOLER, PROBE],
    ),
    rule(
        "upstream-timeout",
        "upstream_timeout",
        &[UPSTREAM, TIMEOUT],
        // Ceph's "OSD heartbeats on the cluster network (backend) are slow": a peer's heartbeat or
        // a probe that timed out is no call to a backend given up on.
        &[CONFIG, CLIENT, PROBE],
    )
    .cross(),
    // nginx's "connect() failed (111: Connection refused) while connecting to upstream": nothing
    // listens on the backend, which is down (POLICY.md rules 11 and 15), not slow.
    rule(
        "upstream-connect",
        "upstream_timeout",
        &[UPSTREAM, CONN, ERROR | CLASSERR | FAIL | REJECT],
        // "client prematurely closed connection, so upstream connection is closed too": the
        // caller left first.
        &[REFUSED, CLIENT],
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
        &[RESTART, MANY | LOOP | GROW | HIGH],
        &[],
    )
    // node-problem-detector's "FrequentDockerRestart is now False ... docker is functioning
    // properly": a loop that is over (POLICY.md rule 14).
    .never(PLANNED | RECOVERED | NEVERRAN)
    // In prose, "crashes" and "increased" meet by accident (an impact list of a CPU alert);
    // an alertname "restarts" with a bare count as its summary is a loop.
    .subject()
    .cross_subject(),
    // "openvpn-server@corp.service restarted 14 times in 30 minutes": restarts counted in one
    // sentence of the text are a loop wherever they are said, except a Raft term's or a leader
    // election's, which are a cluster's internals.
    rule(
        "restarts-counted",
        "crash_loop",
        &[RESTART, LOOP],
        &[INTERNAL, REPL],
    )
    .never(PLANNED | RECOVERED | NEVERRAN),
    rule(
        "down",
        "node_down",
        &[DOWN | UNAVAILABLE, HOST | POD | PEER],
        // A store "not available for rate limiting" is a feature switched off, said as such.
        &[
            LINK,
            NOTNODE,
            LOOP,
            REPL,
            REQUEST,
            DISK,
            UNAVAILABLE | RATE | RATELIMIT,
        ],
    )
    // "Node db-3 is up again after being down": a recovery notice names the state it left.
    // A no-data alert is about missing metrics when its subject says so; a text that explains
    // a host's unavailability by its agent's silence ("nodata() on agent.ping") is a host down
    // (POLICY.md rule 8).
    .never(LINK | PLANNED | RECOVERED)
    .not_about(&[ABSENT])
    .subject()
    // Checkmk's service "RabbitMQ Node rabbit@mq-2" with output "Is running: no": the check
    // names the node, its output says it is down.
    .cross_subject(),
    // "Connection refused", "Verbindung verweigert", "连接被拒绝": nothing listens on the
    // target's port, so the target is down, an upstream behind a proxy too (POLICY.md rule 15).
    // A client's line saying that its peer is not there decides the alert that quotes it, an
    // error ratio's or a latency's too (POLICY.md rule 11); a router refusing its BGP session
    // is a link, and a port closed for planned work is planned.
    rule(
        "connection-refused",
        "node_down",
        &[CONN, REFUSED],
        // MongoDB's "Connection refused because there are too many open connections": the
        // server's own limit (POLICY.md rule 11).
        &[LIMIT, POOL, MANY],
    )
    .never(ABSENT | ROUTING | PLANNED | RECOVERED)
    .decides(),
    // "No route to host", "Host is down", `EHOSTUNREACH`, "no servers available for
    // connection", Serf's `member-failed`, "peer became inactive", "Node may not be available":
    // the client's own words for a peer that is not there, in any field.
    rule(
        "peer-gone",
        "node_down",
        &[GONE, HOST | CONN | PEER],
        &[LIMIT, POOL],
    )
    .never(ABSENT | ROUTING | PLANNED | RECOVERED)
    .strong()
    .decides(),
    // "Unable to connect to Elasticsearch on ip-10-0-12-41:9200", "Failed to connect to
    // origin-2 port 443": a target named and not taking connections. A cause said with it (a
    // timeout, a full pool, a name not found, a certificate) is a rule of its own and wins.
    rule(
        "connect-failed",
        "node_down",
        &[NOCONNECT, HOST | NETNAME | PEER],
        &[LIMIT, POOL, UPSTREAM],
    )
    // "Cannot connect ... password authentication failed for user": the peer answered and
    // refused the credentials; it is not down.
    .never(ABSENT | ROUTING | PLANNED | RECOVERED | AUTH)
    .decides(),
    // Squid's ERR_CONNECT_FAIL page, "Connection to 203.0.113.24 failed. The remote host or
    // network may be down", in its translations ("Удаленный узел или сеть недоступен",
    // "Il server remoto è irraggiungibile", "O host ou rede remota pode estar fora do ar"): a
    // connection that failed and the host it was for said to be down or unreachable, in one
    // passage of any field. A client's words for a peer that is not there decide the alert
    // that quotes them (POLICY.md rule 11); a connect *timeout* is `connection-timeout`'s.
    rule(
        "connection-host-down",
        "node_down",
        &[CONN, FAIL, DOWN | UNAVAILABLE, HOST | PEER],
        // A replica that lost its primary is broken replication (POLICY.md rule 5).
        &[LIMIT, POOL, POOLER, TIMEOUT, LINK, DISK, REPL],
    )
    .never(ABSENT | ROUTING | PLANNED | RECOVERED)
    .decides(),
    // "PromscaleDown", "WorkloadClusterControlPlaneDownForTooLong": an alertname that says
    // something is down names what went down, even when the lexicon does not know the word for
    // it. Prose is not read this way: "throughput went down" is not a node.
    rule(
        "name-down",
        "node_down",
        &[DOWN],
        &[
            LINK, NOTNODE, LOOP, REPL, REQUEST, RATE, DISK, QUEUE, WORK, CONSUMER, LATENCY, ERROR,
            CERT, DNS, MEM, CPU, NOT, POOL,
        ],
    )
    .never(ABSENT | LINK | PLANNED | RECOVERED)
    .name_only(),
    // "ElasticsearchTooFewNodesRunning", "too few servers alive": fewer members running than
    // the cluster needs.
    rule(
        "few-running",
        "node_down",
        // fping's "Not enough hosts reachable (required: 2, reachable: 0)" too.
        &[FEW, HOST, RUNNING | READY | REACHABLE],
        &[LINK, NOTNODE, REPL, REQUEST, DISK, POD],
    )
    .subject(),
    // "CephOSDDownHigh", "More than 10% of OSDs are down": the daemons of a storage cluster, down,
    // though a disk word (which `down` refuses: "disk offline" is no host).
    rule("osd-down", "node_down", &[OSD, DOWN], &[LOOP, NOTNODE])
        .never(ABSENT)
        .subject(),
    // "Kong upstream target 10.0.4.17:8080 is unhealthy": a gateway's health checks took a
    // target out of its upstream. An application or a ring "unhealthy" is not a host down.
    rule(
        "upstream-unhealthy",
        "node_down",
        &[UNHEALTHY, UPSTREAM],
        &[LOOP, NOTNODE],
    )
    .never(ABSENT | PLANNED)
    .subject(),
    // "Docker does not respond", "Host not reporting": an answer that stopped coming.
    rule(
        "not-responding",
        "node_down",
        &[NOREPLY],
        &[LINK, NOTNODE, LATENCY, SLOW, REPL],
    )
    .never(ABSENT | LINK | RECOVERED)
    .subject(),
    // "VM availability dropped to 0", `VmAvailabilityMetric < 1`: a host's availability is
    // whether it is up; a service's availability objective is its requests' (`slo-errors`).
    rule(
        "host-availability",
        "node_down",
        &[AVAILABILITY, HOST | POD],
        &[
            REQUEST, ERROR, SLO, BUDGET, SUCCESS, LATENCY, DISK, MEM, CPU, SERVICE,
        ],
    )
    // Sloth's "K8sApiserverAvailabilityAlert" titled "SLO error budget burn rate is too fast":
    // an objective anywhere in the alert makes the availability its requests'.
    .never(ABSENT | SLO | BUDGET | RECOVERED | PLANNED)
    .subject(),
    rule(
        "probe-failed",
        "node_down",
        &[PROBE, FAIL | DOWN | UNAVAILABLE],
        // A liveness probe's failure restarts a container (POLICY.md rule 15); an attached
        // volume's failed status check is the volume's, not the host's.
        &[LATENCY, SLOW, LIVENESS, DISK],
    )
    .never(ABSENT | RECOVERED),
    rule(
        "queue-size",
        "queue_backlog",
        &[
            QUEUE | BACKLOG,
            SIZE | FULL
                | DELAY
                | GROW
                | LAG
                | BEHIND
                | WAIT
                | NEAR
                | EXHAUST
                | USAGE
                | LIMIT
                | HIGH
                | TIME
                | THRESHOLD,
        ],
        // Work that failed to be queued was dropped, not left waiting; a queue worker that is
        // down is a process, not work waiting.
        &[DISK, LATENCY, CPU, CONSUMER | NOT, INTERNAL, FAIL, DOWN],
    )
    .never(ABSENT)
    // A dead-letter queue holds messages that failed, not work waiting (POLICY.md rule 12);
    // so do the queue rules below.
    .not_about(&[DEADLETTER])
    .cross(),
    rule(
        "queue-messages",
        "queue_backlog",
        &[QUEUE, WORK, MANY | HIGH | READY | PENDING],
        &[DISK, LATENCY, CPU],
    )
    .not_about(&[DEADLETTER])
    .subject(),
    // "rabbitmq messages ready" with its count as the summary; Checkmk's "RabbitMQ Queue billing"
    // with "Messages ready: 4120": the queue named in the alertname, its messages in the summary.
    rule(
        "ready-messages",
        "queue_backlog",
        &[WORK, READY, HIGH | MANY | GROW | QUEUE],
        &[],
    )
    .not_about(&[DEADLETTER])
    .cross_subject(),
    rule("old-work", "queue_backlog", &[WORK, WAIT], &[POD, HOST])
        .not_about(&[DEADLETTER])
        .subject(),
    // "Wildfly - Waiting Requests": requests held before a worker takes them. A wait *time*
    // is latency, and clients waiting for a connection are a pool's.
    rule(
        "waiting-requests",
        "queue_backlog",
        &[WAIT, REQUEST],
        &[
            TIME, LATENCY, DURATION, CONN, POOL, POOLER, POD, HOST, TIMEOUT,
        ],
    )
    .subject(),
    // "Delayed processing of webhooks", "Delays in notification delivery": work held up.
    rule(
        "delayed-work",
        "queue_backlog",
        &[DELAY, PROC | DELIVERY | WORK],
        &[REPL, DISK, CPU, LINK, INTERNAL],
    )
    .not_about(&[DEADLETTER])
    .subject(),
    rule("backlog", "queue_backlog", &[BACKLOG], &[DISK])
        .never(DISK)
        .not_about(&[DEADLETTER]),
    // "jetstream_consumer_num_pending": messages pending for a consumer are waiting too.
    rule(
        "pending-work",
        "queue_backlog",
        &[
            PENDING,
            WORK | REQUEST | HIGH | MANY | GROW | QUEUE | CONSUMER,
        ],
        // A certificate request pending approval is a signature to give, not work waiting; a
        // reboot or restart pending is planned work on a host (POLICY.md rule 10).
        &[POD, DISK, CERT, PLANNED],
    )
    .not_about(&[DEADLETTER])
    .subject(),
    rule(
        "consumer-lag",
        "queue_backlog",
        // "offset 8816004, lag 48877": a consumer's committed offset and its lag.
        &[
            LAG | BEHIND,
            CONSUMER | CONSUMPTION | HIGH | MANY | GROW | WORK,
        ],
        &[REPL, INTERNAL],
    )
    .never(REPL),
    // "nats: slow consumer, messages dropped", RabbitMQ's and Kafka's "slow consumer": a
    // consumer that does not keep up leaves its messages waiting.
    rule(
        "slow-consumer",
        "queue_backlog",
        &[SLOW, CONSUMER],
        // "Slow Consumer Recovered": it keeps up again.
        &[REPL, DISK, RECOVERED],
    ),
    rule(
        "slow-consumption",
        "queue_backlog",
        &[CONSUMPTION, BEHIND | SLOW | LAG],
        &[],
    ),
    rule(
        "inflow-exceeds-outflow",
        "queue_backlog",
        &[INFLOW, OUTFLOW | CONSUMPTION, HIGH | GROW],
        &[LINK, ERROR, FAIL],
    ),
    // An apdex objective counts 5xx responses as unsatisfied requests ("5xx responses are
    // considered to be failures"): the alert is about the apdex, a latency score.
    rule("http-5xx", "high_error_rate", &[HTTP5XX], &[])
        .never(APDEX)
        .strong()
        .cross(),
    // An SLO's series gone missing ("SLOMetricAbsent") says nothing of its errors or its
    // latency (POLICY.md rule 5: an `...Absent` alert is about missing metrics).
    rule("error-budget", "high_error_rate", &[BUDGET], &[])
        .never(LATENCY | SLOW | APDEX | PERCENTILE | ABSENT),
    rule(
        "request-errors",
        "high_error_rate",
        &[ERROR | FAIL | UNAVAILABLE, REQUEST | RATIO | RATE],
        // "not available for rate limiting" is the limiter's own store missing.
        &[
            INTERNAL,
            DISK,
            LINK,
            UNDER,
            CPU,
            NOTNODE,
            WORK,
            IO,
            PROBE,
            UNAVAILABLE | RATE | RATELIMIT,
            // One request that failed, as a program logged or raised it, is not a rate.
            QUOTED,
            // "Clients closed the connection", "client canceled": requests the caller gave up.
            CLIENT,
        ],
    )
    // "Error rates and performance have returned to normal": a status page's recovery.
    .never(ABSENT | RECOVERED)
    .subject()
    .spelled_out(),
    rule(
        "slo-errors",
        "high_error_rate",
        &[
            SLO | BUDGET,
            ERROR | FAIL | RATIO | SUCCESS | AVAILABILITY | LOW,
        ],
        &[],
    )
    .never(LATENCY | SLOW | APDEX | PERCENTILE | ABSENT)
    .cross(),
    rule(
        "success-rate",
        "high_error_rate",
        &[SUCCESS, RATE | RATIO | SLO | LOW | FEW | BUDGET],
        &[],
    )
    .never(ABSENT)
    .subject(),
    rule(
        "latency",
        "high_latency",
        &[LATENCY | SLOW | APDEX],
        &[DISK, IO, INTERNAL, LINK],
    )
    // "slow git operations ... should now be performing normally": a recovery (rule 14).
    .never(NOT_REQUEST_TIME | ABSENT | RECOVERED)
    .subject(),
    rule(
        "percentile",
        "high_latency",
        &[PERCENTILE, HIGH | REQUEST | TIME | RESPONSE | SLO],
        // "container cpu usage total (90th percentile over 1d)": a percentile of CPU.
        &[DISK, IO, INTERNAL, CPU],
    )
    .never(ABSENT),
    rule(
        "response-time",
        "high_latency",
        &[RESPONSE | REQUEST | PROC, TIME | DURATION],
        &[DISK, INTERNAL, CPU, THROTTLE],
    )
    .never(ABSENT)
    // In prose, "time" and "processing" meet by accident ("most of its time processing").
    .subject(),
    rule(
        "slo-latency",
        "high_latency",
        &[SLO | BUDGET, LATENCY | SLOW | APDEX | PERCENTILE],
        &[],
    )
    .never(ABSENT)
    .cross(),
    // "Connection timed out", "Verbindung ist abgelaufen": a dependency did not answer in time.
    // A pool's wait that timed out is the pool's.
    // A check that names one resource and says nothing more fired because that resource
    // crossed its threshold (POLICY.md rule 2: capacity warnings count toward their resource).
    rule("check-memory", "out_of_memory", &[MEM], &[]).alone(),
    rule("check-disk", "disk_full", &[DISK | SPACE], &[]).alone(),
    rule("check-files", "fd_exhaustion", &[FD], &[]).alone(),
    rule("check-certificate", "certificate_expiry", &[CERT], &[]).alone(),
    rule("check-dns", "dns_failure", &[DNS], &[]).alone(),
    // Sensu's "check-kube-nodes-ready", a bare "NodesReady": a readiness check that fired found
    // what it checks not ready.
    rule("check-ready", "node_down", &[READY, HOST], &[]).alone(),
    // A workload's replicas are pod counts, not a replicated store.
    rule("check-replication", "replication_lag", &[REPL], &[POD]).alone(),
    rule(
        "check-connections",
        "connection_pool_exhaustion",
        &[CONN],
        &[],
    )
    .alone(),
    rule("check-queue", "queue_backlog", &[QUEUE, QUEUE | WORK], &[]).alone(),
    rule(
        "connection-timeout",
        "upstream_timeout",
        &[CONN, TIMEOUT],
        // Timeouts listed among a latency alert's impacts are consequences, not the cause.
        &[
            POOL,
            POOLER,
            CERT,
            WAIT | LIMIT,
            LATENCY,
            SLOW,
            DURATION,
            PERCENTILE,
            RESPONSE,
            CONFIG,
            CLIENT,
            // pymongo's "Connection refused, Timeout: 30s": the refusal says what happened (the
            // peer is not listening, `connection-refused`); the timeout is how long the client
            // kept trying.
            REFUSED,
        ],
    ),
    // "Read Timeout", "Zeitüberschreitung beim Lesen", "Délai de lecture dépassé", "读取超时",
    // "読み込みタイムアウト", "przekroczony czas odczytu": a read from a peer that did not answer
    // in time (Squid's ERR_READ_TIMEOUT and its translations). A disk's reads are I/O, and a
    // read timeout set in a configuration is a setting.
    rule(
        "read-timeout",
        "upstream_timeout",
        &[READ, TIMEOUT],
        // A probe's own read of its socket is the probe's ("Timeout reading from socket" in a
        // ping check), and a read that *failed* otherwise ("a read failure is a non-timeout
        // exception") is not a timeout.
        &[
            DISK, IO, POOL, POOLER, CERT, LIMIT, LATENCY, SLOW, DURATION, PERCENTILE, CONFIG,
            CLIENT, INTERNAL, PROBE, FAIL,
        ],
    )
    // "proxy_read_timeout raised from 60s to 300s" with "the config change" said elsewhere: a
    // setting (POLICY.md rule 9).
    .never(CONFIG | PLANNED),
    // "Endpoint request timed out", "4.8% of requests hit the route's response timeout": a
    // request given up on because what served it did not answer in time.
    // Only the subject: descriptions list timeouts among a latency alert's effects, and
    // "response times and timeouts" is latency.
    rule(
        "request-timeout",
        "upstream_timeout",
        &[REQUEST, TIMEOUT],
        &[
            POOL, POOLER, CERT, WAIT, LIMIT, LATENCY, SLOW, DURATION, PERCENTILE, TIME, INTERNAL,
            PROBE, PLANNED, CONFIG,
            // "shop.example is DOWN (request timed out)": the monitor's verdict on its target,
            // with the reason its check failed (POLICY.md rules 7 and 11).
            DOWN,
        ],
    )
    .subject()
    // A 408 anywhere in the alert says whose timeout it was: the client's (POLICY.md rule 15).
    .never(CLIENT)
    // "Monitor down: shop-eu is DOWN (request timed out)": an uptime monitor whose subject says
    // its target is down quotes the timeout as the reason its check failed; the target is down
    // (POLICY.md rules 7 and 11).
    .not_about(&[DOWN]),
];
