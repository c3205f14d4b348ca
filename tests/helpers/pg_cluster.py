"""A throw-away PostgreSQL cluster on a loopback port, for the tests and the benchmarks.

``python -m tests.helpers.pg_cluster -- COMMAND...`` starts a cluster under a
temporary directory, runs COMMAND with ``RELAIS_TEST_POSTGRES`` set to an
admin URL, then stops the cluster and removes the directory, whatever COMMAND
did.  Without PostgreSQL's programs it runs COMMAND alone (the PostgreSQL tests
then skip), unless ``RELAIS_REQUIRE_POSTGRES=1`` (CI), where it fails.

The cluster trades durability for speed (``fsync=off``): nothing in it
outlives the run.  It listens on 127.0.0.1 only, with TLS on (a certificate
made for the run), and lets the admin role in by password.  initdb refuses to
run as root, so as root the cluster runs as the ``postgres`` account that
Debian's package creates (or ``nobody``).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

URL_ENV = "RELAIS_TEST_POSTGRES"
REQUIRE_ENV = "RELAIS_REQUIRE_POSTGRES"
ADMIN = "relais_admin"


def postgres_bin_dir() -> Path | None:
    """Where initdb and pg_ctl are: on PATH, or Debian's versioned folder (newest)."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version_key)
    return Path(candidates[-1]).parent if candidates else None


def _version_key(path: str) -> tuple[int, ...]:
    parts = Path(path).parts
    return tuple(int(p) for p in parts if p.isdigit())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    directory: Path
    port: int
    password: str
    bin_dir: Path
    run_as: str | None

    @property
    def data(self) -> Path:
        return self.directory / "data"

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{ADMIN}:{self.password}@127.0.0.1:{self.port}/postgres"

    @property
    def ca_file(self) -> Path:
        return self.directory / "ca.pem"

    def _run(self, *command: str) -> None:
        subprocess.run(
            [str(self.bin_dir / command[0]), *command[1:]],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            user=self.run_as,
        )

    def start(self) -> None:
        password_file = self.directory / "pw"
        password_file.write_text(self.password)
        self._chown(password_file)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            ADMIN,
            "--pwfile",
            str(password_file),
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        password_file.unlink()
        options = [
            f"-p {self.port}",
            "-c listen_addresses=127.0.0.1",
            f"-c unix_socket_directories={self.directory}",
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
            "-c max_connections=200",
            "-c shared_buffers=128MB",
        ]
        if self._make_certificate():
            options += [
                "-c ssl=on",
                f"-c ssl_cert_file={self.directory / 'server.pem'}",
                f"-c ssl_key_file={self.directory / 'server.key'}",
            ]
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.directory / "server.log"),
            "-o",
            " ".join(options),
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, FileNotFoundError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def _chown(self, path: Path) -> None:
        if self.run_as is not None:
            account = pwd.getpwnam(self.run_as)
            os.chown(path, account.pw_uid, account.pw_gid)

    def _make_certificate(self) -> bool:
        """A certificate authority and a server certificate for loopback (needs cryptography)."""
        try:
            from tests.helpers.certificates import make_certificates
        except ImportError:
            return False
        made = make_certificates(self.directory)
        for name in (made.cert_file, made.key_file):
            self._chown(Path(name))
        return True


@contextlib.contextmanager
def throw_away_cluster() -> Iterator[Cluster]:
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL's initdb and pg_ctl are not installed")
    run_as = None
    if os.geteuid() == 0:
        run_as = "postgres" if _account_exists("postgres") else "nobody"
    directory = Path(tempfile.mkdtemp(prefix="relais-pg-"))
    cluster = Cluster(directory, free_port(), secrets.token_hex(12), bin_dir, run_as)
    try:
        if run_as is not None:
            directory.chmod(0o755)
            cluster._chown(directory)
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(directory, ignore_errors=True)


def _account_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def main(argv: list[str]) -> int:
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if not argv:
        print("usage: python -m tests.helpers.pg_cluster -- COMMAND...", file=sys.stderr)
        return 2
    if os.environ.get(URL_ENV):
        return subprocess.call(argv)  # a server was given: use it
    try:
        cluster_context = throw_away_cluster()
        cluster = cluster_context.__enter__()
    except (FileNotFoundError, subprocess.CalledProcessError) as exc:
        detail = (
            exc.stderr.decode(errors="replace")
            if isinstance(exc, subprocess.CalledProcessError) and exc.stderr
            else str(exc)
        )
        if os.environ.get(REQUIRE_ENV) == "1":
            print(f"pg_cluster: cannot start PostgreSQL: {detail}", file=sys.stderr)
            return 1
        print(
            f"pg_cluster: no PostgreSQL ({detail.strip()}); its tests will skip.", file=sys.stderr
        )
        return subprocess.call(argv)
    try:
        environ = dict(os.environ, **{URL_ENV: cluster.url})
        if cluster.ca_file.exists():
            environ["RELAIS_TEST_POSTGRES_CA"] = str(cluster.ca_file)
        child = subprocess.Popen(argv, env=environ)
        try:
            return child.wait()
        except KeyboardInterrupt:
            child.send_signal(signal.SIGINT)
            return child.wait()
    finally:
        cluster_context.__exit__(None, None, None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
