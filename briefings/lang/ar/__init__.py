"""What briefings knows of Arabic, in one place: every extractor, the
evaluation and the search ask this package and keep no list or rule of
their own (in the manner of spaCy's `lang/ar`).

The knowledge is data: `data/*.txt`, one entry a line, each file headed by
where it comes from and why (README there). The code is thin.

API (stable; change it only with every caller):

    key(token) -> str                 matching key of a word: no diacritics or
                                      tatweel, one alef/ya/ta marbuta, ASCII digits
    key_text(text) -> str             the same for a phrase, punctuation to spaces

    Split(clitic, word, restored)     a word read as proclitics + word; `word`
                                      keeps the article, restored after لل
                                      (للعراق → Split("ل", "العراق", True));
                                      `.bare` is the word without its article
    bare(word) -> str                 the same for any word (الخلية → خلية)
    candidates(k) -> tuple[Split, …]  every split of a key, longest clitic
                                      first, the whole word last; decides nothing
    peel(k, accept) -> Split          the first candidate accept(split) takes,
                                      else the whole word: each caller accepts
                                      by its own lexicon, so a name is never cut
                                      into a non-word (فالح، فرنسا stay whole)
    lookup(k, lexicon) -> Split       the word itself if the lexicon holds it, else
                                      the first split whose word it holds
    clitic_length(text, split) -> int where the word starts in the token as
                                      written (marks on the clitic included)
    peel_known(k) -> Split            peel by the corpus vocabulary, for words no
                                      smaller lexicon holds
    vocabulary() -> dict[str, int]    corpus word → count

    words(name) -> frozenset[str]     the keys of data/<name>.txt
    table(name) -> dict[str, str]     its first column's keys → its second
    entries(name) -> tuple[tuple]     its lines as written, split at tabs

    is_stop(k) -> bool                a stop word (data/stop_words.txt), with or
                                      without a clitic (وفي، وقال)

    search_key(word) -> str           the form search indexes and looks up
                                      (match.py; the browser reads its tables)

    calendar.months(), hijri_months(), weekdays(), ordinal_days() -> dict[str, int]
    calendar.role(name), valued(name) the date words of one role (date_words.txt)

A caller that caches a reading keeps `tuple(split)`, not the Split: a tuple
subclass is never untracked by the garbage collector.
"""

from briefings.lang.ar.clitics import Split, bare, candidates, clitic_length, lookup, peel
from briefings.lang.ar.lexicon import entries, table, words
from briefings.lang.ar.match import search_key
from briefings.lang.ar.normalize import key, key_text
from briefings.lang.ar.stop_words import is_stop
from briefings.lang.ar.vocabulary import peel_known, vocabulary

__all__ = [
    "Split", "bare", "candidates", "clitic_length", "entries", "is_stop", "key", "key_text", "lookup", "peel",
    "peel_known", "search_key", "table", "vocabulary", "words",
]
