# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The reports summed with `ekyc-codes merge`, on the machine that runs the command."""

import os
import subprocess

# One merge call per this many reports, then a merge of those merges (which equals the merge
# of all): the argument list of one call stays far below the system's limit.
MERGE_BATCH = 1000


def _merge(program, paths, catalog):
    cmd = [program, "merge", *(["--catalog", catalog] if catalog else []), "--", *paths]
    proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, check=False)
    return proc.returncode, proc.stdout, proc.stderr


def _write(path, data):
    with open(path, "wb") as f:
        f.write(data)
    return path


def merge_reports(program, reports, catalog, workdir):
    """Merges REPORTS (classify's JSON, bytes, in input order) through files in WORKDIR.

    Returns merge's (status, stdout, stderr). Status 1 with a report on stdout means an input
    could not be read completely: its entry keeps its error, and merge repeats it on stderr.
    """
    paths = [_write(os.path.join(workdir, f"{i:08d}.json"), r) for i, r in enumerate(reports)]
    stage = 0
    while len(paths) > MERGE_BATCH:
        stage += 1
        merged = []
        for start in range(0, len(paths), MERGE_BATCH):
            status, out, err = _merge(program, paths[start:start + MERGE_BATCH], catalog)
            if status not in (0, 1) or not out.strip():
                return status, out, err
            name = f"stage{stage}-{start // MERGE_BATCH:08d}.json"
            merged.append(_write(os.path.join(workdir, name), out))
        paths = merged
    # Only the last merge's stderr is returned: it repeats every input's error once.
    return _merge(program, paths, catalog)
