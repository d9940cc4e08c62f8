# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Archives with fixed names, dates and modes, so the fixture generators give the same bytes
on every run (tests/data/classify/make-binary-fixtures.py, tests/data/bad/make-bad-fixtures.py,
fuzz/make-corpus.py). Standard library only."""
import gzip
import io
import tarfile
import zipfile

ZIP_TIME = (2023, 7, 5, 20, 0, 0)
TAR_TIME = 1688587200  # the same moment, as a Unix time


def gzip_bytes(data, level=9):
    """gzip with a fixed header (no name, mtime 0)."""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=level) as f:
        f.write(data)
    return buf.getvalue()


def zip_bytes(members, method=zipfile.ZIP_DEFLATED):
    """A zip of (name, bytes) members, in order."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return buf.getvalue()


def tar_bytes(members):
    """A GNU tar of (name, bytes) members, in order."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as t:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = TAR_TIME
            info.mode = 0o644
            t.addfile(info, io.BytesIO(data))
    return buf.getvalue()
