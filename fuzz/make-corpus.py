#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Writes the fuzzers' seed corpora (fuzz/corpus/<target>/) from the classify fixtures.

The outputs are committed; run this again after the fixtures change. Standard library
only; every archive has fixed names and dates, so reruns give the same bytes.

The files named by a SHA-1 beside the seeds are inputs the fuzzers found, merged in with
`TARGET -merge=1 fuzz/corpus/TARGET WORK_CORPUS` (only inputs under 3 KiB, and for the text
target none of the slow over-MaxSegment ones), so the CI replay covers more than the seeds
and stays short. This script leaves them alone.

    fuzz/make-corpus.py
"""
import bz2
import json
import lzma
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "tests", "data", "classify")
CATALOG = os.path.join(HERE, "..", "resources", "catalog", "ekyc-error-codes.json")
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from fixturebytes import gzip_bytes, tar_bytes, zip_bytes  # noqa: E402


def fixture(name):
    with open(os.path.join(FIXTURES, name), "rb") as f:
        return f.read()


def write(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


TEXT_FIXTURES = sorted(n for n in os.listdir(FIXTURES) if n.endswith(".log") and os.path.getsize(os.path.join(FIXTURES, n)) <= 6000)


def classify_text():
    # The first byte is the options (see fuzz_classify_text.cpp): bits 0-2 product,
    # 3-4 encoding, 5-7 repetition.
    for name in TEXT_FIXTURES:
        write("fuzz_classify_text", name, b"\x00" + fixture(name))
    variants = {
        "user-product-api": (0x04, "ambiguous.log"),
        "user-product-idv": (0x05, "user-product.log"),
        "encoding-utf8": (0x08, "gbk-mixed.log"),
        "encoding-utf16": (0x10, "utf16-nobom.log"),
        "encoding-gb18030": (0x18, "gbk-trail.log"),
        "repeated": (0xA0, "tccli-pretty.log"),
        "repeated-lines": (0xC0, "sdk-exceptions.log"),
        "over-long-line": (0xE0, "escaped-json.log"),
    }
    for label, (flags, name) in variants.items():
        write("fuzz_classify_text", label, bytes([flags]) + fixture(name))


PROFILES = os.path.join(HERE, "..", "tests", "data", "profiles")


def filescan():
    # The first byte is the options (see fuzz_filescan.cpp): bits 0-1 encoding, 2-4 block size
    # (16 << n), 5-6 the candidate scan's build, 7 every line has context.
    for i, name in enumerate(TEXT_FIXTURES):
        write("fuzz_filescan", name, bytes([(i % 8) << 2 | (i % 4) << 5]) + fixture(name))
    for name in sorted(os.listdir(PROFILES)):
        if name.endswith(".log"):
            with open(os.path.join(PROFILES, name), "rb") as f:
                write("fuzz_filescan", "profile-" + name, b"\x0c" + f.read()[:3500])
    write("fuzz_filescan", "encoding-gb18030", b"\x03" + fixture("gbk-trail.log"))
    write("fuzz_filescan", "encoding-utf16", b"\x02" + fixture("utf16-nobom.log"))
    write("fuzz_filescan", "assume-ekyc", b"\x80" + fixture("ambiguous.log"))


def decode_line():
    # The first byte: bits 0-1 encoding (auto, utf-8, gb18030), bit 2 the line ends in '\n'.
    lines = []
    for name in ("gbk-mixed.log", "gbk-trail.log", "nul-padding.log", "crlf.log"):
        lines += [l for l in fixture(name).split(b"\n") if l][:6]
    with open(os.path.join(PROFILES, "gbk.log"), "rb") as f:
        lines += [l for l in f.read().split(b"\n") if any(b >= 0x80 for b in l)][:8]
    for i, line in enumerate(lines):
        write("fuzz_decode_line", "line-%02d" % i, bytes([i % 3 | 4]) + line[:1000])


def catalog():
    with open(CATALOG, "rb") as f:
        full = f.read()
    write("fuzz_catalog", "built-in.json", full)
    doc = json.loads(full)
    small = dict(doc)
    small["codes"] = [c for c in doc["codes"] if c["code"] in ("0", "1001", "2015", "FailedOperation.CompareLowSimilarity", "UnauthorizedOperation.Arrears", "Success", "-999")]
    write("fuzz_catalog", "small.json", json.dumps(small, ensure_ascii=False).encode())
    odd = dict(small)
    odd["codes"] = small["codes"] + [
        {"product": "h5", "code": "Odd.Code.", "description": "dots", "billable": True},
        {"product": "api", "code": "with space", "description": "", "billable": False},
        {"product": "idv_sdk", "code": "错误", "description": "中文", "billable": True},
    ]
    odd["products"] = [dict(p, actions=p["actions"] + ["x.y"]) if p["id"] == "h5" else p for p in doc["products"]]
    write("fuzz_catalog", "odd-codes.json", json.dumps(odd, ensure_ascii=False).encode())
    write("fuzz_catalog", "empty.json", b"")
    write("fuzz_catalog", "malformed.json", b'{"schema_version": 1, "codes": [')
    mistyped = dict(small)
    mistyped["codes"] = [{"product": "h5", "code": 1001, "description": "x", "billable": "yes"}]
    write("fuzz_catalog", "mistyped.json", json.dumps(mistyped).encode())
    duplicate = dict(small)
    duplicate["codes"] = small["codes"] + small["codes"][:1]
    write("fuzz_catalog", "duplicate.json", json.dumps(duplicate).encode())


def decode():
    app = fixture("app-sdk.log")
    h5 = fixture("h5-web.log")
    for name in ("app.log.gz", "rotated.log.1", "truncated.log.gz", "bundle.zip", "corrupt.zip", "blob.bin",
                 "utf16le.log", "utf16be.log", "gbk-mixed.log", "nul-padding.log", "crlf.log"):
        write("fuzz_decode", name, fixture(name))
    write("fuzz_decode", "two-members.gz", gzip_bytes(app[:400]) + gzip_bytes(app[400:], level=1))
    write("fuzz_decode", "app.log.bz2", bz2.compress(app, 9))
    write("fuzz_decode", "app.log.xz", lzma.compress(app, preset=1))
    tar = tar_bytes([("logs/app.log", app), ("logs/h5.log", h5)])
    write("fuzz_decode", "logs.tar", tar)
    write("fuzz_decode", "logs.tar.gz", gzip_bytes(tar))
    write("fuzz_decode", "logs.tar.bz2", bz2.compress(tar, 9))
    write("fuzz_decode", "logs.tar.xz", lzma.compress(tar, preset=1))
    write("fuzz_decode", "nested.zip", zip_bytes([("inner/app.log.gz", gzip_bytes(app)), ("h5.log", h5)]))
    write("fuzz_decode", "stored.zip", zip_bytes([("app.log", app)], method=zipfile.ZIP_STORED))
    write("fuzz_decode", "bzip2.zip", zip_bytes([("app.log", app)], method=zipfile.ZIP_BZIP2))
    write("fuzz_decode", "evil-names.zip", zip_bytes([("../../escape.log", app[:300]), ("/etc/abs.log", h5[:300])]))
    write("fuzz_decode", "zeros.gz", gzip_bytes(b"\0" * (2 << 20)))
    write("fuzz_decode", "utf16-bom-only.log", b"\xff\xfe")


if __name__ == "__main__":
    classify_text()
    catalog()
    decode()
    filescan()
    decode_line()
