//! The word stage's vocabulary: concepts (one bit each) and the words that stand for them,
//! English and the common words of translated error messages (German, French, Spanish,
//! Portuguese, Japanese, Chinese; further languages are in `intl.rs`). Data only; `mod.rs`
//! reads it.

/// One concept per bit.
pub(super) type Concepts = u128;

macro_rules! concepts {
    ($($name:ident),* $(,)?) => {
        concepts!(@step 0u32, $($name),*);
    };
    (@step $n:expr, $name:ident $(, $rest:ident)*) => {
        pub(super) const $name: Concepts = 1 << $n;
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
    QUOTA,
    REMOTE,
    INFLOW,
    OUTFLOW,
    NOREPLY,
    DELIVERY,
    // A monitoring plugin's state at the head of its output ("CheckRAM CRITICAL: ..."): the
    // check's measure crossed its threshold. Weaker than a capacity word of the text itself.
    THRESHOLD,
    // A Ceph OSD: a disk and the daemon that serves it ("OSD full", "OSDs are down").
    OSD,
    // A service as opposed to a machine: its availability is its requests'.
    SERVICE,
    // A lookup that found nothing: "not found", "introuvable", "不存在", an unknown host.
    NOTFOUND,
    // What a resolver looks up by name: a host, a server, a domain (or a host name written out).
    NETNAME,
    // Finding or existing, which a negation turns into `NOTFOUND` ("not found", "nicht gefunden",
    // "no existente").
    FIND,
    // A name and a "not found" close together: a name that did not resolve (`mod.rs` reads it
    // from `NETNAME` and `NOTFOUND` a few words apart in one clause).
    NXNAME,
    // A word that says what happened but that no rule reads ("refused" alone): a check whose
    // name has one is not named after its resource only.
    STATED,
    // A connection refused: nothing listens where the connection went ("Connection refused",
    // "Verbindung verweigert"). Not a limit: a full pool rejects, a closed port refuses.
    REFUSED,
    // Work someone meant to do: a maintenance window, a planned or manual stop. A host or a
    // process stopped or restarted on purpose is not down, nor in a loop.
    PLANNED,
    // Failing its health checks: down when a gateway says it of an upstream target, but
    // said of applications, rings and node groups too.
    UNHEALTHY,
    // A setting and its change: "timeouts.request changed from 2s to 5s" is a deploy, not a
    // timeout that happened.
    CONFIG,
    // Back from a failure: "Node db-3 is up again", "returned from DOWN state", "service
    // restored". A recovery notice names the state it left; it is not that state.
    RECOVERED,
    // The `Error` that ends an exception class named after what went wrong
    // (`TooManyConnectionsError`, `DiskFullError`): the class's kind, not a count of errors.
    // Rules that read an error word accept it; the vetoes that keep "disk errors" from being a
    // full disk do not see it.
    CLASSERR,
    // Taking something out of a pool ("acquire", "borrow"): a pool that callers acquire from
    // hands out connections or objects, not storage.
    LEASE,
    // One error quoted as it was raised: an `error` or `exception` label, a program's log line,
    // an error tracker's title naming the class. "Request failed with status code 404" there
    // is one request, not a ratio of them.
    QUOTED,
    // A client's own words for a peer that is not there: "No route to host", "Host is down",
    // "Network is unreachable", `EHOSTUNREACH`, "actively refused it", "no servers available",
    // Serf's `member-failed` (POLICY.md rule 11).
    GONE,
    // A member of the same cluster ("peer became inactive"): a host, unless a routing word makes
    // it a router's session (`ROUTING`).
    PEER,
    // A routing protocol's session or a link between routers (BGP, OSPF, LDP, BFD, a tunnel, an
    // interface): a `LINK` word that no client error uses, so it vetoes even a refusal.
    ROUTING,
    // A client that could not connect ("Unable to connect to Elasticsearch on host:9200",
    // curl's "Failed to connect to origin-2 port 443", "could not connect to server"): the
    // target did not take the connection, for a reason the line may name next.
    NOCONNECT,
    // A caller that stalled while this server waited for it (nginx's "client timed out"): the
    // far side of the timeout is a client, not a dependency.
    CLIENT,
    // A container's liveness probe: its failure restarts the container (POLICY.md rule 15), so
    // one failure is one restart, not a host that is down.
    LIVENESS,
    // A peer that answered and refused the caller's credentials ("password authentication
    // failed", "Access denied for user"): it is up, so a failed connection is no node down.
    AUTH,
    // A lock a transaction holds or waits for ("Sperre", "verrou", "ロック"): one not obtained in
    // time is lock contention, filed with deadlocks (MySQL's lock-wait timeout).
    LOCK,
    // A version-control revision or ref ("HEAD", "refs", "révision"): what git resolves is a
    // name of a commit, not a host.
    REVISION,
    // A dead-letter queue ("orders-dlq", "deadletter-queue"): messages that failed, not work
    // waiting (POLICY.md rule 12).
    DEADLETTER,
    // A readout: a measure's name and its size, and nothing that judges it ("Utilisation de la
    // mémoire: 1342.5 MB", "Boş alan: 301.7 GB"). Set by `mod.rs`, not by a word.
    READOUT,
    // A container that never ran: its image could not be pulled ("ImagePullBackOff",
    // "ErrImagePull", "Back-off pulling image"). Its back-off retries the pull; nothing
    // restarted.
    NEVERRAN,
);

/// Any capacity word: how a resource warning is phrased.
pub(super) const CAPACITY: Concepts = HIGH
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
    | MANY
    | THRESHOLD;

/// Words and the concepts they stand for. Stems are looked up after the exact word, so most
/// plural and `-ing`/`-ed` forms need no entry of their own.
pub(super) const LEXICON: &[(&str, Concepts)] = &[
    // Memory.
    ("memory", MEM),
    ("mem", MEM),
    ("ram", MEM),
    ("heap", MEM),
    ("rss", MEM),
    ("swap", MEM),
    ("swapped", MEM),
    // "host is swapping", a hypervisor's balloon driver reclaiming a guest's memory: memory
    // pressure (POLICY.md rule 2).
    ("swapping", MEM | PRESSURE),
    ("balloon", MEM | PRESSURE),
    ("ballooning", MEM | PRESSURE),
    ("ballooned", MEM | PRESSURE),
    ("maxmemory", MEM),
    ("nonheap", MEM),
    ("metaspace", MEM),
    // The JVM's permanent generation (before Java 8).
    ("permgen", MEM),
    // JVM heap generations.
    ("oldgen", MEM),
    ("tenured", MEM),
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
    // NetApp's SnapMirror copies volumes to another cluster: its lag is replication's.
    ("snapmirror", REPL),
    ("volume", DISK),
    ("volumes", DISK),
    ("storage", DISK),
    // ZFS's `refquota` and LVM's VDO pools: storage by other names. ("Dataset" alone is as often
    // BigQuery's or a model's.)
    ("refquota", LIMIT | QUOTA | DISK),
    ("vdo", DISK),
    ("inode", DISK),
    ("inodes", DISK),
    ("pvc", DISK),
    ("persistentvolume", DISK),
    ("tablespace", DISK),
    // check_oracle_health's "tbs USERS usage is 98.71%" (a tablespace) and "SGA shared pool
    // free 3.12%" (Oracle's System Global Area, its shared memory).
    ("tbs", DISK),
    ("sga", MEM),
    ("osd", DISK | OSD),
    ("osds", DISK | OSD),
    ("zpool", DISK),
    ("btrfs", DISK),
    ("hdfs", DISK),
    ("ebs", DISK),
    // A SAN's logical unit: a volume.
    ("lun", DISK),
    ("luns", DISK),
    ("nearfull", DISK | FULL),
    ("diskpressure", DISK | PRESSURE),
    ("enospc", DISK | FULL),
    ("space", SPACE),
    // Windows Storage Spaces (a pooling feature, `Microsoft-Windows-StorageSpaces-Driver`): a
    // product's name, not free space.
    ("storagespaces", DISK),
    ("watermark", SPACE | LIMIT),
    // File descriptors.
    ("fd", FD),
    // Checkmk's "Filedesc" service.
    ("filedesc", FD),
    ("fds", FD),
    ("filedescriptor", FD),
    ("filedescriptors", FD),
    ("descriptor", FD),
    ("descriptors", FD),
    ("filefd", FD),
    ("emfile", FD | EXHAUST),
    ("nofile", FD),
    ("ulimit", FD | LIMIT),
    ("handles", FD),
    ("handlecount", FD),
    ("enfile", FD | EXHAUST),
    ("files", FILES),
    ("file", FILES),
    ("open", OPEN),
    ("openfiles", OPEN | FILES),
    // Connections and pools.
    ("connection", CONN),
    ("connections", CONN),
    // "Timeout connecting to server" (redis-py), "timed out while connecting".
    ("connecting", CONN),
    ("conn", CONN),
    ("conns", CONN),
    ("session", CONN),
    ("sessions", CONN),
    ("clients", CONN),
    ("maxconn", CONN | LIMIT),
    ("maxconnections", CONN | LIMIT),
    // Database connectivity APIs: a "JDBC pool" is a connection pool.
    ("jdbc", CONN),
    ("odbc", CONN),
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
    // bb8 (Rust) is a pool: "Timed out in bb8" is a caller that waited for a connection.
    ("bb8", POOL),
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
    // Where certificates are kept and issued: a keystore entry or a PKI issuer that runs out is
    // a certificate that runs out.
    ("pki", CERT),
    ("keystore", CERT),
    ("truststore", CERT),
    ("expire", EXPIRE),
    ("expires", EXPIRE),
    ("expiry", EXPIRE),
    ("expiring", EXPIRE),
    ("expired", EXPIRE),
    ("expiration", EXPIRE),
    ("renew", EXPIRE),
    ("validity", EXPIRE),
    ("notafter", EXPIRE),
    ("lifetime", EXPIRE),
    ("renewal", EXPIRE),
    ("outdated", EXPIRE),
    // DNS.
    ("dns", DNS),
    ("dnssec", DNS),
    ("coredns", DNS),
    ("kubedns", DNS),
    ("nodelocaldns", DNS),
    ("resolver", DNS),
    ("resolvers", DNS),
    // "resolution" alone is a runbook heading as often as a resolver's word; "name
    // resolution" errors are caught by the catalogue's patterns first.
    ("resolve", RESOLVE),
    ("resolving", RESOLVE),
    ("resolves", RESOLVE),
    ("resolvable", RESOLVE),
    ("unresolvable", RESOLVE | FAIL),
    // "Until this outage is resolved", "has been resolved": a problem fixed. A name that could
    // not be resolved is read by the phrases "be resolved" and "not resolved".
    ("resolved", 0),
    ("servfail", DNS | DNSFAIL),
    ("nxdomain", DNS | DNSFAIL),
    // Names a resolver looks up, and finding them: "Host db.internal not found", "the domain
    // could not be found" (`NOTFOUND` with `NETNAME` is the `name-not-found` rule).
    ("hostname", NETNAME),
    ("hostnames", NETNAME),
    ("domain", NETNAME),
    ("domains", NETNAME),
    ("found", FIND),
    ("find", FIND),
    ("locate", FIND),
    // "Host web-1 not found in inventory": a host missing from a list of hosts is a
    // configuration's, not a resolver's (the inventory is a file).
    ("inventory", FILES),
    ("getaddrinfo", DNS),
    ("nslookup", DNS | RESOLVE),
    // Deadlocks.
    ("deadlock", DEADLOCK),
    ("lock", LOCK),
    ("locks", LOCK),
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
    ("quota", LIMIT | QUOTA),
    // A mailbox is a user's share of a mail store: "Quota exceeded (mailbox for user is full)".
    ("mailbox", DISK),
    ("quotas", LIMIT | QUOTA),
    ("max", LIMIT),
    ("maximum", LIMIT),
    ("capacity", LIMIT),
    // Replication.
    ("replication", REPL),
    // A package or site mirror copies its upstream ("Mirror ooni.example lags by 2h").
    ("mirror", REPL),
    ("mirrors", REPL),
    // Slony-I, PostgreSQL's trigger-based replication: "Slony lag".
    ("slony", REPL),
    ("replica", REPL),
    ("replicas", REPL),
    ("replicated", REPL),
    ("slave", REPL),
    ("standby", REPL),
    ("follower", REPL),
    ("secondary", REPL),
    ("oplog", REPL),
    ("replay", REPL),
    ("streaming", REPL),
    // Raft replicates a log to followers: "TiKV raftstore log lag" is a follower behind.
    ("raft", REPL),
    ("raftstore", REPL),
    // Change-data-capture copies a database's log elsewhere: a MySQL binlog syncer, a TiCDC or
    // CockroachDB changefeed, a CDC pipeline "checkpoint delay" are a copy behind its source.
    ("binlog", REPL),
    ("changefeed", REPL),
    ("changefeeds", REPL),
    ("cdc", REPL),
    ("lag", LAG),
    ("lags", LAG),
    ("lagging", LAG),
    ("lagged", LAG),
    // MediaWiki's API refuses writes while its database replicas lag ("maxlag: Waiting for
    // db1157: 7 seconds lagged"): the parameter is named after replication lag.
    ("maxlag", REPL | LAG),
    ("behind", BEHIND),
    ("delay", DELAY),
    ("delayed", DELAY),
    // Queues and backlogs.
    ("queue", QUEUE),
    ("queues", QUEUE),
    ("head", REVISION),
    ("ref", REVISION),
    ("refs", REVISION),
    ("revision", REVISION),
    ("révision", REVISION),
    ("revisión", REVISION),
    // "1843 jobs queued", "Sidekiq has jobs queued": work waiting in its queue.
    ("queued", PENDING),
    ("queueing", QUEUE),
    ("queuing", QUEUE),
    ("workqueue", QUEUE),
    // The mail queue (Postfix's `mailq`, Nagios' check_mailq).
    ("mailq", QUEUE),
    // Queue services and brokers whose name is the queue: "check-sqs-messages", beanstalkd tubes.
    ("sqs", QUEUE),
    ("beanstalk", QUEUE),
    ("beanstalkd", QUEUE),
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
    ("unconsumed", PENDING),
    ("unprocessed", PENDING),
    ("unread", PENDING),
    // SQS "ApproximateNumberOfMessagesVisible": messages waiting to be received.
    ("visible", PENDING),
    ("offset", WORK),
    // Burrow evaluates Kafka consumer groups' lag; its name stands for the consumer.
    ("burrow", CONSUMER),
    ("offsets", WORK),
    // Kinesis and Lambda stream consumers: how far behind the newest record they read.
    ("iteratorage", BACKLOG),
    ("messages", WORK),
    ("message", WORK),
    ("job", WORK),
    ("jobs", WORK),
    ("tasks", WORK),
    ("events", WORK),
    ("items", WORK),
    // Failed workflow runs and builds are failed work, not failed requests (POLICY.md rule 4).
    ("workflow", WORK),
    ("workflows", WORK),
    ("build", WORK),
    ("builds", WORK),
    // So are failed assignments, parses and validations: work a service does, not requests it
    // answers ("High trip assignment failure rate", "Parse error rate is above 20"). Not
    // ingestion (a metrics or log backend ingests pushed requests), nor triggers (Datadog's
    // "[Triggered]" opens every notification), nor downloads (requests to a server).
    ("assignment", WORK),
    ("assignments", WORK),
    ("parse", WORK),
    ("parsing", WORK),
    ("validation", WORK),
    ("validations", WORK),
    ("depth", SIZE),
    ("size", SIZE),
    ("length", SIZE),
    ("long", SIZE),
    ("longer", SIZE),
    ("journal", QUEUE),
    ("consumer", CONSUMER),
    ("consumers", CONSUMER),
    ("consumergroup", CONSUMER),
    ("kafka", CONSUMER),
    ("topic", CONSUMER),
    ("consumption", CONSUMPTION),
    ("consuming", CONSUMPTION),
    // A queue "not draining" is not being consumed.
    ("draining", CONSUMPTION),
    // "inflights are being created but are not being processed": work taken off a queue (not a
    // process, which the stem would read), and "being" lets a negation through to it.
    ("processed", CONSUMPTION),
    ("being", 0),
    // Backlogs described as flows: "incoming messages exceed outgoing messages".
    ("incoming", INFLOW),
    ("ingress", INFLOW),
    ("produced", INFLOW),
    ("publish", INFLOW),
    ("outgoing", OUTFLOW),
    ("egress", OUTFLOW),
    ("delivered", OUTFLOW),
    // Upstream timeouts.
    ("upstream", UPSTREAM),
    ("upstreams", UPSTREAM),
    ("gateway", UPSTREAM),
    // A backend is an upstream, and a host that can be down.
    ("backend", UPSTREAM | HOST),
    // "Dependency timeouts", "Timeouts calling dependency billing-api": what a service calls.
    ("dependency", UPSTREAM),
    ("dependencies", UPSTREAM),
    // Load balancers: their targets are the upstreams a gateway's health checks take out.
    ("alb", UPSTREAM | HOST),
    ("elb", UPSTREAM | HOST),
    ("nlb", UPSTREAM | HOST),
    ("backends", UPSTREAM | HOST),
    ("origin", UPSTREAM),
    // Hystrix wraps each call to a dependency: its timeouts are that dependency's.
    ("hystrix", UPSTREAM),
    ("timeout", TIMEOUT),
    ("timed", TIMEOUT),
    ("timeouts", TIMEOUT),
    ("timedout", TIMEOUT),
    // gRPC's DEADLINE_EXCEEDED and Go's "context deadline exceeded": a call to a dependency that
    // did not answer in time (the catalogue reads it the same way).
    ("deadlineexceeded", UPSTREAM | TIMEOUT),
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
    ("respawn", RESTART),
    // supervisord's BACKOFF state and a restart policy's back-off: something retried after a
    // growing pause. Not a restart word on its own: a Kubernetes `BackOff` event is as often
    // an image pull retried as a container restarted.
    ("backoff", LOOP),
    ("loop", LOOP),
    ("looping", LOOP),
    ("bootloop", RESTART | LOOP),
    ("bootlooping", RESTART | LOOP),
    ("often", LOOP),
    ("frequent", LOOP),
    ("frequently", LOOP),
    ("repeatedly", LOOP),
    ("continuously", LOOP),
    ("constantly", LOOP),
    ("repeated", LOOP),
    ("keeps", LOOP),
    // "pods that keep crashing"; "The container keeps exiting with code 1": a program that
    // exits over and over is restarted over and over.
    ("keep", LOOP),
    ("exiting", RESTART),
    ("times", LOOP),
    // Down.
    ("down", DOWN),
    ("unreachable", DOWN),
    // "is not accepting connections" (pg_isready, a listener that stopped): a server not ready
    // to serve, which a negation turns into down.
    ("accepting", READY),
    // The errno names of "Host is unreachable" and "Host is down", as Node.js and Go print them
    // (`connect EHOSTUNREACH 10.0.4.12:5432`).
    ("ehostunreach", HOST | DOWN | GONE),
    ("ehostdown", HOST | DOWN | GONE),
    ("enetunreach", HOST | DOWN | GONE),
    // The same errors under Winsock's names (WSAEHOSTUNREACH 10065, WSAEHOSTDOWN 10064,
    // WSAECONNREFUSED 10061).
    ("wsaehostunreach", HOST | DOWN | GONE),
    ("wsaehostdown", HOST | DOWN | GONE),
    ("wsaenetunreach", HOST | DOWN | GONE),
    ("wsaeconnrefused", CONN | REFUSED),
    ("offline", DOWN),
    ("stopped", DOWN),
    ("unresponsive", DOWN),
    ("nonresponsive", DOWN),
    ("disappeared", DOWN),
    ("dead", DOWN),
    ("shutdown", DOWN),
    ("lost", DOWN),
    ("poweroff", DOWN),
    ("poweredoff", DOWN),
    ("unhealthy", UNHEALTHY),
    ("unstable", UNHEALTHY),
    // A cluster node fenced (STONITH, Proxmox HA) was lost and is cut off.
    ("fenced", DOWN),
    // Recovery notices (OpenNMS "nodeRegainedService", "Service is restored"): the target is
    // back.
    ("recovered", RECOVERED),
    // "Windows successfully restored your computer's virtual memory": back to normal too.
    ("restored", RECOVERED | HEALTHY),
    ("regained", RECOVERED),
    // A node drained or cordoned by an operator (Docker Swarm `--availability drain`,
    // `kubectl cordon`) is taken out of service on purpose.
    ("drain", PLANNED),
    ("drained", PLANNED),
    ("cordon", PLANNED),
    ("cordoned", PLANNED),
    ("maintenance", PLANNED),
    // A member decommissioned or leaving gracefully (memberlist's "left the cluster
    // gracefully", Serf's `member-leave`) is taken out on purpose (POLICY.md rule 9).
    ("decommissioned", PLANNED),
    ("decommissioning", PLANNED),
    ("gracefully", PLANNED),
    ("config", CONFIG),
    ("conf", CONFIG),
    ("configuration", CONFIG),
    ("setting", CONFIG),
    ("settings", CONFIG),
    ("param", CONFIG),
    ("parameter", CONFIG),
    ("changed", CONFIG),
    // Kubernetes' limit on a Job's or Pod's own run time: a setting, whatever happened.
    ("activedeadlineseconds", CONFIG),
    ("planned", PLANNED),
    ("manual", PLANNED),
    ("manually", PLANNED),
    ("alive", RUNNING),
    // "fewer than 3 live brokers": members serving, as "alive" ones are.
    ("live", RUNNING),
    // "MySQL not up", `NotUp` (a target's `up` series at 0): not running ("up to date" is
    // passed over where the words are read).
    ("up", RUNNING),
    ("reporting", REPLY),
    // Compounds whose halves would mislead: a scaled-down deployment and a dead man's switch
    // are not down, dead tuples are rows.
    ("scaleddown", 0),
    ("scaledown", 0),
    ("cooldown", 0),
    ("breakdown", 0),
    ("countdown", 0),
    ("deadman", 0),
    ("deadmans", 0),
    ("deadletter", DEADLETTER),
    ("deadletters", DEADLETTER),
    ("deadlettered", DEADLETTER),
    ("dlq", DEADLETTER),
    ("dlqs", DEADLETTER),
    ("tuple", NOTNODE),
    ("tuples", NOTNODE),
    ("partition", NOTNODE),
    ("partitions", NOTNODE),
    ("directory", NOTNODE),
    ("directories", NOTNODE),
    ("cephpg", NOTNODE),
    ("cephpgs", NOTNODE),
    ("online", READY),
    ("balancer", HOST),
    // `LoadBalancer5xxErrors`, `ClassicLoadBalancer`: one word, as "load balancer" is two.
    ("loadbalancer", UPSTREAM | HOST),
    ("loadbalancers", UPSTREAM | HOST),
    ("flap", LOOP),
    ("flapping", LOOP),
    // Things that go down without being a node.
    ("remote", NOTNODE | REMOTE),
    ("bucket", REMOTE),
    ("buckets", REMOTE),
    ("s3", REMOTE),
    ("pgs", NOTNODE),
    ("placement", NOTNODE),
    ("shard", NOTNODE),
    ("shards", NOTNODE),
    ("quorum", NOTNODE),
    ("rollout", NOTNODE),
    // "The database migration running in the api pods has failed": a deploy step, not requests.
    ("migration", NOTNODE),
    ("release", NOTNODE),
    ("kustomization", NOTNODE),
    ("compactor", NOTNODE),
    ("logs", NOTNODE),
    // "Error logged by cms-api": a program's own error line is not a failed request (POLICY.md
    // rule 8), whatever the program is called.
    ("logged", NOTNODE),
    // "Lambda-…-ErrorLog": a count of a program's own error lines, not of failed requests
    // (POLICY.md rule 8).
    ("errorlog", ERROR | INTERNAL),
    ("hints", NOTNODE),
    ("cursor", NOTNODE),
    ("cursors", NOTNODE),
    ("conntrack", NOTNODE),
    ("tracking", NOTNODE),
    // `NOT` kept so that rules can tell "not ready" from "down".
    ("notready", DOWN | NOT),
    ("nodenotready", DOWN | HOST | NOT),
    ("icmp", PROBE),
    ("liveness", PROBE),
    // "Suspect esm-b has failed, no acks received" (memberlist): a peer's answer to a probe;
    // negated, an answer that stopped coming.
    ("ack", REPLY),
    ("acks", REPLY),
    ("heartbeat", PROBE | REPLY),
    ("heartbeats", PROBE | REPLY),
    ("ping", PROBE),
    ("probe", PROBE),
    ("uptime", PROBE),
    ("statuscheck", PROBE),
    ("host", HOST | NETNAME),
    ("hosts", HOST | NETNAME),
    ("node", HOST),
    ("nodes", HOST),
    ("target", HOST),
    ("targets", HOST),
    ("server", HOST | NETNAME),
    ("servers", HOST | NETNAME),
    ("exporter", HOST),
    ("endpoint", HOST),
    ("endpoints", HOST),
    ("brokers", HOST),
    ("member", HOST),
    // Cassandra's and Scylla's gossip: "InetAddress /10.0.0.3 is now DOWN".
    ("inetaddress", HOST),
    ("members", HOST),
    ("broker", HOST),
    ("agent", HOST),
    ("daemon", HOST),
    ("container", HOST),
    // An ECS task is a running group of containers ("blazer-task-unavailable"); "tasks" in the
    // plural stay work waiting ("pending tasks").
    ("task", HOST),
    ("containers", HOST),
    ("process", HOST),
    // "Processes: 0", "0 processes with command name": the plural is not stemmed ("processe").
    ("processes", HOST),
    ("vm", HOST),
    ("service", HOST | SERVICE),
    ("services", HOST | SERVICE),
    ("machine", HOST),
    ("website", HOST),
    // "Site unavailable: https://prow.example.org": a monitored web site.
    ("site", HOST),
    ("sites", HOST),
    ("websites", HOST),
    ("worker", HOST),
    ("workers", HOST),
    // dnsdist's and proxies' backends ("Marking downstream rec-2 as 'down'"); a cluster's
    // primary node ("kube-m-02 NotReady master", "Redis master down").
    ("downstream", HOST),
    ("master", HOST),
    ("datanode", HOST),
    ("apiserver", HOST),
    ("kubelet", HOST),
    ("pod", POD | HOST),
    ("pods", POD | HOST),
    // Kubernetes workloads: their replicas are pods, not copies of a database.
    ("statefulset", POD),
    ("statefulsets", POD),
    ("daemonset", POD),
    ("replicaset", POD),
    ("deployment", POD),
    ("postgres", HOST),
    ("postgresql", HOST),
    // PostgreSQL; Ceph's placement groups are written in the plural ("PGs down").
    ("pg", HOST),
    ("mysql", HOST),
    ("redis", HOST),
    ("mongodb", HOST),
    ("rabbitmq", HOST),
    ("elasticsearch", HOST),
    // "health check failing on lb-01": a load balancer, named short.
    ("lb", HOST),
    ("zookeeper", HOST),
    ("etcd", HOST),
    // Errors.
    ("error", ERROR),
    ("errors", ERROR),
    // Instana's "Erroneous call rate is too high".
    ("erroneous", ERROR),
    ("fail", FAIL),
    ("fails", FAIL),
    ("failed", FAIL),
    ("failing", FAIL),
    // "Cache initialization incomplete": a step that did not finish failed.
    ("incomplete", FAIL),
    ("failure", FAIL),
    ("failures", FAIL),
    ("unsuccessful", FAIL),
    // "DNS cannot resolve", "unable to connect": a failure in the vendor templates' words.
    ("cannot", FAIL),
    ("unable", FAIL),
    ("couldn", FAIL),
    // "invalid capacity 0 on image filesystem": a broken value, not a full disk.
    ("invalid", ERROR),
    ("5xx", HTTP5XX),
    // "Target HTTP 5XXs: 1842" (Centreon's ALB check).
    ("5xxs", HTTP5XX),
    ("4xx", HTTP5XX),
    ("http5xx", HTTP5XX),
    ("http4xx", HTTP5XX),
    ("request", REQUEST),
    ("requests", REQUEST),
    ("traffic", REQUEST),
    ("throughput", RATE),
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
    // "sessions_percent", "node_memory_working_set_percentage": a share of a resource in use.
    ("percent", RATIO | USAGE),
    ("pcnt", RATIO | USAGE),
    ("percentage", RATIO | USAGE),
    ("success", SUCCESS),
    ("successful", SUCCESS),
    ("successes", SUCCESS),
    ("succeeded", SUCCESS),
    ("successfully", SUCCESS),
    ("availability", AVAILABILITY),
    // Latency.
    ("latency", LATENCY),
    // A page's load time as a web check measures it ("HTTP loadtime of a page").
    ("loadtime", LATENCY),
    // Round-trip time is the network's, between hosts (POLICY.md rule 16), not a request's.
    ("rtt", LINK),
    // vSphere's datastores hold the virtual disks.
    ("datastore", DISK),
    ("datastores", DISK),
    ("latencies", LATENCY),
    ("slow", SLOW),
    // "a slowdown with one of our API endpoints", "slowing down git operations".
    ("slowdown", SLOW),
    ("slowdowns", SLOW),
    // "Galera service outage", "NGINX cluster outage": what is out is down.
    ("outage", DOWN),
    ("slowness", SLOW),
    // Redis SLOWLOG, MySQL slow query log.
    ("slowlog", SLOW),
    ("slowlogs", SLOW),
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
    // "Jobs in queue: 18452 (threshold 5000)": a measure set against its threshold.
    ("threshold", THRESHOLD),
    ("thresholds", THRESHOLD),
    ("over", HIGH),
    ("exceed", HIGH),
    ("exceeds", HIGH),
    ("exceeded", HIGH),
    // "Response time 3821 ms crossed the threshold of 3000 ms" (Site24x7).
    ("crossed", HIGH),
    ("exceeding", HIGH),
    ("elevated", HIGH),
    ("large", HIGH),
    ("huge", HIGH),
    ("excessive", MANY),
    ("multiple", MANY),
    ("spike", HIGH),
    // "an unusual restart count", "unusual number of evictions": more than usual.
    ("unusual", HIGH),
    ("surge", HIGH),
    ("increase", GROW),
    ("increasing", GROW),
    ("growing", GROW),
    ("grow", GROW),
    ("growth", GROW),
    ("bloating", GROW),
    ("piling", GROW),
    ("usage", USAGE),
    ("used", USAGE),
    ("utilization", USAGE),
    ("utilisation", USAGE),
    ("utilised", USAGE),
    ("utilized", USAGE),
    ("util", USAGE),
    ("perc", USAGE),
    ("pct", USAGE),
    // Application monitors' words for requests: a function's invocations, time to first byte.
    // ("Exceptions" stay out: a count of exceptions in a log is not a ratio of requests.)
    ("invocation", REQUEST),
    ("invocations", REQUEST),
    // A serverless function's metrics (`Errors`, `Throttles`, `Duration`) count its invocations.
    ("lambda", REQUEST),
    ("ttfb", LATENCY),
    ("consumed", USAGE | CONSUMPTION),
    // Abbreviations alertnames use ("ConnPoolSat", "RabbitmqUnackedMsgs", "ReplLagHigh",
    // "ErrRateHigh", "NodeUnreach", "GwTimeout"): pieces of a camelCase name, rare in prose.
    ("sat", EXHAUST),
    // urllib3's `HTTPConnectionPool(host=…): Max retries exceeded`: the class that made the
    // request, not a pool that ran out; what follows it says what failed.
    ("httpconnectionpool", 0),
    ("httpsconnectionpool", 0),
    ("msg", WORK),
    ("msgs", WORK),
    ("err", ERROR),
    ("errs", ERROR),
    ("repl", REPL),
    ("unreach", DOWN),
    ("gw", UPSTREAM),
    // An HTTP router in front of an application (Heroku's, OpenShift's): it forwards requests
    // to backends, as a gateway does. A network router that is down is still a host.
    ("router", UPSTREAM | HOST),
    ("routers", UPSTREAM | HOST),
    ("in", 0),
    ("near", NEAR),
    // httpd's mod_reqtimeout ("[reqtimeout:info] … AH01382: Request header read timeout"): a
    // client too slow to send its request (POLICY.md rule 15), not a dependency.
    ("reqtimeout", CLIENT),
    ("nearly", NEAR),
    ("almost", NEAR),
    ("approaching", NEAR),
    // "will reach the limit" is near; "could not reach host" is an answer that stopped coming.
    ("reach", NEAR | REACHABLE),
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
    // German, French and Spanish words of alert texts and translated error messages.
    ("speicher", MEM),
    // "Fehler: Speichermangel" (Ardour: memory shortage), "Mangel an Speicher".
    ("speichermangel", MEM | FEW),
    ("mangel", FEW),
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
    ("saturée", EXHAUST),
    ("redémarre", RESTART),
    ("boucle", LOOP),
    ("attente", WAIT),
    ("retard", DELAY | BEHIND),
    ("réplication", REPL),
    ("arrêté", DOWN),
    ("indisponible", DOWN),
    ("réponse", RESPONSE | REQUEST),
    ("temps", TIME),
    ("périphérique", DISK),
    // "délai d'attente dépassé" is a timeout, "délai de réplication" a replication delay.
    ("délai", DELAY | TIMEOUT),
    ("amont", UPSTREAM),
    ("dépassé", HIGH),
    ("dateien", FILES),
    ("fichiers", FILES),
    ("offene", OPEN),
    ("ouverts", OPEN),
    ("festplatte", DISK),
    ("festplatten", DISK),
    ("platte", DISK),
    ("festplattenplatz", DISK | SPACE),
    ("dateisystem", DISK),
    // "Arbeitsspeicher knapp": scarce, little left (not "usage low").
    ("knapp", FEW),
    ("wenig", LOW),
    ("zertifikat", CERT),
    ("zertifikats", CERT),
    ("abgelaufen", EXPIRE),
    ("läuft", 0),
    ("ablauf", EXPIRE),
    ("abläuft", EXPIRE),
    ("gültigkeit", EXPIRE),
    ("erreichbar", REACHABLE),
    ("unerreichbar", DOWN),
    ("ausgefallen", DOWN),
    ("knoten", HOST),
    ("latenz", LATENCY),
    ("antwortzeit", LATENCY),
    ("langsam", SLOW),
    ("fehler", ERROR),
    ("fehlerrate", ERROR | RATE),
    ("hoch", HIGH),
    ("hohe", HIGH),
    ("hoher", HIGH),
    ("warteschlange", QUEUE),
    ("neustarts", RESTART),
    ("neustart", RESTART),
    ("ständig", LOOP),
    ("wiederholt", LOOP),
    ("erschöpft", EXHAUST),
    ("ausgeschöpft", EXHAUST),
    ("nachrichten", WORK),
    ("rückstau", BACKLOG),
    ("rückstand", BACKLOG),
    ("staut", GROW),
    ("überschritten", HIGH),
    ("verzögerung", DELAY),
    ("replikation", REPL),
    ("festplattenspeicher", DISK | SPACE),
    ("belegt", USAGE),
    ("genug", ENOUGH),
    ("platz", SPACE),
    ("gerät", DISK),
    ("auslastung", USAGE),
    ("speicherauslastung", MEM | USAGE),
    ("zeitüberschreitung", TIMEOUT),
    ("anfragen", REQUEST),
    ("disque", DISK),
    ("injoignable", DOWN),
    ("inaccessible", DOWN),
    ("serveur", HOST | NETNAME),
    ("nœud", HOST),
    ("noeud", HOST),
    ("certificat", CERT),
    ("expiré", EXPIRE | TIMEOUT),
    ("faible", LOW),
    ("élevé", HIGH),
    ("élevée", HIGH),
    ("latence", LATENCY),
    ("lent", SLOW),
    ("lente", SLOW),
    ("erreurs", ERROR),
    ("erreur", ERROR),
    ("taux", RATE),
    ("redémarrages", RESTART),
    ("redémarré", RESTART),
    ("connexions", CONN),
    ("requêtes", REQUEST),
    // Spanish.
    ("memoria", MEM),
    ("disco", DISK),
    ("espacio", SPACE),
    ("queda", FREE),
    ("hay", 0),
    ("suficiente", ENOUGH),
    ("demasiados", MANY),
    ("demasiadas", MANY),
    ("clientes", CONN),
    ("conexiones", CONN),
    ("latencia", LATENCY),
    ("lento", SLOW),
    ("lenta", SLOW),
    ("alta", HIGH),
    ("alto", HIGH),
    ("bajo", LOW),
    ("baja", LOW),
    ("lleno", FULL),
    ("llena", FULL),
    ("caído", DOWN),
    ("caido", DOWN),
    ("inaccesible", DOWN),
    ("agotado", EXHAUST),
    ("agotada", EXHAUST),
    ("agotados", EXHAUST),
    ("cola", QUEUE),
    ("pendientes", PENDING),
    ("mensajes", WORK),
    ("certificado", CERT),
    ("caduca", EXPIRE),
    ("caducado", EXPIRE),
    ("vence", EXPIRE),
    ("expira", EXPIRE),
    ("caducidad", EXPIRE),
    ("vencimiento", EXPIRE),
    ("errores", ERROR),
    ("fallo", FAIL),
    ("fallos", FAIL),
    ("reinicios", RESTART),
    ("reiniciado", RESTART),
    ("reiniciada", RESTART),
    ("reinició", RESTART),
    ("muchos", MANY),
    ("muchas", MANY),
    ("nodo", HOST),
    ("servidor", HOST | NETNAME),
    ("uso", USAGE),
    ("solicitudes", REQUEST),
    ("peticiones", REQUEST),
    ("respuesta", RESPONSE | REQUEST),
    ("tiempo", TIME),
    ("retraso", DELAY),
    ("creciendo", GROW),
    ("creciente", GROW),
    ("reiniciando", RESTART),
    ("reiniciándose", RESTART),
    ("reinicia", RESTART),
    ("continuamente", LOOP),
    ("inalcanzable", DOWN),
    ("detenido", DOWN),
    ("saturado", EXHAUST),
    ("saturada", EXHAUST),
    ("demora", DELAY),
    ("atrasado", BEHIND),
    ("interbloqueo", DEADLOCK),
    ("expirado", EXPIRE),
    ("resolución", RESOLVE),
    ("archivos", FILES),
    ("abiertos", OPEN),
    ("replicación", REPL),
    // Portuguese.
    ("memória", MEM),
    ("espaço", SPACE),
    ("livre", FREE),
    ("acima", HIGH),
    ("abaixo", LOW),
    ("cheio", FULL),
    ("cheia", FULL),
    ("fila", QUEUE),
    ("latência", LATENCY),
    ("full", FULL),
    ("fill", FULL),
    ("fills", FULL),
    ("filling", FULL),
    ("low", LOW),
    ("lack", LOW),
    ("free", FREE),
    ("available", FREE),
    ("avail", FREE),
    ("remaining", FREE),
    ("freeable", FREE),
    ("left", FREE),
    ("out", OUT),
    ("pressure", PRESSURE),
    ("reclaim", PRESSURE),
    ("ephemeral", DISK),
    ("alarm", ALARM),
    ("predicted", PREDICT),
    ("predict", PREDICT),
    ("forecast", PREDICT),
    ("reject", REJECT),
    ("rejected", REJECT),
    ("rejecting", REJECT),
    // "Connection refused" is a closed port, not a limit: only "rejected" counts toward one.
    // A listener "refusing connections" is up and full (`REFUSED` is the error's own
    // wording, a phrase); the word still says what happened (`STATED`).
    ("refused", STATED),
    // Node.js's `connect ECONNREFUSED 10.0.4.2:5432`: the errno's name says the same.
    ("econnrefused", CONN | REFUSED),
    // "Pool#acquire(Duration) has been pending", "borrowObject".
    ("acquire", LEASE),
    ("acquiring", LEASE),
    ("borrow", LEASE),
    // "ClickHouseReadonlyReplica", "pulsar_replication_connected_count": a replica's state,
    // named; the check is not named after replication alone (a lag).
    ("readonly", STATED),
    ("connected", STATED),
    ("waiting", WAIT),
    ("awaiting", WAIT),
    ("wait", WAIT),
    ("stuck", WAIT),
    ("old", WAIT),
    ("oldest", WAIT),
    ("age", WAIT),
    ("backing", GROW),
    // Work held up on its way out: "Delayed processing of webhooks", "delays in delivery".
    ("delivery", DELIVERY),
    ("deliveries", DELIVERY),
    ("webhooks", WORK),
    ("processing", PROC),
    ("execution", PROC),
    // Look-alikes.
    ("cpu", CPU),
    // A processor's clocks slowed for heat ("HWThermalThrottle", "GPU Hardware Thermal
    // throttling") are the hardware's throttling, as a CPU's are, not a provider's refusals.
    ("thermal", CPU),
    ("cpus", CPU),
    // A guest's virtual CPUs: "Guest vCPU Queue" is a run queue, not work waiting.
    ("vcpu", CPU),
    ("vcpus", CPU),
    ("load", CPU),
    ("bgp", LINK | ROUTING),
    ("tcp", LINK),
    // A peer alone is a member of the same cluster (Cassandra's, RabbitMQ's, Galera's, etcd's);
    // a routing word beside it ("BGP peer") makes it a router's session.
    ("peer", PEER),
    ("peers", PEER),
    ("neighbor", LINK | ROUTING),
    ("neighbors", LINK | ROUTING),
    ("neighbour", LINK | ROUTING),
    ("neighbours", LINK | ROUTING),
    // Routing and liveness protocols between routers (NOC's alarm classes "Network | MPLS | LDP
    // Neighbor Down", "Network | BFD | Session Down", "Network | RSVP | Neighbor Down").
    ("ospf", LINK | ROUTING),
    ("ldp", LINK | ROUTING),
    ("rsvp", LINK | ROUTING),
    ("bfd", LINK | ROUTING),
    ("eigrp", LINK | ROUTING),
    ("msdp", LINK | ROUTING),
    ("tunnel", LINK | ROUTING),
    ("vpn", LINK | ROUTING),
    ("ipsec", LINK | ROUTING),
    ("interface", LINK),
    ("link", LINK),
    // A network card's errors are frames it lost, not requests.
    ("nic", LINK),
    ("nics", LINK),
    // SNMP's interface status objects (LibreNMS "ifOperStatus down (was up)").
    ("ifoperstatus", LINK),
    ("ifadminstatus", LINK),
    ("bond", LINK),
    ("wireguard", LINK | ROUTING),
    // IS-IS and OSPF adjacencies are routing sessions between routers.
    ("adjacency", LINK | ROUTING),
    ("adjacencies", LINK | ROUTING),
    ("absent", ABSENT),
    // "InboundMXQueueNoMetrics", Grafana's "DatasourceNoData": the series is missing, the
    // thing it measures is unknown.
    ("nometrics", ABSENT),
    ("nodata", ABSENT),
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
    // "DIMM error(s) detected": a memory module's hardware errors, not memory exhausted.
    ("dimm", ECC),
    ("dimms", ECC),
    ("correctable", ECC),
    ("uncorrectable", ECC),
    ("corrupted", ECC),
    ("io", IO),
    // Java's and .NET's catch-all I/O error type says nothing of disks: its message does.
    ("ioexception", 0),
    ("iops", IO),
    // Burst balances and credits are I/O or CPU allowances, never capacity.
    ("burst", IO),
    ("credit", IO),
    // RDS's `EBSByteBalance%` and `EBSIOBalance%`: a burst balance (POLICY.md rule 16).
    ("balance", IO),
    ("credits", IO),
    ("fsync", IO),
    ("wal", IO),
    ("busy", IO),
    // needrestart's "CRIT - Kernel: 6.1.0-18-amd64, Services: 2 (!), Sessions: 2 (!)": the
    // kernel's own state and counters, not an application's requests or connections.
    ("kernel", INTERNAL),
    ("runq", CPU),
    ("aqu", DISK | IO),
    // iostat itself ("queue length of the requests issued to the device (iostat -x)"): a block
    // device's request queue, not work waiting for a consumer.
    ("iostat", DISK | IO),
    ("avgqu", DISK | IO),
    ("compaction", INTERNAL),
    ("scrape", INTERNAL),
    ("scraping", INTERNAL),
    ("evaluation", INTERNAL),
    ("evaluations", INTERNAL),
    ("gc", INTERNAL),
    ("reconciliation", INTERNAL),
    ("ipam", INTERNAL),
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
    // Thread pools are neither storage nor connection pools.
    ("threadpool", INTERNAL),
    ("bufferpool", INTERNAL),
    ("behindmaster", REPL | BEHIND),
    ("collection", INTERNAL),
    ("state", STATE),
    ("normal", HEALTHY),
    // An SSD's endurance or wear-out remaining is its health, not its free space.
    ("endurance", HEALTHY),
    ("wearout", HEALTHY),
    ("nominal", HEALTHY),
    ("few", FEW),
    ("fewer", FEW),
    ("insufficient", FEW),
    ("unavailable", UNAVAILABLE),
    ("churn", CHURN),
    ("read", READ),
    // Words whose meaning turns after `not`/`no`.
    ("not", NOT),
    ("no", NOT),
    ("zero", NOT),
    ("without", NOT),
    // Contractions split at the apostrophe: "isn't consuming", "doesn't respond".
    ("isn", NOT),
    ("aren", NOT),
    ("wasn", NOT),
    ("weren", NOT),
    ("doesn", NOT),
    ("don", NOT),
    ("didn", NOT),
    ("hasn", NOT),
    ("haven", NOT),
    ("won", NOT),
    // The `t` of a contraction passes the negation on.
    ("t", 0),
    // A consequence named as a risk ("may lead to OOM kills", "to avoid deadlocks") is not
    // what happened: these read like a negation of the decisive word after them, with the
    // small words between passed over.
    ("lead", NOT),
    ("leads", NOT),
    ("risk", NOT),
    ("avoid", NOT),
    ("prevent", NOT),
    ("to", 0),
    // "has not been ready", "could not be reached": the negation passes over the auxiliary.
    ("be", 0),
    ("been", 0),
    // "does not appear to be running", "doesn't seem to respond": the negation passes over
    // the verb of seeming to the state it denies.
    // "has not sent a heartbeat", "did not send its status": a message not sent is an
    // answer that did not come.
    ("sent", 0),
    ("send", 0),
    ("appear", 0),
    ("appears", 0),
    ("seem", 0),
    ("seems", 0),
    ("of", 0),
    ("an", 0),
    ("a", 0),
    ("the", 0),
    ("ready", READY),
    ("running", RUNNING),
    ("reply", REPLY),
    ("responds", REPLY),
    ("responde", REPLY),
    ("replies", REPLY),
    ("respond", REPLY),
    ("responding", REPLY),
    ("reachable", REACHABLE),
    ("enough", ENOUGH),
    // "… deleted, freeing 87 megabytes of disk space": space given back on purpose, as Ardour's
    // cleanup says it in French ("libérant") and Swedish ("frigör").
    ("freeing", RECOVERED),
    ("libérant", RECOVERED),
    ("frigör", RECOVERED),
];

/// Two-word terms, `(first, second, concepts)`: the second word is read as the term when it
/// follows the first (empty runs between words, as in "Ceph  PG", break the pair).
pub(super) const PHRASES: &[(&str, &str, Concepts)] = &[
    // "Number of tracked connections is near the limit": netfilter's conntrack table.
    ("tracked", "connections", CONN | NOTNODE),
    // Kibana's "system.filesystem.used.pct reported no data in the last 5m": the monitor's
    // series is missing, nothing was measured.
    ("no", "data", ABSENT),
    // A certificate signing request waits for approval, not for a worker.
    ("signing", "request", CERT),
    ("certificate", "request", CERT),
    ("certificate", "requests", CERT),
    ("first", "byte", LATENCY),
    // Application Gateway's `TotalTime` and `BackendConnectTime`, HAProxy's "max total time": the
    // time a request or its connection took, named by its span.
    ("total", "time", LATENCY),
    ("connect", "time", LATENCY),
    ("degraded", "performance", SLOW),
    ("page", "load", REQUEST),
    ("ceph", "pg", NOTNODE),
    ("storage", "spaces", DISK),
    ("network", "card", LINK),
    ("network", "cards", LINK),
    // A controller's reconcile errors are its own runs (POLICY.md rule 10); an endpoint named
    // "reconcile" still serves requests.
    ("reconcile", "error", INTERNAL),
    ("reconcile", "errors", INTERNAL),
    ("reconcile", "failures", INTERNAL),
    // A storage quota "reaching" its limit is nearly full; a quota "reached" may count volumes.
    ("reaching", "quota", QUOTA | FULL),
    ("approaching", "quota", QUOTA | FULL),
    ("nearing", "quota", QUOTA | FULL),
    // LVM's thin pools hold volumes' blocks: their data and metadata fill as a disk does.
    ("thin", "pool", DISK | POOL),
    ("ceph", "pgs", NOTNODE),
    ("placement", "group", NOTNODE),
    ("placement", "groups", NOTNODE),
    ("status", "check", PROBE),
    // ExternalDNS publishes records to a DNS provider: its errors are a controller's, not a
    // name that failed to resolve.
    ("external", "dns", 0),
    ("uptime", "check", PROBE),
    ("powered", "off", DOWN),
    // "could not be resolved", "was not resolved": a name lookup (negated by the `not`).
    // "Intermittent resolution fail", "resolution errors": "resolution" alone is a runbook
    // heading; failing, it is a lookup's.
    ("resolution", "fail", RESOLVE | FAIL),
    ("resolution", "fails", RESOLVE | FAIL),
    ("resolution", "failed", RESOLVE | FAIL),
    ("resolution", "failure", RESOLVE | FAIL),
    ("resolution", "failures", RESOLVE | FAIL),
    ("resolution", "error", RESOLVE | ERROR),
    ("resolution", "errors", RESOLVE | ERROR),
    ("be", "resolved", RESOLVE),
    ("not", "resolved", RESOLVE),
    // "is back online", "is now UP": a recovery notice.
    ("back", "online", RECOVERED | READY),
    ("now", "up", RECOVERED),
    // Upptime's "**Resolved:** Docs is back up in 09c5d3e after 6 minutes".
    ("back", "up", RECOVERED),
    // "returned from DOWN state"; "returned" alone is what a check or a call gave back.
    ("returned", "from", RECOVERED),
    // A status page's update that the trouble is over: "latency has returned to normal levels",
    // "operations should now be performing normally".
    ("returned", "to", RECOVERED),
    ("back", "to", RECOVERED),
    ("performing", "normally", RECOVERED),
    // "Disk space is now within acceptable limits" ("did not come back within the fence delay"
    // is a deadline missed, so not "back within").
    ("now", "within", RECOVERED),
    // "keeps launching tasks that exit again", "the worker crashed again": a process that dies
    // anew after each restart is a loop, whoever restarts it.
    ("exit", "again", RESTART | LOOP),
    ("exits", "again", RESTART | LOOP),
    ("exited", "again", RESTART | LOOP),
    // "The container exits repeatedly with code 137", "worker crashed repeatedly": the same.
    ("exit", "repeatedly", RESTART | LOOP),
    ("exits", "repeatedly", RESTART | LOOP),
    ("exited", "repeatedly", RESTART | LOOP),
    ("crashed", "repeatedly", RESTART | LOOP),
    // "The service has been restarting for 15 minutes": restarted over and over, not once
    // ("has been restarted" stays one restart).
    ("been", "restarting", RESTART | LOOP),
    // "stuck in a boot loop", "reboot loop": a machine or device restarted over and over.
    ("boot", "loop", RESTART | LOOP),
    ("reboot", "loop", RESTART | LOOP),
    // "has exhausted its automatic restart budget": a supervisor's give-up (POLICY.md rule 15),
    // not an error budget.
    ("restart", "budget", RESTART | LOOP),
    // "Ping Latency", "ICMP latency": a ping's round-trip time is link quality (POLICY.md rule
    // 16), not how long requests take.
    ("ping", "latency", LINK),
    // "High network latency on gw-01", "network latency to external services": the network's
    // round-trip time, link quality like a ping's.
    ("network", "latency", LINK),
    ("wan", "latency", LINK),
    ("link", "latency", LINK),
    // MySQL's replication threads ("The SQL thread is not running", "Slave IO thread stopped"):
    // replication that stopped is broken replication (POLICY.md rule 5), not a server down.
    ("sql", "thread", REPL),
    ("io", "thread", REPL),
    ("icmp", "latency", LINK),
    ("crash", "again", RESTART | LOOP),
    // "Non-RT task failure rate", "task executions are failing": a task that failed is work
    // that failed (POLICY.md rule 4), whatever an ECS task that is unavailable is.
    ("task", "failure", FAIL | WORK),
    ("task", "failures", FAIL | WORK),
    ("task", "error", ERROR | WORK),
    ("task", "errors", ERROR | WORK),
    ("task", "executions", WORK),
    // systemd's start-limit-hit: "Restart limit reached", "restart limit hit".
    ("restart", "limit", RESTART | LOOP),
    // supervisord's and suture's "Entering the backoff state": restarts held back after
    // repeated exits.
    ("backoff", "state", RESTART | LOOP),
    // Pacemaker's "cannot run on db-ha-1 due to reaching migration threshold": the resource
    // failed as often as its threshold allows.
    ("migration", "threshold", RESTART | LOOP),
    // taskiq's "Max restarts reached. Exiting.": a manager that gave up restarting.
    ("max", "restarts", RESTART | LOOP),
    // supervisor's "max number of restarts reached", PM2's "too many unstable restarts (16)".
    ("restarts", "reached", RESTART | LOOP),
    ("unstable", "restarts", RESTART | LOOP),
    ("image", "pull", NEVERRAN),
    ("pulling", "image", NEVERRAN),
    ("maximum", "restarts", RESTART | LOOP),
    ("crashes", "again", RESTART | LOOP),
    ("crashed", "again", RESTART | LOOP),
    ("died", "again", RESTART | LOOP),
    ("dies", "again", RESTART | LOOP),
    // Nagios' and Naemon's "HOST DOWNTIME ALERT: …; Host has entered a period of scheduled
    // downtime": a maintenance window, not an outage.
    // "Task stopped by user", "Powered off by user CORP\\ops-jdoe": someone meant it (POLICY.md
    // rule 9).
    // A login refused by a peer that is up (`FATAL: password authentication failed`, MySQL's
    // "Access denied for user", "Login failed for user").
    ("authentication", "failed", AUTH | FAIL),
    ("authentication", "failure", AUTH | FAIL),
    ("authentication", "failures", AUTH | FAIL),
    // ssh's "Host key verification failed": the host answered with a key we did not trust.
    ("key", "verification", AUTH),
    // "38.4 GiB space freed up": space given back. "Needs to be freed" is advice, not this.
    ("freed", "up", RECOVERED),
    // "fd limit is lower than required": a setting below what the program asks for.
    ("than", "required", CONFIG),
    // "Less than 50% of MongoDB instances are up", "Not all expected brokers are online": fewer
    // members running than there should be.
    ("less", "than", FEW),
    ("not", "all", FEW),
    ("login", "failed", AUTH | FAIL),
    ("access", "denied", AUTH),
    ("permission", "denied", AUTH),
    ("by", "user", PLANNED),
    // Azure Resource Health's context of a restart someone asked for.
    ("customer", "initiated", PLANNED),
    ("user", "initiated", PLANNED),
    // Oracle ORA-01013 "user requested cancel of current operation": the caller gave up.
    ("user", "requested", PLANNED),
    ("by", "operator", PLANNED),
    ("by", "admin", PLANNED),
    ("by", "administrator", PLANNED),
    ("scheduled", "downtime", PLANNED),
    ("on", "purpose", PLANNED),
    ("rolling", "upgrade", PLANNED),
    ("rolling", "restart", PLANNED),
    ("downtime", "alert", PLANNED),
    // "No healthy targets left in upstream", "no healthy upstream": health checks failing.
    ("no", "healthy", UNHEALTHY),
    // "minio service is not stable", "Service unstable": something wrong, not said what.
    ("not", "stable", UNHEALTHY),
    ("load", "balancer", UPSTREAM | HOST),
    ("target", "group", UPSTREAM | HOST),
    ("target", "groups", UPSTREAM | HOST),
    // A dead man's switch is the alert that always fires: it is dead only when it stops.
    ("man", "switch", ABSENT),
    ("mans", "switch", ABSENT),
    ("man", "s", ABSENT),
    // "kubernetes-failed-nodes", "NodesFailureAlarm": nodes that failed are down; a failed
    // node *operation* ("node lookup failed") does not put the words side by side.
    // Session 25: an HA manager fencing a node ("Trying to fence node 'pve-b2'") does so because
    // it failed; Sensu's "No keepalive sent from web-front-5": the agent's host went silent.
    ("fence", "node", DOWN | HOST),
    ("no", "keepalive", DOWN | HOST | NOREPLY),
    ("failed", "node", DOWN | HOST),
    // Presto's "2 worker nodes failed": nodes counted as failed.
    ("nodes", "failed", DOWN | HOST),
    // Galera's "detected inactive node: 9b77d1c2"; "inactive" alone is a unit, a shard or an
    // exchange that is idle.
    // A cache "evicting keys" drops them because its memory is full (Redis' maxmemory).
    ("evicting", "keys", MEM | EXHAUST),
    ("evicted", "keys", MEM | EXHAUST),
    ("inactive", "node", DOWN | HOST),
    ("inactive", "nodes", DOWN | HOST),
    // LibreNMS "Port status up/down", "Port status change from up to down": a switch port's
    // link, not the host behind it (POLICY.md rule 9). A port number alone is where a service
    // listens.
    ("port", "status", LINK),
    ("port", "state", LINK),
    ("failed", "nodes", DOWN | HOST),
    ("node", "failure", DOWN),
    ("nodes", "failure", DOWN),
    // vSphere HA's "a host failure has been detected", XenServer's HA_HOST_FAILED. "db-host
    // failed to scrape its files" is a program on a host that failed at something (the scan
    // reads no phrase into a "failed to").
    ("host", "failure", DOWN),
    ("host", "failed", DOWN),
    ("old", "generation", MEM),
    // "cert days left: 5": the time left before something expires.
    ("days", "left", EXPIRE),
    // "is running low on connections", "running low on disk space": a resource nearly used up.
    ("running", "low", NEAR),
    // "valid until 2026-12-09", kubeadm's "RESIDUAL TIME 8d", an x509 `not_after`: the end of a
    // validity period.
    ("valid", "until", EXPIRE),
    // "Health check failed for payments-api": the monitor's own check, one probe, not a ratio of
    // the service's requests (whether it says the host is down is the probe rules' question).
    ("health", "check", INTERNAL),
    ("health", "checks", INTERNAL),
    ("residual", "time", EXPIRE),
    ("not", "after", EXPIRE),
    ("days", "remaining", EXPIRE),
    ("timing", "out", TIMEOUT),
    // "Clients closed the connection", "client canceled", "The client disconnected": the
    // caller gave up, not what it called (POLICY.md rules 13 and 15). Cassandra's "client
    // request" failures are requests, and stay so.
    ("client", "canceled", CLIENT),
    ("client", "cancelled", CLIENT),
    ("client", "closed", CLIENT),
    ("clients", "closed", CLIENT),
    ("client", "disconnected", CLIENT),
    ("client", "abandoned", CLIENT),
    ("client", "aborted", CLIENT),
    ("client", "timed", CLIENT | TIMEOUT),
    // nginx's "client read timed out while connecting to upstream" (proxy_connect) and "client
    // prematurely closed connection, so upstream connection is closed too".
    ("client", "read", CLIENT),
    ("client", "prematurely", CLIENT),
    ("clients", "timed", CLIENT | TIMEOUT),
    ("client", "time", CLIENT),
    ("clients", "time", CLIENT),
    // "clients may start to time out", "requests to inventory time out": the verb, not a
    // resource run out.
    ("time", "out", TIMEOUT),
    ("times", "out", TIMEOUT),
    // systemd's start limit ("start-limit-hit", "hit its start limit"): restarted too often;
    // OpenRC's supervise-daemon gives up at its respawn limit the same way.
    ("start", "limit", RESTART | LOOP),
    ("respawn", "limit", RESTART | LOOP),
    // A Kubernetes liveness probe's failure restarts the container (POLICY.md rule 15): one
    // failure is one restart, not a host that is down; its count decides a loop.
    ("liveness", "probe", LIVENESS),
    // "answered 408 Request Timeout": the status's own phrase, the client too slow to send its
    // request (POLICY.md rule 15), where a bare number in prose is only a value.
    ("408", "request", CLIENT),
    // supervisord's status "queue-worker-3 not running: backoff": between restarts of a
    // program that keeps exiting (POLICY.md rule 9).
    ("running", "backoff", RESTART | LOOP),
    // The CPU scheduler's run queue (`sar -q` runq-sz) and a block device's request queue
    // (`iostat` aqu-sz) hold tasks and I/O requests, not work waiting for a consumer.
    ("run", "queue", CPU),
    // oVirt's "Host kvm-07 is non responsive", "became Non Responsive": no answer comes.
    ("non", "responsive", DOWN | NOREPLY),
    // "API responding slowly", "pages loading slowly": answers that come late. Consuming or
    // draining slowly is a rate, not a wait.
    ("responding", "slowly", SLOW),
    ("responds", "slowly", SLOW),
    ("respond", "slowly", SLOW),
    ("loading", "slowly", SLOW),
    ("loads", "slowly", SLOW),
    // "100/100 connections in use", "heap in use": what is taken of a capacity.
    ("in", "use", USAGE),
    // A Redis list used as a job queue ("Redis list queue:mailers length"), not an API's list.
    ("redis", "list", QUEUE),
    // "can hold locks, cause table bloat, and delay replication": a verb, a consequence named,
    // where "replication delay" is a measure.
    // "pulsar_replication_backlog", "412000 messages not yet replicated": a geo-replication
    // backlog is a replica behind (POLICY.md rule 10), not work waiting for a consumer.
    ("replication", "backlog", LAG),
    // Kafka consumers' `records-lag` and `records-lag-max`: records a consumer has yet to read.
    ("records", "lag", LAG | WORK),
    // Spanish "sin memoria" (out of memory).
    ("sin", "memoria", MEM | EXHAUST),
    // A session's or a statement's timeout is a limit the server enforces on its own clients
    // (a Kafka consumer's heartbeats, PostgreSQL's `statement_timeout`), not a dependency that
    // did not answer.
    // An idle timeout ("upstream connection idle timeout") closes a connection nobody used.
    ("idle", "timeout", UNDER),
    ("idle", "timeouts", UNDER),
    ("session", "timeout", CONFIG),
    ("session", "timeouts", CONFIG),
    ("statement", "timeout", CONFIG),
    ("statement", "timeouts", CONFIG),
    // A server waiting "for client preface", reading "from client": the client is slow
    // (POLICY.md rule 13).
    ("from", "client", CLIENT),
    ("for", "client", CLIENT),
    // Zabbix's "Configured max number of open filedescriptors is too low": a setting.
    ("configured", "max", CONFIG | LIMIT),
    // A limiter in shadow mode ("SHADOW_MODE", "shadow_mode would trigger") counts what it
    // would have refused and refuses nothing: a setting's dry run.
    ("shadow", "mode", CONFIG),
    // ECS's stoppedReason "Scaling activity initiated by (deployment ...)": a rolling deploy.
    ("scaling", "activity", PLANNED),
    // ELB's health-check reason "Target.Timeout": the target failed its checks.
    ("target", "timeout", HOST | DOWN | PROBE),
    // Ktor's "Connect timeout has expired".
    ("connect", "timeout", CONN | TIMEOUT),
    // PgBouncer's "closing because: server lifetime over": a connection retired by age.
    ("lifetime", "over", EXPIRE),
    // PHP's "Maximum execution time of 30 seconds exceeded": the script's own limit.
    ("maximum", "execution", LIMIT),
    // Instana's "State: closed by Instana": the issue is over (POLICY.md rule 14).
    ("state", "closed", RECOVERED),
    // ActiveMQ's persistent store ("Store usage is close to 100% of the store limit"): disk.
    ("store", "usage", DISK | USAGE),
    ("store", "limit", DISK | LIMIT),
    // "The error rate is higher than normal": a comparison, not a state said to be healthy.
    ("than", "normal", 0),
    ("delay", "replication", 0),
    ("delays", "replication", 0),
    ("device", "queue", DISK | IO),
    // A restart that is only required or pending (needrestart, `needs-restarting`, Patroni's
    // "Pending restart", "reboot required"): nothing restarted yet, as after a planned change.
    ("need", "restart", PLANNED),
    ("needs", "restart", PLANNED),
    ("need", "restarting", PLANNED),
    ("needs", "restarting", PLANNED),
    ("needs", "reboot", PLANNED),
    ("pending", "restart", PLANNED),
    // Active Directory's "pending replications": changes not yet sent to a partner
    // (POLICY.md rule 17).
    ("pending", "replications", REPL | LAG),
    ("pending", "replication", REPL | LAG),
    // "TiKV_pending_task", "pending task count": a task waiting, not a task as a host.
    ("pending", "task", WORK),
    ("task", "pending", PENDING | WORK),
    ("pending", "reboot", PLANNED),
    ("restart", "required", PLANNED),
    ("reboot", "required", PLANNED),
    ("restart", "pending", PLANNED),
    ("reboot", "pending", PLANNED),
    // Advice ("try restarting the pod", "please restart the service") names no restart that
    // happened.
    ("try", "restart", 0),
    ("try", "restarting", 0),
    ("consider", "restarting", 0),
    ("please", "restart", 0),
    ("deadline", "exceeded", UPSTREAM | TIMEOUT),
    // tonic's and grpc-go's text for DEADLINE_EXCEEDED: "Deadline expired before operation
    // could complete".
    ("deadline", "expired", UPSTREAM | TIMEOUT),
    // "file system" is a filesystem, not files.
    ("file", "system", DISK),
    ("file", "systems", DISK),
    // "response times": a duration, not a count of restarts.
    ("response", "times", TIME),
    ("behind", "master", REPL),
    // "not catch up with the master", "has not caught up": a copy still behind. A bare "catch
    // up" is often a guess ("the replaced instance may need some time to catch-up").
    ("not", "catch", BEHIND),
    ("not", "caught", BEHIND),
    ("can", "t", FAIL),
    // "No such host is known", Go's "no such host": the resolver's answer.
    ("such", "host", DNS | DNSFAIL),
    ("unknown", "host", NOTFOUND | NETNAME | HOST),
    ("connection", "refused", REFUSED | CONN),
    // Winsock's WSAECONNREFUSED text, "No connection could be made because the target machine
    // actively refused it", and its translations (Windows' system error codes in German, French
    // and Spanish): a refusal, said of the connection a sentence earlier.
    ("actively", "refused", REFUSED | CONN | GONE),
    ("aktiv", "verweigert", REFUSED | CONN | GONE),
    ("refusé", "activement", REFUSED | CONN | GONE),
    ("rechazó", "activamente", REFUSED | CONN | GONE),
    // Serf's `member-failed` event (`EventMemberFailed`): the gossip failure detector gave up on
    // a member. A `member-leave` is a graceful leave.
    ("member", "failed", HOST | DOWN | GONE),
    // A failure detector's suspicion of a member (Hazelcast's "Suspecting Member …", JGroups'
    // "suspected members"): the others stopped hearing from it. ("Suspect member login" is
    // fraud, "unexpectedly left the consumer group" a consumer, "marked as failing" any job:
    // those stay unread.)
    ("suspecting", "member", HOST | DOWN | GONE),
    ("suspected", "members", HOST | DOWN | GONE),
    // Varnish's health probe: a backend that "went sick" failed its probes.
    ("went", "sick", DOWN | GONE),
    ("still", "sick", DOWN | GONE),
    // etcd's "peer became inactive (message send to peer failed)".
    ("became", "inactive", DOWN | GONE),
    // A member "expelled from the group" was removed by the others' failure detector.
    ("was", "expelled", DOWN | GONE),
    // Elasticsearch's `node-left[...] reason: disconnected`: the master removed the node.
    ("node", "left", HOST | DOWN | GONE),
    // WSAEHOSTDOWN and WSAEHOSTUNREACH as Windows words them in German, Spanish and Portuguese
    // ("da der Zielhost ausgefallen ist", "a un host inalcanzable", "host inacessível",
    // "o host de destino estava inoperante") and in English ("an unreachable host").
    ("zielhost", "ausgefallen", HOST | DOWN | GONE),
    ("host", "inalcanzable", HOST | DOWN | GONE),
    ("host", "inacessível", HOST | DOWN | GONE),
    ("estava", "inoperante", DOWN | GONE),
    ("unreachable", "host", HOST | DOWN | GONE),
    ("unknown", "hostname", NOTFOUND | NETNAME),
    ("cannot", "find", NOTFOUND),
    ("t", "find", NOTFOUND),
    ("host", "resolution", RESOLVE),
    ("name", "resolution", RESOLVE),
    ("hostname", "resolution", RESOLVE),
    ("dns", "resolution", RESOLVE),
    // "hostname lookup failures" is a resolver's; a "node lookup" is an API's.
    ("hostname", "lookup", RESOLVE),
    ("host", "lookup", RESOLVE),
    ("name", "lookup", RESOLVE),
    ("dns", "lookup", RESOLVE),
    ("behind", "source", REPL),
    // Portuguese "fora do ar": off the air.
    ("do", "ar", DOWN),
    // "disk I/Os consumed": input/output operations, not space.
    ("i", "o", IO),
    ("i", "os", IO),
    // "rate limit exceeded", "RateLimitReached": the limiter's own words; "the rate of log
    // production ... throughput capacity" only meet by accident.
    ("rate", "limit", RATELIMIT),
    ("rate", "limits", RATELIMIT),
    ("rate", "limited", RATELIMIT),
    ("rate", "limiting", RATELIMIT),
    ("thread", "pool", INTERNAL),
    // commons-pool's "Timeout waiting for idle object" (DBCP2, Jedis): a borrower waited for a
    // pooled object that no one returned.
    ("idle", "object", POOL),
    // MongoDB drivers' "The wait queue for acquiring a connection … is full": the callers a
    // connection pool keeps waiting, not work in a queue.
    ("wait", "queue", POOL | WAIT),
    // Rust's "memory allocation failed due to capacity overflow": a size computation that
    // overflowed, not memory running short (read like an idle resource, which vetoes it).
    ("capacity", "overflow", UNDER),
    // "Database queues overflow", "send queue overflowed": a queue past what it can hold. Other
    // overflows (a stack, an integer, a buffer past its bounds) are bugs, not work waiting.
    ("queue", "overflow", QUEUE | FULL),
    ("queues", "overflow", QUEUE | FULL),
    ("queue", "overflowed", QUEUE | FULL),
    ("queue", "overflowing", QUEUE | FULL),
    // A volume's throughput is how much it moves: held at its cap ("EBS volume throughput
    // saturated"), it is I/O, not a store filling up or requests refused.
    ("volume", "throughput", DISK | IO),
    // "Low sales volume", "transaction volume dropped": an amount of business, not a disk.
    ("sales", "volume", 0),
    ("traffic", "volume", 0),
    ("transaction", "volume", 0),
    ("transactions", "volume", 0),
    ("order", "volume", 0),
    ("orders", "volume", 0),
    ("trading", "volume", 0),
    ("call", "volume", 0),
    ("request", "volume", 0),
    // Sidekiq's and Celery's "queue latency": how long the oldest job has waited in the queue,
    // a backlog (POLICY.md rule 4: time spent waiting in a queue), not a request's latency.
    ("queue", "latency", QUEUE | WAIT),
    ("queue", "latencies", QUEUE | WAIT),
    ("queueing", "latency", QUEUE | WAIT),
    // "DB memory overload", "memory rejections": work refused because memory ran short.
    ("memory", "overload", MEM | PRESSURE),
    ("memory", "overloaded", MEM | PRESSURE),
    ("memory", "rejections", MEM | PRESSURE),
    // A slow system clock (PD's `system_time_slow`): a clock behind, not requests answered late.
    ("time", "slow", INTERNAL),
    ("clock", "slow", INTERNAL),
    // "signer CA expiration", "root CA expiry": a certificate authority's certificate running out.
    // "ca" alone is too often a region ("ca-central-1") to be a certificate.
    ("ca", "expiration", CERT | EXPIRE),
    ("ca", "expiry", CERT | EXPIRE),
    ("ca", "expires", CERT | EXPIRE),
    // Azure Service Bus's "ActiveMessages" and "ActiveMessageCount": messages ready for delivery.
    ("active", "messages", PENDING | WORK),
    ("active", "message", PENDING | WORK),
    // "dead-lettered messages": a dead-letter queue holds messages that failed, and "dead" there
    // is not a host down.
    ("dead", "letter", NOTNODE | DEADLETTER),
    // A runtime's event loop falling behind ("event loop lag") is its own pause, not consumers.
    ("event", "loop", INTERNAL),
    ("round", "trip", LINK),
    // "The number of available datastore paths less than registered": storage paths, links.
    ("datastore", "paths", LINK),
    // "packet errors": a network link's counters, not requests.
    ("packet", "errors", LINK),
    // A UPS's "AC input outage", a "power outage": mains power, not a host.
    ("input", "outage", 0),
    ("power", "outage", 0),
    // NVML's clock throttle reasons ("HW Power Brake Slowdown", "SW Power Cap", "HW Slowdown"):
    // a GPU's clocks held back for power or heat, the hardware's throttling as a CPU's is.
    ("power", "brake", CPU),
    ("power", "cap", CPU),
    ("power", "throttle", CPU),
    ("power", "throttling", CPU),
    ("hw", "slowdown", CPU),
    ("hardware", "slowdown", CPU),
    ("brake", "slowdown", CPU),
    ("thermal", "slowdown", CPU),
    ("dead", "lettered", NOTNODE | DEADLETTER),
    ("buffer", "pool", INTERNAL),
];

/// Words of languages written without spaces (Japanese, Chinese): found inside a run of text
/// rather than looked up whole. Checked only for runs with such characters.
pub(super) const CJK_WORDS: &[(&str, Concepts)] = &[
    ("メモリ", MEM),
    // "メモリを使い果たしました" (memory used up).
    ("使い果た", EXHAUST),
    ("ディスク", DISK),
    ("空き領域", SPACE | FREE),
    ("容量", SPACE),
    ("不足", FEW),
    ("証明書", CERT),
    ("期限切れ", EXPIRE),
    ("有効期限", EXPIRE),
    ("名前解決", DNS | RESOLVE),
    ("失敗", FAIL),
    ("接続", CONN),
    ("プール", POOL),
    ("多すぎ", MANY),
    ("タイムアウト", TIMEOUT),
    ("遅延", LATENCY),
    ("応答時間", LATENCY),
    ("ダウン", DOWN),
    ("到達不能", DOWN),
    ("サーバ", HOST | NETNAME),
    ("ノード", HOST),
    ("再起動", RESTART),
    ("キュー", QUEUE),
    ("エラー", ERROR),
    ("使用率", USAGE),
    ("高い", HIGH),
    ("レプリケーション", REPL),
    ("確保できません", EXHAUST),
    ("デッドロック", DEADLOCK),
    ("満杯", FULL),
    ("ファイル", FILES),
    ("開いている", OPEN),
    ("使用量", USAGE),
    ("空き容量", SPACE | FREE),
    ("停止", DOWN),
    ("応答なし", DOWN),
    ("遅い", SLOW),
    ("枯渇", EXHAUST),
    ("上限", LIMIT),
    ("超過", HIGH),
    ("レイテンシ", LATENCY),
    ("滞留", BACKLOG),
    ("コネクション", CONN),
    // AWS's Japanese console and docs: "スロットリングが発生" (throttling occurred), "異常なホスト"
    // (an unhealthy host behind a load balancer).
    ("スロットリング", THROTTLE),
    ("異常なホスト", HOST | DOWN),
    // Simplified Chinese, as alert templates of Chinese teams and vendors write them
    // ("磁盘空间不足", "内存使用率过高", "连接数过多", "主从延迟").
    ("内存", MEM),
    ("溢出", EXHAUST),
    ("磁盘", DISK),
    ("硬盘", DISK),
    // Windows drives by letter: "C盘使用率超过了90%" (drive C's usage is over 90%), "D盘空间不足".
    ("盘使用率", DISK | USAGE),
    ("盘空间", DISK | SPACE),
    ("空间", SPACE),
    ("已满", FULL),
    ("过高", HIGH),
    ("过多", MANY),
    ("过长", HIGH),
    ("耗尽", EXHAUST),
    ("连接", CONN),
    ("连接池", POOL | CONN),
    ("证书", CERT),
    ("过期", EXPIRE),
    ("到期", EXPIRE),
    ("域名解析", DNS | RESOLVE),
    ("解析失败", RESOLVE | FAIL),
    ("失败", FAIL),
    ("超时", TIMEOUT),
    ("延迟", DELAY | LATENCY),
    ("响应时间", LATENCY),
    ("慢查询", SLOW | REQUEST),
    ("宕机", DOWN),
    // "挂了": gone down (colloquial, in Cacti thold's Chinese "设备错误: … 挂了"); "挂" alone is
    // also mounting ("挂载").
    ("挂了", DOWN),
    // Recovered, restored, returned (Cacti thold's "从DOWN状态返回", "DOWN状態から戻った").
    ("恢复", RECOVERED),
    ("状态返回", RECOVERED),
    ("復旧", RECOVERED),
    ("戻った", RECOVERED),
    ("不可用", UNAVAILABLE),
    ("无法访问", DOWN),
    ("不可达", DOWN),
    ("服务器", HOST | NETNAME),
    ("节点", HOST),
    ("主机", HOST | NETNAME),
    ("重启", RESTART),
    ("频繁", LOOP),
    ("队列", QUEUE),
    ("积压", BACKLOG),
    ("堆积", BACKLOG),
    ("消息", WORK),
    ("错误率", ERROR | RATIO),
    ("请求", REQUEST),
    ("死锁", DEADLOCK),
    ("限流", RATELIMIT),
    ("句柄", FD),
    ("主从", REPL),
    ("副本", REPL),
];
