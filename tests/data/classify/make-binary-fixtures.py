#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Writes the classify fixtures that cannot be typed into an editor.

The outputs are committed, so the tests never run Python; run this again only
to change a fixture, then re-derive its expected report by hand
(expected/<case>.json and .md).  Standard library only.

    tests/data/classify/make-binary-fixtures.py           # rewrite the files
    tests/data/classify/make-binary-fixtures.py --check   # fail if a file differs

The text of every fixture is written out literally below; only the byte form
(line ends, encoding, compression, damage) is made by code.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "tools"))
from fixturebytes import gzip_bytes, zip_bytes  # noqa: E402


def lines(*items):
    """Joins text lines with LF and ends the last one with LF."""
    return "".join(item + "\n" for item in items)


# CRLF line ends; a record opened by a line ending in "{" followed by CR, which only
# opens when the CR is dropped; the last line has no line end at all.
CRLF_LINES = [
    "# Windows service log: CRLF line ends, the last line has none",
    "2023-07-05 19:30:00 INFO GetWebVerificationResultIntl ErrorCode=0",
    "2023-07-05 19:30:09 INFO GetWebVerificationResultIntl response {",
    '    "ErrorCode": 1005,',
    '    "ErrorMsg": "Liveness detection failed",',
    '    "VerificationDetailList": [',
    "        {",
    '            "ErrorCode": 1005,',
    '            "LivenessErrorCode": 1005,',
    '            "CompareErrorCode": 0',
    "        }",
    "    ],",
    '    "RequestId": "0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a"',
    "}",
    "2023-07-05 19:30:30 INFO GetWebVerificationResultIntl ErrorCode=2016",
]

UTF16LE_TEXT = (
    "# Windows client log saved as UTF-16 with a byte order mark\r\n"
    "2023-07-05 20:00:00 [人脸核身] GetFaceIdResultIntl Result=-999 描述=验证流程未完成\r\n"
    "2023-07-05 20:00:05 [人脸核身] GetFaceIdResultIntl Result=0 描述=成功\r\n"
)

UTF16BE_TEXT = lines(
    "# Client log saved as big-endian UTF-16 with a byte order mark",
    "2023-07-05 20:10:00 [人脸核身] GetWebVerificationResultIntl ErrorCode=2016 ErrorMsg=比对相似度未达标",
    "2023-07-05 20:10:40 [人脸核身] GetWebVerificationResultIntl ErrorCode=1409 ErrorMsg=未知错误",
)

# (text, encoding) per line: most lines UTF-8, two lines from a legacy module in GBK.
GBK_MIXED = [
    ("# Mostly UTF-8; the legacy payment module writes its lines in GBK", "utf-8"),
    ("2023-07-05 21:00:00 INFO [核身] GetWebVerificationResultIntl ErrorCode=0 ErrorMsg=成功", "utf-8"),
    ("2023-07-05 21:00:03 WARN [核身] GetWebVerificationResultIntl ErrorCode=1201 ErrorMsg=光线太暗", "gbk"),
    ("2023-07-05 21:00:07 WARN [核身] GetWebVerificationResultIntl ErrorCode=1202 ErrorMsg=光线太强", "utf-8"),
    ("2023-07-05 21:00:12 INFO [核身] GetWebVerificationResultIntl ErrorCode=2016 ErrorMsg=比对相似度未达标", "gbk"),
]

# GBK trail bytes in 0x40..0x7E look like ASCII letters: 態 is 91 42 ("B"), 證 is D7 43 ("C").
# Line 2 as bytes reads "...\x91BResult=2016": a byte scanner sees no whole-word key, the
# decoded text "態Result=2016" has one.  Line 3 as bytes reads "...\xd7Code=InternalError": a
# byte scanner sees a Code field, the decoded text "驗證ode=InternalError" has none.
GBK_TRAIL = [
    ("# Legacy module writing traditional Chinese in GBK; ASCII follows the Chinese text directly", "utf-8"),
    ("2023-07-05 21:30:00 WARN [人臉核身] GetWebVerificationResultIntl 狀態Result=2016", "gbk"),
    ("2023-07-05 21:30:04 WARN [人臉核身] 身份驗證ode=InternalError", "gbk"),
]

