#!/usr/bin/env python3
"""Write N published reviews of one business, with their text analyses and
replies, as CSV files for a bulk load into Candor's tables (bench/dashboard.sh).

    python3 bench/dashboard_gen.py N OUTDIR [--business-id ID] [--user-id ID]
                                            [--seed 1] [--end-ms MS] [--years 3]

OUTDIR gets reviews.csv, review_analyses.csv and replies.csv, whose header
lines name the columns of those tables as migrations/*/ define them (every
column, in table order), and meta.json (what was written, and --end-ms).

The data, all deterministic for a seed and an --end-ms:
- N reviews spread over the --years before --end-ms (default: now) with a
  mild growth trend (the last day has twice the reviews of the first; ids
  r0000001... in time order), status published, source organic;
- languages en 45%, de 20%, da 12%, no 8%, ru 8%, sw 7% (Norwegian is stored
  as `no`, as candor_core::Language does);
- a J-shaped star mix: 5 stars 52%, 4 16%, 3 8%, 2 7%, 1 17%;
- short texts from a few dozen template sentences per language: 0-2 aspect
  sentences (delivery, price, quality, customer_service, staff, website: the
  built-in aspect ids of candor-text) and 1-2 general ones of the review's tone;
- one review_analyses row per review: language, polarity in [-1, 1] that
  follows the stars, predicted stars, the mismatch flag and the aspects as
  candor-text stores them, e.g.
  [{"aspect":"delivery","sentiment":-0.6,"sentences":[0]}]; in the last 120
  days delivery is criticised more often (a trend for the dashboard to show);
- a reply (by --user-id) to about 35% of the reviews, more often to low
  stars, written 1 to 72 hours after the review (never after --end-ms), and
  has_reply set on the review.

Times are Unix milliseconds (UTC). A missing value (NULL) is an empty,
unquoted field; an empty string is "" (PostgreSQL's CSV COPY tells them
apart; for SQLite bench/dashboard.sh turns the former into NULL). Rows are
streamed: memory stays flat whatever N.
"""

import argparse
import json
import math
import os
import random
import sys
import time

DAY_MS = 86_400_000
HOUR_MS = 3_600_000

# Column lists: every column of the table, in the order the migrations give
# (0001 core, 0003 changed_at, 0008 ip/device hash, 0014
# updated_after_response_at, 0016 external_id, 0018 testimonial_consent_at).
REVIEW_COLUMNS = (
    "id", "business_id", "rating", "title", "body", "author_name", "author_email",
    "language", "experienced_on", "status", "status_reason", "source", "edit_token_hash",
    "revision", "helpful_count", "has_reply", "created_at", "updated_at", "changed_at",
    "ip_hash", "device_hash", "updated_after_response_at", "external_id",
    "testimonial_consent_at",
)
ANALYSIS_COLUMNS = (
    "review_id", "business_id", "revision", "language", "language_confidence", "sentiment",
    "stars_predicted", "sentiment_evidence", "mismatch", "aspects", "analyzed_at",
)
REPLY_COLUMNS = (
    "id", "review_id", "business_id", "author_user_id", "body", "revision", "created_at",
    "updated_at",
)

LANGUAGE_WEIGHTS = (("en", 45), ("de", 20), ("da", 12), ("no", 8), ("ru", 8), ("sw", 7))
STAR_WEIGHTS = ((5, 52), (4, 16), (3, 8), (2, 7), (1, 17))
# Share of reviews answered, per star rating (about 35% over the mix above).
REPLY_SHARE = {1: 0.55, 2: 0.50, 3: 0.40, 4: 0.28, 5: 0.27}
# How many aspects a review mentions.
ASPECT_COUNT_WEIGHTS = ((0, 35), (1, 45), (2, 20))
ASPECT_WEIGHTS = (
    ("delivery", 30), ("price", 15), ("quality", 20), ("customer_service", 15),
    ("staff", 10), ("website", 10),
)
# Mean polarity of a review per star rating.
POLARITY = {1: -0.7, 2: -0.4, 3: 0.0, 4: 0.45, 5: 0.75}
# Growth: the density of reviews rises linearly to (1 + GROWTH) times the first day's.
GROWTH = 1.0
# In the last TREND_DAYS, 3-5 star reviews criticise delivery this much more often.
TREND_DAYS = 120

