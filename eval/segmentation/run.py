#!/usr/bin/env python3
"""Sentence-boundary F1 on running web text (UD English-EWT dev), overall and per genre, for
Tarjuman and, side by side where installed, pySBD and plain ICU (PyICU), with the scorer in
boundary_f1.py. The spread over genres is the figure to quote, not the best genre.

Usage: eval/segmentation/run.py [TARJUMAN_BINARY]   (default: .build/release/tarjuman)
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BINARY = sys.argv[1] if len(sys.argv) > 1 else ".build/release/tarjuman"
scorer = open(os.path.join(HERE, "boundary_f1.py"), encoding="utf-8").read()
exec(scorer[: scorer.index("cases = json.load")])  # gold_bounds, run_tarjuman, run_pysbd, run_icu

cases = json.load(open(os.path.join(HERE, "running_en_ewt_dev.json"), encoding="utf-8"))


def genre(case):
    return case["id"].split("-", 1)[0]


def f1(pairs):
    tp = fp = fn = 0
    for gold, predicted in pairs:
        tp += len(gold & predicted)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return p, r, (2 * p * r / (p + r) if p + r else 0)


segmenters = [("tarjuman", lambda: run_tarjuman(BINARY, cases, "en"))]
for name, module, run in (("pysbd", "pysbd", run_pysbd), ("icu", "icu", run_icu)):
    try:
        __import__(module)
        segmenters.append((name, lambda run=run: run(cases, "en")))
    except ImportError:
        print(f"{name}: not installed (pip install {'PyICU' if name == 'icu' else name})")

genres = sorted({genre(c) for c in cases})
print(f"{len(cases)} texts; genres: " + ", ".join(
    f"{g} ({sum(genre(c) == g for c in cases)})" for g in genres))
for name, run in segmenters:
    predicted = run()
    pairs = [(gold_bounds(c), p) for c, p in zip(cases, predicted)]
    p, r, f = f1(pairs)
    by_genre = {g: f1([pair for c, pair in zip(cases, pairs) if genre(c) == g])[2] for g in genres}
    spread = ", ".join(f"{g} {v:.3f}" for g, v in by_genre.items())
    print(f"{name:9s} P {p:.3f} R {r:.3f} F1 {f:.3f}   per genre: {spread}   "
          f"(worst {min(by_genre.values()):.3f})")
