"""Translate Toolkit reads Tarjuman's XLIFF 2.0, TMX and TBX and sees what Tarjuman wrote.

Usage: check_translate_toolkit.py WORK_DIR GLOSSARY_TSV

WORK_DIR holds the files run.sh made: empty.xlf, filled.xlf, memory.tmx, export.tmx,
en-ur.tbx, and the expected data from tarjuman itself: en.jsonl and ur.jsonl (the sentences of
the English sample and its Urdu translation) and terms.tsv (the glossary terms in the English).
Exits 1 with a message on the first difference.
"""

import collections
import csv
import json
import sys
from pathlib import Path

from translate.storage import tbx, tmx, xliff2

GLS = "urn:oasis:names:tc:xliff:glossary:2.0"
XLF = "urn:oasis:names:tc:xliff:document:2.0"
MTC = "urn:oasis:names:tc:xliff:matches:2.0"
MDA = "urn:oasis:names:tc:xliff:metadata:2.0"


def fail(message):
    print(f"translate-toolkit check FAILED: {message}")
    sys.exit(1)


def expect(condition, message):
    if not condition:
        fail(message)


def sentences(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def main():
    work = Path(sys.argv[1])
    glossary_rows = list(
        csv.DictReader(
            (line for line in open(sys.argv[2], encoding="utf-8") if not line.startswith("#")),
            delimiter="\t",
            quoting=csv.QUOTE_NONE,
        )
    )
    english = sentences(work / "en.jsonl")
    urdu = sentences(work / "ur.jsonl")
    expect(len(english) == len(urdu) == 88, "the sample should have 88 sentences on each side")

    # XLIFF 2.0, empty and filled: same ids, sources, targets and states.
    for name, filled in (("empty.xlf", False), ("filled.xlf", True)):
        store = xliff2.Xliff2File.parsefile(str(work / name))
        units = [unit for unit in store.units if not unit.isheader()]
        expect(store.sourcelanguage == "en", f"{name}: srcLang {store.sourcelanguage}")
        expect(store.targetlanguage == "ur", f"{name}: trgLang {store.targetlanguage}")
        expect(len(units) == 88, f"{name}: {len(units)} segments, expected 88")
        for unit, source, target in zip(units, english, urdu):
            paragraph = source["id"].split("s")[0]
            expect(unit.getid() == f"{paragraph}::{source['id']}", f"{name}: id {unit.getid()}")
            expect(unit.source == source["text"], f"{name}: source of {unit.getid()} differs")
            if filled:
                expect(unit.target == target["text"], f"{name}: target of {unit.getid()} differs")
                expect(unit.istranslated(), f"{name}: {unit.getid()} not translated")
            else:
                expect(not unit.target, f"{name}: {unit.getid()} has a target")
                expect(not unit.istranslated(), f"{name}: {unit.getid()} counted as translated")

    # Translation candidates (mtc:matches) do not disturb the segments: the sample with one
    # year changed reads as 88 units, three of them fuzzy drafts (state initial), and every
    # candidate points at a segment of its unit.
    store = xliff2.Xliff2File.parsefile(str(work / "fuzzy.xlf"))
    units = [unit for unit in store.units if not unit.isheader()]
    expect(len(units) == 88, f"fuzzy.xlf: {len(units)} segments, expected 88")
    expect(sum(1 for unit in units if not unit.istranslated()) == 3, "fuzzy.xlf: expected 3 drafts")
    for unit in units:
        element = unit.getunitelement()
        segments = {s.get("id") for s in element.iter(f"{{{XLF}}}segment")}
        for match in element.iter(f"{{{MTC}}}match"):
            expect(match.get("ref", "").lstrip("#") in segments, f"mtc:match ref {match.get('ref')} points at no segment")
            expect(0 <= float(match.get("similarity")) <= 100, "similarity out of range")
    # The matches of the sentences whose year changed say so, in the Metadata module.
    notes = [meta.text for unit in units for meta in unit.getunitelement().iter(f"{{{MDA}}}meta")
             if meta.get("type") == "tarjuman:numbers"]
    expect(len(notes) >= 3 and all(note.startswith("numbers: only the sentence has") for note in notes),
           f"fuzzy.xlf: number notes {notes[:3]}, expected one per changed year")

    # Terms: every glossary term tarjuman finds is marked, and its entry offers accepted renderings.
    store = xliff2.Xliff2File.parsefile(str(work / "filled.xlf"))
    accepted = collections.defaultdict(set)
    for row in glossary_rows:
        if row["status"] in ("", "preferred", "admitted"):
            accepted[row["source"].lower()].add(row["target"])
    all_accepted = set().union(*accepted.values())
    marked = collections.Counter()
    entries = 0
    seen_units = set()
    for unit in store.units:
        element = unit.getunitelement()
        if element.get("id") in seen_units:
            continue
        seen_units.add(element.get("id"))
        marks = {m.get("id"): m for m in element.iter(f"{{{XLF}}}mrk") if m.get("type") == "term"}
        marked.update("".join(m.itertext()) for m in marks.values())
        for entry in element.iter(f"{{{GLS}}}glossEntry"):
            entries += 1
            reference = entry.get("ref", "").lstrip("#")
            expect(reference in marks, f"glossEntry ref #{reference} points at no mrk")
            term = entry.find(f"{{{GLS}}}term").text
            expect(term == "".join(marks[reference].itertext()), f"glossEntry {term} ≠ its mrk")
            renderings = [t.text for t in entry.findall(f"{{{GLS}}}translation")]
            expect(renderings, f"glossEntry {term} has no translation")
            expect(set(renderings) <= all_accepted, f"{term}: {renderings} not accepted renderings")
    # One record per concept a term belongs to: an occurrence is its line and column.
    with open(work / "terms.tsv", encoding="utf-8") as handle:
        occurrences = {(row["line"], row["column"]): row["text"]
                       for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}
        found = collections.Counter(occurrences.values())
    expect(marked == found, f"marked terms differ from `tarjuman terms`: {(marked - found) + (found - marked)}")
    expect(entries == sum(found.values()), "one glossEntry per marked term")

    # TMX from `align` and from `tm export`: the same 88 pairs.
    for name in ("memory.tmx", "export.tmx", "store.tmx"):
        memory = tmx.tmxfile.parsefile(str(work / name))
        pairs = [(unit.source, unit.target) for unit in memory.units]
        expected = [(s["text"].replace("\n", " "), t["text"].replace("\n", " ")) for s, t in zip(english, urdu)]
        expect(pairs == expected, f"{name}: pairs differ ({len(pairs)} read)")

    # TBX v2 (martif): one unit per concept, source and a rendering from the glossary.
    termbase = tbx.tbxfile.parsefile(str(work / "en-ur.tbx"))
    concepts = collections.OrderedDict()
    for row in glossary_rows:
        concepts.setdefault(row["id"], (row["source"], set()))[1].add(row["target"])
    expect(len(termbase.units) == len(concepts), f"TBX: {len(termbase.units)} units, {len(concepts)} concepts")
    for unit, (concept, (source, targets)) in zip(termbase.units, concepts.items()):
        expect(unit.getid() == concept, f"TBX: id {unit.getid()} ≠ {concept}")
        expect(unit.source == source, f"TBX: {concept} source {unit.source} ≠ {source}")
        expect(unit.target in targets, f"TBX: {concept} target {unit.target} not in {targets}")

    print(
        f"translate-toolkit: XLIFF 2.0 88/88 segments (ids, sources, targets, states), "
        f"{sum(found.values())} terms marked with glossary entries; TMX 88/88 pairs (align, tm export of files and of a store); "
        f"TBX {len(concepts)}/{len(concepts)} concepts"
    )


if __name__ == "__main__":
    main()
