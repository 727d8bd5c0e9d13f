//! Whether the daemon is ready and, if not, why: one [`Health`] value published through a
//! `tokio::sync::watch` channel. The writer, the integrity check and the shutdown path report
//! what they see; the probes, the webhook handler, `/metrics`, the OTLP exporter and the
//! offline import read or await that one value. Deciding which report wins is done here only.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake};

use tokio::sync::watch;

/// The daemon's health, most serious first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// The history is loading from the store; webhooks get 503.
    Loading,
    /// Loading the history failed; webhooks get 503 until a restart.
    LoadFailed(Arc<str>),
    /// The storage directory or database file was deleted or replaced under the daemon:
    /// nothing is acknowledged, not even repeats, until it is back.
    StoreMissing,
    /// The background integrity check found damage. Webhooks are still taken.
    Damaged(Arc<str>),
    /// The last commit failed; the writer answers 503 until one succeeds.
    StoreRefuses,
    /// A shutdown signal arrived; requests in progress finish.
    ShuttingDown,
    Ready,
}

impl Health {
    /// What `/-/ready` answers 200 to.
    pub fn is_ready(&self) -> bool {
        *self == Health::Ready
    }

    /// Whether the history is in memory.
    pub fn is_loaded(&self) -> bool {
        !matches!(self, Health::Loading | Health::LoadFailed(_))
    }

    /// Whether the history is loaded and the store takes writes (`recurrence_ready`).
    pub fn store_writable(&self) -> bool {
        matches!(
            self,
            Health::Ready | Health::Damaged(_) | Health::ShuttingDown
        )
    }

    /// Why a webhook is refused with 503 before it is read, if it is.
    pub fn refuses_webhooks(&self) -> Option<String> {
        match self {
            Health::Loading => Some("history is still loading; retry shortly".into()),
            Health::LoadFailed(e) => Some(format!("history could not be loaded: {e}")),
            Health::StoreMissing => Some(
                "the store was deleted or replaced under the daemon; nothing is acknowledged until it is back".into(),
            ),
            _ => None,
        }
    }

    /// The line `/-/ready` answers with.
    pub fn probe_line(&self) -> String {
        match self {
            Health::Ready => "Ready.\n".into(),
            Health::LoadFailed(e) | Health::Damaged(e) => format!("Not ready: {e}\n"),
            Health::Loading => "Not ready: loading history.\n".into(),
            Health::StoreMissing => {
                "Not ready: the store was deleted or replaced under the daemon.\n".into()
            }
            Health::StoreRefuses => "Not ready: the store refuses writes.\n".into(),
            Health::ShuttingDown => "Not ready: shutting down.\n".into(),
        }
    }
}

/// What the parts of the daemon reported; the published [`Health`] is derived from all of it,
/// so a store that comes back does not hide damage found earlier.
#[derive(Debug, Default)]
struct Reports {
    loaded: bool,
    load_error: Option<Arc<str>>,
    damage: Option<Arc<str>>,
    missing: bool,
    refusing: bool,
    shutting_down: bool,
}

impl Reports {
    fn health(&self) -> Health {
        if !self.loaded {
            return match &self.load_error {
                Some(e) => Health::LoadFailed(e.clone()),
                None => Health::Loading,
            };
        }
        if self.missing {
            Health::StoreMissing
        } else if let Some(e) = &self.damage {
            Health::Damaged(e.clone())
        } else if self.refusing {
            Health::StoreRefuses
        } else if self.shutting_down {
            Health::ShuttingDown
        } else {
            Health::Ready
        }
    }
}

/// The reports and the channel the health is published on.
#[derive(Debug)]
pub struct HealthCell {
    /// A std `Mutex`: held for one update, never across an `.await`.
    reports: Mutex<Reports>,
    published: watch::Sender<Health>,
}

impl Default for HealthCell {
    fn default() -> Self {
        HealthCell {
            reports: Mutex::new(Reports::default()),
            published: watch::Sender::new(Health::Loading),
        }
    }
}

impl HealthCell {
    /// The health now.
    pub fn get(&self) -> Health {
        self.published.borrow().clone()
    }

    /// A receiver that sees every change.
    pub fn subscribe(&self) -> watch::Receiver<Health> {
        self.published.subscribe()
    }

