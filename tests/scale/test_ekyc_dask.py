#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""`python3 -m ekyc_dask classify` on local Dask clusters of 2 worker processes: its report
equals one `ekyc-codes classify --format json` run over the same files, also when a worker
is killed while a task runs; a missing file is reported with exit status 1.

Environment (tests/scale/CMakeLists.txt sets it): EKYC_CODES, the built binary;
EKYC_FIXTURES, tests/data/classify; PYTHONPATH holding scale/dask. Exit status 77 (skipped)
when Dask is not installed for this Python.
"""

import glob
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest

try:
    import distributed
except ImportError:
    print("SKIP: distributed is not installed for", sys.executable,
          "(apt-get install python3-distributed)")
    sys.exit(77)

EKYC_CODES = os.environ["EKYC_CODES"]
FIXTURES = os.environ["EKYC_FIXTURES"]
PYTHON = sys.executable
TIMEOUT = 120  # seconds: a fail-safe for a hung run, never a wait for something to happen

# Several products, compressions and bundles; one file with codes not counted.
FILES = ["h5-web.log", "app-sdk.log", "api-compare.log", "app.log.gz", "bundle.zip",
         "idv-sdk.log", "r3-other-services.log", "tccli-pretty.log"]


def classify_once(paths, *options):
    """One `ekyc-codes classify --format json` run in the fixtures folder: (status, report)."""
    proc = subprocess.run([EKYC_CODES, "classify", "--format", "json", *options, *paths],
                          cwd=FIXTURES, capture_output=True, check=False)
    return proc.returncode, json.loads(proc.stdout)


def ekyc_dask(*args, program=EKYC_CODES):
    """Starts `python3 -m ekyc_dask classify` in the fixtures folder."""
    return subprocess.Popen([PYTHON, "-m", "ekyc_dask", "classify", "--ekyc-codes", program,
                             *args], cwd=FIXTURES, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def finish(proc):
    out, err = proc.communicate(timeout=TIMEOUT)
    return proc.returncode, out, err.decode()


class EkycDaskTest(unittest.TestCase):
    """A cluster for the tests that use --scheduler; its workers are processes of their own."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="tst_ekyc_dask-")
        cls.cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None, memory_limit="512MiB", silence_logs=logging.CRITICAL)
        cls.client = distributed.Client(cls.cluster)

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()
        cls.tmp.cleanup()

    def setUp(self):
        self.started = time.monotonic()

    def tearDown(self):
        print(f"\n{self.id()}: {time.monotonic() - self.started:.1f} s", file=sys.stderr)

    def test_local_cluster_equals_one_run(self):
        # No --scheduler: the command starts its own cluster of 2 worker processes. A glob is
        # expanded in sorted order, as the shell expands it for the single run.
        args = FILES[:3] + ["codes-*.log"] + FILES[3:]
        status, out, err = finish(ekyc_dask("--workers", "2", *args))
        self.assertEqual(status, 0, err)
        expanded = FILES[:3] + sorted(glob.glob("codes-*.log", root_dir=FIXTURES)) + FILES[3:]
        self.assertEqual(len(expanded), len(FILES) + 3)
        self.assertEqual(json.loads(out), classify_once(expanded)[1])
        self.assertIn("on 2 workers", err)
        self.assertIn(f"{len(expanded)}/{len(expanded)} files done", err)

    def test_worker_killed_while_classifying_gives_the_same_report(self):
        # The wrapper runs the real binary, except the first time it is given HOLD: then it
        # tells the test its parent (the worker process running the task) over a socket and
        # waits to be killed with that worker (PR_SET_PDEATHSIG).
        state = tempfile.mkdtemp(dir=self.tmp.name)
        hold = FILES[2]
        wrapper = os.path.join(state, "ekyc-codes")
        with open(wrapper, "w", encoding="utf-8") as f:
            f.write(textwrap.dedent(f"""\
                #!{PYTHON}
                import ctypes, os, signal, socket, sys, threading
                with open({os.path.join(state, "calls")!r}, "a") as log:
                    log.write(sys.argv[-1] + "\\n")
                if sys.argv[-1] == {hold!r}:
                    try:
                        os.mkdir({os.path.join(state, "held")!r})
                    except FileExistsError:
                        pass
                    else:
                        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
                        with socket.socket(socket.AF_UNIX) as s:
                            s.connect({os.path.join(state, "started")!r})
                            s.sendall(str(os.getppid()).encode())
                        threading.Event().wait({TIMEOUT})  # the worker's death ends this
                        sys.exit(70)
                os.execv({EKYC_CODES!r}, [{EKYC_CODES!r}] + sys.argv[1:])
                """))
        os.chmod(wrapper, 0o755)

        with socket.socket(socket.AF_UNIX) as listener:
            listener.bind(os.path.join(state, "started"))
            listener.listen(1)
            listener.settimeout(TIMEOUT)
            proc = ekyc_dask("--scheduler", self.cluster.scheduler_address, *FILES,
                             program=wrapper)
            try:
                conn, _ = listener.accept()
                with conn:
                    conn.settimeout(TIMEOUT)
                    parent = int(conn.recv(64))
                pids = self.client.run(os.getpid)  # {worker address: pid}, from the workers
                self.assertIn(parent, pids.values())
                os.kill(parent, signal.SIGKILL)
                status, out, err = finish(proc)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()

        self.assertEqual(status, 0, err)
        self.assertEqual(json.loads(out), classify_once(FILES)[1])
        self.assertIn(f"{len(FILES)}/{len(FILES)} files done", err)
        with open(os.path.join(state, "calls"), encoding="utf-8") as log:
            calls = log.read().split()
        self.assertEqual(calls.count(hold), 2)  # held and killed, then run again
        self.assertNotIn(parent, self.client.run(os.getpid).values())

    def test_missing_file_is_reported_with_exit_1(self):
        files = ["app-sdk.log", "missing.log", "h5-web.log"]
        status, out, err = finish(ekyc_dask("--scheduler", self.cluster.scheduler_address,
                                            *files))
        self.assertEqual(status, 1, err)
        report = json.loads(out)
        once_status, once = classify_once(files)
        self.assertEqual(once_status, 1)
        self.assertEqual(report, once)
        self.assertEqual([f["path"] for f in report["files"]], files)
        self.assertIsNotNone(report["files"][1]["error"])
        self.assertIn("missing.log", err)

    def test_options_are_passed_to_every_task(self):
        args = ["--product", "h5", "--assume-ekyc", "codes-app-sdk.log", "ambiguous.log"]
        status, out, err = finish(ekyc_dask("--scheduler", self.cluster.scheduler_address,
                                            *args))
        self.assertEqual(status, 0, err)
        self.assertEqual(json.loads(out), classify_once(args[3:], *args[:3])[1])

    def test_usage_error_prints_nothing(self):
        status, out, err = finish(ekyc_dask("--product", "bogus", "app-sdk.log"))
        self.assertEqual(status, 2)
        self.assertEqual(out, b"")
        self.assertIn("bogus", err)


if __name__ == "__main__":
    # Debian's tornado warns that distributed uses a deprecated call; not ours to fix.
    unittest.main(verbosity=2, warnings="ignore")
