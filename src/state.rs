//! State shared by the HTTP handlers, the writer and the exporters.

use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, RwLock};

use crate::classify::Classifier;
use crate::config::Config;
use crate::export::metrics::SelfMetrics;
use crate::incident::Tracker;
use crate::ingest::Millis;

/// A configuration together with what is compiled from it; swapped whole on reload.
#[derive(Debug)]
pub struct Runtime {
    pub config: Config,
    pub classifier: Classifier,
}

impl Runtime {
    pub fn new(config: Config) -> Runtime {
        let classifier = Classifier::new(&config);
        Runtime { config, classifier }
    }
}

/// Everything the tasks of one daemon share.
///
/// `tracker` uses a std `Mutex`: it is held only for in-memory work (deciding a batch,
/// applying it, encoding a scrape), never across an `.await` or a disk write, so an async
/// mutex would buy nothing.
pub struct Shared {
    /// The current configuration; readers clone the `Arc` and never hold the lock.
    runtime: RwLock<Arc<Runtime>>,
    /// Episodes and incidents; written only by the store writer.
    pub tracker: Mutex<Tracker>,
    /// Set once the history has been loaded from the store.
    pub loaded: AtomicBool,
    /// False while the store refuses writes; `/-/ready` reports it.
    pub ingest_healthy: AtomicBool,
    /// True while the storage directory or database file is deleted or replaced under the
    /// daemon: nothing is acknowledged, not even repeats, since nothing would survive.
    pub store_missing: AtomicBool,
    /// Why loading the history failed, if it did.
    pub load_error: Mutex<Option<String>>,
    /// The daemon's own counters.
    pub metrics: SelfMetrics,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Shared")
    }
}

impl Shared {
    pub fn new(runtime: Runtime) -> Shared {
        let tracker = Tracker::new(&runtime.config.incident);
        Shared {
            runtime: RwLock::new(Arc::new(runtime)),
            tracker: Mutex::new(tracker),
            loaded: AtomicBool::new(false),
            ingest_healthy: AtomicBool::new(false),
            store_missing: AtomicBool::new(false),
            load_error: Mutex::new(None),
            metrics: SelfMetrics::default(),
        }
    }

    /// The configuration in force.
    pub fn runtime(&self) -> Arc<Runtime> {
        self.runtime.read().expect("runtime lock").clone()
    }

    /// Puts a new, already validated configuration in force.
    pub fn swap_runtime(&self, runtime: Runtime) {
        let incident = runtime.config.incident.clone();
        *self.runtime.write().expect("runtime lock") = Arc::new(runtime);
        self.tracker
            .lock()
            .expect("tracker lock")
            .reconfigure(&incident);
    }
}

/// The wall clock in milliseconds; the only place the core's time comes from in production.
pub fn now_millis() -> Millis {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as Millis)
        .unwrap_or(0)
}
