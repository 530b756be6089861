#!/usr/bin/env python3
"""Derive a pivot glossary X→Y from two English glossaries en-X.tsv and en-Y.tsv.

Rows are joined on the concept id. The X side is each concept's preferred X rendering
(its variants become source variants); every Y row of the concept is kept with its own
status, variants and note. The result is a DRAFT: a pivot through English loses sense
distinctions, so each row says where it came from.

    tools/derive_glossary.py glossaries/en-ur.tsv glossaries/en-bal-Arab-PK.tsv \
        > glossaries/ur-bal-Arab-PK.tsv
"""
import os
import sys

COLUMNS = ["id", "source", "target", "pos", "status", "variants", "source_variants",
           "case", "match", "note", "source_ref"]


# Renderings a pivot through English misses: the X word also carries a sense the English
# concept does not (Urdu علاقہ is "region" and "territory"), so the Y side needs more
# renderings. Keyed by (X→Y glossary, concept id); each becomes an admitted row of the
# concept with the reason in its note.
EXTRA_RENDERINGS = {
    ("ur", "bal-Arab-PK", "region"): (["ڈگار"], "Urdu علاقہ also means territory, Balochi ڈگار"),
    ("ur", "bal-Arab-PK", "action"): (["کار کنگ"], "Urdu کارروائی also means acting, Balochi کار کنگ"),
    ("ur", "bal-Arab-PK", "occupation"): (["گپتگ"], "Urdu قبضہ also means seizure, Balochi گپتگ"),
    ("ur", "bal-Arab-PK", "teachers"): (["استاد"], "the singular form is used in lists"),
}


def read(path):
    rows, header = [], None
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


def tag(path, side):
    name = os.path.basename(path)[: -len(".tsv")]
    assert name.startswith("en-"), f"{path}: expected en-<tag>.tsv"
    return name[3:]


def main(first, second):
    source_tag, target_tag = tag(first, 0), tag(second, 1)
    pivot = {}
    for row in read(first):
        if row["status"] == "preferred" and row["id"] not in pivot:
            pivot[row["id"]] = row
    out = sys.stdout
    out.write(f"# DRAFT. {source_tag} → {target_tag} glossary derived by tools/derive_glossary.py from\n")
    out.write(f"# {os.path.basename(first)} and {os.path.basename(second)}: joined on concept id through English.\n")
    out.write("# Not reviewed by a speaker of either language as a pair; statuses are the target glossary's.\n")
    out.write("\t".join(COLUMNS) + "\n")
    written = set()
    for row in read(second):
        source = pivot.get(row["id"])
        if source is None or not row["target"]:
            continue
        # Two English concepts may meet in one pair (freedom, independence → آزادی → آزاتی).
        key = (source["target"], row["target"], row["pos"])
        if key in written:
            continue
        written.add(key)
        note = f"pivot via English '{row['source']}'"
        if row["note"]:
            note += f"; {row['note']}"
        rows = [(row["target"], row["status"], row["variants"], note)]
        extra = EXTRA_RENDERINGS.get((source_tag, target_tag, row["id"]))
        if extra and (row["id"], "extra") not in written:
            written.add((row["id"], "extra"))
            rows += [(rendering, "admitted", "", f"sense the pivot misses: {extra[1]}")
                     for rendering in extra[0]]
        for target, status, variants, why in rows:
            out.write("\t".join([
                row["id"], source["target"], target, row["pos"], status,
                variants, source["variants"], "", "", why,
                f"derived from {os.path.basename(first)} + {os.path.basename(second)}",
            ]) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
