//! A throwaway PostgreSQL cluster for the tests: Debian's `postgresql` (the test command
//! installs it), `initdb` in a temporary directory as the unprivileged `postgres` user when
//! the tests run as root, trust authentication on a free loopback port.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::support::{free_port, wait_for};

pub struct PgCluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    pub port: u16,
}

/// Where Debian keeps the server programs (`/usr/lib/postgresql/<major>/bin`).
fn server_bin() -> PathBuf {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .expect("Debian's postgresql is installed (scripts/test.sh installs it)")
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|bin| bin.join("initdb").exists())
        .collect();
    found.sort();
    found
        .pop()
        .expect("an initdb under /usr/lib/postgresql/*/bin")
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

impl PgCluster {
    /// Initialises and starts a cluster; it is stopped and deleted on drop.
    pub fn start() -> PgCluster {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::set_permissions(
            dir.path(),
            std::os::unix::fs::PermissionsExt::from_mode(0o777),
        )
        .expect("chmod");
        let cluster = PgCluster {
            bin: server_bin(),
            port: free_port(),
            dir,
        };
        let data = cluster.data();
        cluster.run(
            "initdb",
            &["-D", &data, "-A", "trust", "-U", "postgres", "--no-sync"],
        );
        cluster.start_server();
        cluster.run(
            "createdb",
            &[
                "-h",
                "127.0.0.1",
                "-p",
                &cluster.port.to_string(),
                "-U",
                "postgres",
                "recurrence",
            ],
        );
        cluster
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    pub fn log(&self) -> PathBuf {
        self.dir.path().join("postgres.log")
    }

    /// `postgres://postgres@127.0.0.1:PORT/recurrence`
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/recurrence", self.port)
    }

    /// Runs one of the server's programs, as `postgres` when the tests run as root.
    pub fn run(&self, program: &str, args: &[&str]) -> String {
        let path = self.bin.join(program);
        let mut command = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&path);
            c
        } else {
            Command::new(&path)
        };
        let out = command
            .args(args)
            .current_dir(self.dir.path())
            .output()
            .unwrap_or_else(|e| panic!("running {program}: {e}"));
        assert!(
            out.status.success(),
            "{program} {args:?} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// One SQL statement through `psql`; its rows, `|`-separated.
    pub fn query(&self, sql: &str) -> String {
        self.run(
            "psql",
            &[
                // The Unix socket (trust), so a cluster that wants TLS on TCP still answers.
                "-h",
                &self.dir.path().display().to_string(),
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
                "-d",
                "recurrence",
                "-At",
                "-c",
                sql,
            ],
        )
    }

    pub fn start_server(&self) {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on",
            self.port,
            self.dir.path().display()
        );
        self.run(
            "pg_ctl",
            &[
                "-D",
                &self.data(),
                "-o",
                &options,
                "-l",
                &self.log().display().to_string(),
                "-w",
                "-t",
                "60",
                "start",
            ],
        );
    }

    /// Restarts the server with TLS on TCP only: its certificate and key, client certificates
    /// checked against `ca` (`hostssl … cert`: the certificate's CN is the user), no plain TCP.
    pub fn require_tls(&self, ca: &Path, cert: &Path, key: &Path) {
        let data = PathBuf::from(self.data());
        for (from, name) in [(ca, "ca.crt"), (cert, "server.crt"), (key, "server.key")] {
            std::fs::copy(from, data.join(name)).expect("copy a TLS file");
        }
        if is_root() {
            let out = Command::new("chown")
                .args(["postgres", "ca.crt", "server.crt", "server.key"])
                .current_dir(&data)
                .output()
                .expect("chown");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::fs::set_permissions(
            data.join("server.key"),
            std::os::unix::fs::PermissionsExt::from_mode(0o600),
        )
        .expect("chmod the key");
        let mut conf = std::fs::OpenOptions::new()
            .append(true)
            .open(data.join("postgresql.conf"))
            .expect("postgresql.conf");
        std::io::Write::write_all(
            &mut conf,
            b"\nssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\nssl_ca_file = 'ca.crt'\n",
        )
        .expect("write postgresql.conf");
        std::fs::write(
            data.join("pg_hba.conf"),
            "local all all trust\nhostssl all all 127.0.0.1/32 cert\n",
        )
        .expect("pg_hba.conf");
        self.stop_server();
        self.start_server();
    }

    /// Stops the server at once, as a crash or a failover would.
    pub fn stop_server(&self) {
        self.run(
            "pg_ctl",
            &["-D", &self.data(), "-m", "immediate", "-w", "stop"],
        );
    }

    /// Waits until `sql` returns `expected`.
    pub fn wait_query(&self, sql: &str, expected: &str, what: &str) {
        wait_for(what, Duration::from_secs(30), Some(&self.log()), || {
            (self.query(sql).trim() == expected).then_some(())
        });
    }
}
impl Drop for PgCluster {
    fn drop(&mut self) {
        let path = self.bin.join("pg_ctl");
        let data = self.data();
        let mut command = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&path);
            c
        } else {
            Command::new(&path)
        };
        let _ = command
            .args(["-D", &data, "-m", "immediate", "stop"])
            .output();
    }
}
