#!/usr/bin/env python3
"""Leave-one-document-out cross-validation of the aligner's constants on the 21 TICO-19
en–ur dev documents.

For each held-out document, the bead priors (1:0 and 2:1) are counted from the gold
alignments of the other 20 documents, the anchor reward and penalty are chosen on those 20
(pooled strict F1 over a grid), then, with those, the weight of short numbers (one or two
digits) as anchors, then the transliteration key (the fewest letters and consonant classes
a source word needs to anchor by transliteration); the
held-out document is then aligned with what was chosen. The pooled strict F1 of the held-out alignments, the mean and the worst
document are the figures to quote; the shipped constants are scored the same way, per
document, for comparison. Finally the constants chosen on all 21 documents are printed
(what the code ships).

Usage: eval/alignment/cv.py        (builds AlignmentEval in release mode; ~3 minutes)
"""
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DOCS = os.path.join(HERE, "tico19-en-ur-dev")
sys.path.insert(0, HERE)
from score_alignment import project, read_beads, read_offsets, score  # noqa: E402

# The grid. The penalty stays at 0.4 or more: an anchor left without its partner must count
# against a bead, or a dropped sentence whose words survive in the translation costs
# nothing (a lower penalty scores the same on these documents and loses that behaviour).
REWARDS = [1.5, 2.0, 2.5, 3.0, 3.5]
PENALTIES = [0.4, 0.8, 1.2]
# Transliteration keys: letters × consonant classes (ties go to the middle, 8 × 4).
KEYS = [(letters, classes) for letters in [6, 7, 8, 9, 10] for classes in [3, 4, 5]]
# Weights of one- and two-digit numbers against other anchors (ties go to 1: no change).
WEIGHTS = [0.0, 0.25, 0.5, 0.75, 1.0, 1.5]

subprocess.run(["swift", "build", "-c", "release", "--product", "AlignmentEval"], cwd=ROOT,
               check=True, stdout=subprocess.DEVNULL)
BINARY = os.path.join(ROOT, ".build", "release", "AlignmentEval")
names = sorted(d for d in os.listdir(DOCS) if os.path.isfile(os.path.join(DOCS, d, "gold.align")))
gold = {d: read_beads(os.path.join(DOCS, d, "gold.align")) for d in names}


def priors(training):
    """Shares of 1:0 and 2:1 beads among the gold beads of `training`, add-one smoothed."""
    shapes = [(len(s), len(t)) for d in training for s, t in gold[d] if s or t]
    total = len(shapes) + 2
    return ((shapes.count((1, 0)) + 1) / total, (shapes.count((2, 1)) + 1) / total)


cache = {}


def run(reward, penalty, prior, translit=None, weight=None):
    """Per-document (gold, predicted) beads for one setting of the constants."""
    key = (reward, penalty, prior, translit, weight)
    if key in cache:
        return cache[key]
    with tempfile.TemporaryDirectory() as out:
        env = dict(os.environ, ROUNDS="1")
        if reward is not None:
            env.update(ANCHOR_REWARD=str(reward), ANCHOR_PENALTY=str(penalty))
        if prior is not None:
            env.update(PRIOR_DELETE=f"{prior[0]:.5f}", PRIOR_MERGE=f"{prior[1]:.5f}")
        if weight is not None:
            env.update(SHORT_NUMBER_WEIGHT=str(weight))
        if translit is not None:
            env.update(TRANSLITERATION_LETTERS=str(translit[0]),
                       TRANSLITERATION_CLASSES=str(translit[1]))
        subprocess.run([BINARY, DOCS, out], env=env, check=True, stdout=subprocess.DEVNULL)
        result = {}
        for d in names:
            folder = os.path.join(DOCS, d)
            target = [f for f in os.listdir(folder) if f.endswith(".offsets") and not f.startswith("en.")][0]
            predicted = project(read_beads(os.path.join(out, d + ".align")),
                                read_offsets(os.path.join(out, d + ".src.offsets")),
                                read_offsets(os.path.join(out, d + ".tgt.offsets")),
                                read_offsets(os.path.join(folder, "en.offsets")),
                                read_offsets(os.path.join(folder, target)))
            result[d] = (gold[d], predicted)
    cache[key] = result
    return result


def pooled(result, docs):
    return score([result[d][0] for d in docs], [result[d][1] for d in docs])["strict_F1"]


def summary(label, per_doc, pooled_f1):
    values = list(per_doc.values())
    worst = min(per_doc, key=per_doc.get)
    print(f"{label:34s} pooled {pooled_f1:.4f}   mean {statistics.mean(values):.4f}   "
          f"sd {statistics.pstdev(values):.4f}   worst {per_doc[worst]:.4f} ({worst})")


shipped = run(None, None, None)
shipped_doc = {d: pooled(shipped, [d]) for d in names}
summary("shipped constants (in-sample)", shipped_doc, pooled(shipped, names))

def choose(docs, prior):
    """Reward and penalty, then the short-number weight, then the transliteration key, that
    align `docs` best."""
    reward, penalty = max(
        itertools.product(REWARDS, PENALTIES),
        key=lambda rp: (round(pooled(run(rp[0], rp[1], prior), docs), 6), -abs(rp[0] - 2.5)))
    weight = max(
        WEIGHTS,
        key=lambda w: (round(pooled(run(reward, penalty, prior, None, w), docs), 6),
                       -abs(w - 1)))
    translit = max(
        KEYS,
        key=lambda k: (round(pooled(run(reward, penalty, prior, k, weight), docs), 6),
                       -abs(k[0] - 8) - abs(k[1] - 4)))
    return reward, penalty, weight, translit


held_out = {}
held_out_beads = {}
chosen = []
for d in names:
    training = [x for x in names if x != d]
    prior = priors(training)
    best = choose(training, prior)
    chosen.append(best)
    result = run(best[0], best[1], prior, best[3], best[2])
    held_out[d] = pooled(result, [d])
    held_out_beads[d] = result[d]
summary("leave-one-document-out (held out)", held_out,
        score([held_out_beads[d][0] for d in names], [held_out_beads[d][1] for d in names])["strict_F1"])
print("constants chosen per fold (reward/penalty, short-number weight, letters×classes): "
      + ", ".join(f"{r}/{p} w{w} {k[0]}×{k[1]} ×{chosen.count((r, p, w, k))}"
                  for r, p, w, k in sorted(set(chosen))))

prior = priors(names)
reward, penalty, weight, translit = choose(names, prior)
print(f"on all 21 documents: reward {reward}, penalty {penalty}, short-number weight {weight}, "
      f"transliteration key "
      f"{translit[0]} letters × {translit[1]} classes, priors 1:0 {prior[0]:.4f}, 2:1 {prior[1]:.4f}")
