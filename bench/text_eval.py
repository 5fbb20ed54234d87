#!/usr/bin/env python3
"""Helper of bench/text_eval.sh: prepares the data sets, runs the fastText
reference, parses Candor's output and prints the summary.

Standard library only, except the `fasttext` subcommand, which needs the
`fasttext` module (bench/text_eval.sh installs fasttext-wheel into a venv).

    text_eval.py prepare --data DIR --seeds DIR --corpus DIR --out DIR
    text_eval.py record-eval --results R --section S --data D --system X --setting Y \
                 --cmd CMD --output FILE [--seconds S] [--positive spam]
    text_eval.py fasttext --results R --section S --data D --setting Y --cmd CMD \
                 (--folds K --input FILE | --train FILE --test FILE) [--positive spam]
    text_eval.py langid --results R --data D --code en --cmd CMD --output FILE
    text_eval.py seeds --results R --input FILE --cmd CMD --output FILE
    text_eval.py pipeline --results R --cmd CMD --input FILE --output FILE --seconds S [S ...]
    text_eval.py summary --results R

Results are JSON lines in R, one record per measurement; `summary` turns
them into the final tables.
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

SEED = 42

# fastText's supervised settings for the reference (thread=1 and a fixed seed
# make it deterministic; everything else is the brief's "default-ish" set).
FASTTEXT_PARAMS = dict(epoch=10, lr=0.5, wordNgrams=2, minn=3, maxn=5, dim=50, seed=SEED, thread=1, verbose=0)

# The seed texts under shared/seeds, by file-name prefix: the language they
# are written in, as the code `candor analyze` should answer (Norwegian
# Bokmål is reported as `no`).
SEED_LANGUAGES = {"000": "de", "001": "sw", "002": "da", "003": "ru", "004": "no"}

# Demo-corpus language (file name) -> the code `candor analyze` reports.
CORPUS_CODE = {"nb": "no"}

PIPELINE_REVIEWS = 2000
PIPELINE_CHARS = 600


# --------------------------------------------------------------------- helpers

def clean(text: str) -> str:
    """One line of text: no BOM/zero-width marks, whitespace runs collapsed.

    Applied to every data set, so Candor and fastText see the same texts
    (fastText needs one line per example)."""
    text = text.replace("\ufeff", "").replace("\u200b", "")
    return re.sub(r"\s+", " ", text).strip()


def write_jsonl(path: Path, rows: list[dict]) -> int:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def append_result(results: str, record: dict) -> None:
    with open(results, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def fmt(value, digits: int = 4) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def rate(value) -> str:
    return "-" if value is None else f"{value:,.0f}"


# --------------------------------------------------------------------- prepare

def labelled(text: str, label: str, language: str | None = None) -> dict | None:
    text = clean(text)
    if not text:
        return None
    row = {"text": text, "label": label}
    if language:
        row["language"] = language
    return row


def read_uci(folder: Path) -> list[dict]:
    """amazon_cells + yelp: `sentence TAB 0|1`, CRLF line ends."""
    rows = []
    for name in ("amazon_cells", "yelp"):
        with (folder / f"{name}_labelled.txt").open(encoding="utf-8", newline="") as fh:
            for line in fh:
                line = line.rstrip("\r\n")
                if not line.strip():
                    continue
                text, _, label = line.rpartition("\t")
                label = {"1": "positive", "0": "negative"}.get(label.strip())
                if label and (row := labelled(text, label, "en")):
                    rows.append(row)
    return rows


def read_afrisenti(path: Path) -> list[tuple[str, str]]:
    """`ID TAB tweet TAB label` with a header; tabs only (tweets hold quotes)."""
    pairs = []
    with path.open(encoding="utf-8", newline="") as fh:
        header = fh.readline().rstrip("\r\n").split("\t")
        text_at, label_at = header.index("tweet"), header.index("label")
        for line in fh:
            fields = line.rstrip("\r\n").split("\t")
            if len(fields) == len(header):
                pairs.append((fields[text_at], fields[label_at].strip()))
    return pairs


def read_lcc(folder: Path) -> tuple[list[dict], Counter]:
    """Sentences with a non-zero valence: > 0 positive, < 0 negative.

    The first file's header says ' number'; one row carries a stray '9',
    which is dropped (as are empty and zero valences)."""
    rows, skipped = [], Counter()
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = [h.strip() for h in next(reader)]
            valence_at, text_at = header.index("valence"), header.index("text")
            for record in reader:
                raw = record[valence_at].strip() if len(record) > valence_at else ""
                try:
                    valence = int(raw)
                except ValueError:
                    skipped["no valence"] += 1
                    continue
                if valence == 0:
                    skipped["valence 0"] += 1
                elif not -5 <= valence <= 5:
                    skipped[f"stray valence {valence}"] += 1
                elif row := labelled(record[text_at], "positive" if valence > 0 else "negative", "da"):
                    rows.append(row)
    return rows, skipped


def read_sms(path: Path) -> list[dict]:
    """UCI SMS Spam Collection: `ham|spam TAB text`."""
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for line in fh:
            label, sep, text = line.rstrip("\r\n").partition("\t")
            if sep and label in ("ham", "spam") and (row := labelled(text, label, "en")):
                rows.append(row)
    return rows


def read_youtube(path: Path) -> list[dict]:
    """UCI YouTube Spam Collection file: CONTENT, CLASS (1 spam, 0 ham)."""
    rows = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for record in csv.DictReader(fh):
            label = {"1": "spam", "0": "ham"}.get((record.get("CLASS") or "").strip())
            if label and (row := labelled(record.get("CONTENT") or "", label, "en")):
                rows.append(row)
    return rows


def youtube_name(path: Path) -> str:
    """Youtube01-Psy.csv -> psy"""
    return path.stem.split("-", 1)[-1].lower()


def compose_reviews(corpus: Path) -> list[dict]:
    """2,000 reviews of about 600 characters from the demo corpus sentences,
    round-robin across its languages; each has a tone (positive, negative or
    mixed) that picks its sentences and its star rating."""
    languages = []
    for path in sorted(corpus.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        sentences = data["sentences"]
        languages.append((data.get("language", path.stem), sentences))
    if not languages:
        raise SystemExit(f"no demo corpus files in {corpus}")
    rng = random.Random(SEED)
    reviews = []
    for i in range(PIPELINE_REVIEWS):
        language, sentences = languages[i % len(languages)]
        tone = ("positive", "negative", "mixed")[rng.randrange(3)]
        if tone == "mixed":
            pool = sentences["positive"] + sentences["negative"] + sentences["neutral"]
            rating = 3
        else:
            pool = sentences[tone] + sentences["neutral"][:4]
            rating = rng.choice((4, 5)) if tone == "positive" else rng.choice((1, 2))
        pool = pool[:]
        rng.shuffle(pool)
        parts, length = [], 0
        while pool and length < PIPELINE_CHARS - 40:
            sentence = pool.pop()
            parts.append(sentence)
            length += len(sentence) + 1
        reviews.append({"text": " ".join(parts), "rating": rating, "expected_language": CORPUS_CODE.get(language, language)})
    return reviews


def cmd_prepare(args) -> None:
    data, out = Path(args.data), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict] = {}

    def put(name: str, rows: list[dict], what: str) -> None:
        n = write_jsonl(out / name, rows)
        counts = Counter(r["label"] for r in rows if "label" in r)
        manifest[name] = {"examples": n, "labels": dict(counts), "what": what}
        labels = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        print(f"    {name:<28} {n:>6}  {labels:<26} {what}")

    def missing(what: str, path: Path) -> None:
        print(f"    (skipped {what}: {path} not found)")

    uci = data / "uci_sentiment_sentences"
    if (uci / "amazon_cells_labelled.txt").is_file() and (uci / "yelp_labelled.txt").is_file():
        rows = read_uci(uci)
        put("uci_en.jsonl", rows, "UCI amazon_cells + yelp")
        put("langid_en.jsonl", [{"text": r["text"]} for r in rows], "their texts only (language id, en)")
    else:
        missing("UCI sentiment", uci)

    sw = data / "afrisenti_swahili"
    if (sw / "sw_train.tsv").is_file() and (sw / "sw_dev.tsv").is_file():
        for part in ("train", "dev"):
            pairs = read_afrisenti(sw / f"sw_{part}.tsv")
            rows = [r for t, l in pairs if l in ("positive", "negative") and (r := labelled(t, l, "sw"))]
            dropped = sum(1 for _, l in pairs if l not in ("positive", "negative"))
            put(f"sw_{part}.jsonl", rows, f"AfriSenti sw {part}, {dropped} neutral dropped")
            if part == "dev":
                put("langid_sw.jsonl", [{"text": clean(t)} for t, _ in pairs if clean(t)], "all dev tweets, neutral too (language id, sw)")
    else:
        missing("AfriSenti Swahili", sw)

    lcc = data / "lcc_sentiment_danish"
    if lcc.is_dir() and list(lcc.glob("*.csv")):
        rows, skipped = read_lcc(lcc)
        stray = ", ".join(f"{k}: {v}" for k, v in sorted(skipped.items()) if k.startswith("stray"))
        put("da_lcc.jsonl", rows, f"LCC valence != 0 ({stray or 'no stray valence'} dropped)")
        put("langid_da.jsonl", [{"text": r["text"]} for r in rows], "their texts only (language id, da)")
    else:
        missing("LCC Danish", lcc)

    sms = data / "sms_spam_collection" / "SMSSpamCollection"
    if sms.is_file():
        put("sms.jsonl", read_sms(sms), "UCI SMS Spam Collection")
    else:
        missing("SMS spam", sms)

    videos = sorted((data / "youtube_spam_collection").glob("Youtube*.csv"))
    if len(videos) >= 2:
        per_video = {youtube_name(p): read_youtube(p) for p in videos}
        for name, rows in per_video.items():
            put(f"yt_{name}.jsonl", rows, f"YouTube comments on {name} (test set)")
            train = [r for other, rs in per_video.items() if other != name for r in rs]
            put(f"yt_not_{name}.jsonl", train, f"the other {len(per_video) - 1} videos (train set)")
        manifest["youtube_videos"] = list(per_video)
    else:
        missing("YouTube spam", data / "youtube_spam_collection")

    seeds = sorted(Path(args.seeds).glob("*.txt")) if args.seeds else []
    if seeds:
        rows, expected = [], []
        for path in seeds:
            rows.append({"text": path.read_text(encoding="utf-8")})
            expected.append({"file": path.name, "expected": SEED_LANGUAGES.get(path.name[:3], "?")})
        write_jsonl(out / "seeds.jsonl", rows)
        write_jsonl(out / "seeds_expected.jsonl", expected)
        manifest["seeds.jsonl"] = {"examples": len(rows)}
        print(f"    {'seeds.jsonl':<28} {len(rows):>6}  {'':<26} whole seed files, one JSON line each")
    else:
        missing("seed texts", Path(args.seeds or "?"))

    corpus = Path(args.corpus)
    if corpus.is_dir() and list(corpus.glob("*.json")):
        reviews = compose_reviews(corpus)
        write_jsonl(out / "pipeline.jsonl", [{"text": r["text"], "rating": r["rating"]} for r in reviews])
        write_jsonl(out / "pipeline_expected.jsonl", [{"language": r["expected_language"]} for r in reviews])
        mean_len = statistics.mean(len(r["text"]) for r in reviews)
        manifest["pipeline.jsonl"] = {"examples": len(reviews), "mean_chars": mean_len}
        print(f"    {'pipeline.jsonl':<28} {len(reviews):>6}  {'':<26} demo-corpus reviews, mean {mean_len:.0f} chars, with a rating")
    else:
        missing("demo corpus", corpus)

    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")


# --------------------------------------------------------------------- candor eval

def parse_eval(text: str) -> dict:
    """Parses `candor eval` output: the headline, the per-class table and
    the per-language lines."""
    head = re.search(
        r"^examples (\d+)\s+accuracy ([\d.]+)\s+macro-F1 ([\d.]+)\s+balanced accuracy ([\d.]+)", text, re.M
    )
    if not head:
        raise ValueError("no 'examples N  accuracy A ...' line in candor's output")
    report = {
        "examples": int(head[1]),
        "accuracy": float(head[2]),
        "macro_f1": float(head[3]),
        "balanced_accuracy": float(head[4]),
        "classes": {},
        "confusion": [],
        "languages": {},
    }
    section = None
    for line in text.splitlines():
        if line.startswith("class ") and "precision" in line:
            section = "classes"
            continue
        if line.startswith("confusion"):
            section = "confusion"
            continue
        if line.startswith("language "):
            section = None
            m = re.match(r"language (\S+)\s+examples\s+(\d+)\s+accuracy ([\d.]+)\s+macro-F1 ([\d.]+)", line)
            if m:
                report["languages"][m[1]] = {"examples": int(m[2]), "accuracy": float(m[3]), "macro_f1": float(m[4])}
            continue
        fields = line.split()
        if section == "classes" and len(fields) >= 5:
            label = " ".join(fields[:-4])
            precision, recall, f1, support = fields[-4:]
            report["classes"][label] = {
                "precision": float(precision),
                "recall": float(recall),
                "f1": float(f1),
                "support": int(support),
            }
        elif section == "confusion" and len(fields) >= 2:
            report["confusion"].append([int(x) for x in fields[1:] if x.isdigit()])
    return report


def single_class_prediction(report: dict) -> bool:
    """True when every prediction fell in one column of the confusion matrix."""
    columns = [sum(col) for col in zip(*report["confusion"])] if report["confusion"] else []
    return bool(columns) and sum(1 for c in columns if c > 0) == 1


def cmd_record_eval(args) -> None:
    text = Path(args.output).read_text(encoding="utf-8")
    report = parse_eval(text)
    record = {
        "kind": "classification",
        "section": args.section,
        "data": args.data,
        "system": args.system,
        "setting": args.setting,
        "cmd": args.cmd,
        "examples": report["examples"],
        "accuracy": report["accuracy"],
        "macro_f1": report["macro_f1"],
        "balanced_accuracy": report["balanced_accuracy"],
        "classes": report["classes"],
    }
    line = f"    -> {args.system}: accuracy {report['accuracy']:.4f}, macro-F1 {report['macro_f1']:.4f}"
    if args.positive:
        c = report["classes"].get(args.positive)
        if c is None:
            raise SystemExit(f"class {args.positive!r} not in candor's per-class table")
        record.update(positive=args.positive, precision=c["precision"], recall=c["recall"], f1=c["f1"])
        line += f", {args.positive}: precision {c['precision']:.4f} recall {c['recall']:.4f} F1 {c['f1']:.4f}"
    if args.seconds is not None:
        record["seconds"] = args.seconds
        record["texts_per_second"] = report["examples"] / args.seconds if args.seconds > 0 else None
        line += (f"; {report['examples']} texts in {args.seconds:.3f} s wall = "
                 f"{rate(record['texts_per_second'])} texts/s (whole process: start-up, model and file reading)")
    if single_class_prediction(report):
        record["note"] = "predicted one class for every text"
        line += "\n    !! every text got the same prediction"
        if args.system.endswith("lexicon"):
            line += " (the lexicon files may still be placeholders)"
    append_result(args.results, record)
    print(line)


# --------------------------------------------------------------------- fastText

def scores(truth: list[str], predicted: list[str]) -> dict:
    """Accuracy, macro-F1 (over the classes present in the truth, as candor's
    Report does) and per-class precision/recall/F1."""
    labels = sorted(set(truth) | set(predicted))
    classes = {}
    for label in labels:
        tp = sum(1 for t, p in zip(truth, predicted) if t == label and p == label)
        n_pred = sum(1 for p in predicted if p == label)
        support = sum(1 for t in truth if t == label)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        classes[label] = {"precision": precision, "recall": recall, "f1": f1, "support": support}
    present = [c for c in classes.values() if c["support"] > 0]
    n = len(truth)
    return {
        "examples": n,
        "accuracy": sum(1 for t, p in zip(truth, predicted) if t == p) / n if n else 0.0,
        "macro_f1": statistics.mean(c["f1"] for c in present) if present else 0.0,
        "balanced_accuracy": statistics.mean(c["recall"] for c in present) if present else 0.0,
        "classes": classes,
    }


class FastTextRunner:
    def __init__(self, workdir: str):
        import fasttext  # noqa: PLC0415 - only this subcommand needs it

        self.fasttext = fasttext
        self.workdir = workdir
        self.predict_seconds = 0.0
        self.predicted = 0

    def train(self, rows: list[dict]):
        path = os.path.join(self.workdir, "train.txt")
        with open(path, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(f"__label__{r['label']} {clean(r['text'])}\n")
        return self.fasttext.train_supervised(input=path, **FASTTEXT_PARAMS)

    def predict(self, model, rows: list[dict]) -> list[str]:
        texts = [clean(r["text"]) for r in rows]
        started = time.perf_counter()
        labels, _ = model.predict(texts)
        self.predict_seconds += time.perf_counter() - started
        self.predicted += len(texts)
        return [ls[0].removeprefix("__label__") if ls else "" for ls in labels]


def cmd_fasttext(args) -> None:
    with tempfile.TemporaryDirectory(prefix="candor-fasttext-") as workdir:
        runner = FastTextRunner(workdir)
        if args.folds:
            rows = read_jsonl(args.input)
            order = list(range(len(rows)))
            random.Random(SEED).shuffle(order)
            predicted = [""] * len(rows)
            for fold in range(args.folds):
                train = [rows[i] for pos, i in enumerate(order) if pos % args.folds != fold]
                test_idx = [i for pos, i in enumerate(order) if pos % args.folds == fold]
                model = runner.train(train)
                for i, label in zip(test_idx, runner.predict(model, [rows[i] for i in test_idx])):
                    predicted[i] = label
            truth = [r["label"] for r in rows]
        else:
            model = runner.train(read_jsonl(args.train))
            test = read_jsonl(args.test)
            predicted = runner.predict(model, test)
            truth = [r["label"] for r in test]
    report = scores(truth, predicted)
    tps = runner.predicted / runner.predict_seconds if runner.predict_seconds > 0 else None
    record = {
        "kind": "classification",
        "section": args.section,
        "data": args.data,
        "system": "fastText",
        "setting": args.setting,
        "cmd": args.cmd,
        **{k: report[k] for k in ("examples", "accuracy", "macro_f1", "balanced_accuracy", "classes")},
        "seconds": runner.predict_seconds,
        "texts_per_second": tps,
    }
    # Same layout as candor's report, so the two read side by side.
    print(f"    examples {report['examples']}  accuracy {report['accuracy']:.4f}  "
          f"macro-F1 {report['macro_f1']:.4f}  balanced accuracy {report['balanced_accuracy']:.4f}")
    print(f"    {'class':<20} {'precision':>9} {'recall':>9} {'F1':>9} {'support':>8}")
    for label, c in report["classes"].items():
        print(f"    {label:<20} {c['precision']:>9.4f} {c['recall']:>9.4f} {c['f1']:>9.4f} {c['support']:>8}")
    line = f"    -> fastText: accuracy {report['accuracy']:.4f}, macro-F1 {report['macro_f1']:.4f}"
    if args.positive:
        c = report["classes"].get(args.positive, {"precision": 0.0, "recall": 0.0, "f1": 0.0})
        record.update(positive=args.positive, precision=c["precision"], recall=c["recall"], f1=c["f1"])
        line += f", {args.positive}: precision {c['precision']:.4f} recall {c['recall']:.4f} F1 {c['f1']:.4f}"
    line += (f"; model.predict on {runner.predicted} texts (one list per test set) took "
             f"{runner.predict_seconds:.4f} s = {rate(tps)} texts/s (in-process, model already loaded)")
    append_result(args.results, record)
    print(line)


# --------------------------------------------------------------------- analyze

def read_analyses(path: str) -> list[dict]:
    rows = read_jsonl(path)
    for row in rows:
        if "language" not in row:
            raise SystemExit(f"{path}: an analyze line has no 'language': {str(row)[:200]}")
    return rows


def cmd_langid(args) -> None:
    rows = read_analyses(args.output)
    n = len(rows)
    if args.expected_count is not None and n != args.expected_count:
        raise SystemExit(f"candor analyze printed {n} lines for {args.expected_count} texts")
    detected = Counter(r["language"] for r in rows)
    correct = detected.get(args.code, 0)
    und = detected.get("und", 0)
    record = {
        "kind": "langid",
        "data": args.data,
        "code": args.code,
        "cmd": args.cmd,
        "examples": n,
        "accuracy": correct / n if n else 0.0,
        "und_share": und / n if n else 0.0,
        "detected": dict(detected.most_common()),
    }
    append_result(args.results, record)
    top = ", ".join(f"{k} {v}" for k, v in detected.most_common(6))
    print(f"    -> {args.code}: {correct}/{n} = {record['accuracy']:.4f} correct, und {und}/{n} = "
          f"{record['und_share']:.4f}; answers: {top}")


def cmd_seeds(args) -> None:
    rows = read_analyses(args.output)
    expected = read_jsonl(args.expected)
    if len(rows) != len(expected):
        raise SystemExit(f"candor analyze printed {len(rows)} lines for {len(expected)} seed files")
    results = []
    print(f"    {'file':<28} {'expected':>8} {'detected':>8} {'confidence':>10}")
    for exp, row in zip(expected, rows):
        ok = row["language"] == exp["expected"]
        results.append({"file": exp["file"], "expected": exp["expected"], "detected": row["language"],
                        "confidence": row.get("language_confidence"), "ok": ok})
        print(f"    {exp['file']:<28} {exp['expected']:>8} {row['language']:>8} "
              f"{fmt(row.get('language_confidence'), 3):>10}  {'ok' if ok else 'WRONG'}")
    append_result(args.results, {"kind": "seeds", "cmd": args.cmd, "seeds": results})
    print(f"    -> {sum(r['ok'] for r in results)}/{len(results)} seed files detected as expected")


def cmd_pipeline(args) -> None:
    rows = read_analyses(args.output)
    expected = read_jsonl(args.expected) if args.expected else []
    n = len(rows)
    if n != len(read_jsonl(args.input)):
        raise SystemExit(f"candor analyze printed {n} lines for {len(read_jsonl(args.input))} reviews")
    seconds = statistics.median(args.seconds)
    chars = statistics.mean(len(r["text"]) for r in read_jsonl(args.input))
    record = {
        "kind": "pipeline",
        "cmd": args.cmd,
        "examples": n,
        "mean_chars": chars,
        "runs": args.seconds,
        "seconds": seconds,
        "texts_per_second": n / seconds if seconds > 0 else None,
    }
    if expected:
        record["language_accuracy"] = sum(1 for r, e in zip(rows, expected) if r["language"] == e["language"]) / n
    record["mismatch_share"] = sum(1 for r in rows if r.get("mismatch")) / n if n else 0.0
    append_result(args.results, record)
    runs = ", ".join(f"{s:.3f}" for s in args.seconds)
    print(f"    -> {n} reviews (mean {chars:.0f} chars), wall seconds per run: {runs}; median {seconds:.3f} s = "
          f"{rate(record['texts_per_second'])} reviews/s on one core (includes process start-up and lexicon loading)")
    if expected:
        print(f"       language detected as composed: {record['language_accuracy']:.4f}; "
              f"flagged as rating/text mismatch: {record['mismatch_share']:.4f}")


# --------------------------------------------------------------------- summary

def table(headers: list[str], rows: list[list[str]], align: str) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]

    def line(cells):
        return "  ".join(c.ljust(w) if a == "l" else c.rjust(w) for c, w, a in zip(cells, widths, align)).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))


def cmd_summary(args) -> None:
    records = read_jsonl(args.results) if os.path.exists(args.results) else []
    failures = [r for r in records if r.get("kind") == "failure"]
    classification = [r for r in records if r.get("kind") == "classification"]

    # Mean of the leave-one-video-out YouTube runs, per system, after the last of them.
    youtube = [r for r in classification if r["section"] == "spam" and r["data"].startswith("YouTube ->")]
    means = []
    for system in dict.fromkeys(r["system"] for r in youtube):
        runs = [r for r in youtube if r["system"] == system]
        if len(runs) > 1:
            mean = {k: statistics.mean(r[k] for r in runs) for k in ("accuracy", "macro_f1", "precision", "recall", "f1")}
            means.append({"section": "spam", "data": f"YouTube, mean of {len(runs)}", "system": system,
                          "setting": "leave one video out", "examples": sum(r["examples"] for r in runs),
                          "positive": "spam", **mean})
    if means:
        at = classification.index(youtube[-1]) + 1
        classification[at:at] = means

    print("\nClassification (accuracy and macro-F1 over all classes; P/R/F1 of the spam class for spam tasks;")
    print("texts/s: candor = whole `candor eval --model` process, fastText = model.predict on a list)")
    rows = []
    for r in classification:
        spam = f"{r['precision']:.3f}/{r['recall']:.3f}/{r['f1']:.3f}" if r.get("positive") else "-"
        rows.append([r["section"], r["data"], r["system"], r["setting"], str(r["examples"]), fmt(r["accuracy"]),
                     fmt(r["macro_f1"]), spam, rate(r.get("texts_per_second")), "*" if r.get("note") else ""])
    table(["task", "data", "system", "setting", "n", "accuracy", "macro-F1", "spam P/R/F1", "texts/s", ""], rows,
          "llllrrrrrl")
    if any(r.get("note") for r in classification):
        print("* every text got the same prediction (lexicon rows: the lexicon files may still be placeholders;\n"
              "  trained rows: the model answers one class only)")

    langid = [r for r in records if r.get("kind") == "langid"]
    if langid:
        print("\nLanguage detection (candor analyze, text only)")
        table(["data", "true", "n", "accuracy", "und share", "answers"],
              [[r["data"], r["code"], str(r["examples"]), fmt(r["accuracy"]), fmt(r["und_share"]),
                ", ".join(f"{k} {v}" for k, v in list(r["detected"].items())[:5])] for r in langid], "llrrrl")
    for r in records:
        if r.get("kind") == "seeds":
            print("\nSeed files (whole file as one text)")
            table(["file", "expected", "detected", "confidence", ""],
                  [[s["file"], s["expected"], s["detected"], fmt(s["confidence"], 3), "ok" if s["ok"] else "WRONG"]
                   for s in r["seeds"]], "lllrl")
    for r in records:
        if r.get("kind") == "pipeline":
            print(f"\nPipeline throughput: {r['examples']} reviews of {r['mean_chars']:.0f} chars on average through "
                  f"`candor analyze` on one core (taskset -c 0):\n  {rate(r['texts_per_second'])} reviews/s "
                  f"(median of {len(r['runs'])} runs, median wall time {r['seconds']:.3f} s, including process start-up "
                  f"and lexicon loading)")
    if failures:
        print("\nFailed steps:")
        for f in failures:
            print(f"  {f['what']}: {f['message']}\n    $ {f.get('cmd', '')}")


def cmd_fail(args) -> None:
    append_result(args.results, {"kind": "failure", "what": args.what, "message": args.message, "cmd": args.cmd})


# --------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("prepare", help="write the JSON-lines inputs")
    p.add_argument("--data", required=True)
    p.add_argument("--seeds")
    p.add_argument("--corpus", required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_prepare)

    def common(p, *, data=True):
        p.add_argument("--results", required=True)
        p.add_argument("--cmd", default="")
        if data:
            p.add_argument("--data", required=True)

    p = sub.add_parser("record-eval", help="parse a `candor eval` output")
    common(p)
    p.add_argument("--section", required=True)
    p.add_argument("--system", required=True)
    p.add_argument("--setting", required=True)
    p.add_argument("--output", required=True)
    p.add_argument("--seconds", type=float)
    p.add_argument("--positive")
    p.set_defaults(func=cmd_record_eval)

    p = sub.add_parser("fasttext", help="fastText reference on the same data")
    common(p)
    p.add_argument("--section", required=True)
    p.add_argument("--setting", required=True)
    p.add_argument("--input")
    p.add_argument("--folds", type=int)
    p.add_argument("--train")
    p.add_argument("--test")
    p.add_argument("--positive")
    p.set_defaults(func=cmd_fasttext)

    p = sub.add_parser("langid", help="language accuracy of a `candor analyze` output")
    common(p)
    p.add_argument("--code", required=True)
    p.add_argument("--output", required=True)
    p.add_argument("--expected-count", type=int)
    p.set_defaults(func=cmd_langid)

    p = sub.add_parser("seeds", help="detected vs expected language of the seed files")
    common(p, data=False)
    p.add_argument("--expected", required=True)
    p.add_argument("--output", required=True)
    p.set_defaults(func=cmd_seeds)

    p = sub.add_parser("pipeline", help="reviews/s of `candor analyze`")
    common(p, data=False)
    p.add_argument("--input", required=True)
    p.add_argument("--expected")
    p.add_argument("--output", required=True)
    p.add_argument("--seconds", type=float, nargs="+", required=True)
    p.set_defaults(func=cmd_pipeline)

    p = sub.add_parser("fail", help="record a failed step")
    common(p, data=False)
    p.add_argument("--what", required=True)
    p.add_argument("--message", required=True)
    p.set_defaults(func=cmd_fail)

    p = sub.add_parser("summary", help="print the final tables")
    p.add_argument("--results", required=True)
    p.set_defaults(func=cmd_summary)

    args = parser.parse_args(argv)
    if args.command == "fasttext" and not (args.folds and args.input) and not (args.train and args.test):
        parser.error("fasttext needs --folds K --input FILE, or --train FILE --test FILE")
    args.func(args)


if __name__ == "__main__":
    main()
