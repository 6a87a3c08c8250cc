"""HTML corpus benchmark: declutter against SmartReader and readability-lxml on a folder of test pages.

    bash bench/html-corpus.sh [CORPUS] [--out DIR] [--no-build] [--force-declutter]
    bash bench/html-corpus.sh --self-test

CORPUS (default ../shared/corpora/readability-test-pages, from the repository root) holds one folder per page
with source.html (the input), expected.html (the expected body) and expected-metadata.json (the expected byline).
Each tool runs once over every source.html in one process, timed from outside (start-up included) with its peak
resident memory; then each tool's body text is scored against expected.html and its byline against the expected
one. See bench/README.md, "HTML corpus benchmark", for the rules.

Exit status: 0 when every tool that is installed was measured (whether or not the targets are met: this is a
measurement), 1 when declutter itself could not be measured (no HTML reader, or it refused the pages; the
baselines are still measured and printed), 2 on a usage or script error.
"""

from __future__ import annotations

import argparse
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS_UNDER_PARENT = Path("shared") / "corpora" / "readability-test-pages"
DEFAULT_OUT = REPO / "bench" / "out" / "html-corpus"
CLI_PROJECT = REPO / "src" / "Convert.Cli"
CLI_DLL = CLI_PROJECT / "bin" / "Release" / "net10.0" / "declutter.dll"
SMARTREADER_PROJECT = REPO / "bench" / "Baselines" / "SmartReaderRunner"
SMARTREADER_DLL = SMARTREADER_PROJECT / "bin" / "Release" / "net10.0" / "SmartReaderRunner.dll"
LXML_RUNNER = REPO / "bench" / "Baselines" / "readability_lxml_runner.py"
FLOOR_PROJECT = REPO / "bench" / "Baselines" / "HtmlParseFloor"
FLOOR_DLL = FLOOR_PROJECT / "bin" / "Release" / "net10.0" / "HtmlParseFloor.dll"
# readability-lxml comes from Debian's python3-readability, which only the system interpreter sees.
SYSTEM_PYTHON = Path("/usr/bin/python3")

# Targets from issue 3, for declutter.
TARGET_F1 = 0.95
TARGET_PRECISION = 0.95
TARGET_BYLINE = 0.85
TARGET_X_SMARTREADER = 3.0
TARGET_X_LXML = 1.5
TARGET_RSS_MB = 200
TARGET_X_FLOOR = 2.0  # issue 13: HTML -> JSON within 2x of the HtmlAgilityPack parse-only floor, same run

# Pages whose expected byline is not a person's name, after the corpus's own README: known wrong values (button
# text, dates, names with a date glued on, synthetic placeholders) and organisations. They count in "byline, all"
# and are left out of "byline, people", which the target is judged on.
BYLINE_NOT_A_PERSON = {
    "royal-road", "seattletimes-1", "spiceworks", "breitbart", "google-sre-book-1",
    "003-metadata-preferred", "004-metadata-space-separated-properties",
    "bbc-1", "heise", "wikipedia-2", "wikipedia-3", "wikipedia-4", "archive-of-our-own",
}

# ---------------------------------------------------------------------------------------------------------------
# Text and tokens


class _TextExtractor(html.parser.HTMLParser):
    """Visible text of an HTML fragment: script, style and the like dropped; block elements end a line."""

    SKIP = {"script", "style", "noscript", "template", "head", "title"}
    BLOCK = {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str | None) -> str:
    if not fragment:
        return ""
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    return "".join(parser.parts)


# Han, kana and CJK compatibility ideographs are written without spaces, so each character is a token there;
# everywhere else a token is a run of Unicode word characters.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")


def tokens(text: str | None) -> list[str]:
    if not text:
        return []
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(toks: list[str], n: int = 4) -> list[tuple[str, ...]]:
    if len(toks) < n:
        return [tuple(toks)] if toks else []
    return [tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)]