# Per language: general sentences (positive, negative, neutral), one
# positive and one negative sentence per aspect, titles per tone and the
# business's replies per tone.
TEXTS = {
    "en": {
        "pos": ["Really happy with my order.", "Everything went smoothly from start to finish.",
                "I will definitely buy here again.", "Highly recommended to friends and family.",
                "Exactly what I was looking for.", "A great experience overall."],
        "neg": ["Very disappointed with this purchase.", "I would not recommend this shop.",
                "Nothing went as promised.", "This was a waste of money.",
                "I expected much better.", "Never again."],
        "neu": ["It was okay, nothing special.", "Some things were good, others not so much.",
                "An average experience.", "It did the job."],
        "aspect_pos": {
            "delivery": "The parcel arrived quickly and well packed.",
            "price": "Fair prices for what you get.",
            "quality": "The quality is excellent and it feels solid.",
            "customer_service": "Customer service answered my question within an hour.",
            "staff": "The staff were friendly and helpful.",
            "website": "The website is easy to use and checkout was fast.",
        },
        "aspect_neg": {
            "delivery": "The delivery was late by over a week.",
            "price": "Far too expensive for this quality.",
            "quality": "It broke after two days of use.",
            "customer_service": "Customer service never replied to my emails.",
            "staff": "The staff were rude and unhelpful.",
            "website": "The website kept crashing at checkout.",
        },
        "titles": {"neg": ["Disappointing", "Not good", "Avoid"],
                   "neu": ["Okay", "Mixed feelings", "Average"],
                   "pos": ["Great shop", "Excellent", "Very happy"]},
        "replies": {"neg": "We are sorry to hear this. Please contact our support team so we can put it right.",
                    "neu": "Thank you for your feedback; we will use it to improve.",
                    "pos": "Thank you for your kind review! We look forward to seeing you again."},
    },
    "de": {
        "pos": ["Sehr zufrieden mit meiner Bestellung.", "Alles lief reibungslos von Anfang bis Ende.",
                "Ich werde hier auf jeden Fall wieder kaufen.", "Absolut empfehlenswert.",
                "Genau das, was ich gesucht habe.", "Insgesamt eine tolle Erfahrung."],
        "neg": ["Sehr enttäuscht von diesem Kauf.", "Ich kann diesen Shop nicht empfehlen.",
                "Nichts lief wie versprochen.", "Das war rausgeworfenes Geld.",
                "Ich hatte viel mehr erwartet.", "Nie wieder."],
        "neu": ["Es war in Ordnung, nichts Besonderes.", "Manches war gut, anderes weniger.",
                "Eine durchschnittliche Erfahrung.", "Es erfüllt seinen Zweck."],
        "aspect_pos": {
            "delivery": "Das Paket kam schnell und gut verpackt an.",
            "price": "Faire Preise für das, was man bekommt.",
            "quality": "Die Qualität ist hervorragend und wirkt solide.",
            "customer_service": "Der Kundenservice hat meine Frage innerhalb einer Stunde beantwortet.",
            "staff": "Die Mitarbeiter waren freundlich und hilfsbereit.",
            "website": "Die Webseite ist einfach zu bedienen und der Bestellvorgang ging schnell.",
        },
        "aspect_neg": {
            "delivery": "Die Lieferung kam über eine Woche zu spät.",
            "price": "Viel zu teuer für diese Qualität.",
            "quality": "Nach zwei Tagen war es schon kaputt.",
            "customer_service": "Der Kundenservice hat nie auf meine E-Mails geantwortet.",
            "staff": "Die Mitarbeiter waren unhöflich und wenig hilfsbereit.",
            "website": "Die Webseite ist beim Bezahlen ständig abgestürzt.",
        },
        "titles": {"neg": ["Enttäuschend", "Nicht gut", "Finger weg"],
                   "neu": ["In Ordnung", "Gemischte Gefühle", "Durchschnittlich"],
                   "pos": ["Toller Shop", "Hervorragend", "Sehr zufrieden"]},
        "replies": {"neg": "Es tut uns leid, das zu hören. Bitte kontaktieren Sie unseren Kundenservice, damit wir das in Ordnung bringen können.",
                    "neu": "Danke für Ihr Feedback, wir werden es nutzen, um besser zu werden.",
                    "pos": "Vielen Dank für Ihre freundliche Bewertung! Wir freuen uns auf Ihren nächsten Besuch."},
    },
    "da": {
        "pos": ["Meget glad for min bestilling.", "Alt gik glat fra start til slut.",
                "Jeg handler helt sikkert her igen.", "Kan varmt anbefales.",
                "Præcis hvad jeg ledte efter.", "En rigtig god oplevelse."],
        "neg": ["Meget skuffet over dette køb.", "Jeg kan ikke anbefale denne butik.",
                "Intet gik som lovet.", "Det var spild af penge.",
                "Jeg havde forventet meget mere.", "Aldrig igen."],
        "neu": ["Det var okay, intet særligt.", "Noget var godt, andet mindre godt.",
                "En gennemsnitlig oplevelse.", "Den gør hvad den skal."],
        "aspect_pos": {
            "delivery": "Pakken kom hurtigt og var godt pakket.",
            "price": "Fair pris for det man får.",
            "quality": "Kvaliteten er fremragende og føles solid.",
            "customer_service": "Kundeservice svarede på mit spørgsmål inden for en time.",
            "staff": "Personalet var venligt og hjælpsomt.",
            "website": "Hjemmesiden er nem at bruge og betalingen gik hurtigt.",
        },
        "aspect_neg": {
            "delivery": "Leveringen var over en uge forsinket.",
            "price": "Alt for dyrt til den kvalitet.",
            "quality": "Den gik i stykker efter to dage.",
            "customer_service": "Kundeservice svarede aldrig på mine mails.",
            "staff": "Personalet var uhøfligt og uhjælpsomt.",
            "website": "Hjemmesiden gik ned hele tiden ved betalingen.",
        },
        "titles": {"neg": ["Skuffende", "Ikke godt", "Undgå"],
                   "neu": ["Okay", "Blandede følelser", "Middel"],
                   "pos": ["Super butik", "Fremragende", "Meget tilfreds"]},
        "replies": {"neg": "Vi er kede af at høre det. Kontakt venligst vores kundeservice, så vi kan rette op på det.",
                    "neu": "Tak for din feedback, vi vil bruge den til at blive bedre.",
                    "pos": "Tak for din søde anmeldelse! Vi glæder os til at se dig igen."},
    },
    "no": {
        "pos": ["Veldig fornøyd med bestillingen min.", "Alt gikk knirkefritt fra start til slutt.",
                "Jeg kommer definitivt til å handle her igjen.", "Anbefales på det varmeste.",
                "Akkurat det jeg lette etter.", "En veldig god opplevelse."],
        "neg": ["Veldig skuffet over dette kjøpet.", "Jeg kan ikke anbefale denne butikken.",
                "Ingenting gikk som lovet.", "Det var bortkastede penger.",
                "Jeg hadde forventet mye mer.", "Aldri igjen."],
        "neu": ["Det var greit, ikke noe spesielt.", "Noe var bra, annet mindre bra.",
                "En gjennomsnittlig opplevelse.", "Den gjør jobben."],
        "aspect_pos": {
            "delivery": "Pakken kom raskt og var godt pakket.",
            "price": "Rimelig pris for det du får.",
            "quality": "Kvaliteten er utmerket og føles solid.",
            "customer_service": "Kundeservice svarte på spørsmålet mitt innen en time.",
            "staff": "De ansatte var vennlige og hjelpsomme.",
            "website": "Nettsiden er enkel å bruke og betalingen gikk raskt.",
        },
        "aspect_neg": {
            "delivery": "Leveringen var over en uke forsinket.",
            "price": "Altfor dyrt for denne kvaliteten.",
            "quality": "Den gikk i stykker etter to dager.",
            "customer_service": "Kundeservice svarte aldri på e-postene mine.",
            "staff": "De ansatte var uhøflige og lite hjelpsomme.",
            "website": "Nettsiden krasjet hele tiden i kassen.",
        },
        "titles": {"neg": ["Skuffende", "Ikke bra", "Unngå"],
                   "neu": ["Greit", "Blandede følelser", "Middels"],
                   "pos": ["Flott butikk", "Utmerket", "Veldig fornøyd"]},
        "replies": {"neg": "Vi beklager å høre dette. Ta gjerne kontakt med kundeservice slik at vi kan rette det opp.",
                    "neu": "Takk for tilbakemeldingen, vi vil bruke den til å bli bedre.",
                    "pos": "Takk for den hyggelige anmeldelsen! Vi gleder oss til å se deg igjen."},
    },
    "ru": {
        "pos": ["Очень доволен своим заказом.", "Всё прошло гладко от начала до конца.",
                "Обязательно закажу здесь снова.", "Очень рекомендую.",
                "Именно то, что я искал.", "В целом отличный опыт."],
        "neg": ["Очень разочарован этой покупкой.", "Не рекомендую этот магазин.",
                "Ничего не было так, как обещали.", "Это были выброшенные деньги.",
                "Я ожидал гораздо большего.", "Больше никогда."],
        "neu": ["Нормально, ничего особенного.", "Что-то было хорошо, что-то не очень.",
                "Обычный опыт.", "Свою задачу выполняет."],
        "aspect_pos": {
            "delivery": "Посылка пришла быстро и была хорошо упакована.",
            "price": "Честная цена за такое качество.",
            "quality": "Качество отличное, вещь крепкая.",
            "customer_service": "Служба поддержки ответила на мой вопрос в течение часа.",
            "staff": "Сотрудники были вежливыми и отзывчивыми.",
            "website": "Сайтом удобно пользоваться, оформление заказа быстрое.",
        },
        "aspect_neg": {
            "delivery": "Доставка опоздала больше чем на неделю.",
            "price": "Слишком дорого для такого качества.",
            "quality": "Сломалось через два дня.",
            "customer_service": "Служба поддержки так и не ответила на мои письма.",
            "staff": "Сотрудники были грубыми и бесполезными.",
            "website": "Сайт постоянно зависал при оплате.",
        },
        "titles": {"neg": ["Разочарован", "Плохо", "Не советую"],
                   "neu": ["Нормально", "Смешанные чувства", "Средне"],
                   "pos": ["Отличный магазин", "Превосходно", "Очень доволен"]},
        "replies": {"neg": "Нам очень жаль это слышать. Пожалуйста, свяжитесь с нашей службой поддержки, чтобы мы могли всё исправить.",
                    "neu": "Спасибо за отзыв, мы учтём его, чтобы стать лучше.",
                    "pos": "Спасибо за добрый отзыв! Будем рады видеть вас снова."},
    },
    "sw": {
        "pos": ["Nimefurahi sana na oda yangu.", "Kila kitu kilienda vizuri tangu mwanzo hadi mwisho.",
                "Hakika nitanunua hapa tena.", "Ninapendekeza sana.",
                "Ndicho hasa nilichokuwa nikitafuta.", "Kwa ujumla ilikuwa uzoefu mzuri."],
        "neg": ["Nimesikitishwa sana na ununuzi huu.", "Sipendekezi duka hili.",
                "Hakuna kilichoenda kama ilivyoahidiwa.", "Ilikuwa ni kupoteza pesa.",
                "Nilitarajia mengi zaidi.", "Sitarudi tena."],
        "neu": ["Ilikuwa sawa, hakuna cha pekee.", "Baadhi ya mambo yalikuwa mazuri, mengine hapana.",
                "Uzoefu wa kawaida.", "Inafanya kazi yake."],
        "aspect_pos": {
            "delivery": "Kifurushi kilifika haraka na kilifungwa vizuri.",
            "price": "Bei nzuri kwa unachopata.",
            "quality": "Ubora ni bora sana na ni imara.",
            "customer_service": "Huduma kwa wateja walijibu swali langu ndani ya saa moja.",
            "staff": "Wafanyakazi walikuwa wakarimu na wasaidizi.",
            "website": "Tovuti ni rahisi kutumia na malipo yalikuwa ya haraka.",
        },
        "aspect_neg": {
            "delivery": "Usafirishaji ulichelewa kwa zaidi ya wiki moja.",
            "price": "Bei ni ghali mno kwa ubora huu.",
            "quality": "Kiliharibika baada ya siku mbili.",
            "customer_service": "Huduma kwa wateja hawakujibu barua pepe zangu kamwe.",
            "staff": "Wafanyakazi walikuwa wakorofi na hawakusaidia.",
            "website": "Tovuti ilikuwa ikikwama kila wakati wa malipo.",
        },
        "titles": {"neg": ["Inasikitisha", "Si nzuri", "Epuka"],
                   "neu": ["Sawa", "Hisia mchanganyiko", "Wastani"],
                   "pos": ["Duka zuri", "Bora sana", "Nimefurahi sana"]},
        "replies": {"neg": "Tunasikitika kusikia hivi. Tafadhali wasiliana na huduma kwa wateja ili tulirekebishe.",
                    "neu": "Asante kwa maoni yako, tutayatumia kuboresha huduma.",
                    "pos": "Asante kwa tathmini yako nzuri! Tunatarajia kukuona tena."},
    },
}

