"""Real app servers for the tests that need separate processes."""

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(env, workers=1):
    """A gunicorn serving the portal with `env`, once /healthz answers;
    gives the process and its base address."""
    port = free_port()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "academy.wsgi", "--workers",
         str(workers), "--bind", f"127.0.0.1:{port}", "--log-level", "critical"],
        cwd=ROOT,
        env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{base}/healthz", timeout=1).close()
            return process, base
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("gunicorn did not start")


def stop(process):
    process.terminate()
    process.wait(timeout=10)
