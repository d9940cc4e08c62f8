# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The clusters (a local one, or a running scheduler) and the tasks submitted to them."""

import contextlib
import logging
import uuid

import cloudpickle
from distributed import Client, LocalCluster, as_completed

import ekyc_dask.task
from ekyc_dask.task import classify_file

# Workers need Dask and ekyc-codes, not this package: the task's module travels with it.
cloudpickle.register_pickle_by_value(ekyc_dask.task)

# A task that raises (classify killed by a signal, the binary missing) runs this many more
# times. A task whose worker dies is rescheduled by the scheduler on its own, up to
# distributed.scheduler.allowed-failures (3) times; after that its future raises KilledWorker.
RETRIES = 2

# Each worker only waits for one ekyc-codes process (whose memory is its own) and holds
# reports of a few KB: far below this. It keeps a runaway worker from taking the machine.
LOCAL_WORKER_MEMORY = "1GiB"

WORKER_WAIT_SECONDS = 60


class UsageError(Exception):
    """classify refused its arguments on a worker (exit 2); the message is its stderr."""


class TaskFailed(Exception):
    """A file's task failed after its retries; the message names the file and why."""


@contextlib.contextmanager
def local_client(n_workers):
    """A cluster of N_WORKERS worker processes on this machine, reachable on 127.0.0.1 only,
    without a dashboard; one thread each, as each task is one ekyc-codes process. Its logs
    are silenced (a worker's heartbeat can fail while the cluster shuts down): a failure
    reaches the user through the tasks' futures."""
    with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address=None,
                      memory_limit=LOCAL_WORKER_MEMORY, silence_logs=logging.CRITICAL) as cluster, \
            Client(cluster) as client:
        yield client


@contextlib.contextmanager
def remote_client(address):
    """A client of the running scheduler at ADDRESS, once it has at least one worker."""
    logging.getLogger("distributed").setLevel(logging.CRITICAL)
    with Client(address) as client:
        client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
        yield client


def classify_files(client, program, options, paths, cwd, progress):
    """One task per path; returns each task's (status, stdout, stderr) in the order of PATHS.

    PROGRESS(done, total) is called as tasks finish. A task that failed after its retries
    (its exception, or KilledWorker) raises TaskFailed and the others are cancelled.
    """
    token = uuid.uuid4().hex[:12]
    futures = [client.submit(classify_file, program, options, path, cwd,
                             key=f"ekyc-classify-{token}-{i}", retries=RETRIES)
               for i, path in enumerate(paths)]
    index = {future.key: i for i, future in enumerate(futures)}
    results = [None] * len(futures)
    try:
        for done, future in enumerate(as_completed(futures), 1):
            i = index[future.key]
            try:
                result = future.result()
            except Exception as e:
                raise TaskFailed(f"{paths[i]}: {type(e).__name__}: {e}") from e
            if result[0] == 2:
                raise UsageError(result[2].decode("utf-8", "replace"))
            results[i] = result
            progress(done, len(futures))
    except BaseException:
        client.cancel(futures)
        raise
    return results
