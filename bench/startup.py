#!/usr/bin/env python3
"""Startup and validation benchmark for `conduct`.

Runs each command many times, interleaved (one of each per round, so a busy moment of the
machine hits all commands alike), and reports the median wall time and the peak memory of each.
Then it validates generated trees of 100, 1,000 and 10,000 nodes to show how validation grows.

    python bench/startup.py                 # 15 rounds, print a report
    python bench/startup.py --runs 30 --output docs/performance.md
    python bench/startup.py --compare /other/venv/bin/conduct   # also time another build, interleaved

Use the Python of the environment `conduct` is installed in. Before measuring, the package is
byte-compiled, as `pip install` does for an installed package.
"""
from __future__ import annotations

import argparse
import atexit
import compileall
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"conduct --help": 1.3, "scripted check": 1.5, "scripted check --trees": 2.0}
GIFT_KIND_ANSWER = ("--answer", "gift_kind=goods")
GIFT_ANSWERS = ["--answer", "giver=business", "--answer", "negotiating=no", "--answer", "obliged=no",
                "--answer", "rather_hidden=no", "--answer", "value=15", *GIFT_KIND_ANSWER]


def run_once(argv: list[str]) -> tuple[float, int]:
    """Wall time in seconds and peak resident memory in KiB of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss


def measure(commands: dict[str, list[str]], runs: int) -> dict[str, dict[str, float]]:
    for argv in commands.values():          # one warm-up round, not counted
        run_once(argv)
    times: dict[str, list[float]] = {name: [] for name in commands}
    memory: dict[str, int] = {name: 0 for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            elapsed, peak = run_once(argv)
            times[name].append(elapsed)
            memory[name] = max(memory[name], peak)
    return {name: {"median": statistics.median(values), "min": min(values), "max": max(values),
                   "peak_kib": memory[name]} for name, values in times.items()}


def generate_tree(nodes: int) -> str:
    """A valid topic of about `nodes` nodes: a chain of yes/no questions, each with an outcome."""
    questions = max(1, nodes // 2)
    lines = ["id: generated", "title: {nl: Gegenereerd, en: Generated}",
             "summary: {nl: Een gegenereerde boom, en: A generated tree}", "start: q0", "nodes:"]
    for i in range(questions):
        following = f"q{i + 1}" if i + 1 < questions else f"o{i}b"
        lines.append(f"  q{i}: {{kind: yes_no, text: {{nl: 'Vraag {i}?', en: 'Question {i}?'}}, "
                     f"if_yes: o{i}, if_no: {following}, not_sure: o{i}}}")
        lines.append(f"  o{i}: {{kind: outcome, verdict: ask_first, title: {{nl: 'Uitkomst {i}', "
                     f"en: 'Outcome {i}'}}, advice: [{{nl: 'Overleg.', en: 'Talk.'}}], "
                     f"contacts: [manager], sources: [{{code: IC, section: Tot slot}}]}}")
    lines.append(f"  o{questions - 1}b: {{kind: outcome, verdict: allowed, title: {{nl: Klaar, en: Done}}, "
                 f"advice: [{{nl: 'Klaar.', en: 'Done.'}}], contacts: [manager], "
                 f"sources: [{{code: IC, section: Tot slot}}]}}")
    return "\n".join(lines) + "\n"


def hostile_files(folder: Path) -> dict[str, Path]:
    """The broken and planted files conduct must refuse quickly and within bounded memory."""
    files: dict[str, Path] = {}

    def write(name: str, data: bytes) -> None:
        files[name] = folder / f"{name.replace(' ', '_')}.yaml"
        files[name].write_bytes(data)

    big = folder / "a_60_MB_file.yaml"
    with open(big, "wb") as out:
        out.write(b"id: huge\nnodes:\n")
        chunk = b"  filler: " + b"x" * 1000 + b"\n"
        for _ in range(62 * 1024):
            out.write(chunk)
    files["a 60 MB file"] = big
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for index in range(1, 10):
        name, previous = chr(ord("a") + index), chr(ord("a") + index - 1)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    write("alias bomb", ("\n".join(lines) + "\n").encode())
    write("nesting 20,000 deep", b"[" * 20_000 + b"]" * 20_000)
    write("python tag", b'id: x\ntitle: !!python/object/apply:os.system ["true"]\n')
    write("binary file", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write("not UTF-8", "id: caf\u00e9\n".encode("latin-1"))
    write("YAML syntax error", b"id: [x\n")
    return files


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(next(l for l in Path("/proc/meminfo").read_text().splitlines()
                       if l.startswith("MemTotal")).split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB memory"
    except (OSError, StopIteration, ValueError):
        pass
    return (f"{os.cpu_count()} cores ({cpu}){memory}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="rounds per command (at least 10)")
    parser.add_argument("--output", help="also write the report as Markdown to this file")
    parser.add_argument("--compare", metavar="CONDUCT",
                        help="another build's conduct executable: its commands run interleaved with "
                             "these, and the report gives the ratio (this build / that one)")
    args = parser.parse_args()
    if args.runs < 10:
        parser.error("--runs must be at least 10")
    python = sys.executable
    conduct = str(Path(python).with_name("conduct"))
    if not Path(conduct).exists():
        parser.error(f"no conduct next to {python}; run this with the Python conduct is installed in")
    import conduct_cli
    compileall.compile_dir(str(Path(conduct_cli.__file__).parent), quiet=1)

    scratch = tempfile.mkdtemp(prefix="conduct-bench-")
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    own_trees = Path(scratch) / "trees"
    made = subprocess.run([conduct, "tree", "init", str(own_trees)], capture_output=True, text=True)
    if made.returncode != 0:
        print(f"conduct tree init failed: {made.stderr}", file=sys.stderr)
        return 1
    edited = Path(scratch) / "edited"     # the same trees after an edit, before `validate` again
    subprocess.run([conduct, "tree", "init", str(edited)], capture_output=True, check=True)
    with (edited / "topics" / "gifts.yaml").open("a", encoding="utf-8") as tree:
        tree.write("# edited\n")
    commands = {
        "python -c pass": [python, "-c", "pass"],
        'python -c "import typer"': [python, "-c", "import typer"],
        "conduct --help": [conduct, "--help"],
        "conduct topics --format json": [conduct, "topics", "--format", "json"],
        "scripted check": [conduct, "check", "gifts", "--no-input", "--format", "json", *GIFT_ANSWERS],
        "conduct validate": [conduct, "validate"],
        # an organisation's own trees as `tree init` or a clean `validate` leave them (a checked snapshot)
        "scripted check --trees": [conduct, "check", "gifts", "--no-input", "--format", "json",
                                   "--trees", str(own_trees), *GIFT_ANSWERS],
        # after an edit, until `conduct validate` again: read and checked in full (no target)
        "scripted check --trees, edited": [conduct, "check", "gifts", "--no-input", "--format", "json",
                                           "--trees", str(edited), *GIFT_ANSWERS],
    }
    compared = [name for name in commands if name.startswith("conduct") or name == "scripted check"]
    # runs must succeed, or the times say nothing
    for name, argv in commands.items():
        if name.startswith(("conduct", "scripted")):
            done = subprocess.run(argv, capture_output=True, text=True)
            if done.returncode != 0:
                print(f"{name} fails (exit {done.returncode}): {done.stderr.strip()[:300]}", file=sys.stderr)
                return 1
    if args.compare:
        if not Path(args.compare).exists():
            parser.error(f"--compare: no such file {args.compare}")
        other = Path(args.compare).resolve()
        compileall.compile_dir(str(other.parent.parent), quiet=1)  # its venv: byte-compiled alike
        commands.update({f"{name} (compared)": [str(other), *commands[name][1:]] for name in compared})
        # the other build must reach the same advice, or the ratio compares advice with an error line
        for name in compared:
            argv = commands[f"{name} (compared)"]
            if subprocess.run(argv, capture_output=True).returncode != 0 and name == "scripted check":
                at = argv.index(GIFT_KIND_ANSWER[1])                   # a build from before that question
                del argv[at - 1:at + 1]
            done = subprocess.run(argv, capture_output=True, text=True)
            if done.returncode != 0:
                print(f"{name} fails on the other build (exit {done.returncode}): {done.stderr.strip()[:300]}",
                      file=sys.stderr)
                return 1
    startup = measure(commands, args.runs)
    baseline = startup['python -c "import typer"']["median"]
    comparison = {name: startup.pop(f"{name} (compared)") for name in compared if args.compare}

    sizes = (100, 1_000, 10_000)
    with tempfile.TemporaryDirectory() as folder:
        trees = {}
        for size in sizes:
            path = Path(folder) / f"n{size}" / "generated.yaml"
            path.parent.mkdir()
            path.write_text(generate_tree(size))
            check = subprocess.run([conduct, "validate", str(path)], capture_output=True, text=True)
            if check.returncode != 0:
                print(f"generated tree of {size} nodes does not validate: {check.stderr}", file=sys.stderr)
                return 1
            trees[f"validate {size} nodes"] = [conduct, "validate", str(path)]
        scaling = measure(trees, args.runs)
        hostile_folder = Path(folder) / "hostile"
        hostile_folder.mkdir()
        hostile = measure({name: [conduct, "validate", str(path)]
                           for name, path in hostile_files(hostile_folder).items()}, args.runs)

    lines = [f"# Performance", "", f"Measured {dt.date.today().isoformat()} on {machine()}.", "",
             f"Medians of {args.runs} interleaved runs each (after one warm-up round), wall time;",
             "peak memory is the largest resident set of any run.", "",
             "| command | median | min | max | × import typer | peak memory |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, result in startup.items():
        lines.append(f"| `{name}` | {result['median'] * 1000:.0f} ms | {result['min'] * 1000:.0f} ms | "
                     f"{result['max'] * 1000:.0f} ms | {result['median'] / baseline:.2f} | "
                     f"{result['peak_kib'] / 1024:.0f} MiB |")
    lines += ["", "Targets:", ""]
    ok = True
    for name, limit in TARGETS.items():
        ratio = startup[name]["median"] / baseline
        passed = ratio <= limit
        ok &= passed
        lines.append(f"- `{name}` within {limit}× `import typer`: {ratio:.2f}× "
                     f"{'PASS' if passed else 'FAIL'}")
    if comparison:
        lines += ["", f"Compared with another build (`{args.compare}`), interleaved in the same rounds:", "",
                  "| command | this build | the other | ratio |", "|---|---:|---:|---:|"]
        for name, other_result in comparison.items():
            mine = startup[name]["median"]
            lines.append(f"| `{name}` | {mine * 1000:.1f} ms | {other_result['median'] * 1000:.1f} ms | "
                         f"{mine / other_result['median']:.3f} |")
    lines += ["", "Validation of generated trees:", "",
              "| tree | median | min | peak memory | ms per 1,000 nodes above the 100-node run |",
              "|---|---:|---:|---:|---:|"]
    base = scaling["validate 100 nodes"]["median"]
    for size in sizes:
        result = scaling[f"validate {size} nodes"]
        extra = (result["median"] - base) / ((size - 100) / 1000) * 1000 if size > 100 else 0
        lines.append(f"| {size:,} nodes | {result['median'] * 1000:.0f} ms | {result['min'] * 1000:.0f} ms | "
                     f"{result['peak_kib'] / 1024:.0f} MiB | {'' if size == 100 else f'{extra:.0f} ms'} |")
    largest = scaling["validate 10000 nodes"]["median"]
    per_1k = (scaling["validate 1000 nodes"]["median"] - base) / 0.9
    per_10k = (largest - base) / 9.9
    linear = per_10k <= per_1k * 1.5 + 0.005
    lines += ["", f"- 10,000 nodes under 1 s: {largest:.2f} s {'PASS' if largest < 1 else 'FAIL'}",
              f"- growth linear (cost per 1,000 nodes at 10,000 no more than 1.5× that at 1,000): "
              f"{per_10k * 1000:.0f} ms vs {per_1k * 1000:.0f} ms {'PASS' if linear else 'FAIL'}"]
    ok &= largest < 1 and linear
    lines += ["", "Broken and hostile files (each refused with one clear error):", "",
              "| file | median | max | peak memory | within 2 s and 200 MB |", "|---|---:|---:|---:|---|"]
    for name, result in hostile.items():
        within = result["max"] < 2 and result["peak_kib"] < 200 * 1024
        ok &= within
        lines.append(f"| {name} | {result['median'] * 1000:.0f} ms | {result['max'] * 1000:.0f} ms | "
                     f"{result['peak_kib'] / 1024:.0f} MiB | {'PASS' if within else 'FAIL'} |")
    report = "\n".join(lines) + "\n"
    print(report)
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(report + "\nRun it again with `python bench/startup.py` "
                                     "(see the README, section Speed).\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