@dataclass
class Overlap:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def overlap(ours: list, expected: list) -> Overlap:
    """Bag comparison: items counted with multiplicity, order ignored."""
    a, b = Counter(ours), Counter(expected)
    tp = sum((a & b).values())
    return Overlap(tp, len(ours) - tp, len(expected) - tp)


# ---------------------------------------------------------------------------------------------------------------
# Bylines

_BY_PREFIX = re.compile(r"^\s*(?:written\s+by|by|par|von|por|door)\b[\s:]*", re.IGNORECASE)
_NAME_SEPARATOR = re.compile(r"\s*(?:[,;&/]|\band\b|\bet\b|\by\b|\bund\b)\s*", re.IGNORECASE)


def _byline_line(byline: str) -> str:
    """The byline without a leading "By" (or "Par", "Written by"...), cut at its first line break (dates and
    update stamps come after one), without parenthesised notes or @handles, whitespace folded."""
    text = _BY_PREFIX.sub("", unicodedata.normalize("NFKC", byline), count=1)
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    line = re.sub(r"\([^)]*\)", " ", line)
    line = re.sub(r"@\w+", " ", line)
    return " ".join(line.split()).casefold()


def byline_names(byline: str | None) -> list[list[str]]:
    """The names in a byline, each as its list of tokens."""
    if not byline:
        return []
    names = (tokens(part) for part in _NAME_SEPARATOR.split(_byline_line(byline)))
    return [name for name in names if name]


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def byline_right(expected: str, candidates: list[str]) -> bool:
    """True when our byline, once normalised, equals the expected one, or when every name of the expected byline
    appears, as consecutive tokens, in one of our candidates (our byline or one of our authors' names)."""
    expected_line = _byline_line(expected)
    if any(_byline_line(c) == expected_line for c in candidates if c):
        return True
    names = byline_names(expected)
    ours = [tokens(c) for c in candidates if c]
    return bool(names) and all(any(_contains(c, name) for c in ours) for name in names)


# ---------------------------------------------------------------------------------------------------------------
# Tools


@dataclass
class Extraction:
    text: str
    bylines: list[str]
    found: bool = True  # False when the tool wrote nothing for the page


def read_declutter(path: Path) -> Extraction:
    """Body blocks only (paragraphs, headings, quotes, list items); the title is not body."""
    if not path.is_file():
        return Extraction("", [], found=False)
    doc = json.loads(path.read_text(encoding="utf-8"))
    lines = []
    for block in doc.get("body", []):
        if block.get("type") == "list":
            lines.extend(item.get("text", "") for item in block.get("items", []))
        else:
            lines.append(block.get("text", ""))
    bylines = [(doc.get("metadata") or {}).get("byline") or ""]
    bylines += [author.get("name", "") for author in doc.get("authors", [])]
    return Extraction("\n".join(lines), [b for b in bylines if b])


def read_smartreader(path: Path) -> Extraction:
    """The article's HTML (Content) through the same HTML-to-text step as expected.html; byline, else author."""
    if not path.is_file():
        return Extraction("", [], found=False)
    doc = json.loads(path.read_text(encoding="utf-8"))
    return Extraction(html_to_text(doc.get("content")), [b for b in (doc.get("byline"), doc.get("author")) if b])


def read_lxml(path: Path) -> Extraction:
    if not path.is_file():
        return Extraction("", [], found=False)
    doc = json.loads(path.read_text(encoding="utf-8"))
    return Extraction(html_to_text(doc.get("content")), [])


@dataclass
class Tool:
    name: str
    command: list[str] | None  # None: not measured (see why_not)
    reader: object
    out_dir: Path
    has_byline: bool = True
    scored: bool = True  # False for the parse-only floor: it extracts nothing
    why_not: str = ""
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    exit_code: int | None = None
    measured: bool = False
    scores: dict = field(default_factory=dict)


