#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Convert the published eKYC error-code page (plain-text copy) into the catalog JSON.

Usage: seed2catalog.py SEED_TXT META_JSON OUT_JSON
       seed2catalog.py --check SEED_TXT META_JSON EXISTING_JSON   (exit 1 if EXISTING_JSON is stale)

The seed's text is kept exactly (its typos too). The converter fails loudly when a
table is missing, a billing flag is not Y/N, or a table's row count differs from
the counts in the side file, because a silently short catalog would mislead the desk.
"""
import json
import re
import sys


def fail(msg):
    sys.stderr.write("seed2catalog: error: %s\n" % msg)
    sys.exit(2)


def parse_tables(lines, products):
    headings = {p["heading"]: p["id"] for p in products}
    tables = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        if line in headings:
            pid = headings[line]
            if pid in tables:
                fail("table %r appears twice (line %d)" % (line, i + 1))
            i += 1
            while i < len(lines) and lines[i] == "":
                i += 1
            header = lines[i:i + 3]
            if header != ["错误码", "描述", "是否计费"]:
                fail("table %r: expected the header 错误码/描述/是否计费 at line %d, got %r" % (line, i + 1, header))
            i += 3
            rows = []
            # A table ends at a blank line or at the page's prose that introduces the next
            # tables (a sentence ending in a colon), which follows the common table directly.
            while i < len(lines) and lines[i] != "" and not lines[i].endswith((":", "：")):
                if i + 2 >= len(lines):
                    fail("table %r: truncated row at line %d" % (line, i + 1))
                code, desc, flag = lines[i], lines[i + 1], lines[i + 2]
                if flag not in ("Y", "N"):
                    fail("table %r: billing flag %r for code %r at line %d is not Y or N" % (line, flag, code, i + 3))
                if not code.strip() or not desc.strip():
                    fail("table %r: empty code or description at line %d" % (line, i + 1))
                rows.append((code, desc, flag == "Y"))
                i += 3
            tables[pid] = rows
        else:
            i += 1
    return tables


def build(seed_path, meta_path):
    with open(seed_path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    with open(meta_path, encoding="utf-8") as f:
        meta = json.load(f)
    m = re.search(r"(\d{4}-\d{2}-\d{2}) \d{2}:\d{2}:\d{2}", text)
    if not m:
        fail("no 'last updated' date found in %s" % seed_path)
    products = meta["products"]
    tables = parse_tables(lines, products)
    codes = []
    for p in products:
        pid = p["id"]
        if pid not in tables:
            fail("table %r (%s) not found in %s" % (p["heading"], pid, seed_path))
        want = meta["expected_rows"][pid]
        got = len(tables[pid])
        if got != want:
            fail("table %s has %d rows, expected %d" % (pid, got, want))
        seen = set()
        for code, desc, billable in tables[pid]:
            if code in seen:
                fail("duplicate code %r in table %s" % (code, pid))
            seen.add(code)
            codes.append({"product": pid, "code": code, "description": desc, "billable": billable})
    product_actions = {a for p in products for a in p["actions"]}
    for action in meta["other_actions"]:
        if action in product_actions:
            fail("other action %r is also a product's action" % action)
    return {
        "schema_version": meta["schema_version"],
        "source": meta["source"],
        "source_description": meta["source_description"],
        "updated": m.group(1),
        "products": [
            {"id": p["id"], "title_zh": p["heading"], "title_en": p["title_en"], "actions": p["actions"]}
            for p in products
        ],
        "categories": meta["categories"],
        "other_actions": meta["other_actions"],
        "codes": codes,
    }


def render(catalog):
    return json.dumps(catalog, ensure_ascii=False, indent=1) + "\n"


def main(argv):
    if len(argv) == 5 and argv[1] == "--check":
        out = render(build(argv[2], argv[3]))
        with open(argv[4], encoding="utf-8") as f:
            if f.read() != out:
                sys.stderr.write("seed2catalog: %s is stale; regenerate it from %s\n" % (argv[4], argv[2]))
                return 1
        return 0
    if len(argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    out = render(build(argv[1], argv[2]))
    with open(argv[3], "w", encoding="utf-8") as f:
        f.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
