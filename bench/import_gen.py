#!/usr/bin/env python3
"""Generate a Trustpilot-style review export (CSV) for bench/import.sh.

    python3 bench/import_gen.py --rows 1000000 --out /tmp/reviews.csv [--seed 1]
                                [--data /work/shared/data] [--seeds /work/shared/seeds]

Columns, as `candor import --preset trustpilot` reads them:

    Review Id,Review Created (UTC),Review Stars,Review Title,Review Content,
    Review Language,Consumer Name,Consumer Id,Reply Content,Company Reply Date (UTC)

Every review body is 2 to 4 real sentences of one language, drawn from the
shared data (nobody here wrote them):

- uci_sentiment_sentences: Amazon and Yelp sentences, en, labelled 0/1
- lcc_sentiment_danish: Leipzig Danish sentences, da; the ~500 scored ones
  are negative / neutral / positive by the sign of their valence, the rest
  unscored
- afrisenti_swahili: Swahili tweets, sw, negative / neutral / positive
- the seed documents (../seeds/*.txt: de, sw, da, ru, nb), split into
  sentences, unlabelled; their language is recognised from their text

The star rating is drawn first (a skewed, Trustpilot-like distribution) and
the sentences are then drawn from the matching sentiment pool of the
review's language where it has one (1-2 stars: negative, 3: neutral or a
mix, 4-5: positive), so ratings correlate with the text's labels. Review ids
are `bench-<n>`; reviewers come from a pool of about rows/3; about 10% of
the reviews have a reply. No field ever holds a newline, so the file can be
cut with `head -n`. Rows are streamed in chunks: memory does not grow with
--rows. The same --seed (and data) always gives the same file.

Standard library only (Python 3.9+).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import glob
import os
import random
import re
import sys
import time

HEADER = [
    "Review Id",
    "Review Created (UTC)",
    "Review Stars",
    "Review Title",
    "Review Content",
    "Review Language",
    "Consumer Name",
    "Consumer Id",
    "Reply Content",
    "Company Reply Date (UTC)",
]

NEG, NEU, POS, UNL = "neg", "neu", "pos", "unlabelled"

# Trustpilot-like star distribution: mostly 5, a second peak at 1.
STAR_WEIGHTS = [(1, 16), (2, 6), (3, 8), (4, 17), (5, 53)]

REPLY_SHARE = 0.10
FIRST_DAY = dt.date(2019, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)

# Short business replies per language, (to a good review, to a poor one):
# the only text in the file not taken from the data.
REPLIES = {
    "en": ("Thank you for the kind words, we hope to see you again soon.",
           "We are sorry to hear about your experience; please contact our support team."),
    "da": ("Tak for de pæne ord, vi håber at se dig igen.",
           "Vi er kede af at høre om din oplevelse; kontakt venligst vores kundeservice."),
    "sw": ("Asante kwa maoni yako mazuri.",
           "Tunasikitika kwa usumbufu uliopata; tafadhali wasiliana nasi."),
    "de": ("Vielen Dank für Ihre freundliche Bewertung.",
           "Es tut uns leid, das zu hören; bitte wenden Sie sich an unseren Kundenservice."),
    "nb": ("Takk for de hyggelige ordene, vi håper å se deg igjen.",
           "Vi beklager opplevelsen din; ta gjerne kontakt med kundeservice."),
    "ru": ("Спасибо за ваш отзыв и добрые слова.",
           "Нам жаль, что так получилось; пожалуйста, свяжитесь с нашей службой поддержки."),
}

# Reviewer display names: a first name and an initial.
FIRST_NAMES = (
    "Anna Ben Carla David Emma Frederik Grace Hassan Ida Jonas Karin Lars Maria Nils "
    "Olga Peter Rasmus Sofia Thomas Ulla Viktor Wanjiru Amani Baraka Neema Juma Ivan "
    "Natalia Dmitri Jens Mette Søren Ingrid Kari Ole Lukas Lena Felix Hanna Oliver"
).split()

_WS = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_LIST_MARK = re.compile(r"^\s*(?:\d+[.)]|[-*•–])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»)]?\s+(?=[\"„«(]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])")
_ENDS_LIKE_SENTENCE = re.compile(r"[.!?…][\"”»)]?$")


def clean(text: str) -> str:
    """One line of text: no control characters, no newlines, single spaces."""
    return _WS.sub(" ", _CONTROL.sub(" ", text)).strip()


def usable(sentence: str, min_chars: int = 15, max_chars: int = 600) -> bool:
    return min_chars <= len(sentence) <= max_chars and sentence.count(" ") >= 2


# ------------------------------------------------------------------ sources
def load_uci(root: str, pools: dict) -> list[str]:
    """UCI Sentiment Labelled Sentences: `text<TAB>0|1`, CRLF."""
    loaded = []
    for path in sorted(glob.glob(os.path.join(root, "uci_sentiment_sentences", "*_labelled.txt"))):
        encoding = "utf-8"
        with open(path, "rb") as f:
            raw = f.read()
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:  # the imdb copy is ISO-8859-1
            text = raw.decode("iso-8859-1")
        for line in text.splitlines():
            sentence, _, label = line.rpartition("\t")
            sentence = clean(sentence)
            if label.strip() not in ("0", "1") or not usable(sentence, min_chars=10):
                continue
            add(pools, ("uci", "en"), POS if label.strip() == "1" else NEG, sentence)
        loaded.append(path)
    return loaded


def load_lcc_danish(root: str, pools: dict) -> list[str]:
    """Leipzig Danish sentences `number,valence,text`; empty valence = unscored."""
    loaded = []
    for path in sorted(glob.glob(os.path.join(root, "lcc_sentiment_danish", "*.csv"))):
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.reader(f)
            header = [h.strip() for h in next(reader, [])]
            if "valence" not in header or "text" not in header:
                continue
            vi, ti = header.index("valence"), header.index("text")
            for row in reader:
                if len(row) <= max(vi, ti):
                    continue
                sentence = clean(row[ti])
                if not usable(sentence):
                    continue
                try:
                    valence = int(row[vi])
                except ValueError:
                    valence = None
                if valence is None or not -5 <= valence <= 5:  # unscored, or the stray '9'
                    label = UNL
                else:
                    label = POS if valence > 0 else NEG if valence < 0 else NEU
                add(pools, ("lcc", "da"), label, sentence)
        loaded.append(path)
    return loaded


def load_afrisenti(root: str, pools: dict) -> list[str]:
    """AfriSenti Swahili tweets: TSV `ID tweet label` with a header."""
    labels = {"negative": NEG, "neutral": NEU, "positive": POS}
    loaded = []
    for path in sorted(glob.glob(os.path.join(root, "afrisenti_swahili", "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\r\n").split("\t")
                if len(parts) < 3 or parts[-1].strip() not in labels:
                    continue
                sentence = clean(" ".join(parts[1:-1]))
                if usable(sentence):
                    add(pools, ("afrisenti", "sw"), labels[parts[-1].strip()], sentence)
        loaded.append(path)
    return loaded


# Function words that tell the seed documents' languages apart.
_MARKERS = {
    "de": "und der die das nicht ist ein eine zu mit sich auch werden",
    "sw": "na ya wa kwa ni katika kuwa hii za la cha",
    "da": "og af det er ikke nogle hvad meget også være efter deres",
    "nb": "og av det er ikke noen hva mye også være etter deres",
}


def guess_language(text: str) -> str | None:
    letters = [c for c in text if c.isalpha()]
    if letters and sum("\u0400" <= c <= "\u04ff" for c in letters) / len(letters) > 0.5:
        return "ru"
    words = re.findall(r"\w+", text.lower())
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    best, best_score = None, 0
    for lang, markers in _MARKERS.items():
        score = sum(counts.get(m, 0) for m in markers.split())
        if score > best_score:
            best, best_score = lang, score
    return best


def split_sentences(text: str) -> list[str]:
    out = []
    for paragraph in text.splitlines():
        paragraph = clean(_LIST_MARK.sub("", paragraph))
        if not paragraph:
            continue
        for sentence in _SENTENCE_END.split(paragraph):
            sentence = sentence.strip()
            # Headings, captions and injected search-spam lines have no final stop.
            if _ENDS_LIKE_SENTENCE.search(sentence) and usable(sentence, min_chars=20):
                out.append(sentence)
    return out


def load_seeds(seeds: str, pools: dict) -> list[str]:
    loaded = []
    for path in sorted(glob.glob(os.path.join(seeds, "*.txt"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        lang = guess_language(text)
        if lang is None:
            print(f"import_gen: cannot tell the language of {path}; skipped", file=sys.stderr)
            continue
        for sentence in split_sentences(text):
            add(pools, ("seed", lang), UNL, sentence)
        loaded.append(f"{path} ({lang})")
    return loaded


def add(pools: dict, source: tuple, label: str, sentence: str) -> None:
    """source is (data set, language); dicts keep insertion order (and
    dedupe): deterministic, unlike sets."""
    pools.setdefault(source, {}).setdefault(label, {})[sentence] = None


# ------------------------------------------------------------------ plan
class Source:
    """The sentence pools of one data set in one language, and how a star
    rating picks from them."""

    def __init__(self, key: tuple, pools: dict):
        self.name, self.code = key
        self.pools = {label: list(sentences) for label, sentences in pools.items() if sentences}
        everything = [s for label in (NEG, NEU, POS, UNL) for s in self.pools.get(label, [])]
        labelled = sum(len(self.pools.get(label, ())) for label in (NEG, NEU, POS))
        # A few hundred scored sentences beside thousands of unscored ones
        # (lcc): after the first sentence, half come from the unscored ones,
        # or every Danish review would repeat the same 100 sentences.
        self.filler = self.pools[UNL] if labelled and len(self.pools.get(UNL, ())) > labelled else None
        # for each star rating: the lists to draw each sentence from
        self.by_stars = {}
        for stars in range(1, 6):
            want = NEG if stars <= 2 else POS if stars >= 4 else NEU
            if want in self.pools:
                lists = [self.pools[want]]
            elif want == NEU and NEG in self.pools and POS in self.pools:
                lists = [self.pools[NEG], self.pools[POS]]  # mixed feelings
            elif UNL in self.pools:
                lists = [self.pools[UNL]]
            else:
                lists = [everything]
            self.by_stars[stars] = lists
        self.replies = REPLIES.get(self.code, REPLIES["en"])

    def describe(self) -> str:
        sizes = ", ".join(f"{label} {len(v)}" for label, v in self.pools.items())
        return f"{self.name}/{self.code}: {sizes}"


# Share of reviews per source (data set, language); unknown ones get 2.
SOURCE_WEIGHTS = {
    ("uci", "en"): 45,
    ("lcc", "da"): 15,
    ("afrisenti", "sw"): 8,
    ("seed", "de"): 10,
    ("seed", "nb"): 8,
    ("seed", "ru"): 7,
    ("seed", "da"): 3,
    ("seed", "sw"): 2,
}


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rows", type=int, required=True, help="reviews to write")
    p.add_argument("--out", required=True, help="the CSV file to write ('-' for stdout)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--data", default="/work/shared/data", help="the shared data folder")
    p.add_argument("--seeds", default=None, help="the seed documents (default: DATA/../seeds)")
    p.add_argument("--quiet", action="store_true", help="no description of the sources")
    args = p.parse_args(argv)
    if args.rows < 0:
        p.error("--rows must not be negative")
    if args.seeds is None:
        args.seeds = os.path.join(os.path.dirname(os.path.abspath(args.data)), "seeds")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    pools: dict = {}
    loaded = []
    if os.path.isdir(args.data):
        loaded += load_uci(args.data, pools)
        loaded += load_lcc_danish(args.data, pools)
        loaded += load_afrisenti(args.data, pools)
    else:
        print(f"import_gen: no data folder {args.data}", file=sys.stderr)
    if os.path.isdir(args.seeds):
        loaded += load_seeds(args.seeds, pools)
    else:
        print(f"import_gen: no seed folder {args.seeds}", file=sys.stderr)
    sources = [Source(key, pools[key]) for key in sorted(pools) if any(pools[key].values())]
    if not sources:
        print("import_gen: no sentences found (give --data and --seeds)", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"import_gen: {len(loaded)} source files", file=sys.stderr)
        for source in sources:
            print(f"  {source.describe()}", file=sys.stderr)

    rng = random.Random(args.seed)
    rnd = rng.random
    source_cum = _cumulative([SOURCE_WEIGHTS.get((s.name, s.code), 2) for s in sources])
    star_cum = _cumulative([w for _, w in STAR_WEIGHTS])
    stars_of = [s for s, _ in STAR_WEIGHTS]
    reviewers = max(1, args.rows // 3)
    days = [
        (FIRST_DAY + dt.timedelta(days=i)).isoformat()
        for i in range((LAST_DAY - FIRST_DAY).days + 15)  # replies may come later
    ]
    span = ((LAST_DAY - FIRST_DAY).days + 1) * 86400
    n_names = len(FIRST_NAMES)
    initials = "ABCDEFGHIJKLMNOPRSTUVW"
    n_initials = len(initials)
    star_texts = {s: str(s) for s in range(1, 6)}
    bisect = __import__("bisect").bisect_right

    out = sys.stdout if args.out == "-" else open(args.out, "w", newline="", encoding="utf-8", buffering=1 << 20)
    written_bytes = 0
    try:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADER)
        chunk = []
        for n in range(1, args.rows + 1):
            src = sources[bisect(source_cum, rnd() * source_cum[-1])]
            stars = stars_of[bisect(star_cum, rnd() * star_cum[-1])]
            lists = src.by_stars[stars]
            filler = src.filler
            k = 2 + int(rnd() * 3)  # 2 to 4 sentences
            sentences = []
            for i in range(k):
                if i and filler is not None and rnd() < 0.5:
                    pool = filler
                else:
                    pool = lists[int(rnd() * len(lists))]
                sentences.append(pool[int(rnd() * len(pool))])
            body = " ".join(sentences)
            title_words = sentences[0].split()[: 3 + int(rnd() * 5)]
            title = " ".join(title_words).rstrip(".,;:!?…-–")[:120] or sentences[0][:60]
            at = int(rnd() * span)  # seconds since FIRST_DAY
            day, secs = divmod(at, 86400)
            created = f"{days[day]} {secs // 3600:02d}:{secs // 60 % 60:02d}:{secs % 60:02d}"
            who = int(rnd() * reviewers)
            mixed = ((who + 1) * 0x9E3779B97F4A7C15F39CC061) & 0xFFFFFFFFFFFFFFFFFFFFFFFF
            consumer_id = f"{mixed:024x}"
            name = f"{FIRST_NAMES[mixed % n_names]} {initials[(mixed >> 20) % n_initials]}."
            if rnd() < REPLY_SHARE:
                reply = src.replies[0 if stars >= 4 else 1]
                # an hour to two weeks later
                rday, rsecs = divmod(at + 3600 + int(rnd() * 13 * 86400), 86400)
                replied = f"{days[rday]} {rsecs // 3600:02d}:{rsecs // 60 % 60:02d}:{rsecs % 60:02d}"
            else:
                reply = replied = ""
            chunk.append(
                (f"bench-{n}", created, star_texts[stars], title, body, src.code,
                 name, consumer_id, reply, replied)
            )
            if len(chunk) >= 20000:
                writer.writerows(chunk)
                chunk.clear()
        writer.writerows(chunk)
        out.flush()
        if out is not sys.stdout:
            written_bytes = out.tell()
    finally:
        if out is not sys.stdout:
            out.close()
    elapsed = time.monotonic() - started
    size = f"{written_bytes} bytes ({written_bytes / 2**20:.1f} MiB)" if args.out != "-" else "stdout"
    print(
        f"import_gen: wrote {args.rows} rows, {size} to {args.out} in {elapsed:.1f} s "
        f"(seed {args.seed}, {reviewers} reviewers)",
        file=sys.stderr,
    )
    return 0


def _cumulative(weights):
    total, out = 0, []
    for w in weights:
        total += w
        out.append(total)
    return out


if __name__ == "__main__":
    sys.exit(main())
