//! One owner per store: an exclusive `flock` on a lock file beside the database, and the
//! identity (device, inode) of the storage directory and the database file as they were when
//! the owner opened them.
//!
//! The lock keeps a second daemon, and an offline `import`, from writing a store that a
//! daemon already writes: both would acknowledge, and each would hold a different picture of
//! the history in memory. The identity lets the writer notice the directory or the file being
//! deleted or replaced underneath it: SQLite keeps writing to the open, unlinked inode, so
//! without the check every acknowledgement after an `rm -rf` would be lost at the next
//! restart. This module does not decide what to do about either; the writer does.

use std::fs::File;
use std::os::unix::fs::MetadataExt;
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

use super::StoreError;

/// An exclusive lock on a store, held for as long as this value lives. The kernel releases
/// it when the process ends, however it ends, so a crash never leaves a stale lock.
#[derive(Debug)]
pub struct OwnerLock {
    /// Kept open: closing the file would release the lock.
    _file: File,
    path: PathBuf,
}

impl OwnerLock {
    /// Takes the lock on the database `db` (a file `<db>.lock` beside it), or says who to
    /// stop first.
    pub fn acquire(db: &Path) -> Result<OwnerLock, StoreError> {
        let path = lock_path(db);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|e| StoreError::Open {
                path: path.display().to_string(),
                message: format!("creating the lock file: {e}"),
            })?;
        // SAFETY: flock only reads the descriptor, which `file` keeps open for the call.
        let locked = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        if locked != 0 {
            let error = std::io::Error::last_os_error();
            return Err(if error.kind() == std::io::ErrorKind::WouldBlock {
                StoreError::Locked(format!(
                    "{} is in use by another recurrence-exporter process (daemon or import); stop it first, or send to it with `import --url`",
                    db.display()
                ))
            } else {
                StoreError::Open {
                    path: path.display().to_string(),
                    message: format!("locking: {error}"),
                }
            });
        }
        Ok(OwnerLock { _file: file, path })
    }

    /// The lock file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The lock file of database `db`.
pub fn lock_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// The (device, inode) of the storage directory and of the database file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Identity {
    dir: (u64, u64),
    db: (u64, u64),
}

impl Identity {
    /// The identity of `db` and its directory as they are now.
    pub fn of(db: &Path) -> std::io::Result<Identity> {
        let dir = db.parent().filter(|p| !p.as_os_str().is_empty());
        let dir = std::fs::metadata(dir.unwrap_or(Path::new(".")))?;
        let file = std::fs::metadata(db)?;
        Ok(Identity {
            dir: (dir.dev(), dir.ino()),
            db: (file.dev(), file.ino()),
        })
    }

    /// Checks that `db` is still the file this identity was taken from; a `missing` store
    /// error saying what changed otherwise.
    pub fn verify(&self, db: &Path) -> Result<(), StoreError> {
        match Identity::of(db) {
            Ok(now) if now == *self => Ok(()),
            Ok(now) if now.dir != self.dir => Err(StoreError::Missing(format!(
                "the storage directory of {} was replaced while the daemon ran",
                db.display()
            ))),
            Ok(_) => Err(StoreError::Missing(format!(
                "{} was replaced while the daemon ran",
                db.display()
            ))),
            Err(e) => Err(StoreError::Missing(format!(
                "{} is gone ({e}); it was deleted while the daemon ran",
                db.display()
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_owner_is_refused_until_the_first_lets_go() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let db = dir.path().join("recurrence.db");
        let first = OwnerLock::acquire(&db).expect("first owner");
        let refused = OwnerLock::acquire(&db).expect_err("second owner");
        assert_eq!(refused.kind(), "locked");
        assert!(refused.to_string().contains("in use by another"));
        drop(first);
        OwnerLock::acquire(&db).expect("free again");
    }

    #[test]
    fn deleting_or_replacing_the_file_is_noticed() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let db = dir.path().join("recurrence.db");
        std::fs::write(&db, b"x").expect("write");
        // Held open as SQLite holds the database, so its inode cannot be reused.
        let _open = File::open(&db).expect("open");
        let identity = Identity::of(&db).expect("identity");
        identity.verify(&db).expect("unchanged");
        std::fs::remove_file(&db).expect("remove");
        assert_eq!(identity.verify(&db).expect_err("gone").kind(), "missing");
        std::fs::write(&db, b"x").expect("write again");
        let replaced = identity.verify(&db).expect_err("replaced");
        assert!(replaced.to_string().contains("was replaced"), "{replaced}");
    }
}
