#!/usr/bin/env python3
"""Writes a large English–Urdu TMX 1.4b memory for the memory benchmark: the 1:1 gold pairs of
the 21 TICO-19 dev documents and the sample's aligned pairs, repeated with variations so
that near-duplicates exist, as in a real memory: one to three English words replaced by
other words of the corpus, two neighbouring words swapped, numbers changed. Each variant
keeps its base's Urdu with a variant number (the memory is for timing and recall, not for
translating). Deterministic (seeded).

Usage: Benchmarks/Memory/make_memory.py UNITS OUT [SAMPLE_PAIRS.tmx]
Writes OUT-01.tmx, OUT-02.tmx… of at most 100,000 units each (Tarjuman reads XML files up
to 64 MB).
"""
import html
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOCS = os.path.join(ROOT, "eval", "alignment", "tico19-en-ur-dev")


def pairs():
    for doc in sorted(os.listdir(DOCS)):
        folder = os.path.join(DOCS, doc)
        en = open(os.path.join(folder, "en.sents"), encoding="utf-8").read().split("\n")
        ur = open(os.path.join(folder, "ur.sents"), encoding="utf-8").read().split("\n")
        for line in open(os.path.join(folder, "gold.align"), encoding="utf-8"):
            source, target = line.strip().split(":")[:2]
            s = [int(x) for x in source.strip("[]").split(",") if x.strip()]
            t = [int(x) for x in target.strip("[]").split(",") if x.strip()]
            if len(s) == 1 and len(t) == 1 and en[s[0]].strip() and ur[t[0]].strip():
                yield en[s[0]].strip(), ur[t[0]].strip()
    if len(sys.argv) > 3:
        text = open(sys.argv[3], encoding="utf-8").read()
        for unit in re.findall(r"<tu .*?</tu>", text, re.S):
            segs = re.findall(r"<seg>(.*?)</seg>", unit, re.S)
            if len(segs) == 2:
                yield html.unescape(segs[0]), html.unescape(segs[1])


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    base = list(dict.fromkeys(pairs()))
    vocabulary = sorted({w for s, _ in base for w in s.split() if w.isalpha()})
    rng = random.Random(19)
    per_file = 100_000
    f = None
    for index in range(count):
        if index % per_file == 0:
            if f:
                f.write("</body>\n</tmx>\n")
                f.close()
            f = open(f"{out}-{index // per_file + 1:02d}.tmx", "w", encoding="utf-8")
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
                    '<header creationtool="make_memory.py" creationtoolversion="1" segtype="sentence" '
                    'o-tmf="tarjuman" adminlang="en" srclang="en" datatype="plaintext"/>\n<body>\n')
        source, target = base[index % len(base)]
        round_ = index // len(base)
        words = source.split()
        if round_ > 0 and words:
            for _ in range(rng.randint(1, 3)):
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
            if len(words) > 2 and rng.random() < 0.3:
                i = rng.randrange(len(words) - 1)
                words[i], words[i + 1] = words[i + 1], words[i]
            words = [str(rng.randint(1, 2030)) if w.isdigit() else w for w in words]
            target = f"{target} ({round_})"
        f.write(f'<tu tuid="{index + 1}"><tuv xml:lang="en"><seg>{html.escape(" ".join(words), quote=False)}'
                f'</seg></tuv><tuv xml:lang="ur"><seg>{html.escape(target, quote=False)}</seg></tuv></tu>\n')
    f.write("</body>\n</tmx>\n")
    f.close()
    print(f"{count} units from {len(base)} base pairs written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
