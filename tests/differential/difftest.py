"""Shared pieces of the differential tests: seeded generation and mutation of inputs, and the
line-by-line comparison of oscap-virt's reader with the real program."""
import os
import random
import shutil
import subprocess
import sys


def arguments(default_count):
    """WORKDIR READER_DUMP [COUNT] from the command line; WORKDIR is made empty."""
    work, reader = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else default_count
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    return work, reader, count


def mutate(rng, data: bytes, atoms) -> bytes:
    """A few random edits: insert an atom, delete or duplicate a span, flip a byte."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        choice = rng.random()
        pos = rng.randint(0, len(data))
        if choice < 0.4:
            data[pos:pos] = rng.choice(atoms)
        elif choice < 0.6 and data:
            end = min(len(data), pos + rng.randint(1, 8))
            del data[pos:end]
        elif choice < 0.8 and data:
            end = min(len(data), pos + rng.randint(1, 40))
            data[pos:pos] = data[pos:end]
        elif data:
            data[min(pos, len(data) - 1)] = rng.randint(0, 255)
    return bytes(data)


def write_cases(work, cases):
    paths = []
    for i, data in enumerate(cases):
        path = os.path.join(work, "case%05d" % i)
        with open(path, "wb") as f:
            f.write(data)
        paths.append(path)
    return paths


def describe(path):
    """The bytes of an input file, or of every file of an input tree."""
    if not os.path.isdir(path):
        with open(path, "rb") as f:
            return repr(f.read()[:400])
    parts = []
    for top, _, names in sorted(os.walk(path)):
        for name in sorted(names):
            full = os.path.join(top, name)
            rel = os.path.relpath(full, path)
            if os.path.islink(full):
                parts.append("%s -> %s" % (rel, os.readlink(full)))
            else:
                with open(full, "rb") as f:
                    parts.append("%s: %r" % (rel, f.read()[:200]))
    return "\n           ".join(parts)


def compare(name, paths, ours, theirs):
    """ours/theirs: one output line per path. Prints each disagreement; returns their count."""
    if len(ours) != len(paths) or len(theirs) != len(paths):
        print("%s: %d inputs, reader gave %d lines, program %d" % (name, len(paths), len(ours), len(theirs)))
        return max(1, abs(len(ours) - len(theirs)))
    bad = 0
    for path, a, b in zip(paths, ours, theirs):
        if a != b:
            bad += 1
            if bad <= 10:
                print("MISMATCH %s\n  input:   %s\n  reader:  %s\n  program: %s" % (path, describe(path), a, b))
    print("%s: %d inputs, %d disagreements" % (name, len(paths), bad))
    return bad


def run_lines(cmd, **kwargs):
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, **kwargs).stdout
    return out.decode("utf-8", "replace").splitlines()


def main_guard(fn):
    try:
        sys.exit(1 if fn() else 0)
    except subprocess.CalledProcessError as e:
        print("command failed: %s (status %d)" % (e.cmd, e.returncode))
        sys.exit(1)