    /// Applies a report and publishes the health if it changed; returns whether the report
    /// changed anything it records, so the reporter logs a transition once.
    fn report(&self, change: impl FnOnce(&mut Reports) -> bool) -> bool {
        let mut reports = self.reports.lock().expect("health lock");
        let changed = change(&mut reports);
        let health = reports.health();
        self.published.send_if_modified(|current| {
            let modified = *current != health;
            *current = health;
            modified
        });
        changed
    }

    /// The history is loaded.
    pub fn loaded(&self) {
        self.report(|r| !std::mem::replace(&mut r.loaded, true));
    }

    /// Loading the history failed.
    pub fn load_failed(&self, error: String) {
        self.report(|r| r.load_error.replace(error.into()).is_none());
    }

    /// The integrity check found damage; it stays reported until a restart.
    pub fn damaged(&self, error: String) {
        self.report(|r| r.damage.replace(error.into()).is_none());
    }

    /// The store was found missing (`true`) or where it was opened (`false`); true on a
    /// change. A store that is back takes writes again.
    pub fn store_missing(&self, missing: bool) -> bool {
        self.report(|r| {
            if !missing && r.missing {
                r.refusing = false;
            }
            std::mem::replace(&mut r.missing, missing) != missing
        })
    }

    /// A commit succeeded (`true`) or failed; true on a change.
    pub fn commit_succeeded(&self, succeeded: bool) -> bool {
        self.report(|r| std::mem::replace(&mut r.refusing, !succeeded) == succeeded)
    }

    /// A shutdown signal arrived.
    pub fn shutting_down(&self) {
        self.report(|r| !std::mem::replace(&mut r.shutting_down, true));
    }

    /// Blocks the calling thread (outside the async runtime) until the history is loaded,
    /// or returns why it could not be.
    pub fn wait_loaded(&self) -> Result<(), Arc<str>> {
        let mut health = self.subscribe();
        let settled =
            block_on(health.wait_for(|h| h.is_loaded() || matches!(h, Health::LoadFailed(_))));
        match settled.map(|h| h.clone()) {
            Ok(Health::LoadFailed(e)) => Err(e),
            Ok(_) => Ok(()),
            Err(_) => Err("the daemon stopped".into()),
        }
    }
}

/// Runs a future on the calling thread, parking it until the future is woken.
fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Arc::new(Unpark(std::thread::current())).into();
    let mut cx = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        std::thread::park();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_decide_one_health_and_transitions_are_told_once() {
        let cell = HealthCell::default();
        let mut seen = cell.subscribe();
        assert_eq!(cell.get(), Health::Loading);
        assert!(cell.get().refuses_webhooks().is_some());
        cell.loaded();
        assert!(seen.has_changed().expect("open"));
        assert_eq!(*seen.borrow_and_update(), Health::Ready);
        assert!(cell.commit_succeeded(false), "first failure is a change");
        assert!(!cell.commit_succeeded(false), "second is not");
        assert_eq!(cell.get(), Health::StoreRefuses);
        assert!(
            cell.get().refuses_webhooks().is_none(),
            "the writer answers"
        );
        assert!(cell.store_missing(true));
        assert_eq!(cell.get(), Health::StoreMissing);
        cell.damaged("database disk image is malformed".into());
        // Missing wins over damage: nothing may be acknowledged meanwhile.
        assert!(cell.get().refuses_webhooks().is_some());
        assert!(cell.store_missing(false));
        assert_eq!(
            cell.get(),
            Health::Damaged("database disk image is malformed".into())
        );
        assert!(cell.get().store_writable());
        assert!(!cell.get().is_ready());
        let fresh = HealthCell::default();
        fresh.loaded();
        fresh.shutting_down();
        assert_eq!(fresh.get().probe_line(), "Not ready: shutting down.\n");
    }

    #[test]
    fn a_thread_waits_for_the_load_without_polling() {
        let cell = Arc::new(HealthCell::default());
        let waiter = {
            let cell = cell.clone();
            std::thread::spawn(move || cell.wait_loaded())
        };
        cell.load_failed("schema version 9 is newer than this daemon".into());
        assert_eq!(
            waiter.join().expect("waiter"),
            Err("schema version 9 is newer than this daemon".into())
        );
        let cell = Arc::new(HealthCell::default());
        let waiter = {
            let cell = cell.clone();
            std::thread::spawn(move || cell.wait_loaded())
        };
        cell.loaded();
        assert_eq!(waiter.join().expect("waiter"), Ok(()));
    }
}
