# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""What runs on a worker. The client sends this module by value (cloudpickle), so workers need
Dask and ekyc-codes but not this package."""

import os
import subprocess


def classify_file(program, options, path, cwd):
    """Runs `PROGRAM classify --format json OPTIONS -- PATH` here; returns (status, stdout,
    stderr) for status 0, 1 (the report names an input it could not read) and 2 (usage).

    Anything else (the binary missing, killed by a signal, a crash) raises, so that Dask's
    retries run the task again; a worker that dies is replaced by the scheduler either way.
    """
    # Relative paths are relative to where the command runs; absolute ones need no such folder.
    if not os.path.isdir(cwd):
        if not os.path.isabs(path):
            raise RuntimeError(f"a relative path, and {cwd} does not exist on this worker;"
                               " give absolute paths")
        cwd = None
    proc = subprocess.run([program, "classify", "--format", "json", *options, "--", path],
                          cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, check=False)
    if proc.returncode == 2 or (proc.returncode in (0, 1) and proc.stdout.strip()):
        return proc.returncode, proc.stdout, proc.stderr
    raise RuntimeError(f"{program} exited with status {proc.returncode}: "
                       + proc.stderr.decode("utf-8", "replace").strip())
