#!/usr/bin/python3
"""Compare NewsCorpus word segmentation with jieba on the seed documents: agreement and speed.

A tool to run by hand, not a test dependency (jieba is a Debian package, python3-jieba).
Run from the repository root after building the CLI:

    dotnet build lib/NewsCorpus.Cli
    /usr/bin/python3 tests/NewsCorpus.Tests/Segmentation/compare_jieba.py [--repeat 20]

Agreement is measured on tokens that contain a Han character, as spans of each line: precision and recall
of our tokens against jieba's (accurate mode, HMM on), their F1, and the share of Han-character boundaries
(word break or not, between two adjacent Han characters) on which both agree. It is run twice: jieba with
its own dictionary, and jieba with our domain dictionary loaded as a user dictionary. Speed is characters per
second of segmentation alone (dictionaries loaded beforehand) over the seeds repeated --repeat times.
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile
import time

import jieba

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
CLI = ["dotnet", "artifacts/bin/NewsCorpus.Cli/debug/NewsCorpus.Cli.dll", "segment", "--stats"]


def spans(line, tokens):
    """Half-open spans of tokens found in order in line, for tokens with a Han character."""
    out, at = [], 0
    for t in tokens:
        i = line.find(t, at)
        if i < 0:
            continue
        at = i + len(t)
        if HAN.search(t):
            out.append((i, at))
    return out


def breaks(line, token_spans):
    """Positions between two adjacent Han characters, and the subset where a token starts."""
    starts = {s for s, _ in token_spans}
    inside = [i for i in range(1, len(line)) if HAN.match(line[i - 1]) and HAN.match(line[i])]
    return inside, {i for i in inside if i in starts}


def agreement(lines, ours, theirs):
    tp = n_ours = n_theirs = same = total = 0
    for line, a, b in zip(lines, ours, theirs):
        sa, sb = set(spans(line, a)), set(spans(line, b))
        tp += len(sa & sb)
        n_ours += len(sa)
        n_theirs += len(sb)
        inside, ba = breaks(line, sa)
        _, bb = breaks(line, sb)
        total += len(inside)
        same += sum(1 for i in inside if (i in ba) == (i in bb))
    p, r = tp / n_ours, tp / n_theirs
    return p, r, 2 * p * r / (p + r), same / total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    lines = [l for f in sorted(glob.glob("data/raw/*.txt")) for l in open(f, encoding="utf-8").read().splitlines() if l.strip()]
    chars = sum(len(l) for l in lines)

    run = subprocess.run(CLI + ["--data", "data"], input="\n".join(lines * args.repeat) + "\n", capture_output=True, text=True, check=True)
    ours = [l.split(" ") for l in run.stdout.splitlines()[: len(lines)]]
    our_speed = re.search(r"\((\d+) chars/s\)", run.stderr).group(1)

    jieba.initialize()
    start = time.perf_counter()
    for _ in range(args.repeat):
        theirs = [jieba.lcut(l) for l in lines]
    jieba_speed = chars * args.repeat / (time.perf_counter() - start)

    print(f"seed lines: {len(lines)}, characters: {chars}, repeated {args.repeat}x for speed")
    print(f"speed: newscorpus {int(our_speed):,} chars/s, jieba {jieba_speed:,.0f} chars/s")
    p, r, f, b = agreement(lines, ours, theirs)
    print(f"vs jieba (own dictionary):        token precision {p:.1%} recall {r:.1%} F1 {f:.1%}, Han boundary agreement {b:.1%}")

    words = set()
    for f in glob.glob("data/lexicons/domain-words.txt"):
        words.update(w for l in open(f, encoding="utf-8") if not l.startswith("#") for w in l.split())
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as user:
        user.write("\n".join(f"{w} 100000" for w in sorted(words) if len(w) >= 2))
    jieba.load_userdict(user.name)
    os.unlink(user.name)
    theirs = [jieba.lcut(l) for l in lines]
    p, r, f, b = agreement(lines, ours, theirs)
    print(f"vs jieba (+ our domain words):    token precision {p:.1%} recall {r:.1%} F1 {f:.1%}, Han boundary agreement {b:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