# Log rotation with copytruncate leaves a run of NUL bytes where the old content was; a NUL inside
# a value is padding too and does not end it ("-9" NUL NUL "99" is -999).
NUL_PADDED = (b"\0" * 4096 + b"2023-07-05 23:30:00 INFO GetFaceIdResultIntl Result=0\n"
              + b"2023-07-05 23:30:05 INFO GetFaceIdResultIntl Result=-9\0\099\n")

# UTF-16LE without a BOM: read with --encoding utf-16.
UTF16_NOBOM_TEXT = lines(
    "# Windows client log saved as UTF-16 without a byte order mark",
    "2023-07-05 23:40:00 INFO GetFaceIdResultIntl Result=2016",
)

GZ_TEXT = lines(
    "# App SDK results, compressed by logrotate",
    "2023-07-05 23:00:00 INFO GetFaceIdResultIntl Result=0",
    "2023-07-05 23:00:10 INFO GetFaceIdResultIntl Result=2014",
    "2023-07-05 23:00:20 INFO GetFaceIdResultIntl Result=0",
)

ROTATED_TEXT = lines(
    "# Rotated gateway log, gzip content without a .gz name",
    "2023-07-04 23:59:58 INFO CompareFaceLiveness Result=FailedOperation.SilentFaceWithMaskFail",
    "2023-07-04 23:59:59 INFO CompareFaceLiveness Result=Success",
)

ZIP_WEB = lines(
    "2023-07-05 20:00:00 INFO GetWebVerificationResultIntl ErrorCode=1003",
    "2023-07-05 20:00:09 INFO callback ErrorCode=2015",
)
ZIP_MOBILE = lines(
    "2023-07-05 20:01:00 INFO sdk callback Result=-999",
    "2023-07-05 20:01:30 INFO sdk callback Result=2015",
)


def long_record():
    """1,007 lines: the record opened on line 3 is cut after 1,000 lines (3..1002)."""
    out = [
        "# One pretty-printed dump that is longer than the record limit",
        "2023-07-05 22:00:00 INFO frame dump follows",
        "{",                                                              # line 3: opens the record
        '  "Response": {',                                                # line 4
        '    "Result": "-999",',                                          # line 5: the record's event
        '    "Description": "The verification process wasn\'t finished",',  # line 6
        '    "FrameScores": [',                                           # line 7
    ]
    for i in range(8, 1000):                                              # lines 8..999
        out.append("      0.%04d," % ((i * 7919) % 10000))
    out += [
        "      0.5000",                                                   # line 1000
        "    ],",                                                         # line 1001
        '    "ErrorCode": "1101",',                                       # line 1002: 1,000th line of the record
        '    "Result": "2016",',                                          # line 1003: first line after the cut
        '    "RequestId": "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d"',        # line 1004
        "  }",                                                            # line 1005
        "}",                                                              # line 1006
        "2023-07-05 22:00:01 INFO dump done Result=0",                    # line 1007
    ]
    return lines(*out)


def continuation_limit():
    """103 lines: lines 2..101 all end in a backslash; the 100-line limit makes line 102 a new logical line."""
    out = [
        "# Replay of a command wrapped over more than 100 lines: a logical line holds at most 100 of them",
        "2023-07-06 08:30:00.000 DEBUG [kyc] GetFaceIdResultIntl replay args \\",        # line 2: the action
    ]
    for i in range(3, 101):                                                              # lines 3..100
        out.append("    --Extra%03d value%03d \\" % (i, i))
    out += [
        "    errcode=1001 \\",                            # line 101: the 100th line of the logical line 2..101
        "    errcode=2016",                                # line 102: a logical line of its own
        "2023-07-06 08:30:01.000 DEBUG [kyc] replay done ErrorCode=2015",  # line 103
    ]
    return lines(*out)


