"""The statistical NER tagger (a CRF trained by `make train`) and the
decoding of its BIO tags into typed spans."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from briefings.extract import gazetteer as gz
from briefings.extract.ner_features import (
    MARKS,
    PAD_FEATURES,
    TAGGED_WORDS,
    Featurizer,
    lent,
    peeled,
    typed_words,
)
from briefings.extract.ner_rules import org_rules
from briefings.lang.ar import key
from briefings.lang.ar.stop_words import is_stop
from briefings.lang.ar.vocabulary import vocabulary

MODEL = "ner.crfsuite"
WINDOW = 2048  # tokens decoded together at most (tag_many)
# Whether a tagger makes each article's names consistent (`consistent`) by
# default. Off: with the guards of `_fills_at` and the country adjectives
# left out it lifts the ANERcorp tail (0.720 → 0.738) and costs no actor of
# the dev gold's splits nor of the blind sample (bench/README, "NER,
# thirteenth and fourteenth rounds"), but the corpus's held quote lines
# lose speakers (set 1 0.703 → 0.672, set 3 0.788 → 0.750: a name it fills
# takes a statement; the classes read on other days are guarded, and these
# are not them); Tagger(consistent=True) has it.
CONSISTENT = False
# Whether a tagger applies ner_rules.org_rules (organizations the model
# does not know: an agency, a quoted name after a body's head, a club in a
# match result) to its tags by default; Tagger(rules=False) has the
# model's tags alone.
RULES = True
# The convention a tagger reads a model trained with feature augmentation
# in (train_ner --augment): the corpus whose marked copies it adds to the
# shared weights (ner_features.MARKS), or None for the shared ones alone.
# A model trained with no corpus marks reads the same under any; one
# whose other-scheme sentences carry OTHER_SCHEME copies (train's
# `other`) reads differently under "wojood", which folds them in.
SCHEME: str | None = "anercorp"


class Tagger:
    """The CRF model, read with crfsuite and decoded by our own Decoder
    (the same tags, several times faster: see crf_decode)."""

    def __init__(self, model_path: str | None = None, max_words: int = 200_000, consistent: bool = CONSISTENT,
                 rules: bool = RULES, scheme: str | None = SCHEME) -> None:
        import pycrfsuite

        # here, not at the top: a build with nothing to extract never
        # pays for importing NumPy (a tenth of a second)
        from briefings.extract import crf_dump
        from briefings.extract.crf_decode import Decoder

        # names made consistent across each article (`consistent`)
        self.consistent = consistent
        self.rules = rules
        self._crfsuite = pycrfsuite.Tagger()
        path = model_path or str(resources.files("briefings.data") / MODEL)
        self._crfsuite.open(path)
        # the weights from the model's dump, read whole (crf_dump: what
        # info() gives, in a third of its time)
        state_features, transitions = crf_dump.weights(self._crfsuite)
        if scheme is not None and scheme not in MARKS:
            raise ValueError(f"unknown NER scheme {scheme!r}: one of {sorted(MARKS)} or None")
        self._mark = MARKS.get(scheme or "", "")
        state = fold(state_features, self._mark)
        self._features = Featurizer({attr for attr, _label in state})
        # the decoder keeps only the features its model knows by itself
        self._decoder = Decoder(
            self._crfsuite.labels(), state, transitions, self._features.word, lent, PAD_FEATURES, max_words,
        )

    def tag(self, tokens: list[str]) -> list[str]:
        """Tags of one sentence, read as an article of its own."""
        return self.tag_many([tokens])[0]

    def tag_many(self, sentences: list[list[str]], docs: list[int] | None = None) -> list[list[str]]:
        """Tags of many sentences: decoded together, which is cheaper, then
        made consistent within each article (`consistent`); `docs` counts
        the sentences of each article in turn (None: all are one). The
        decoder lays the batch out as sentences × the longest of them, so
        a "sentence" longer than WINDOW tokens (text with no punctuation)
        is decoded in windows of that length: memory stays in step with
        the text (news has none so long; the corpus's longest is 1,305)."""
        tags = self._decode(sentences)
        if self.rules:
            tags = [org_rules(s, t) for s, t in zip(sentences, tags, strict=True)]
        if not self.consistent:
            return tags
        out: list[list[str]] = []
        at = 0
        for n in docs if docs is not None else [len(sentences)]:
            out += consistent(sentences[at : at + n], tags[at : at + n])
            at += n
        if at != len(sentences):
            raise ValueError(f"docs count {at} sentences of {len(sentences)}")
        return out

    def _decode(self, sentences: list[list[str]]) -> list[list[str]]:
        if all(len(s) <= WINDOW for s in sentences):
            return self._decoder.decode(sentences)
        pieces, owners = [], []
        for i, s in enumerate(sentences):
            for a in range(0, len(s) or 1, WINDOW):
                pieces.append(s[a : a + WINDOW])
                owners.append(i)
        out: list[list[str]] = [[] for _ in sentences]
        for i, tags in zip(owners, self._decoder.decode(pieces), strict=True):
            out[i] += tags
        return out

    def tag_with_crfsuite(self, tokens: list[str]) -> list[str]:
        """crfsuite's own decoding of the same model: what ours must equal."""
        if not tokens:
            return []
        feats = self._features.sentence(tokens)
        if self._mark:
            feats = [[*f, *(self._mark + a for a in f)] for f in feats]
        return self._crfsuite.tag(feats)


def fold(state: dict[tuple[str, str], float], mark: str) -> dict[tuple[str, str], float]:
    """A model's state weights as one scheme reads them: a feature's shared
    weight plus its copy under `mark` (a tagger that made both copies of
    every feature would score the same), the other marks' copies dropped.
    The table keeps one entry a feature, so decoding costs what it did."""
    marks = tuple(MARKS.values())
    out = {k: w for k, w in state.items() if not k[0].startswith(marks)}
    if mark:
        n = len(mark)
        for (attr, label), w in state.items():
            if attr.startswith(mark):
                k = (attr[n:], label)
                out[k] = out.get(k, 0.0) + w
    return out


# How default_tagger loads the model: a run sets one that keeps the tagger
# in its build cache (briefings/run/tagger_cache.py); nothing else changes.
_loader: Callable[[], Tagger] = Tagger


def load_with(loader: Callable[[], Tagger]) -> None:
    """Let default_tagger load through `loader` (once: a tagger already
    loaded in this process is kept)."""
    global _loader
    _loader = loader


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    return _loader()


def model_available() -> bool:
    return (resources.files("briefings.data") / MODEL).is_file()


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first, last_exclusive, type) of each entity in a BIO sequence; a
    stray I- opens an entity, as conlleval reads it."""
    out = []
    start, typ = None, None
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if start is not None:
                out.append((start, i, typ))
                start, typ = None, None
            if t != "O":
                start, typ = i, t[2:]
    return out


NAMED = ("PER", "ORG", "LOC")
# A word the corpus writes more often than this is too common to be a name
# by itself wherever an article writes it (a last name can be a common
# word: صالح، خالد).
COMMON = 2000
# a word the corpus writes fewer times than this reads as a name it does not know
RARE = 100


@lru_cache(maxsize=200_000)
def _stem(token: str) -> str:
    """A token's peeled key, as the tagger's features read it."""
    return peeled(key(token))[1]


def _fills_at(st: list[str], tg: list[str], i: int, n: int, typ: str, last_name: bool,
              heads: frozenset[str] | set[str], vocab: dict[str, int], word: str) -> bool:
    """Whether n untagged words at i may be named; read on the corpus, where
    each of these cost an actor (bench/README, "NER, thirteenth round"):
    not right after a name, which the actor rules would join them to (بدران
    أمين عام: أمين from another person's name); not a person right after an
    organization's head noun, whose name the rules build with it (قوات
    الأسد، حكومة هادي); not one word of a person after a word that reads
    as a first name: a last name is then another person of the family (عن
    خولة الخطيب, the article naming her daughter), or the man's name is
    cut from its first word (أناتولي أنطونوف → أنطونوف, who then speaks
    under the short name); not an organization in a
    person's title (`_in_title`); not one word (`word`, as written) that
    is not `_word_like`."""
    if n == 1 and not _word_like(word):
        return False
    if i == 0:
        return True
    if tg[i - 1] != "O":
        return False
    if typ == "PER" and st[i - 1] in heads:
        return False
    if typ == "ORG" and _in_title(st, i):
        return False
    return not (n == 1 and (last_name or typ == "PER") and _first_name_like(st[i - 1], vocab))


# marks a title writes around the body it names (نائب رئيس «ياهو»)
_QUOTES = frozenset("«»\"“”'")
# how far back an office reaches over its body's words (مدير أنشطة تخزين
# الطاقة في جنرال إلكتريك، الرئيس التنفيذي في مجموعة لوكال وورلد)
_TITLE_REACH = 5


def _in_title(st: list[str], i: int) -> bool:
    """Whether a person's office stands up to _TITLE_REACH words before i,
    with no mark between and quote marks skipped (نائب رئيس «ياهو»،
    المتحدث الرسمي للأحوال المدنية، رئيسة القسم النسائي): the title rules
    read the body with the office and the statement stays the person's;
    named on its own, the body takes the quotes (bench/README, "NER,
    fourteenth round")."""
    offices = gz.office_heads()
    back = [w for w in st[max(0, i - 8) : i] if w not in _QUOTES][-_TITLE_REACH:]
    for w in reversed(back):
        if not w.isalpha():
            return False  # a comma or a stop ends the title
        # امام bare is the preposition أمام far more often than an imam
        if w != "امام" and (w in offices or "ال" + w in offices):
            return True
    return False


@lru_cache(maxsize=50_000)
def _word_like(word: str) -> bool:
    """Whether a word as written may be named alone: letters, three or
    more, and no stop word under its clitics. Of the corpus's one-word
    fills that are not (bench/README, "NER, fourteenth round") nearly all
    are wrong: لي (to me) 97 times in 3,000 records, a full stop 28, ولدى
    (و + ل + دى: the دي of a name), أو، من; in quotes and memoirs لي then
    takes the statements."""
    k = key(word)
    return k.isalpha() and len(k) >= 3 and not is_stop(k)


def _first_name_like(stem: str, vocab: dict[str, int]) -> bool:
    """A word the names lists call a person's, or one the corpus seldom
    writes (a name it does not know)."""
    return stem.isalpha() and (typed_words(TAGGED_WORDS).get(stem, "").startswith("PER")
                               or vocab.get(stem, 0) < RARE)


def consistent(sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """The tags of one article's sentences with its names made consistent:
    words the tagger named somewhere in the article (as their peeled keys)
    are named with the same type where it left them untagged, and a
    person's last name written alone later (ماكرون after إيمانويل ماكرون)
    is a person. News names a person in full once, then by one name, in
    frames the tagger reads less surely (bench/README, "NER, seventh round")."""
    stems = [list(map(_stem, s)) for s in sentences]
    seen: dict[tuple[str, ...], Counter[str]] = {}
    for st, tg in zip(stems, tags, strict=True):
        for a, b, typ in spans(tg):
            if typ in NAMED:
                seen.setdefault(tuple(st[a:b]), Counter())[typ] += 1
                if typ == "PER" and b - a >= 2:
                    seen.setdefault((st[b - 1],), Counter())["PER'"] += 1
    if not seen:
        return tags
    vocab = vocabulary()
    nisbas = gz.nisbas()
    table: dict[tuple[str, ...], str] = {}
    last_names: set[str] = set()  # words named only as a person's last word
    for words, types in seen.items():
        (typ, _n), *others = types.most_common()
        if typ == "PER'" and others:
            continue  # a last name the article also names otherwise
        if len(words) == 1 and (vocab.get(words[0], 0) > COMMON or words[0] in nisbas):
            # a country's adjective ending a name (أبو أيمن العراقي) is
            # an adjective elsewhere (الجيش العراقي)
            continue
        table[words] = typ.rstrip("'")
        if typ == "PER'":
            last_names.add(words[0])
    if not table:
        return tags
    heads = gz.org_heads()
    longest = max(map(len, table))
    firsts = {words[0] for words in table}
    out = []
    for sentence, st, tg in zip(sentences, stems, tags, strict=True):
        if firsts.isdisjoint(st):
            out.append(tg)
            continue
        tg = list(tg)
        i = 0
        while i < len(st):
            if st[i] not in firsts:
                i += 1
                continue
            for n in range(min(longest, len(st) - i), 0, -1):
                typ = table.get(tuple(st[i : i + n]))
                if (typ and all(t == "O" for t in tg[i : i + n])
                        and (i + n == len(st) or not tg[i + n].startswith("I-"))
                        and _fills_at(st, tg, i, n, typ, st[i] in last_names, heads, vocab, sentence[i])):
                    tg[i : i + n] = ["B-" + typ] + ["I-" + typ] * (n - 1)
                    i += n - 1
                    break
            i += 1
        out.append(tg)
    return out
