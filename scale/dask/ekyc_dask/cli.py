# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""python3 -m ekyc_dask classify: arguments, the inputs, the binary, exit status."""

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

PROG = "ekyc_dask"

DESCRIPTION = """\
Classify logs on a Dask cluster: one 'ekyc-codes classify --format json' task per input file
(so each file's product is inferred as on one machine), the reports merged with
'ekyc-codes merge' in input order. Prints one JSON report, the shape of classify's.
Without --scheduler, starts a local cluster of worker processes on 127.0.0.1.
Exit status: 0; 1 when an input could not be read completely (the report names it, as
classify's does); 2 usage error; 3 when the cluster failed (Dask missing, the scheduler
unreachable or without workers, a task failed after its retries)."""


def parse_args(argv):
    parser = argparse.ArgumentParser(prog=f"python3 -m {PROG}", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    c = commands.add_parser("classify", help="classify files, one task each",
                            description=DESCRIPTION,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    c.add_argument("--scheduler", metavar="ADDRESS",
                   help="a running scheduler (tcp://HOST:8786) whose workers have ekyc-codes"
                        " and can read the inputs; default: a local cluster")
    c.add_argument("--workers", type=int, metavar="N",
                   help="worker processes of the local cluster (default: the number of CPUs)")
    c.add_argument("--product", metavar="ID", help="passed to classify")
    c.add_argument("--assume-ekyc", action="store_true", help="passed to classify")
    c.add_argument("--encoding", metavar="ENC", help="passed to classify")
    c.add_argument("--catalog", metavar="FILE",
                   help="passed to classify and merge (made absolute here)")
    c.add_argument("--ekyc-codes", dest="program", metavar="PATH",
                   help="the ekyc-codes binary (default: $EKYC_CODES, else ekyc-codes on PATH;"
                        " a bare name is looked up on each worker's PATH)")
    c.add_argument("inputs", nargs="+", metavar="PATH_OR_GLOB",
                   help="files; a glob is expanded here, sorted (a glob that matches nothing"
                        " is passed on as it is, and reported as missing)")
    args = parser.parse_args(argv)
    if args.workers is not None and args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.workers is not None and args.scheduler:
        parser.error("--workers is for the local cluster; a running cluster has its own")
    if "-" in args.inputs:
        parser.error("'-' (standard input) cannot be read by a worker; give files")
    return args


def expand_inputs(inputs):
    """Each argument as it is, or the sorted files a glob matches: the report's paths are
    the strings classify receives, as with one classify run over the shell's expansion."""
    paths = []
    for arg in inputs:
        matches = [] if os.path.lexists(arg) or not glob.has_magic(arg) else sorted(glob.glob(arg))
        paths.extend(matches or [arg])
    return paths


def classify_options(args):
    options = []
    if args.product is not None:
        options += ["--product", args.product]
    if args.assume_ekyc:
        options.append("--assume-ekyc")
    if args.encoding is not None:
        options += ["--encoding", args.encoding]
    if args.catalog is not None:
        options += ["--catalog", os.path.abspath(args.catalog)]
    return options


def find_program(args):
    """(for the workers, for here): a path is made absolute; a bare name stays a name for
    the workers, each looking it up on its own PATH."""
    program = args.program or os.environ.get("EKYC_CODES") or "ekyc-codes"
    if os.sep in program:
        program = os.path.abspath(program)
    return program, shutil.which(program)


class Progress:
    """'N/M files done' on stderr, at most about once a second, and always the last."""

    def __init__(self):
        self.last = 0.0

    def __call__(self, done, total):
        now = time.monotonic()
        if done == total or now - self.last >= 1.0:
            self.last = now
            print(f"{PROG}: {done}/{total} files done", file=sys.stderr, flush=True)


def fail(message, status):
    print(f"{PROG}: {message}", file=sys.stderr, flush=True)
    return status


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    program, local_program = find_program(args)
    if local_program is None:
        return fail(f"cannot find {program} (use --ekyc-codes PATH or set EKYC_CODES)", 2)
    options = classify_options(args)
    paths = expand_inputs(args.inputs)

    # The options checked here, by the binary that will merge, before any cluster starts.
    check = subprocess.run([local_program, "classify", "--format", "json", *options, os.devnull],
                           stdin=subprocess.DEVNULL, capture_output=True, check=False)
    if check.returncode != 0:
        sys.stderr.buffer.write(check.stderr)
        if check.returncode == 2:
            return 2
        return fail(f"{local_program} classify {os.devnull}: exit status {check.returncode}", 3)

    try:
        from ekyc_dask import run
    except ImportError as e:
        return fail(f"{e}: install Dask (Debian: apt-get install python3-distributed, for"
                    " /usr/bin/python3)", 3)
    cwd = os.getcwd()
    try:
        if args.scheduler:
            client_of = run.remote_client(args.scheduler)
        else:
            client_of = run.local_client(args.workers or os.cpu_count() or 1)
        with client_of as client:
            print(f"{PROG}: {len(paths)} files on {len(client.scheduler_info()['workers'])}"
                  f" workers ({client.scheduler.address})", file=sys.stderr, flush=True)
            results = run.classify_files(client, program, options, paths, cwd, Progress())
    except run.UsageError as e:
        sys.stderr.write(str(e))
        return 2
    except run.TaskFailed as e:
        return fail(f"the run failed: {e}", 3)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except Exception as e:  # the cluster's and the tasks' failures, whatever their class
        return fail(f"the run failed: {type(e).__name__}: {e}", 3)

    from ekyc_dask.merge import merge_reports
    catalog = os.path.abspath(args.catalog) if args.catalog is not None else None
    with tempfile.TemporaryDirectory(prefix=f"{PROG}-") as workdir:
        status, out, err = merge_reports(local_program, [r[1] for r in results], catalog,
                                         workdir)
    sys.stdout.buffer.write(out)
    sys.stdout.flush()
    sys.stderr.buffer.write(err)
    return status if status in (0, 1, 2) else 3
