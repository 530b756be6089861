#!/usr/bin/env python3
"""Sentence-boundary F1 on each new pack's own cases (Tests/Fixtures/segmentation/
cases_<tag>.json: running text, numbers, abbreviations, quotations, lists) for Tarjuman,
pySBD (languages it has; English rules otherwise, marked *) and plain ICU (PyICU), with the
scorer in boundary_f1.py. These are dev cases written with the packs, so the figures show
where each tool stands, not a held-out score.

Usage: eval/segmentation/packs.py [TARJUMAN_BINARY]   (default: .build/release/tarjuman)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BINARY = sys.argv[1] if len(sys.argv) > 1 else ".build/release/tarjuman"
scorer = open(os.path.join(HERE, "boundary_f1.py"), encoding="utf-8").read()
exec(scorer[: scorer.index("cases = json.load")])  # gold_bounds, run_tarjuman, run_pysbd, run_icu

PYSBD = ("en", "ur", "fa", "ar", "hi", "mr", "zh", "es", "am", "hy", "bg", "da", "de", "el",
         "fr", "it", "ja", "kk", "my", "nl", "pl", "ru", "sk")


def f1(pairs):
    tp = fp = fn = 0
    for gold, predicted in pairs:
        tp += len(gold & predicted)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return 2 * p * r / (p + r) if p + r else 0


print(f"{'pack':5s} {'cases':>5s} {'tarjuman':>9s} {'pysbd':>7s} {'icu':>7s}")
for tag in ["fa", "ar", "ps", "sd", "hi"]:
    path = os.path.join(ROOT, "Tests", "Fixtures", "segmentation", f"cases_{tag}.json")
    raw = json.load(open(path, encoding="utf-8"))
    # The strict partitions only (the scorer finds each sentence in the text).
    cases = [{"text": c["input"], "sentences": c["expected"]} for c in raw
             if c.get("strict_partition", True)]
    row = [tag, str(len(cases))]
    runs = [lambda: run_tarjuman(BINARY, cases, tag)]
    runs.append(lambda: run_pysbd(cases, tag))
    runs.append(lambda: run_icu(cases, tag))
    for run in runs:
        try:
            predicted = run()
            row.append(f"{f1([(gold_bounds(c), p) for c, p in zip(cases, predicted)]):.3f}")
        except ImportError:
            row.append("n/a")
    if tag not in PYSBD:
        row[3] += "*"
    print(f"{row[0]:5s} {row[1]:>5s} {row[2]:>9s} {row[3]:>7s} {row[4]:>7s}")
print("* pySBD has no rules for this language and falls back to English.")