def run_timed(tool: Tool, log: Path) -> None:
    """Runs the tool's command once; wall time from start to exit, peak RSS from the kernel's rusage of it."""
    with open(log, "wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen(tool.command, stdout=out, stderr=subprocess.STDOUT, cwd=REPO)
        _, status, usage = os.wait4(process.pid, 0)
        tool.seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    tool.exit_code = process.returncode
    tool.peak_rss_mb = usage.ru_maxrss / 1024  # kilobytes on Linux


def build(project: Path) -> tuple[bool, str]:
    result = subprocess.run(
        ["dotnet", "build", str(project), "-c", "Release", "-v", "q", "-nologo"],
        cwd=REPO, capture_output=True, text=True)
    return result.returncode == 0, (result.stdout + result.stderr).strip()


# ---------------------------------------------------------------------------------------------------------------
# The run


def default_corpus() -> Path:
    """../shared/corpora/readability-test-pages beside the repository; from a git worktree placed elsewhere, beside
    the main checkout."""
    here = REPO.parent / CORPUS_UNDER_PARENT
    if here.is_dir():
        return here
    common = subprocess.run(["git", "rev-parse", "--path-format=absolute", "--git-common-dir"], cwd=REPO,
                            capture_output=True, text=True).stdout.strip()
    if common:
        beside_main = Path(common).parent.parent / CORPUS_UNDER_PARENT
        if beside_main.is_dir():
            return beside_main
    return here


def fmt(value: float | None, spec: str = ".3f") -> str:
    return "-" if value is None else format(value, spec)


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="HTML corpus benchmark (see bench/README.md)")
    parser.add_argument("corpus", nargs="?",
                        help="folder of <page>/source.html, expected.html, expected-metadata.json "
                             "(default: ../shared/corpora/readability-test-pages beside the repository)")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="where the tools' outputs and scores.tsv go")
    parser.add_argument("--no-build", action="store_true", help="use the Release builds already there")
    parser.add_argument("--force-declutter", action="store_true",
                        help="run declutter even when its help mentions no HTML input (its figures then mean little)")
    parser.add_argument("--self-test", action="store_true", help="check the scoring code and exit")
    args = parser.parse_args(argv)

    if args.self_test:
        return self_test()

    corpus = Path(args.corpus).resolve() if args.corpus else default_corpus()
    pages = sorted(d for d in corpus.iterdir() if (d / "source.html").is_file()) if corpus.is_dir() else []
    if not pages:
        print(f"error: no <page>/source.html under {corpus}", file=sys.stderr)
        return 2
    sources = [str(p / "source.html") for p in pages]
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)

    # Builds.
    if not args.no_build:
        print("building declutter and the SmartReader runner (Release)...", flush=True)
        ok, log = build(CLI_PROJECT)
        if not ok:
            print(f"error: declutter does not build:\n{log}", file=sys.stderr)
            return 2
    if not CLI_DLL.is_file():
        print(f"error: {CLI_DLL.relative_to(REPO)} missing (build it, or drop --no-build)", file=sys.stderr)
        return 2

    tools: list[Tool] = []

    # declutter: one process over every page, JSON out, mirroring the page folders under --output-dir.
    cli = ["dotnet", str(CLI_DLL)]
    help_text = subprocess.run(cli + ["convert", "--help"], cwd=REPO, capture_output=True, text=True).stdout
    declutter_out = out / "declutter"
    extra = ["--from", "html"] if re.search(r"--from\b", help_text) else []
    command = cli + ["convert", *sources, "--output-dir", str(declutter_out), "--to", "json", "--force", "-q", *extra]
    declutter = Tool("declutter", command, read_declutter, declutter_out)
    if "html" not in help_text.casefold() and not args.force_declutter:
        declutter.command = None
        declutter.why_not = ("this build of declutter has no HTML reader: `declutter convert --help` mentions no "
                             "HTML input, and it would read the pages as plain text (--force-declutter runs it anyway)")
    tools.append(declutter)
    if re.search(r"--parallel\b", help_text) and declutter.command:
        # The same conversion one page at a time: the baselines below use one thread, declutter by default more.
        single_out = out / "declutter-j1"
        tools.append(Tool("declutter -j 1", cli + ["convert", *sources, "--output-dir", str(single_out), "--to", "json",
                                                   "--force", "-q", "-j", "1", *extra], read_declutter, single_out))

    smartreader = Tool("SmartReader 0.11.1", None, read_smartreader, out / "smartreader")
    ok, log = (True, "") if args.no_build else build(SMARTREADER_PROJECT)
    if ok and SMARTREADER_DLL.is_file():
        smartreader.command = ["dotnet", str(SMARTREADER_DLL), "--root", str(corpus),
                               "--output-dir", str(smartreader.out_dir), *sources]
    else:
        smartreader.why_not = ("the SmartReader runner is not built (drop --no-build)" if args.no_build else
                               f"the SmartReader runner did not build (is the NuGet feed reachable?):\n{log}")
    tools.append(smartreader)

    lxml = Tool("readability-lxml", None, read_lxml, out / "readability-lxml", has_byline=False)
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import readability.readability"], capture_output=True) \
        if SYSTEM_PYTHON.is_file() else None
    if probe is not None and probe.returncode == 0:
        lxml.command = [str(SYSTEM_PYTHON), str(LXML_RUNNER), "--root", str(corpus),
                        "--output-dir", str(lxml.out_dir), *sources]
        version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "python3-readability"],
                                 capture_output=True, text=True)
        if version.returncode == 0 and version.stdout:
            lxml.name = f"readability-lxml {version.stdout.split('+')[0]}"
    else:
        lxml.why_not = "readability-lxml is not installed (apt-get install python3-readability)"
    tools.append(lxml)

    floor = Tool("HtmlAgilityPack parse only", None, None, out / "floor", has_byline=False, scored=False)
    ok, log = (True, "") if args.no_build else build(FLOOR_PROJECT)
    if ok and FLOOR_DLL.is_file():
        floor.command = ["dotnet", str(FLOOR_DLL), *sources]
    else:
        floor.why_not = ("the parse-only floor is not built (drop --no-build)" if args.no_build else
                         f"the parse-only floor did not build:\n{log}")
    tools.append(floor)

    # Read every page once so that no tool pays for a cold file cache that an earlier one warmed.
    for source in sources:
        Path(source).read_bytes()

    print(f"corpus: {len(pages)} pages, {sum(Path(s).stat().st_size for s in sources) / 1e6:.1f} MB of source.html "
          f"({corpus})", flush=True)
    for tool in tools:
        if tool.command is None:
            continue
        shutil.rmtree(tool.out_dir, ignore_errors=True)
        print(f"running {tool.name}...", flush=True)
        log_path = out / f"{re.sub(r'[^a-z0-9]+', '-', tool.name.lower()).strip('-')}.log"
        run_timed(tool, log_path)
        # declutter: 0 all converted, 1 some pages failed (scored as empty); anything else is a refusal.
        if tool.name.startswith("declutter") and tool.exit_code not in (0, 1):
            said = [ln for ln in log_path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
            tool.why_not = (f"declutter exited {tool.exit_code} without converting the pages (does this build read "
                            f"HTML?): {said[0] if said else 'it printed nothing'}; see {log_path}")
            tool.command = None
            continue
        tool.measured = True

    # Scores.
    rows = []
    expected_empty = []
    byline_pages = byline_people = 0
    for page in pages:
        expected_tokens = tokens(html_to_text((page / "expected.html").read_text(encoding="utf-8")))
        if not expected_tokens:
            expected_empty.append(page.name)
        metadata_path = page / "expected-metadata.json"
        metadata = json.loads(metadata_path.read_text(encoding="utf-8")) if metadata_path.is_file() else {}
        expected_byline = (metadata.get("byline") or "").strip()
        byline_pages += bool(expected_byline)
        byline_people += bool(expected_byline) and page.name not in BYLINE_NOT_A_PERSON
        for tool in tools:
            if not tool.measured or not tool.scored:
                continue
            got = tool.reader(tool.out_dir / page.name / "source.json")
            got_tokens = tokens(got.text)
            words = overlap(got_tokens, expected_tokens)
            grams = overlap(shingles(got_tokens), shingles(expected_tokens))
            right = byline_right(expected_byline, got.bylines) if expected_byline and tool.has_byline else None
            rows.append({
                "tool": tool.name, "page": page.name, "output": got.found,
                "expected_tokens": len(expected_tokens), "tokens": len(got_tokens),
                "tp": words.tp, "fp": words.fp, "fn": words.fn,
                "precision": words.precision, "recall": words.recall, "f1": words.f1, "f1_4gram": grams.f1,
                "expected_byline": expected_byline, "byline": " | ".join(got.bylines),
                "byline_right": right, "byline_person": page.name not in BYLINE_NOT_A_PERSON,
            })

    with open(out / "scores.tsv", "w", encoding="utf-8") as f:
        columns = ["tool", "page", "output", "expected_tokens", "tokens", "tp", "fp", "fn", "precision", "recall",
                   "f1", "f1_4gram", "byline_right", "expected_byline", "byline"]
        f.write("\t".join(columns) + "\n")
        for row in rows:
            cells = []
            for c in columns:
                v = row[c]
                cells.append(f"{v:.4f}" if isinstance(v, float) else "" if v is None else
                             " ".join(str(v).split()))
            f.write("\t".join(cells) + "\n")

    for tool in tools:
        mine = [r for r in rows if r["tool"] == tool.name]
        if not mine:
            continue
        tp, fp, fn = (sum(r[k] for r in mine) for k in ("tp", "fp", "fn"))
        micro = Overlap(tp, fp, fn)
        judged = [r for r in mine if r["byline_right"] is not None]
        people = [r for r in judged if r["byline_person"]]
        tool.scores = {
            "precision": mean([r["precision"] for r in mine]), "recall": mean([r["recall"] for r in mine]),
            "f1": mean([r["f1"] for r in mine]), "f1_4gram": mean([r["f1_4gram"] for r in mine]),
            "micro": micro, "no_output": sum(not r["output"] for r in mine),
            "byline_all": (sum(r["byline_right"] for r in judged), len(judged)) if tool.has_byline else None,
            "byline_people": (sum(r["byline_right"] for r in people), len(people)) if tool.has_byline else None,
        }

    # Report.
    n = len(pages)
    pps = {t.name: n / t.seconds for t in tools if t.measured}
    sr_pps, lxml_pps = pps.get(smartreader.name), pps.get(lxml.name)
    floor_seconds = floor.seconds if floor.measured else None
    print()
    print(f"{'tool':<26} {'seconds':>8} {'pages/s':>8} {'x SmartReader':>14} {'x readability-lxml':>19} "
          f"{'time x floor':>13} {'peak RSS MB':>12}")
    for tool in tools:
        if not tool.measured:
            print(f"{tool.name:<26} not measured: {tool.why_not}")
            continue
        x_sr = pps[tool.name] / sr_pps if sr_pps else None
        x_lxml = pps[tool.name] / lxml_pps if lxml_pps else None
        x_floor = tool.seconds / floor_seconds if floor_seconds else None
        print(f"{tool.name:<26} {tool.seconds:>8.2f} {pps[tool.name]:>8.1f} {fmt(x_sr, '.2f'):>14} "
              f"{fmt(x_lxml, '.2f'):>19} {fmt(x_floor, '.2f'):>13} {tool.peak_rss_mb:>12.0f}")

    print()
    print(f"body against expected.html, bag of words ({n} pages; mean over pages, then micro = summed counts)")
    print(f"{'tool':<24} {'P':>6} {'R':>6} {'F1':>6} {'micro P':>8} {'micro R':>8} {'micro F1':>9} "
          f"{'F1 4-gram':>10} {'byline, people':>15} {'byline, all':>12}")

    def share(pair: tuple[int, int] | None) -> str:
        return "n/a" if pair is None else f"{pair[0]}/{pair[1]} {pair[0] / pair[1]:.0%}" if pair[1] else "-"

    for tool in tools:
        if not tool.scores:
            continue
        s, m = tool.scores, tool.scores["micro"]
        print(f"{tool.name:<24} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {m.precision:>8.3f} "
              f"{m.recall:>8.3f} {m.f1:>9.3f} {s['f1_4gram']:>10.3f} {share(s['byline_people']):>15} "
              f"{share(s['byline_all']):>12}")
        if s["no_output"]:
            print(f"  ({tool.name} wrote nothing for {s['no_output']} pages; they score 0)")

    print()
    print(f"pages with an expected byline: {byline_pages}, of which {byline_people} name "
          f"people ('byline, people'; the others are known wrong values or organisations)")
    if expected_empty:
        print(f"pages whose expected.html has no words: {', '.join(expected_empty)}")

    focus = declutter if declutter.scores else next((t for t in tools if t.scores), None)
    if focus is not None:
        worst = sorted((r for r in rows if r["tool"] == focus.name), key=lambda r: (r["f1"], r["page"]))[:10]
        print()
        print(f"10 worst pages for {focus.name} by F1 (all pages: {out / 'scores.tsv'})")
        print(f"  {'page':<42} {'F1':>6} {'P':>6} {'R':>6} {'tokens':>7} {'expected':>9}")
        for r in worst:
            print(f"  {r['page']:<42} {r['f1']:>6.3f} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['tokens']:>7} "
                  f"{r['expected_tokens']:>9}")
        misses = [r["page"] for r in rows if r["tool"] == focus.name and r["byline_right"] is False
                  and r["byline_person"]]
        if misses:
            more = f" and {len(misses) - 20} more" if len(misses) > 20 else ""
            print(f"  byline wrong on {len(misses)} pages naming people: {', '.join(misses[:20])}{more}")

    print()
    print("targets for declutter (issues 3 and 13):")
    if not declutter.scores:
        print(f"  not measured: {declutter.why_not}")
    else:
        s = declutter.scores
        people = s["byline_people"]
        x_sr = pps[declutter.name] / sr_pps if sr_pps else None
        x_lxml = pps[declutter.name] / lxml_pps if lxml_pps else None
        checks = [
            (f"body F1 (mean) >= {TARGET_F1}", s["f1"], s["f1"] >= TARGET_F1),
            (f"body precision (mean) >= {TARGET_PRECISION}", s["precision"], s["precision"] >= TARGET_PRECISION),
            (f"byline right on >= {TARGET_BYLINE:.0%} of pages naming people",
             people[0] / people[1] if people[1] else None, people[1] > 0 and people[0] / people[1] >= TARGET_BYLINE),
            (f"pages/s >= {TARGET_X_SMARTREADER}x SmartReader's", x_sr,
             None if x_sr is None else x_sr >= TARGET_X_SMARTREADER),
            (f"pages/s >= {TARGET_X_LXML}x readability-lxml's", x_lxml,
             None if x_lxml is None else x_lxml >= TARGET_X_LXML),
            (f"peak RSS < {TARGET_RSS_MB} MB", declutter.peak_rss_mb, declutter.peak_rss_mb < TARGET_RSS_MB),
            (f"time <= {TARGET_X_FLOOR}x the parse-only floor's", declutter.seconds / floor_seconds if floor_seconds else None,
             None if not floor_seconds else declutter.seconds / floor_seconds <= TARGET_X_FLOOR),
        ]
        for label, value, met in checks:
            verdict = "not measured (baseline missing)" if met is None else "met" if met else "MISSED"
            print(f"  {label:<52} {fmt(value):>8}  {verdict}")
        if len(tools) > 1 and tools[1].name == "declutter -j 1" and tools[1].measured:
            single = pps["declutter -j 1"]
            print(f"  (one page at a time, -j 1: {fmt(single / sr_pps if sr_pps else None, '.2f')}x SmartReader, "
                  f"{fmt(single / lxml_pps if lxml_pps else None, '.2f')}x readability-lxml)")

    print()
    print(f"outputs and logs: {out}")
    return 0 if declutter.measured else 1


# ---------------------------------------------------------------------------------------------------------------
# Self-test


def self_test() -> int:
    failures = []

    def check(label: str, actual, expected) -> None:
        ok = abs(actual - expected) < 1e-9 if isinstance(expected, float) else actual == expected
        if not ok:
            failures.append(f"{label}: got {actual!r}, expected {expected!r}")

    same = tokens("The quick brown fox jumps over the lazy dog.")
    check("identical texts: F1", overlap(same, same).f1, 1.0)
    check("disjoint texts: F1", overlap(tokens("alpha beta"), tokens("gamma delta")).f1, 0.0)
    half = overlap(tokens("a b c d"), tokens("a b"))
    check("superset: precision", half.precision, 0.5)
    check("superset: recall", half.recall, 1.0)
    check("superset: F1", half.f1, 2 * 0.5 * 1.0 / 1.5)
    check("multiplicity counts", overlap(tokens("the the the"), tokens("the")).precision, 1 / 3)
    check("both empty: F1", overlap([], []).f1, 1.0)
    check("nothing extracted: F1", overlap([], tokens("some body")).f1, 0.0)
    check("nothing expected: F1", overlap(tokens("some body"), []).f1, 0.0)
    check("case and punctuation", tokens("Hello, WORLD! l'été"), ["hello", "world", "l", "été"])
    check("CJK by character", tokens("中文 text"), ["中", "文", "text"])
    check("shingles", shingles(["a", "b", "c", "d", "e"]), [("a", "b", "c", "d"), ("b", "c", "d", "e")])
    check("short shingle", shingles(["a", "b"]), [("a", "b")])

    text = html_to_text("<div><p>One <b>tw</b>o</p><script>var x = 1;</script><style>p{}</style>"
                        "<p>three&amp;four<br>five</p></div>")
    check("HTML to text", tokens(text), ["one", "two", "three", "four", "five"])

    check("byline: By prefix and date line",
          byline_right("By GILLIAN MOHNEY\n   March 11, 2015 3:46 PM", ["Gillian Mohney"]), True)
    check("byline: By on its own line", byline_right("By\n\t\t\tScott Cunningham", ["Scott Cunningham"]), True)
    check("byline: reordered name", byline_right("Jong, Michiel de", ["Michiel de Jong"]), True)
    check("byline: all names needed", byline_right("Stella Kim, Jennifer Jett", ["Stella Kim"]), False)
    check("byline: names over two authors", byline_right("Stella Kim, Jennifer Jett", ["Stella Kim", "Jennifer Jett"]),
          True)
    check("byline: Par prefix", byline_right("Par Sébastien Farcis", ["Sébastien Farcis"]), True)
    check("byline: parenthesised note", byline_right("Bradley M. Kuhn (http://ebb.org/bkuhn/)", ["Bradley M. Kuhn"]),
          True)
    check("byline: equal once normalised", byline_right("Follow  Author", ["follow author"]), True)
    check("byline: wrong person", byline_right("Dan Goodin", ["Dan Brown"]), False)
    check("byline: nothing found", byline_right("Dan Goodin", []), False)
    check("byline: name inside a longer byline", byline_right("Alex Heath", ["By Alex Heath, Verge staff"]), True)

    for failure in failures:
        print(f"FAIL {failure}")
    print(f"self-test: {'all checks passed' if not failures else f'{len(failures)} checks failed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