def truncated_gzip():
    body = lines(*("2023-07-06 00:%02d:%02d INFO GetFaceIdResultIntl Result=%s order=%05d"
                   % (i // 60 % 60, i % 60, ("0", "2016", "-999", "1001")[i % 4], i) for i in range(2000)))
    data = gzip_bytes(body.encode())
    return data[: len(data) // 2]


def corrupt_zip():
    """A zip whose central directory is intact but whose member's deflate data is not.

    The first byte of a deflate stream 0xFF means "final block, type 3", a type that
    does not exist, so every inflater stops with an error at once.
    """
    data = bytearray(zip_bytes([("app.log", ZIP_MOBILE * 50)]))
    # Local file header: 30 bytes, then the name and the extra field.
    name_len = int.from_bytes(data[26:28], "little")
    extra_len = int.from_bytes(data[28:30], "little")
    start = 30 + name_len + extra_len
    data[start:start + 16] = b"\xff" * 16
    return bytes(data)


def binary_blob():
    """Half the bytes are control bytes 0x01..0x08: clearly not a text log."""
    out = bytearray(b"\x7fELF\x02\x01\x01\x00")
    for i in range(4096):
        out.append(0x01 + i % 8 if i % 2 == 0 else 0x41 + i % 26)
    return bytes(out)


def fixtures():
    return {
        "crlf.log": "\r\n".join(CRLF_LINES).encode("utf-8"),
        "utf16le.log": b"\xff\xfe" + UTF16LE_TEXT.encode("utf-16-le"),
        "utf16be.log": b"\xfe\xff" + UTF16BE_TEXT.encode("utf-16-be"),
        "nul-padding.log": NUL_PADDED,
        "utf16-nobom.log": UTF16_NOBOM_TEXT.encode("utf-16-le"),
        "gbk-mixed.log": b"".join(t.encode(e) + b"\n" for t, e in GBK_MIXED),
        "gbk-trail.log": b"".join(t.encode(e) + b"\n" for t, e in GBK_TRAIL),
        "app.log.gz": gzip_bytes(GZ_TEXT.encode()),
        "rotated.log.1": gzip_bytes(ROTATED_TEXT.encode()),
        "bundle.zip": zip_bytes([("web.log", ZIP_WEB), ("mobile.log", ZIP_MOBILE)]),
        "long-record.log": long_record().encode(),
        "r1-continuation-limit.log": continuation_limit().encode(),
        "truncated.log.gz": truncated_gzip(),
        "corrupt.zip": corrupt_zip(),
        "blob.bin": binary_blob(),
    }


def self_check(files):
    """Guards the properties the expectations rely on."""
    assert files["crlf.log"].count(b"\r\n") == len(CRLF_LINES) - 1 and not files["crlf.log"].endswith(b"\n")
    for text, enc in GBK_MIXED + GBK_TRAIL:
        raw = text.encode(enc)
        valid = True
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            valid = False
        assert valid == (enc == "utf-8"), text  # GBK lines must be invalid UTF-8
    assert "態".encode("gbk") == b"\x91B" and "證".encode("gbk") == b"\xd7C"
    assert files["long-record.log"].count(b"\n") == 1007
    cont = files["r1-continuation-limit.log"].decode().split("\n")
    assert len(cont) == 104 and all(l.endswith("\\") for l in cont[1:101]) and not cont[101].endswith("\\")
    assert not files["blob.bin"].startswith((b"\x1f\x8b", b"PK"))


def main():
    check = "--check" in sys.argv[1:]
    files = fixtures()
    self_check(files)
    stale = []
    for name, data in sorted(files.items()):
        path = os.path.join(HERE, name)
        if check:
            with open(path, "rb") as f:
                if f.read() != data:
                    stale.append(name)
        else:
            with open(path, "wb") as f:
                f.write(data)
    if stale:
        sys.exit("stale fixtures (rerun make-binary-fixtures.py): " + ", ".join(stale))


if __name__ == "__main__":
    main()
