#!/usr/bin/env python3
"""How well `tarjuman check --lines` finds drifts in line-aligned bitexts.

Builds a line-aligned English–Urdu bitext from the 1:1 gold beads of the TICO-19 dev
documents (../alignment/tico19-en-ur-dev, CC0), then, for several seeds, a copy of the Urdu
side with 34 planted drifts in the mix the issue describes for a real test set (mostly
extra empty lines, some repeated lines, a few extra or missing lines). Runs
`tarjuman check --lines --format json` on each and counts planted drifts found (a finding
within one line of the place) and findings that match no planted drift (false reports).

Usage: eval/lines/run.py [TARJUMAN_BINARY]   (default: .build/release/tarjuman)
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "alignment", "tico19-en-ur-dev")
BINARY = sys.argv[1] if len(sys.argv) > 1 else ".build/release/tarjuman"
KINDS = ["empty"] * 24 + ["repeat"] * 4 + ["extra"] * 3 + ["missing"] * 3


def bitext():
    english, urdu = [], []
    for name in sorted(os.listdir(ROOT)):
        folder = os.path.join(ROOT, name)
        en = open(f"{folder}/en.sents", encoding="utf-8").read().split("\n")
        ur = open(f"{folder}/ur.sents", encoding="utf-8").read().split("\n")
        for line in open(f"{folder}/gold.align", encoding="utf-8"):
            left, right = line.strip().split(":")
            a = [int(x) for x in re.findall(r"\d+", left)]
            b = [int(x) for x in re.findall(r"\d+", right)]
            if len(a) == 1 and len(b) == 1:
                english.append(en[a[0]])
                urdu.append(ur[b[0]])
    return english, urdu


def plant(urdu, seed):
    """The Urdu lines with 34 drifts; returns the lines and the planted places:
    ("target", line) for an added line, ("source", line) for a dropped one."""
    rng = random.Random(seed)
    kinds = list(KINDS)
    rng.shuffle(kinds)
    places = dict(zip(sorted(rng.sample(range(3, len(urdu) - 3), len(kinds))), kinds))
    out, truth = [], []
    for index, line in enumerate(urdu):
        kind = places.get(index)
        if kind == "missing":
            truth.append(("source", index + 1))
            continue
        out.append(line)
        if kind == "empty":
            out.append("")
        elif kind == "repeat":
            out.append(line)
        elif kind == "extra":
            out.append("مزید معلومات کے لیے ہماری ویب سائٹ دیکھیں۔")
        if kind in ("empty", "repeat", "extra"):
            truth.append(("target", len(out)))
    return out, truth


def main():
    english, urdu = bitext()
    work = tempfile.mkdtemp()
    source = os.path.join(work, "bitext.en.txt")
    open(source, "w", encoding="utf-8").write("\n".join(english) + "\n")
    clean = os.path.join(work, "clean.ur.txt")
    open(clean, "w", encoding="utf-8").write("\n".join(urdu) + "\n")

    def drifts(target):
        run = subprocess.run(
            [BINARY, "check", "--lines", "--format", "json", "--dictionary", "none", source, target],
            capture_output=True, text=True)
        report = json.loads(run.stdout)
        return [f for f in report["findings"] if f["rule"] == "line-drift"]

    false_clean = len(drifts(clean))
    print(f"{len(english)} line pairs; clean file: {false_clean} false report(s)")
    results = []
    for seed in range(1, 6):
        lines, truth = plant(urdu, seed)
        target = os.path.join(work, f"drift{seed}.ur.txt")
        open(target, "w", encoding="utf-8").write("\n".join(lines) + "\n")
        found = drifts(target)
        matched = set()
        false = 0
        for finding in found:
            side = "target" if finding["file"] == target else "source"
            hit = [i for i, (s, line) in enumerate(truth)
                   if s == side and abs(line - finding["line"]) <= 1 and i not in matched]
            if hit:
                matched.add(hit[0])
            else:
                false += 1
        results.append((len(matched), false))
        print(f"seed {seed}: found {len(matched)} of {len(truth)} planted drifts, {false} false report(s)")
    found = [r[0] for r in results]
    false = [r[1] for r in results]
    print(f"mean found {sum(found) / len(found):.1f} of 34 (worst {min(found)}), "
          f"mean false {sum(false) / len(false):.1f} (worst {max(false)})")


if __name__ == "__main__":
    main()