FIRST_NAMES = (
    "Anna Ben Carla David Emma Frederik Grace Hassan Ida Jonas Karin Lars Maria Nils "
    "Olga Peter Rasmus Sofia Thomas Ulla Viktor Wanjiru Amani Baraka Neema Juma Ivan "
    "Natalia Dmitri Jens Mette Søren Ingrid Kari Ole Lukas Lena Felix Hanna Oliver"
).split()
INITIALS = "ABCDEFGHIJKLMNOPRSTUVW"


def field(value) -> str:
    """One CSV field: None is an empty unquoted field (NULL), '' is "",
    numbers as they are, text quoted when it has to be."""
    if value is None:
        return ""
    if isinstance(value, str):
        if value == "":
            return '""'
        if any(c in value for c in ',"\n\r') or value[0] == " " or value[-1] == " ":
            return '"' + value.replace('"', '""') + '"'
        return value
    return str(value)


def line(values) -> str:
    return ",".join([field(v) for v in values]) + "\n"


def cumulative(pairs):
    total, keys, cum = 0, [], []
    for key, weight in pairs:
        total += weight
        keys.append(key)
        cum.append(total)
    return keys, cum


def iso_day(ms: int) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(ms // 1000))


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("n", type=int, metavar="N", help="reviews to write")
    p.add_argument("outdir", metavar="OUTDIR", help="folder for the CSV files (created)")
    p.add_argument("--business-id", default="bench-business",
                   help="businesses.id of the business (default bench-business)")
    p.add_argument("--user-id", default="bench-owner",
                   help="users.id of the replies' author (default bench-owner)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--end-ms", type=int, default=None,
                   help="the newest review's time bound, Unix ms (default: now)")
    p.add_argument("--years", type=float, default=3.0, help="span of the reviews (default 3)")
    args = p.parse_args(argv)
    if args.n < 0:
        p.error("N must not be negative")
    if args.years <= 0:
        p.error("--years must be positive")
    if args.end_ms is None:
        args.end_ms = int(time.time() * 1000)
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    os.makedirs(args.outdir, exist_ok=True)
    rng = random.Random(args.seed)
    rnd = rng.random
    bits = rng.getrandbits
    bisect = __import__("bisect").bisect_right

    n = args.n
    end_ms = args.end_ms
    span_ms = int(args.years * 365 * DAY_MS)
    start_ms = end_ms - span_ms
    trend_from = end_ms - TREND_DAYS * DAY_MS
    width = max(7, len(str(n)))
    business = args.business_id
    author = args.user_id

    langs, lang_cum = cumulative(LANGUAGE_WEIGHTS)
    stars_of, star_cum = cumulative(STAR_WEIGHTS)
    counts_of, count_cum = cumulative(ASPECT_COUNT_WEIGHTS)
    aspects_of, aspect_cum = cumulative(ASPECT_WEIGHTS)
    reviewers = max(1, int(n * 0.85))  # some people review the business twice or more
    n_names, n_initials = len(FIRST_NAMES), len(INITIALS)
    g = GROWTH
    half_g = 1.0 + g / 2.0

    files = {
        name: open(os.path.join(args.outdir, name), "w", encoding="utf-8", newline="",
                   buffering=1 << 20)
        for name in ("reviews.csv", "review_analyses.csv", "replies.csv")
    }
    rev_out, ana_out, rep_out = (files["reviews.csv"], files["review_analyses.csv"],
                                 files["replies.csv"])
    rev_out.write(",".join(REVIEW_COLUMNS) + "\n")
    ana_out.write(",".join(ANALYSIS_COLUMNS) + "\n")
    rep_out.write(",".join(REPLY_COLUMNS) + "\n")

    replies = 0
    mentions = 0
    star_counts = {s: 0 for s in range(1, 6)}
    lang_counts = {code: 0 for code in langs}
    rev_chunk, ana_chunk, rep_chunk = [], [], []
    # Sorted uniform numbers without holding them: the largest of k uniforms
    # is U^(1/k), the next one below it that times V^(1/(k-1)), and so on;
    # 1 - those, in that order, rise.
    top = 1.0
    try:
        for i in range(1, n + 1):
            k = n - i + 1
            top *= rnd() ** (1.0 / k)
            u = 1.0 - top
            # inverse of the growth CDF F(t) = (t + g t^2 / 2) / (1 + g / 2)
            t = (-1.0 + math.sqrt(1.0 + 2.0 * g * u * half_g)) / g if g else u
            created = start_ms + int(t * span_ms)
            if created >= end_ms:
                created = end_ms - 1

            lang = langs[bisect(lang_cum, rnd() * lang_cum[-1])]
            stars = stars_of[bisect(star_cum, rnd() * star_cum[-1])]
            star_counts[stars] += 1
            lang_counts[lang] += 1
            texts = TEXTS[lang]
            tone = "neg" if stars <= 2 else "pos" if stars >= 4 else "neu"

            # aspects: which, and whether each is praised or criticised
            chosen = []
            for _ in range(counts_of[bisect(count_cum, rnd() * count_cum[-1])]):
                aspect = aspects_of[bisect(aspect_cum, rnd() * aspect_cum[-1])]
                if aspect in chosen:
                    continue
                chosen.append(aspect)
            sentences = []
            mention_json = []
            for aspect in chosen:
                if stars <= 2:
                    negative = rnd() < 0.85
                elif stars == 3:
                    negative = rnd() < 0.5
                else:
                    p_neg = 0.10
                    if aspect == "delivery" and created >= trend_from:
                        p_neg = 0.25
                    negative = rnd() < p_neg
                polarity = round((0.2 + 0.7 * rnd()) * (-1.0 if negative else 1.0), 2)
                mention_json.append(
                    '{"aspect":"%s","sentiment":%r,"sentences":[%d]}'
                    % (aspect, polarity, len(sentences))
                )
                sentences.append(texts["aspect_neg" if negative else "aspect_pos"][aspect])
            mentions += len(chosen)
            general = texts[tone]
            first = int(rnd() * len(general))
            sentences.append(general[first])
            if rnd() < 0.5:  # a second, different one
                sentences.append(general[(first + 1 + int(rnd() * (len(general) - 1))) % len(general)])
            body = " ".join(sentences)
            titles = texts["titles"][tone]
            title = titles[int(rnd() * len(titles))]

            who = int(rnd() * reviewers)
            name = f"{FIRST_NAMES[who % n_names]} {INITIALS[(who // n_names) % n_initials]}."
            email = f"reviewer{who}@example.com"
            experienced = iso_day(created - int(rnd() * 14) * DAY_MS) if rnd() < 0.6 else None
            helpful = 0
            if rnd() < (0.35 if stars <= 2 else 0.15):
                helpful = 1 + int(-math.log(1.0 - rnd()) * 3)

            reply_at = None
            if rnd() < REPLY_SHARE[stars]:
                # 1 to 72 hours, log-uniform (median about 8.5 h); low stars sooner
                hours = math.exp(rnd() * math.log(72.0))
                if stars <= 2:
                    hours = max(1.0, hours * 0.6)
                at = created + int(hours * HOUR_MS)
                if at < end_ms:
                    reply_at = at

            rid = f"r{i:0{width}d}"
            changed = reply_at if reply_at is not None else created
            rev_chunk.append(line((
                rid, business, stars, title, body, name, email, lang, experienced,
                "published", None, "organic", f"{bits(256):064x}", 1, helpful,
                1 if reply_at is not None else 0, created, created, changed, "", "",
                None, None, None,
            )))

            polarity = POLARITY[stars] + (rnd() - 0.5) * 0.5
            polarity = round(max(-1.0, min(1.0, polarity)), 3)
            predicted = int(round(3.0 + 2.0 * polarity + (rnd() - 0.5) * 1.2))
            predicted = max(1, min(5, predicted))
            ana_chunk.append(line((
                rid, business, 1, lang, round(0.6 + 0.39 * rnd(), 3), polarity, predicted,
                1 + int(rnd() * 6), 1 if abs(predicted - stars) >= 3 else 0,
                "[" + ",".join(mention_json) + "]", created + 1000 + int(rnd() * 4000),
            )))

            if reply_at is not None:
                replies += 1
                rep_chunk.append(line((
                    f"p{i:0{width}d}", rid, business, author, texts["replies"][tone], 1,
                    reply_at, reply_at,
                )))

            if len(rev_chunk) >= 10_000:
                rev_out.write("".join(rev_chunk))
                ana_out.write("".join(ana_chunk))
                rep_out.write("".join(rep_chunk))
                rev_chunk.clear()
                ana_chunk.clear()
                rep_chunk.clear()
        rev_out.write("".join(rev_chunk))
        ana_out.write("".join(ana_chunk))
        rep_out.write("".join(rep_chunk))
        sizes = {name: f.tell() for name, f in files.items()}
    finally:
        for f in files.values():
            f.close()

    meta = {
        "reviews": n, "replies": replies, "aspect_mentions": mentions, "seed": args.seed,
        "end_ms": end_ms, "start_ms": start_ms, "years": args.years,
        "business_id": business, "user_id": author,
        "stars": star_counts, "languages": lang_counts, "bytes": sizes,
    }
    with open(os.path.join(args.outdir, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=1)
        f.write("\n")
    elapsed = time.monotonic() - started
    total = sum(sizes.values())
    print(
        f"dashboard_gen: {n} reviews ({iso_day(start_ms)} to {iso_day(end_ms)}), "
        f"{replies} replies ({100.0 * replies / max(1, n):.1f}%), {mentions} aspect mentions, "
        f"{total / 2**20:.1f} MiB in {args.outdir} in {elapsed:.1f} s (seed {args.seed})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
