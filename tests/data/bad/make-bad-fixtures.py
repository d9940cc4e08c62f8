#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Writes the small hostile inputs of the bad-input suite (tests/core/tst_badinput.cpp,
tests/cli/tst_badinput_cli.cpp).

The outputs are committed, so the tests never run Python. Big cases (the 200 MB line,
the 10 GB gzip bomb, the deflate zip bomb, the 100,001-row catalog) and cases that are
not files (FIFOs, symlink loops, unreadable files) are made by the tests in a temporary
folder. Standard library only; fixed names and dates, so reruns give the same bytes.

    tests/data/bad/make-bad-fixtures.py           # rewrite the files
    tests/data/bad/make-bad-fixtures.py --check   # fail if a file differs
"""
import bz2
import io
import json
import os
import random
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "tools"))
from fixturebytes import ZIP_TIME, gzip_bytes, zip_bytes  # noqa: E402

LINE = 'GetFaceIdResultIntl {"Response":{"Result":"2016","Description":"similarity too low"}}\n'


def files():
    out = {}
    out["empty.log"] = b""
    out["nul-only.log"] = b"\0" * 65536
    rng = random.Random(20230705)
    # Random bytes; the first is 0x01 so no magic number (gzip, zip, BOM) can start it.
    out["random.bin"] = b"\x01" + bytes(rng.randrange(256) for _ in range(8191))
    # An invalid UTF-8 byte inside a value and inside a dotted code: each line is then read
    # as GB18030, where 0xFF is no character and 0xC3 takes the letter after it.
    out["invalid-utf8.log"] = (b'GetFaceIdResultIntl {"Result":"20\xff16"}\n'
                               b"retry gave up: FailedOperation.Compare\xc3LowSimilarity\n")
    utf16 = LINE.encode("utf-16-le") * 2
    out["utf16-odd.log"] = b"\xff\xfe" + utf16 + b"A"  # a stray last byte: half a character
    out["bom-utf8.log"] = b"\xef\xbb\xbf"
    out["bom-utf16le.log"] = b"\xff\xfe"
    good = gzip_bytes((LINE * 400).encode())
    out["truncated.log.gz"] = good[: len(good) // 2]
    corrupt = bytearray(good)
    for i in range(40, 60):  # inside the deflate data: an invalid block
        corrupt[i] ^= 0xA5
    out["corrupt.log.gz"] = bytes(corrupt)
    bad_crc = bytearray(gzip_bytes((LINE * 3).encode()))
    bad_crc[-8] ^= 0xFF  # the CRC-32 in the trailer
    out["bad-crc.log.gz"] = bytes(bad_crc)
    # Member names that would escape the current folder if anything were extracted.
    out["evil-names.zip"] = zip_bytes([
        ("../../ekyc-badinput-escape.log", LINE.encode()),
        ("/tmp/ekyc-badinput-absolute.log", b'{"ErrorCode":1101}\n'),
        ("ok/../../../ekyc-badinput-dotdot.log", b"retry gave up: FailedOperation.CompareLowSimilarity\n"),
    ])
    # Decompression bombs that pass the 1:2000 ratio at once: bzip2 turns 1 GiB of NUL bytes
    # into about a kilobyte, alone (.bz2) and as a zip member.
    zeros = b"\0" * (64 << 20)
    compressor = bz2.BZ2Compressor(9)
    out["bomb.bz2"] = b"".join(compressor.compress(zeros) for _ in range(16)) + compressor.flush()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        info = zipfile.ZipInfo("zeros.log", date_time=ZIP_TIME)
        info.compress_type = zipfile.ZIP_BZIP2
        info.external_attr = 0o644 << 16
        with z.open(info, "w") as member:
            for _ in range(16):
                member.write(zeros)
        z.writestr(zipfile.ZipInfo("after-the-bomb.log", date_time=ZIP_TIME), LINE.encode())
    out["bomb-bzip2.zip"] = buf.getvalue()
    # A report of ekyc-codes (classify --format json of app-sdk.log): a report, not a log.
    out["a-report.json"] = open(os.path.join(HERE, "..", "classify", "expected", "app-sdk.json"), "rb").read()
    catalog = json.load(open(os.path.join(HERE, "..", "..", "..", "resources", "catalog", "ekyc-error-codes.json"),
                             encoding="utf-8"))
    out["catalog-empty.json"] = b""
    out["catalog-malformed.json"] = b'{"schema_version": 1, "updated": "2023-07-03", "codes": [{"product": "h5",'
    mistyped = dict(catalog)
    mistyped["codes"] = list(catalog["codes"])
    mistyped["codes"][3] = dict(catalog["codes"][3], billable="yes")
    out["catalog-mistyped.json"] = json.dumps(mistyped, ensure_ascii=False, indent=1).encode()
    duplicate = dict(catalog)
    duplicate["codes"] = list(catalog["codes"]) + [catalog["codes"][20]]
    out["catalog-duplicate.json"] = json.dumps(duplicate, ensure_ascii=False, indent=1).encode()
    return out


def main():
    args = sys.argv[1:]
    if any(arg != "--check" for arg in args):
        # (Any other argument used to write every fixture, as no argument does.)
        print("usage: make-bad-fixtures.py [--check]  (no argument: write the fixtures; --check: "
              "exit 1 if one differs from what would be written)", file=sys.stderr)
        return 2
    check = "--check" in args
    stale = []
    for name, data in sorted(files().items()):
        path = os.path.join(HERE, name)
        if check:
            if not os.path.exists(path) or open(path, "rb").read() != data:
                stale.append(name)
            continue
        with open(path, "wb") as f:
            f.write(data)
    if stale:
        print("stale:", " ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
