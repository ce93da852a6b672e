"""Quotes: direct speech in «» “” "" ‹› and reported speech after a speech
verb, each with its speaker resolved to an actor where one is named."""

from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache
from itertools import compress

from briefings.extract import gazetteer as gz
from briefings.extract.actors import COMMON_AFTER_OFFICE, person_words
from briefings.extract.actors.names import _written_name
from briefings.extract.gazetteer import title_heads
from briefings.extract.numbers import word_value
from briefings.extract.speech import (
    ila_lemmas,
    is_participle,
    not_subject,
    object_lemmas,
    sources,
    speech_forms,
    speech_lemma,
    speech_lemmas,
    verb_split,
)
from briefings.lang.ar import bare, key, key_text, lookup, peel, peel_known, vocabulary, words
from briefings.model import Actor, Quote, Sentence, Token
from briefings.text.tokens import sentence_tokens

_MARKS = {"«": "»", "“": "”", "‹": "›", '"': '"', "„": "“"}
_OPENING_RE = re.compile("[" + "".join(_MARKS) + "]")
_COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "انهما", "اننا"})
# أنّ after ب، ف، و (بأن، فإن، وأنه) still opens the clause; لأن is "because"
_COMPLEMENTIZER_CLITICS = frozenset({"ب", "ف", "و"})
_ILA = {"الى", "الي"}
# Speakers that name no one; kept as written (مصادر، مسؤولون).
# as keys: على and لدى key as علي and لدي (the name علي is told apart by
# its written ya, _trail)
_GENERIC_TRAIL = {key(w) for w in ("في", "خلال", "عبر", "امام", "لدى", "على", "عن", "ل")}
# Words after a verb that are not its subject (قال عنه، أكد أيضاً، أعلن رسميا).
_NOT_SUBJECT = not_subject()
# an attribution, under any clitic (بحسب، وبحسب، ووفقاً، نقلاً عن)
_ATTRIBUTION = words("speech_attributions")


def _closed_quotes(text: str, offset: int) -> list[tuple[int, int, str]]:
    """(start, end, mark) of closed quotations; an unclosed mark is ignored.
    The next closing mark of each kind is remembered while it lies ahead,
    so a text of unclosed marks is scanned once, not once per mark."""
    out = []
    i = 0
    ahead: dict[str, int] = {}  # closing mark → its next position (-1: none left)
    while m := _OPENING_RE.search(text, i):
        i = m.start()
        ch = text[i]
        closer = _MARKS[ch]
        close = ahead.get(closer, i)
        if close != -1 and close < i + 1:
            close = ahead[closer] = text.find(closer, i + 1)
        if close > i + 1:
            out.append((offset + i, offset + close + 1, ch))
            i = close + 1
        else:
            i += 1
    return out


def extract_quotes(
    body: str, sentences: list[Sentence], actors: list[Actor], tokens: list[list[Token]] | None = None
) -> list[Quote]:
    where = _Mentions(actors)
    tokens = tokens if tokens is not None else sentence_tokens(body, sentences)
    out: list[Quote] = []
    last_speaker: tuple[str | None, str | None] = (None, None)
    # set when a cue with no statement read as its subject a word that may
    # not speak (توقع تراجعا، تعتبر مؤشرات سلبية): who the next verb with no
    # subject refers to is then unknown, and its statement stays unattributed
    # rather than go to that word or to whoever spoke before (often another)
    lost = False
    plural_only = False  # last_speaker is a group (_group): it speaks for plural cues only
    para_end = {s.paragraph: s.end for s in sentences}
    persons = {a.id for a in actors if a.type == "person" and a.id}
    # persons the article marks as women (_female), read once if needed
    women: dict[str, bool] = {}

    def man(actor_id: str | None) -> bool:
        if actor_id not in persons:
            return False
        if actor_id not in women:
            women[actor_id] = _female(body, next(a for a in actors if a.id == actor_id), where)
        return not women[actor_id]

    def before(s: Sentence) -> list[Token]:
        # the sentence before s in its paragraph, where the group a plural
        # verb opening s speaks for may stand (ويعارض النواب …. ويقولون إن)
        prev = sentences[s.id - 1] if 0 < s.id <= len(sentences) and sentences[s.id - 1].id == s.id - 1 else None
        return tokens[prev.id] if prev is not None and prev.paragraph == s.paragraph else []
    for s in sentences:
        if s.kind == "caption":
            continue
        toks = tokens[s.id]
        if s.kind == "subheading":
            # المهنا: لست غاضباً من …: a headline's statement after its speaker
            q = _colon_statement(body, toks, s, where)
            if q:
                out.append(q)
            continue
        text = body[s.start : s.end]
        direct = [q for q in _closed_quotes(text, s.start)
                  if len(body[q[0] + 1 : q[1] - 1].split()) >= 4 and not _embedded(toks, q[1])
                  and not _named_body(toks, q[0]) and not _a_name(body, q, where)]
        # most words are no speech verb: the cached test first, before a call
        cues = [i for i in compress(range(len(toks)), speech_lemmas([t.key for t in toks]))
                if _is_cue(toks, i) and not _in_any(toks[i].start, direct)]
        cue_starts = [toks[c].start for c in cues]
        attribution: list = []  # the sentence's attribution, found once if needed
        first = len(out)
        for qs, qe, mark in direct:
            cue_i = _nearest_cue(cues, cue_starts, qs)
            fallback = ((None, None) if lost or plural_only and not (cue_i is not None and _plural_cue(toks[cue_i].key))
                        else last_speaker if last_speaker[0] else where.recent_person(qs))
            if cue_i is not None and is_participle(toks[cue_i].key):
                # غرد سعوديون قائلين: «…»: the participle speaks for the
                # subject of the verb before it in the sentence, or for the
                # sentence's subject; the cues' own pass comes after this one
                verb = next((c for c in reversed(cues) if c < cue_i and not is_participle(toks[c].key)), None)
                fallback = (_subject(body, toks, verb, where, fallback) if verb is not None
                            else _sentence_subject(body, toks, cue_i, where) or fallback)
            elif cue_i is not None and cue_i == cues[0] and _conjoined(toks[cue_i].key):
                # ورفع الأمير فلان … لخادم الحرمين الملك سلمان …، وقال: «…»:
                # a verb under و with no subject of its own, the sentence's
                # first cue, speaks for the person the sentence opens with
                # (its first verb's subject), not for the one named last, as
                # a reported statement's first cue does
                fallback = _sentence_subject(body, toks, cue_i, where, persons_only=True) or fallback
            speaker = _subject(body, toks, cue_i, where, fallback) if cue_i is not None else fallback
            group = False
            if cue_i is not None and (speaker[1] in persons or not speaker[0]) and _plural_cue(toks[cue_i].key):
                # قائلين: «…»: many speak, not the one person named before;
                # a group named before it in the sentence, if any
                speaker = _group(body, toks, cue_i, where, before(s)) or (None, None)
                group = speaker[0] is not None
            elif cue_i is not None and man(speaker[1]) and _feminine_cue(toks[cue_i].key) \
                    and not _subject(body, toks, cue_i, where, (None, None))[0]:
                # وقالت: «…» after a man spoke, with no subject of its own:
                # she is not he (a body, a source or a woman the tagger missed)
                speaker = (None, None)
            if cue_i is None:
                if not attribution:
                    attribution.append(_attribution(body, toks, where))
                speaker = attribution[0] or (fallback if _stands_alone(toks, qs) else (None, None))
            out.append(Quote(text=body[qs + 1 : qe - 1], kind="direct", start=qs + 1, end=qe - 1, sentence=s.id,
                             speaker=speaker[0], speaker_id=speaker[1],
                             cue=toks[cue_i].text if cue_i is not None else mark))
            if _carries(speaker):
                last_speaker, lost, plural_only = speaker, False, group
        att = (_attributed(body, toks, s, where) or _colon_statement(body, toks, s, where)
               if not cues and not direct else None)
        if att:
            out.append(att)
        cuts = [c for c in cues if _opens_clause(toks, c, where, direct)]
        for n, ci in enumerate(cues):
            # the clause ends at the next cue that opens one of its own, not at
            # a verb of the clause's subject (وقالت الصحيفة إن الموظفة غادرت
            # واعتبرت الأمر مزحة، …: اعتبرت opens nothing, it is what was said)
            nxt_cue = next((c for c in cuts if c > ci), None)
            # a group (_group) is who a plural verb after it has speak, not
            # a singular one (… معظم المؤرخين أشاروا …؛ قلة … وقالت)
            fallback = ((None, None) if lost or plural_only and not _plural_cue(toks[ci].key)
                        else last_speaker if last_speaker[0] else where.recent_person(toks[ci].start))
            if n == 0 and is_participle(toks[ci].key):
                # افتتح الوزير المعرض، مؤكدا أن …: the participle speaks for
                # the subject of the sentence's verb, not for who spoke before
                fallback = _sentence_subject(body, toks, ci, where) or fallback
            elif n == 0:
                # د. فلان، مدير الشركة، يشكك في جدواه ويقول إن …: a person
                # the sentence opens with is who a verb without a subject
                # after it has speak, not who spoke in an earlier sentence
                fallback = _sentence_subject(body, toks, ci, where, persons_only=True) or fallback
            q = _reported(body, toks, ci, nxt_cue, s, direct, where, fallback)
            group = False
            if q and nxt_cue is None:
                q = _run_on(body, q, para_end[s.paragraph])
            if q and (q.speaker_id in persons or not q.speaker) and _plural_cue(toks[ci].key):
                # يقول مقربون من فلان إن … موضحين أن …، ويقولون إن …: a
                # plural verb or participle has a plural subject (before
                # it, or a pronoun), never one person named before it: the
                # group named before it in the sentence, else no one
                q.speaker, q.speaker_id = _group(body, toks, ci, where, before(s)) or (None, None)
                group = q.speaker is not None
            elif q and man(q.speaker_id) and _feminine_cue(toks[ci].key) \
                    and not _subject(body, toks, ci, where, (None, None))[0]:
                # وأكدت أن … after a man spoke, مصادر … أكدت أن: a feminine
                # verb with no subject after it does not speak for a man (one
                # named in its subject may: وقالت مصادر مقربة من فلان)
                q.speaker, q.speaker_id = None, None
            if q:
                out.append(q)
                if _carries((q.speaker, q.speaker_id)):
                    last_speaker, lost, plural_only = (q.speaker, q.speaker_id), False, group
            elif n == 0 and is_participle(toks[ci].key) and (opener := _opening_actor(toks, ci, where)):
                # دانت الحركة القصف، معتبرة أنه «عدوان». وقالت إن …: a
                # participle whose clause is too short to keep still says
                # that the sentence's subject spoke, and the next verb with
                # no subject of its own speaks for it, not for who spoke
                # before the sentence
                last_speaker, lost, plural_only = opener, False, False
            else:
                named = _subject(body, toks, ci, where, (None, None))
                if _carries(named) and (named[1] or _may_speak(named[0]) or _before_content(body, toks, ci, named[0])):
                    # a cue with no statement (توقع تراجعا، كشف خفاياهم، تعتبر
                    # مؤشرات سلبية) names who speaks next only by an actor or a
                    # subject that may speak (_may_speak): another word read as
                    # its subject is mostly its object, and the verb's own
                    # subject a pronoun whose referent the chain may have lost
                    last_speaker, lost, plural_only = named, False, False
                elif _carries(named) and named[0] != last_speaker[0]:
                    # (the cue of a quotation just read names its speaker
                    # again: قال ظريف إن «…»; that one is no lost referent)
                    lost = True
        out[first:] = _outside_reported(out[first:])
        if len(out) == first:
            # جون كارلن، مساعد المدعي العام، يعترف بأن …. ويقول «…»: a
            # sentence that opens with a person and an apposition names
            # who the next verb with no subject has speak
            topic = _topic_person(body, toks, where)
            if topic:
                last_speaker, lost, plural_only = topic, False, False
    return out


@lru_cache(maxsize=4_096)
def _feminine_cue(k: str) -> bool:
    """A speech verb or participle in the feminine singular (قالت، أكدت،
    نفت، تقول، مؤكدة): the listed masculine of the same lemma is the form
    with the past's ت off (نفى for نفت), the present's ت for ي, or the
    participle's ة for its alef (بين for بينت, listed under بينت). لفت
    keeps its ت: the ت must be added."""
    split = verb_split(k)
    lemma, w = speech_lemma(k), split.word
    if not lemma or len(w) < 3 or lemma == _NAQALA:
        return False  # ونقلت الصحيفة عن الوزير: the one cited after عن speaks
    forms = speech_forms()
    if w.endswith("ت") and (forms.get(w[:-1]) == lemma or lemma.endswith(("ي", "ا")) and w[:-1] == lemma[:-1]):
        return True
    if w.startswith("ت") and forms.get("ي" + w[1:]) == lemma:
        return True
    return w.endswith("ه") and is_participle(k) and forms.get(w[:-1] + "ا") == lemma


# titles in ة that name a man (آية الله، العلامة، الداعية)
_MASCULINE_TITLES = {key(w) for w in ("آية", "حجة", "خليفة", "الخليفة", "علامة", "العلامة", "داعية", "الداعية",
                                      "رحالة", "الرحالة", "عمدة", "العمدة")}


def _female(body: str, actor: Actor, where: _Mentions) -> bool:
    """Whether the article marks a person as a woman: a title in the
    feminine (الوزيرة، رئيسة، مستشارة), or next to a mention a speech
    verb in the feminine or a feminine title the actor did not keep
    (وقالت جيهان …، أكدت النائبة فلانة، المعلمة فلانة، فلانة قالت),
    before the mention no further back than another person's name (the
    title of الوزيرة فلانة وفلان is hers); or by her name: a given name
    of women (`women_names.txt`, mined by bench/mine_women_names.py), a
    kunya in أم, a بنت in the chain."""
    first = actor.name.split()[0] if actor.name.split() else ""
    if key(first) in words("women_names") or key(first) == _UMM or " بنت " in f" {actor.name} ":
        return True  # سارة …، أم فهد، نورة بنت …
    if any(_feminine_title(t.split()[0]) for t in actor.titles if t.split()):
        return True
    for m in actor.mentions:
        start = max(0, m.start - 90)
        others = [e for s, e, a in where.between(start, m.start) if a is not actor and a.type == "person"]
        start = max([start, *others])
        for w in reversed(body[start : m.start].split()[-8:]):
            k = key(w)
            if _complementizer(k) or w.endswith("."):
                break  # قالت الصحيفة إن فلان …: the verb before أن is not his
            if _feminine_cue(k) or _feminine_title(w):
                return True
        if any(_feminine_cue(key(w)) for w in body[m.end : m.end + 40].split()[:3]):
            return True
    return False


_UMM = key("أم")
# nouns of women that are no office (السيدة، المعلمة) beside the title heads
_WOMEN = {key(w) for w in ("السيدة", "الدكتورة", "المعلمة", "المواطنة", "الناشطة", "المتطوعة", "الزائرة", "الفتاة",
                          "الطفلة", "الشابة", "الإعلامية", "الصحفية", "الصحافية", "الأميرة", "الملكة", "النائبة")}


def _feminine_title(word: str) -> bool:
    """A title or a noun of a woman as written in ة (الوزيرة، رئيسة،
    المعلمة; not نائبه, his deputy), not one that names a man (آية الله،
    العلامة، العمدة)."""
    k = key(word)
    if not word.endswith("ة") or k in _MASCULINE_TITLES:
        return False
    heads = title_heads()
    stems = (k, k[2:]) if k.startswith("ال") else (k,)  # الأستاذة: أستاذة is listed
    return k in _WOMEN or any(lookup(x, heads).word in heads or lookup(x[:-1], heads).word in heads for x in stems)


@lru_cache(maxsize=4_096)
def _plural_cue(k: str) -> bool:
    """A speech verb or participle in the plural (قالوا، يقولون، مشيرين،
    مؤكدين): its form is a listed one of the same lemma with the plural
    ending off (قال، يقول) or, a participle, with the singular's alef
    (مشيرا). A plural verb never precedes its subject, so who speaks is
    a plural subject before it or a pronoun for one."""
    split = verb_split(k)
    lemma, w = speech_lemma(k), split.word
    if not lemma or len(w) < 5:
        return False
    forms = speech_forms()
    if w.endswith(("ون", "وا")) and forms.get(w[:-2]) == lemma:
        return True
    return w.endswith(("ين", "ون")) and is_participle(k) and forms.get(w[:-2] + "ا") == lemma


# heads of bodies and groups that speak, beside org_heads (which lacks
# them): أعلنت كلية التربية … وقالت إن، عبر أعضاء اللجنة عن … مؤكدين أن
_AL_DIN = key("الدين")
_GROUPS_SPEAKING = {key(w) for w in ("رجال", "أعضاء", "قيادات", "نواب")}
_SPEAKING_HEADS = {key(w) for w in ("كلية", "وفد", "مدرسة")} | _GROUPS_SPEAKING


def _may_speak(words: str) -> bool:
    """Whether a subject no actor names may be who speaks next: a definite
    noun (المواطن، الوفد), or an indefinite one that opens with a name's
    word (عبدالحافظ), a noun of persons, an office, a body's head, a source (مصادر),
    is a sound plural of persons (مختصون) or has a nisba (مواطن مصري). Other indefinite words after a cue with no statement are its
    object (تراجعا، مؤشرات، خفاياهم، حدوث التفجير)."""
    parts = words.split()
    k = key(parts[0])
    head = bare(peel_known(k).word)
    if any(key(w) in gz.nisbas() for w in parts[1:5]):
        # مواطن مصري، مسؤول أمريكي، نجم كرة القدم السعودية السابق، محترف
        # الهلال الجديد البرازيلي: a person described by a nisba
        return True
    if any(key(w) in person_words() for w in parts[:3]) or k in gz.places() or k in _HONORIFICS \
            or len(parts) > 1 and key(parts[1]) == _AL_DIN:
        return True  # a name (عز الدين فلان), a country (أعلنت إيران), معاليه
    return (k.startswith("ال") or k.startswith("عبد") and len(k) > 5 or head in _SPEAKING_HEADS
            or bare(k) in _PERSON_NOUNS or _source_kind(k) is not None or lookup(k, title_heads()).word in title_heads()
            or k in gz.org_heads() or head in gz.org_heads() or head in _BODY_HEADS
            or k.endswith(("ون", "ين")))


# prepositions that bring a cue's content (أعرب عن، أكد على، أشار إلى): a
# subject read right before one is not the verb's object
_CONTENT_PREPS = {key(w) for w in ("عن", "على", "إلى")}


def _before_content(body: str, toks: list[Token], ci: int, words: str) -> bool:
    """Whether the subject read after cue `ci` stands right before the
    preposition of its content: وأعرب ذوو الشهداء عن شكرهم، أعرب عدد من
    الزوار عن سعادتهم (a verb's object would come after the preposition)."""
    at = body.find(words, toks[ci].end)
    if at < 0:
        return False
    end = at + len(words)
    nxt = next((t for t in toks[ci + 1 :] if t.start >= end), None)
    return nxt is not None and nxt.key in _CONTENT_PREPS


def _topic_person(body: str, toks: list[Token], where: _Mentions) -> tuple[str, str | None] | None:
    """The person a sentence opens with when a comma follows the name (an
    apposition: فلان، رئيس الشركة، يرى أن …): the actor, or two or three
    name pieces the tagger did not read."""
    # a comma within the first words first: most sentences have none there
    if len(toks) < 4 or not any(t.text in ("،", ",") for t in toks[1:6]):
        return None
    found = where.between(toks[0].start, toks[min(len(toks), 5) - 1].end)
    if found and found[0][0] <= toks[0].start + 1 and found[0][2].type == "person":
        end = next((j for j, t in enumerate(toks) if t.start >= found[0][1]), None)
        if end is not None and toks[end].text in ("،", ","):
            return found[0][2].name, found[0][2].id
        return None
    if found and found[0][0] <= toks[0].start + 1:
        return None
    if _name_piece(toks, 0, True) and _name_piece(toks, 1, False):
        end = 3 if _name_piece(toks, 2, False) else 2
        if toks[end].text in ("،", ","):
            return body[toks[0].start : toks[end - 1].end], None
    return None


def _carries(speaker: tuple[str | None, str | None]) -> bool:
    """Whether who said this is who says what follows with no subject: not
    God quoted in a verse nor the Prophet in a hadith (قال تعالى: «…».
    وأضاف أن …: the preacher adds)."""
    return bool(speaker[0]) and speaker != (_ALLAH, None) and not _blessed(speaker)


def _blessed(speaker: tuple[str | None, str | None]) -> bool:
    words = (speaker[0] or "").split()
    return speaker[1] is None and len(words) > 1 and key(words[0]) in _BLESSING and key(words[1]) == _ALLAH


# what a quotation no verb introduces may follow and still be said (فإن
# «…»، وخلص إلى القول «…»)
_SAID_BEFORE = {key(w) for w in ("القول", "بالقول", "قوله", "قولها", "بقوله", "بقولها")}


def _stands_alone(toks: list[Token], quote_start: int) -> bool:
    """A quotation with no cue in its sentence that opens it, follows a
    colon, another quotation or a complementizer: what the one who spoke
    last went on saying. One right after a word (مناطق «عسير، الباحة»،
    بأنه «اعتداء …»، بـ«ضبط وإحضار …») is a phrase marked off, no one's
    statement: it keeps no speaker."""
    before = None
    for t in toks:
        if t.start >= quote_start:
            break
        before = t
    if before is None or not before.key.isalpha():
        return True
    # a speech verb that is no cue (الذي قال «…»، والتي تقول «…») says it too
    return (_complementizer(before.key) or before.key in _FA_INNA or before.key in _SAID_BEFORE
            or bool(speech_lemma(before.key)))


_FA_INNA = frozenset({"فان", "فانه", "فانها", "فانهم"})


def _colon_statement(body: str, toks: list[Token], s: Sentence, where: _Mentions) -> Quote | None:
    """A sentence that opens with a speaker and a colon, no speech verb
    (headlines and tweets: داعش: مشاهدة التلفاز في الرقة حرام، ونانسي
    عجرم: رحم الله …): what follows the colon is the speaker's statement,
    when the speaker is an actor the article names (not a place) and the
    statement has four words or more."""
    colon = next((j for j, t in enumerate(toks[:8]) if t.text in (":", "：")), None)
    if colon is None or colon == 0 or colon + 4 > len(toks):
        return None
    named = where.between(toks[0].start, toks[colon - 1].end)
    if not named or named[0][2].type == "place" or named[0][1] != toks[colon - 1].end:
        return None
    first = peel_known(toks[0].key)
    if named[0][0] != toks[0].start and not (named[0][0] == toks[0].start + len(first.clitic) and first.clitic == "و"):
        return None  # the speaker opens the sentence, under و at most
    last = len(toks) - 1
    while last > colon and not any(c.isalnum() for c in toks[last].text):
        last -= 1
    start = toks[colon + 1].start
    while body[start] in _MARKS:
        start += 1
    end = toks[last].end
    if last - colon < 4 or start >= end:
        return None
    actor = named[0][2]
    return Quote(text=body[start:end], kind="direct", start=start, end=end, sentence=s.id,
                 speaker=actor.name, speaker_id=actor.id, cue=":")


def _opens_clause(toks: list[Token], ci: int, where: _Mentions, direct: list[tuple[int, int, str]]) -> bool:
    """Whether the cue at ci opens a statement of its own: a clause after
    أن, إلى or a colon, a demand's object, or a direct quotation after it;
    any cue but one right after a word, inside the clause (غادرت واعتبرت،
    أن الرئيس أعرب عن): after a comma a verb coordinates a statement."""
    if ci == 0 or not toks[ci - 1].key.isalpha() and not _predicate_after_comma(toks, ci):
        return True
    lemma = speech_lemma(toks[ci].key) or ""
    if _clause_start(toks, ci, lemma, where) or (lemma in object_lemmas() and _object(toks, ci, where)):
        return True
    return any(qs > toks[ci].start for qs, _, _ in direct)


def _predicate_after_comma(toks: list[Token], ci: int) -> bool:
    """A bare verb (no و or ف, no participle) right after a comma, which
    opens a statement only with a clause, an object or a quotation of its
    own: else it is the predicate of the clause being reported, whose
    subject the comma closed (قال إن منظمته التي تتخذ من جنيف مقرا لها،
    أبلغت عن وقوع …؛ إن وزير التعليم فلان، تابع القضية)."""
    if toks[ci - 1].text not in ("،", ","):
        return False
    k = toks[ci].key
    return not is_participle(k) and not verb_split(k).clitic


def _run_on(body: str, q: Quote, paragraph_end: int) -> Quote:
    """A reported clause that opens a quotation mark not closed in its
    sentence (ويقول إن «سكة الحديد … . تكلفة بنائها …): the quotation runs
    on over the next sentences, to its closing mark or the paragraph's end."""
    closer = _MARKS.get(q.text[:1])
    if closer is None or closer in q.text[1:]:
        return q
    close = body.find(closer, q.end, paragraph_end)
    end = close + 1 if close != -1 else len(body[:paragraph_end].rstrip())
    if end <= q.end:
        return q
    return Quote(text=body[q.start : end], kind=q.kind, start=q.start, end=end, sentence=q.sentence,
                 speaker=q.speaker, speaker_id=q.speaker_id, cue=q.cue)


def _sentence_subject(body: str, toks: list[Token], ci: int, where: _Mentions,
                      persons_only: bool = False) -> tuple[str, str] | None:
    """The first person named in the sentence before token ci, else the
    first body: in a sentence opened by a verb (VSO), its subject. Not one
    under a preposition (فيما تلقى والد الشهيد اتصالا من الأمير فلان …،
    وأوضح أنه: the caller is no subject; quotes22)."""
    found = [a for ms, me, a in where.between(toks[0].start, toks[ci].start)
             if a.type != "place" and not (_styled_governed(body, toks, ms) and not _RELATIVE_AFTER.match(body, me))]
    best = next((a for a in found if a.type == "person"), None if persons_only or not found else found[0])
    return (best.name, best.id) if best else None


# how far into its sentence the subject of the opening verb may start
# (وكانت قوات …، من جهته ثمن فلان، واستمع المجلس): past a conjunction, an
# opener of two words and the verb
_OPENING_SUBJECT = 4


def _opening_actor(toks: list[Token], ci: int, where: _Mentions) -> tuple[str, str] | None:
    """The actor (no place) named among the first words of the sentence,
    as the subject of its opening verb, before token ci: who a participle
    later in the sentence speaks for. An actor named deeper in the
    sentence is often an object or a place of the story (a corpse found in
    a hospital «معلنة عن وجودها»), not the participle's subject."""
    if not toks or ci <= 0:
        return None
    end = toks[min(ci, _OPENING_SUBJECT + 1) - 1].end  # a mention starting in the first five tokens
    found = [a for s, _, a in where.between(toks[0].start, toks[ci].start) if a.type != "place" and s < end]
    return (found[0].name, found[0].id) if found else None


def _outside_reported(quotes: list[Quote]) -> list[Quote]:
    """A sentence's quotes without the direct ones that close a reported
    clause begun before them (نبهت … إلى أن أي دعوة … يجب أن «يأتي من …»):
    the words in marks are part of that clause, said once."""
    spans = [(q.start, q.end) for q in quotes if q.kind == "reported"]
    return [q for q in quotes if q.kind != "direct"
            or not any(rs < q.start - 2 and q.end <= re + 1 for rs, re in spans)]


def _embedded(toks: list[Token], quote_end: int) -> bool:
    """Whether the sentence runs on after a quotation with a word that is not
    a speech verb: a name in quote marks (منظمة «…» في واشنطن) or a phrase
    quoted inside reported speech (قالت الوكالة إن “…” سيطرت “…” في تعز),
    which is the reported clause's, not a direct quote of its own."""
    i = bisect.bisect_left([t.start for t in toks], quote_end)
    if i >= len(toks):
        return False
    k = toks[i].key
    return k[:1].isalpha() and not speech_lemma(k) and not _attribution_word(k)


def _a_name(body: str, q: tuple[int, int, str], where: _Mentions) -> bool:
    """Whether the words in the marks are one actor's name, all of them
    (التابعة لـ«الجماعة السلفية للدعوة والقتال»، بنهج «أنصار الشريعة في
    تونس»): a name quoted, not speech."""
    start, end = q[0] + 1, q[1] - 1
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return any(ms == start and me == end for ms, me, _ in where.between(start, end))


def _named_body(toks: list[Token], quote_start: int) -> bool:
    """Whether a quotation is the name of the body a head noun opens (حركة
    «ائتلاف النساء من أجل السلام»، شركة «…»): a name, not speech."""
    i = bisect.bisect_left([t.start for t in toks], quote_start) - 1
    if i < 0:
        return False
    k = peel_known(toks[i].key).word
    return k in gz.org_heads() or k.removeprefix("ال") in gz.org_heads() or toks[i].key in _NAMING \
        or k in _NAMING or bare(k) in _NAMING


# a quotation after these is a title or a name, not speech (مقال بعنوان
# «…»، تحت شعار «…»، فعاليات «…»): 18 such direct quotes in 1,000 fresh
# articles, and the tune split's gold leaves an article's title out
_NAMING = {key(w) for w in ("بعنوان", "عنوان", "شعار", "حملة", "مبادرة", "فعاليات", "مهرجان", "فيلم", "مسلسل",
                            "مسمى", "لقب", "مسابقة", "جائزة")}
# head nouns of bodies a subject names alone (المرصد، الجريدة) beside org_heads
_BODY_HEADS = words("speech_body_heads")
_RELATIVE = {"الذي", "التي", "الذين", "اللذين", "اللتين", "ما", "مما", "عما"}
# a verbal noun, not a verb: طلبت عدم ذكر اسمها (a source asking not to be named)
_NEGATED_NOUN = {key("عدم")}
# أكد للسوق استمرار حالة …: the verb's object, not who spoke
_NOT_A_SPEAKER = words("speech_objects")


def _is_cue(toks: list[Token], i: int) -> bool:
    """A speech verb that opens what someone said: not inside a relative
    clause (الذي أعلن عنه), and a present-tense form (تشير، يؤكد) only where
    a clause starts, since mid-clause it is usually said of a thing."""
    k = toks[i].key
    if not speech_lemma(k):
        return False
    if i > 0 and (toks[i - 1].key in _RELATIVE or toks[i - 1].key in _NEGATED_NOUN):
        return False
    split = verb_split(k)
    if split.clitic == "و" and _impersonal(toks, i, split.word):
        # ويذكر أن …: the passive «it is noted», as يذكر أن is (69 times at
        # a sentence's start over the non-held days, a dozen read: all
        # background the writer adds, none said by the one named before)
        return False
    opens = i == 0 or not any(c.isalnum() for c in toks[i - 1].text) or toks[i - 1].key in _CLAUSE_OPENERS
    if i > 0 and toks[i - 1].key in _CUE_NAME_LINKS:
        return False  # أبو طالب، عبد الرؤوف: a name's part
    if _noun_pair(toks, i) or (i > 0 and k == _TALIB and _counts(toks[i - 1])):
        return False  # ألف طالب وطالبة: a noun and its feminine, a counted noun
    if speech_lemma(k) == _NAQALA:
        return _cited(toks, i) is not None or _media_reports(toks, i)
    if speech_lemma(k) == _JAA:
        return _read_in(toks, i) is not None
    if speech_lemma(k) in _BEFORE_SPEECH_ONLY and not _answers(toks, i):
        return False
    if split.word[:1] in ("ي", "ت") and split.clitic in ("", "ف"):
        # فيري in ايتاري فيري: ف + a present tense opens a clause or is
        # a name's letters; after أما it answers the topic (أما فلان فيؤكد أن)
        return (opens or split.clitic == "ف" and speech_lemma(k) != _I3TABARA and _amma_before(toks, i) is not None) \
            and not _impersonal(toks, i)
    if split.word in _ALSO_PREPOSITION:
        # بين is a preposition but where و opens a sentence with it (وبين
        # المتحدث أن …), as the corpus's sentence openers show
        return opens and bool(split.clitic)
    return True


# a number before طالب (لمائة طالب، 100 طالب): over the 27k articles
# ألف، آلاف، مليون and numerals stand before it 100 times of 717, and
# وطالبة، وطالبات follow it 84 times: the student, never «demanded». A
# number before another verb ends a phrase (آيفون 7 ذكرت تقارير أن).
_TALIB = key("طالب")
_QUANTIFYING = {key(w) for w in ("كل", "أي")}


def _counts(t: Token) -> bool:
    """A numeral or a number word, under a clitic or not (100، مائة،
    لمائة، بألف), or كل/أي (لكل طالب): what stands before a counted noun."""
    if t.text.isdigit():
        return True
    s = peel(t.key, lambda s: s.word in _QUANTIFYING or word_value(s.word) is not None)
    return s.word in _QUANTIFYING or word_value(s.word) is not None


def _noun_pair(toks: list[Token], i: int) -> bool:
    """طالب وطالبة: the word and its feminine or plural under و."""
    if i + 1 >= len(toks):
        return False
    k, nxt = verb_split(toks[i].key).word, toks[i + 1].key
    return nxt in (f"و{k}ه", f"و{k}ات")


_NAQALA = key("نقل")
_AN = key("عن")
# قوله إن …: the verbal noun of قال after the source a report cites
_SAYING = {key(w) for w in ("قوله", "قولها", "قولهم", "قولهما")}
# نقل المصابين عن طريق …: by way of, a transfer (the word the corpus puts
# after نقل … عن most, 48 of 27k articles, before مصادر 36)
_NOT_CITED = {key("طريق")}


def _cited(toks: list[Token], i: int) -> int | None:
    """The index of عن after نقل when the verb cites a source (ونقلت
    الصحيفة عن مسؤول قوله إن …, as the corpus writes it in 0.47 of the
    349 uses of ونقلت), else None: نقل alone is mostly a transfer (نقل
    المصابين)."""
    n = len(toks)
    an = next((j for j in range(i + 1, min(n, i + 9)) if toks[j].key == _AN or toks[j].text in ".؟!"), None)
    if an is None or toks[an].key != _AN or an + 1 >= n or toks[an + 1].key in _NOT_CITED \
            or toks[an + 1].key in gz.stop() and not _written_name(toks[an + 1]):
        return None
    for j in range(an + 2, min(n, an + _SUBJECT_SPAN)):
        k = toks[j].key
        if _complementizer(k) or k in _SAYING or toks[j].text in (":", "："):
            return an
        if toks[j].text in ".؟!":
            break
    return None


# the media a report carries (ونقلت وكالة أنباء الأناضول السبت أن …،
# نقلت الصحافة المحلية أن …): over the 27k articles (the blind day aside)
# نقل without عن has such a subject and a complementizer within five words
# 13 times, all statements the medium carried, against 3,000 uses of نقل in
# all, mostly a transfer (نقل المصابين، نقل صورة أن …)
_MEDIA = {key(w) for w in ("صحيفة", "الصحيفة", "صحف", "الصحف", "الصحافة", "وسائل", "قناة", "القناة", "وكالة",
                           "الوكالة", "وكالات", "تقارير", "التقارير", "التلفزيون", "تلفزيون", "الإذاعة", "إذاعة",
                           "مواقع", "موقع", "الموقع", "مجلة", "المجلة", "جريدة", "الجريدة")}
_MEDIA_SPAN = 6


def _media_reports(toks: list[Token], i: int) -> bool:
    """Whether نقل at i has the media for subject and a complementizer
    after it (ونقلت صحف تركية أن …): what the medium reported."""
    if i + 2 >= len(toks) or toks[i + 1].key not in _MEDIA:
        return False
    for j in range(i + 2, min(len(toks), i + _MEDIA_SPAN)):
        k = toks[j].key
        if _complementizer(k):
            return True
        if not k.isalpha() or k in gz.stop() or k == _AN or k in _AN_HIM:
            return False  # ونقل التلفزيون عنه قوله إن …: the medium cites who spoke
    return False


_AN_HIM = {key(w) for w in ("عنه", "عنها", "عنهم", "عنهما")}


_JAA = key("جاء")
_FI = key("في")
# what a statement is read in besides the documents of speech_sources
# (وجاء في محضر الجلسة أن، جاء في نص القرار: …، جاء في الخبر أن)
_READ_IN = {key(w) for w in ("محضر", "نص", "خبر", "صحيفة", "الشهادة")}


def _read_in(toks: list[Token], i: int) -> int | None:
    """The index of في after جاء when a document follows it and then a
    complementizer, a colon or a quotation mark (وجاء في بيان الوزارة أن،
    وجاء في التقرير: «…»), else None: جاء alone is «came» (جاء في المرتبة)."""
    n = len(toks)
    if i + 2 >= n or toks[i + 1].key != _FI:
        return None
    head = bare(lookup(toks[i + 2].key, _SOURCE_HEADS).word)
    if sources().get(head) != "document" and head not in _READ_IN and bare(toks[i + 2].key) not in _READ_IN:
        return None
    for j in range(i + 3, min(n, i + _SUBJECT_SPAN)):
        if _complementizer(toks[j].key) or toks[j].text in (":", "：") or toks[j].text in _MARKS:
            return i + 1
        if toks[j].text in ".؟!":
            break
    return None


_RADDA = key("رد")
# verbs that are speech only before a colon or a quotation mark (ورد آبي:،
# وزاد: «…»، وختم حديثه بالقول: …); elsewhere a deed (رد الهجوم، زاد العدد)
_BEFORE_SPEECH_ONLY = {key(w) for w in ("رد", "زاد", "أكمل", "ختم")}
# how far a reply's colon may stand after رد: its subject and a pronoun
# (فرد عليه الأديب: …، ورد آبي: «…»)
_REPLY_SPAN = 6


def _answers(toks: list[Token], i: int) -> bool:
    """Whether رد introduces what was said: a colon or a quotation mark
    follows it within its subject's few words (ورد آبي: «…»); elsewhere it
    is a reply in deed (رد الهجوم) or ورد, "was mentioned"."""
    for t in toks[i + 1 : i + 1 + _REPLY_SPAN]:
        if t.text in (":", "：") or t.text in _MARKS:
            return True
        if t.text in (".", "؟", "!", "،", ",") or _complementizer(t.key):
            return False
    return False


# Words after which a present tense opens a clause (حيث يقول الخبير إن،
# ولذلك تشير التقارير إلى أن): in the corpus a complementizer follows a
# present speech verb after them in half their uses or more, against a
# quarter after لا، لم، التي
_CLAUSE_OPENERS = {key(w) for w in ("حيث", "بينما", "فيما", "كما", "وكما", "ثم", "لكنه", "ولكنه", "إذ", "لذلك",
                                    "ولذلك", "وهو", "وهي")}
_NAME_LINKS = {key(w) for w in ("أبو", "ابو", "بن", "ابن", "عبد", "أم", "بنت")}
# before a speech verb, أبو's other cases and a family's آل name it too: the
# corpus writes «أبي طالب» 51 times (علي بن أبي طالب, a mosque's name in
# the Interior Ministry's statements: its words went to «طالب») and «آل
# طالب» 5 times, and no speech verb after أبي، أبا or آل
_CUE_NAME_LINKS = _NAME_LINKS | {key(w) for w in ("أبي", "ابي", "أبا", "ابا", "آل")}
# بيّن written بين: the preposition بين too
_ALSO_PREPOSITION = {key("بين")}
# يذكر أن …، ويذكر أن …: "it is mentioned that", no one speaking (the
# corpus opens sentences so with يذكر، يشار، تجدر، الجدير بالذكر).
_IMPERSONAL = {key("يذكر")}


def _impersonal(toks: list[Token], i: int, word: str | None = None) -> bool:
    return (word or toks[i].key) in _IMPERSONAL and i + 1 < len(toks) and (
        _complementizer(toks[i + 1].key) or toks[i + 1].key in _ILA)


@lru_cache(maxsize=20_000)
def _complementizer(k: str) -> bool:
    return k in _COMPLEMENTIZERS or peel(
        k, lambda s: s.clitic in _COMPLEMENTIZER_CLITICS and s.word in _COMPLEMENTIZERS
    ).word in _COMPLEMENTIZERS


@lru_cache(maxsize=20_000)
def _attribution_word(k: str) -> str | None:
    """حسب، وفقا، وفق under any clitic (بحسب، ووفقاً), or None."""
    w = lookup(k, _ATTRIBUTION).word
    return w if w in _ATTRIBUTION else None


def _in_any(offset: int, regions: list[tuple[int, int, str]]) -> bool:
    """Whether offset lies in one of the regions (in order, apart)."""
    i = bisect.bisect_right(regions, (offset, math.inf)) - 1
    return i >= 0 and regions[i][0] <= offset < regions[i][1]


def _nearest_cue(cues: list[int], starts: list[int], quote_start: int) -> int | None:
    """The last cue before a quote, else the first after it."""
    i = bisect.bisect_left(starts, quote_start)
    if i:
        return cues[i - 1]
    after = i + 1 if i < len(starts) and starts[i] == quote_start else i
    return cues[after] if after < len(cues) else None


class _Mentions:
    """The actors' mentions in order of where they start, with what the
    speaker rules ask of them found by bisection or a lookup, never by a
    scan of the whole article: a long article has many mentions and many
    speech verbs."""

    def __init__(self, actors: list[Actor]) -> None:
        self.items = sorted(((m.start, m.end, a) for a in actors for m in a.mentions), key=lambda x: x[0])
        self.starts = [s for s, _, _ in self.items]
        # the person named last before each position of items
        self.last_person: list[Actor | None] = [None]
        for _, _, a in self.items:
            self.last_person.append(a if a.type == "person" else self.last_person[-1])
        self._suffixes: dict[str, Actor] | None = None
        self._by_id: dict[str, Actor] | None = None
        # a document's head → the document as first named with its issuer
        # (التقرير الذي أصدرته مؤسسة النقد), for the same head named alone
        # later (وبين التقرير أن): the speakers are filled in text order
        self.documents: dict[str, str] = {}

    def between(self, start: int, end: int) -> list[tuple[int, int, Actor]]:
        """The mentions that start and end within [start, end), in order."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end, lo)
        return [x for x in self.items[lo:hi] if x[1] <= end]

    def inside(self, offset: int) -> bool:
        """Whether offset lies inside a mention that starts before it."""
        lo = bisect.bisect_left(self.starts, offset)
        return any(s < offset < e for s, e, _ in self.items[max(0, lo - 3) : lo])

    def recent_person(self, offset: int) -> tuple[str | None, str | None]:
        """The person named last before `offset`: who a verb with no subject
        most likely refers to when no one has spoken yet."""
        best = self.last_person[bisect.bisect_left(self.starts, offset)]
        return (best.name, best.id) if best else (None, None)

    def by_title(self, subject: str, offset: int) -> Actor | None:
        """The person named last before `offset` who carries the office a
        subject names (أكد رئيس الهيئة العامة للطيران المدني أن … after
        the article named him so once): the subject's key equals one of
        his titles', or one begins the other."""
        lo = bisect.bisect_left(self.starts, offset)
        seen: set[int] = set()
        for _, _, a in reversed(self.items[:lo]):
            if a.type != "person" or id(a) in seen:
                continue
            seen.add(id(a))
            for t in a.titles:
                kt = key_text(t)
                if kt == subject or (" " in subject and (kt.startswith(subject + " ") or subject.startswith(kt + " "))):
                    return a
                sw, tw = _office_words(subject), _office_words(kt)
                if " " in subject and " " in kt and (sw <= tw or tw <= sw) \
                        and _office_words(subject.split()[0]) == _office_words(kt.split()[0]):
                    # المدير العام لشركة تشغيل المطارات for «المدير العام
                    # لشركة انجكاسا بورا … لتشغيل المطارات»: the same head
                    # and every word of the subject in the office
                    return a
        return None

    def holds(self, actor_id: str, head: str) -> bool:
        """Whether the actor of that id holds an office with that head
        (محافظ in «محافظ السويس»)."""
        if self._by_id is None:
            self._by_id = {a.id: a for _, _, a in self.items if a.id}
        a = self._by_id.get(actor_id)
        return bool(a) and any(bare(w) == head for t in a.titles for w in key_text(t).split()[:1])

    def by_rank(self, heads: frozenset[str], offset: int) -> Actor | None:
        """The person named last before `offset` one of whose offices opens
        with one of `heads` (سموه: the prince named before, not the minister
        who spoke between)."""
        lo = bisect.bisect_left(self.starts, offset)
        for _, _, a in reversed(self.items[:lo]):
            if a.type == "person" and any(key_text(t).split()[:1] and key_text(t).split()[0] in heads
                                          for t in a.titles):
                return a
        return None

    def by_head(self, body: str, k: str, offset: int) -> Actor | None:
        """The body named last before `offset` with the head noun a subject
        names alone, in its name or in the three words before its mention
        (الوكالة for وكالة أنباء «الأناضول»، الصحيفة for صحيفة “ذي ميل أون
        صنداي”): ANNOTATION.md resolves such a short form to the actor."""
        head = bare(k)
        if head not in gz.org_heads() and head not in _BODY_HEADS:
            return None  # الرئيس، الوفد: a person or a group, not a body named so
        lo = bisect.bisect_left(self.starts, offset)
        for start, _, a in reversed(self.items[:lo]):
            if a.type != "organization":
                continue
            before = key_text(body[max(0, start - 40) : start]).split()[-3:]
            if head in before or key_text(a.name).split()[:1] in ([head], [k]):
                return a
        return None

    def apposed(self, body: str, start: int, end: int) -> Actor | None:
        """The person the article named right beside an earlier use of the
        subject's words (body[start:end], a definite noun and its
        adjectives): after the name and a comma (فلان، المحلل الاقتصادي)
        or before it, an office chain of a few words (المحلل الاقتصادي
        الدكتور فلان); the nearest of the last few uses beside a person
        decides, so a word beside two people names the last."""
        subject = body[start:end]
        pos = start
        for _ in range(_APPOSED_TRIES):
            pos = body.rfind(subject, 0, pos)
            if pos == -1:
                return None
            after = pos + len(subject)
            if (pos and body[pos - 1].isalpha()) or (after < len(body) and body[after].isalpha()):
                continue  # inside another word (المحللين)
            lo = bisect.bisect_left(self.starts, pos - _APPOSED_GAP * 12)
            for ms, me, a in self.items[lo:]:
                if ms > after + _APPOSED_GAP * 12:
                    break
                if a.type != "person":
                    continue
                if me <= pos and not body[me:pos].strip(" ،,-–"):
                    return a  # فلان، المحلل
                if ms >= after:
                    if _chain_to_name(body, pos, body[after:ms]):
                        return a  # المحلل المالي الدكتور فلان
                    break
        return None

    def by_suffix(self, k: str) -> Actor | None:
        """The first actor mentioned (not a place) one of whose names, keyed,
        ends with `k`: a short form (الخلية) of a named actor."""
        if self._suffixes is None:
            self._suffixes = {}
            seen: set[int] = set()
            for _, _, a in self.items:
                if a.type == "place" or id(a) in seen:
                    continue
                seen.add(id(a))
                for x in (a.name, *a.aliases):
                    kx = key(x)
                    for i in range(len(kx) + 1):
                        self._suffixes.setdefault(kx[i:], a)
        return self._suffixes.get(k)


def _chain_to_name(body: str, pos: int, gap: str) -> bool:
    """Whether the words at pos open an office chain that runs through
    `gap` to a name: a few definite words or title heads between (المحلل
    المالي الدكتور فلان), none a relative or a verb (الاتحاد صفوفه بضم
    فلان، الشركات التي تشجعها حكومة فلان: an object, no apposition), and
    the chain not the complement of a word before it (المتحدث باسم البيت
    الأبيض فلان, where «البيت الأبيض» is no office of his)."""
    gap_words = [key(w) for w in gap.split()]
    if len(gap_words) > _APPOSED_GAP or any(c in gap for c in ".،,:؛;!؟?«»\"“”()"):
        return False
    if not all(w.startswith("ال") and w not in _RELATIVE or lookup(w, title_heads()).word in title_heads()
               or w in _ABBREVIATED_TITLES for w in gap_words):
        return False
    before = key_text(body[max(0, pos - 30) : pos]).split()[-1:]
    return not before or before[0] in gz.stop() or bool(speech_lemma(before[0])) \
        or not before[0].isalpha()


# how many earlier uses of a subject's words apposed looks at, and how many
# words may stand between them and a name after them
_APPOSED_TRIES = 3
_APPOSED_GAP = 5


@lru_cache(maxsize=4_096)
def _office_words(kt: str) -> frozenset[str]:
    """An office's words without the article, a clitic (لشركة) and the
    prepositions: what two ways of naming one office share."""
    out = set()
    for w in kt.split():
        w = bare(peel_known(w).word)
        if w not in gz.stop():
            out.add(w)
    return frozenset(out)


def _actor_in(start: int, end: int, where: _Mentions, recipients: list[tuple[int, int]] = ()) -> Actor | None:
    best = None
    for ms, _, a in where.between(start, end):
        if any(rs <= ms < re for rs, re in recipients):
            continue
        if a.type != "place":
            if best is None or (a.type == "person" and best.type != "person"):
                best = a
            if best.type == "person":
                break
    return best


# How far after a verb its clause may start: a subject with a recipient and
# a chain of offices (وأوضح لـ«عكاظ» مدير إدارة … المتحدث الرسمي … فلان قائلا:)
# runs to twenty tokens.
_SUBJECT_SPAN = 24


def _clause_start(toks: list[Token], ci: int, lemma: str, where: _Mentions) -> tuple[int, int] | None:
    """(end of subject, start of clause) after the cue at ci."""
    for j in range(ci + 1, min(len(toks), ci + _SUBJECT_SPAN)):
        k = toks[j].key
        if _complementizer(k) and toks[j - 1].key in _BUT and not any(t.key in _NEGATION for t in toks[max(ci, j - 4):j - 1]):
            # أعلن نيته المقاطعة، إلا أن حكما …: «but», a clause of the
            # writer's; not after a negation (لا يسعني إلا أن أشكر: «only»)
            break
        if _complementizer(k) and not where.inside(toks[j].start) and not _god_willing(toks, j):
            # وقال موقع سي إن إن الإخباري إن …: the first إن is the name's
            return j, j + 1
        if k in _ILA and j + 1 < len(toks):
            if _complementizer(toks[j + 1].key):
                return j, j + 2
            if lemma in ila_lemmas():
                return j, j + 1
        if toks[j].text in (":", "："):
            if j + 1 < len(toks) and _complementizer(toks[j + 1].key):
                return j, j + 2
            return j, j + 1
        if toks[j].text == "." and toks[j - 1].key in _ABBREVIATED_TITLES:
            continue  # وقال د. فلان إن …: an abbreviation's point
        if toks[j].text in (".", "؟", "!") or _opens_own_statement(toks[j].key):
            break  # وأكد على أهمية المخيم، وقال إن …: إن is the next verb's
    if lemma in _NOUN_OBJECT_LEMMAS:
        return _content_noun(toks, ci) or _noun_object(toks, ci)
    if lemma in _STANCE_LEMMAS:
        return _content_noun(toks, ci)
    if lemma == _KASHAFA:
        # كشفت الوزارة أمس عن ضبط شبكة …: what was revealed follows عن
        for j in range(ci + 1, min(len(toks) - 1, ci + 10)):
            if toks[j].key == "عن":
                return j, j + 1
            if not toks[j].key.isalpha() or _opens_own_statement(toks[j].key):
                break
    return None


# إلا أن، غير أن (but, however): the أن after them opens no reported clause
_BUT = {key(w) for w in ("إلا", "الا", "غير")}
_NEGATION = {key(w) for w in ("لا", "لم", "ما", "ليس", "لن", "فلا", "ولا", "ولم")}
_KASHAFA = key("كشف")
_SHAA = key("شاء")
_IN = {key(w) for w in ("إن", "وإن", "فإن")}


def _god_willing(toks: list[Token], j: int) -> bool:
    """إن شاء الله, «God willing»: a conditional, no clause of what was
    said (قال فيها “… فيها خير إن شاء الله لبلداننا …”: the words after it
    went to another speaker as a reported statement)."""
    return toks[j].key in _IN and j + 1 < len(toks) and toks[j + 1].key == _SHAA


def _opens_own_statement(k: str) -> bool:
    """A participle or a speech verb under و/ف (مشيرا، وقال): a cue of its
    own, whose أن a verb before it does not reach past."""
    if not speech_lemma(k):
        return False
    split = verb_split(k)
    # ف + a present tense mid-clause is a name's letters (فيري), as _is_cue reads it
    return is_participle(k) or split.clitic == "و" or (split.clitic == "ف" and split.word[:1] not in ("ي", "ت"))


# Verbs whose content can be a verbal noun: أكد الجانب العراقي التزام الحكومة …
_NOUN_OBJECT_LEMMAS = {key(w) for w in ("أكد", "نفى", "جدد", "شدد")}
# the verbal nouns the corpus writes most after them (أهمية، ضرورة)
_CONTENT_NOUNS = words("speech_contents")
# a verbal noun after these is inside a phrase of the subject's (خلال حديثه عن أهمية …)
_NOT_BEFORE_CONTENT = {key(w) for w in ("في", "عن", "من", "مع", "حول", "إلى", "خلال", "بين", "و")}


def _content_word(k: str, suffixed_only: bool = False) -> bool:
    """A mined verbal noun, bare (أهمية) or with a pronoun that names who
    holds the stance (رفضه، استعدادها، التزامهم); after أعلن only the
    latter (أعلن رفضه، أعلنت الشركة استعدادها): أعلن الأسماء is no stance."""
    if not suffixed_only:
        found = lookup(k, _CONTENT_NOUNS)
        if found.word in _CONTENT_NOUNS and not found.clitic:
            return True
    for p in _STANCE_PRONOUNS:
        if k.endswith(p):
            stem = k[: -len(p)]
            # جاهزيته: the ta marbuta of جاهزية is written open before it
            if stem in _CONTENT_NOUNS or (stem.endswith("ت") and stem[:-1] + "ه" in _CONTENT_NOUNS):
                return True
    return False


_STANCE_PRONOUNS = ("هما", "هم", "ها", "ه")
# أعلن takes a stance as its content only with the holder's pronoun
_STANCE_LEMMAS = {key("أعلن")}


def _content_noun(toks: list[Token], ci: int) -> tuple[int, int] | None:
    """(end of subject, start of content) when a mined verbal noun opens
    the content, after the subject or right after the verb, alone or after
    على (وأكد على أهمية المخيم في …، وكان … قد أكد ضرورة التنسيق)."""
    n = len(toks)
    lemma = speech_lemma(toks[ci].key)
    for j in range(ci + 1, min(n - 1, ci + _SUBJECT_SPAN)):
        t = toks[j]
        if t.text in (".", "؟", "!", ":") or speech_lemma(t.key):
            return None
        if not _content_word(t.key, suffixed_only=lemma not in _NOUN_OBJECT_LEMMAS):
            continue
        before = toks[j - 1].key
        if j > ci + 1 and before in _NOT_BEFORE_CONTENT:
            return None
        return (j - 1 if j > ci + 1 and before == "علي" else j), j
    return None
_PREPS = {key(w) for w in ("في", "خلال", "عبر", "امام", "لدى")}


def _noun_object(toks: list[Token], ci: int) -> tuple[int, int] | None:
    """(end of subject, start of content) when the verb takes a noun in
    construct as its content: subject (a noun and its adjectives), perhaps a
    place or time phrase, then a bare noun followed by a definite one.
    أكدوا على … is an emphasis, not a statement, and is left out."""
    n = len(toks)
    j = ci + 1
    if j >= n or not toks[j].key.startswith("ال"):
        return None
    j += 1
    while j < n and toks[j].key.startswith("ال"):
        j += 1
    subj_end = j
    if j < n and toks[j].key in _PREPS and j + 1 < n and toks[j + 1].key.startswith("ال"):
        j += 2
    if j + 1 < n and not _definite(toks[j].key) and toks[j].key not in _NOT_SUBJECT and toks[j].key.isalpha() \
            and toks[j].key not in person_words() \
            and toks[j + 1].key.startswith("ال") and toks[j].key not in ("على", "عن", "الى", "من"):
        return subj_end, j
    return None


def _definite(k: str) -> bool:
    """Whether a word carries the article: التزام does not (its ال is part
    of the word), which the corpus word list tells."""
    return k.startswith("ال") and vocabulary().get(k[2:], 0) > 0


def _subject(body: str, toks: list[Token], ci: int, where, last_speaker) -> tuple[str | None, str | None]:
    if is_participle(toks[ci].key):
        return last_speaker  # مشيرا، مضيفة: the subject of the verb before it
    lemma = speech_lemma(toks[ci].key) or ""
    cs = _clause_start(toks, ci, lemma, where)
    # وأوضح مدير الإدارة فلان قائلا: …: the subject runs to the participle
    end = cs[0] if cs else next((j for j in range(ci + 1, min(len(toks), ci + _SUBJECT_SPAN))
                                 if _opens_own_statement(toks[j].key)), min(len(toks), ci + 6))
    if not cs:
        end = max(end, _office_holder_end(toks, ci, where))
    return _verb_speaker(body, toks, ci, lemma, end, where, last_speaker)


def _office_holder_end(toks: list[Token], ci: int, where: _Mentions) -> int:
    """Past the person an office after the verb names, when no clause start
    bounds the subject (وأوضح وكيل الوزارة لشؤون المساجد والدعوة والإرشاد
    الدكتور فلان بناءً على …: «…»): the end of that person's mention, if it
    starts before the subject's first mark; else 0. Six words cut the office
    short of its holder, who then went unread."""
    if ci + 1 >= len(toks) or lookup(toks[ci + 1].key, title_heads()).word not in title_heads():
        return 0
    # not past a mark, a participle or a preposition of what follows (وقال
    # الوزير الإسرائيلي مشيرا إلى كيري «…»: Kerry is who he points at)
    stop = next((j for j in range(ci + 1, min(len(toks), ci + _SUBJECT_SPAN))
                 if not toks[j].key.isalnum() or _opens_own_statement(toks[j].key) or toks[j].key in _ILA
                 or toks[j].key in _CONTENT_PREPS and not _written_name(toks[j])), min(len(toks), ci + _SUBJECT_SPAN))
    person = next(((ms, me) for ms, me, x in where.between(toks[ci + 1].start, toks[stop - 1].end)
                   if x.type == "person"), None)
    if person is None:
        return 0
    return next((j + 1 for j in range(ci + 1, stop) if toks[j].end >= person[1]), 0)


def _verb_speaker(body, toks, ci: int, lemma: str, end: int, where, last_speaker) -> tuple[str | None, str | None]:
    """Who a speech verb has speak: its subject up to `end`, else the one
    before it or the last speaker."""
    start = _subject_start(toks, ci, lemma)
    topic = _amma_topic(body, toks, ci, where)
    if topic and topic[1] and not _feminine_cue(toks[ci].key) \
            and any(x.id == topic[1] and x.type == "person" for _, _, x in where.items):
        # اما المختص الدكتور فلان فطالب وزارة الصحة بـ…: after a person as
        # the topic the noun after the ف-verb is its object (a feminine
        # verb may have its own subject: أما فلان فقد ذكرت الصحيفة)
        return topic
    before = topic or _before_verb(body, toks, ci, where) or last_speaker
    a = _skip_not_subject(toks, start, end)
    if a < end and toks[a].key in _NOT_SUBJECT_WORDS and not (a + 1 < end and toks[a + 1].key in _QUANTITY_MA):
        return before  # أكد ما ورد في …، وتساءل إذا كانت …: no subject after the verb
    return _speaker(body, toks, start, end, where, before)


def _subject_start(toks: list[Token], ci: int, lemma: str) -> int:
    """Where the one who spoke is named after the verb: right after it, or
    after عن where a report cites its source (ونقلت الصحيفة عن فلان: فلان
    spoke, the paper carried it)."""
    if lemma == _NAQALA:
        an = _cited(toks, ci)
        if an is not None:
            return an + 1
    if lemma == _JAA:
        fi = _read_in(toks, ci)
        if fi is not None:
            return fi + 1  # وجاء في البيان أن …: the document speaks
    return ci + 1


def _before_verb(body: str, toks: list[Token], ci: int, where: _Mentions) -> tuple[str | None, str | None] | None:
    """Who speaks when no subject follows the verb: a plural subject right
    before a plural verb (ولكن مسؤولين سودانيين قالوا إن …), else an actor
    named just before it (_fronted)."""
    start = _plural_subject(toks, ci)
    if start is not None:
        found = _speaker(body, toks, start, ci, where, (None, None))
        if found[0]:
            return found
    return _fronted(body, toks, ci, where)


_AMMA = {key(w) for w in ("أما", "وأما")}
# أما الأسر الفقيرة فتعتبر …: a present of اعتبر after a topic is mostly
# "is considered", said of the topic, not by it
_I3TABARA = speech_lemma(key("اعتبر"))
_FA_QAD = key("فقد")
# what a topic after أما opens with when it is a matter, not who speaks
# (أما عن الشعر، أما بالنسبة لـ…، أما في جبهة الزبداني، أما فيما يتعلق بـ…):
# then the verb's subject comes after it or is who spoke before
_TOPIC_MATTERS = {key(w) for w in (
    "عن", "في", "فيما", "على", "بالنسبة", "بشأن", "بخصوص", "من", "إلى", "الى", "بعد", "قبل", "لماذا", "حول",
    "مع", "ما", "عندما", "حين", "إذا", "اذا", "لو", "خلال", "بين", "لدى", "عند")}
_TOPIC_SPAN = 16
_KIN = {key(w) for w in ("عم", "خال", "ابن", "بنت", "والد", "والدة", "شقيق", "شقيقة", "زوج", "زوجة", "أخو", "أخي", "جد", "حفيد")}
_OPENING_MARKS = {"«", '"', "“", "(", "'"}


def _amma_topic(body: str, toks: list[Token], ci: int, where: _Mentions) -> tuple[str, str | None] | None:
    """The topic of «أما X، ف+verb» as the verb's subject: أما opens a topic
    and the verb under its ف (فقال، فأكد، فقد أوضح) has it speak, not the
    name nearest the verb (أما وزير الصحة، فأكد أن …؛ أما المحلل السياسي
    فلان، فأوضح). Over the corpus's non-held days 209 such frames
    (`bench/ama_frames.py`); a topic that is a matter (أما عن …، أما
    بالنسبة لـ…), a place or a noun that cannot speak (أما المحور الخدمي)
    names no one here. X ends at its first clause mark (an apposition or a
    relative after it: أما فلان، الذي …، فأعرب)."""
    v = ci - 1 if ci >= 1 and toks[ci - 1].key == _FA_QAD else ci
    amma = _amma_before(toks, v)
    if amma is None or v == ci and not (toks[ci].key[:1] == "ف" and speech_lemma(toks[ci].key[1:])):
        return None
    a = amma + 1
    while a < v and toks[a].text in _OPENING_MARKS:
        a += 1
    if a >= v or toks[a].key in _TOPIC_MATTERS or peel_known(toks[a].key).clitic[-1:] in ("ب", "ل", "ك"):
        return None
    b = next((j for j in range(a + 1, v) if toks[j].text in _CLAUSE_MARKS or toks[j].text == "-"), v)
    persons = [(ms, me, x) for ms, me, x in where.between(toks[a].start, toks[b - 1].end) if x.type == "person"]
    if persons:
        # أما شيخ شمل قبائل ربيعة … الشيخ فلان فقال: the name that ends the
        # topic, after its titles (ربيعة was read a person), unless a
        # relation stands before it (أما العم فلان عم فلان: the first)
        ms, me, x = persons[-1]
        j = next(j for j in range(a, b) if toks[j].end > ms)
        if me < toks[b - 1].end or j > a and toks[j - 1].key in _KIN:
            x = persons[0][2]
        return x.name, x.id
    if b - a >= 2 and _name_piece(toks, b - 2, True) and _name_piece(toks, b - 1, False) \
            and not where.inside(toks[b - 2].start) and not where.between(toks[b - 2].start, toks[b - 1].end):
        # أما أمين العلي فقد أكد، أما التشكيلية سحر الكثيري فترى، أما
        # المدير التنفيذي لبايرليفركوزن ميكايل شاده فقال: a name the
        # tagger missed at the end of the topic
        return body[toks[b - 2].start : toks[b - 1].end], None
    found = _speaker(body, toks, a, b, where, (None, None))
    if not found[1] and b < v:
        # أما الرئيس الفلسطيني، محمود عباس، فقال: an office, then the name
        # set off by commas
        named = _actor_in(toks[a].start, toks[v - 1].end, where)
        if named is not None and named.type == "person":
            return named.name, named.id
    if not found[0]:
        return None
    if found[1]:
        # an actor of the topic: not a place (أما اليونان فزادت، أما البحرين، فيذكر فلان)
        actor = next((x for _, _, x in where.between(toks[a].start, toks[b - 1].end) if x.id == found[1]), None)
        return None if actor is not None and actor.type == "place" else found
    return found if _topic_speaks(toks, a, b) else None


def _amma_before(toks: list[Token], v: int) -> int | None:
    """The أما whose answer opens at token v (the ف-word: فقال، فقد), if
    one stands before it in its sentence with no mark, speech verb or
    complementizer between."""
    for j in range(v - 1, max(-1, v - 1 - _TOPIC_SPAN), -1):
        k = toks[j].key
        if k in _AMMA:
            return j
        # (not ؛: أما فلان؛ الشريك المؤسس، فقال)
        if toks[j].text in (".", "!", "؟", ":") or speech_lemma(k) or _complementizer(k):
            return None
    return None


def _topic_speaks(toks: list[Token], a: int, b: int) -> bool:
    """Whether a topic no actor names is one who may speak: a name the
    tagger missed (أما جبر الشوفي), an office, a body's head, a source, a
    noun of persons, a sound plural of persons (أما المؤيدون) or a word
    with a nisba (مواطن مصري); not any definite noun, as `_may_speak`
    allows after a cue (أما المعنى الثاني، أما أبرز ملامح …: a matter)."""
    k = toks[a].key
    if a + 1 < b and k in _HONORIFIC_WORDS:
        k = toks[a + 1].key
    head = bare(peel_known(k).word)
    return (_name_piece(toks, a, True) or k in person_words() or _source_kind(k) is not None
            or lookup(k, title_heads()).word in title_heads() or k in gz.org_heads() or head in gz.org_heads()
            or head in _BODY_HEADS or head in _SPEAKING_HEADS or bare(k) in _PERSON_NOUNS
            or k.endswith(("ون", "ين")) or any(t.key in gz.nisbas() for t in toks[a + 1 : min(b, a + 5)]))


def _subject_head(k: str) -> bool:
    """A word that can open a subject no actor names: an office, a body's
    head, a source (مسؤول، مصدر) or a definite noun."""
    if k in gz.stop() or k in _CLAUSE_OPENERS or speech_lemma(k):
        return False
    return (_definite(k) or _source_kind(k) is not None or lookup(k, title_heads()).word in title_heads()
            or k in gz.org_heads() or bare(k) in gz.org_heads())


def _was(toks: list[Token], ci: int, qad: bool) -> int | None:
    """The كان (or, before قد, the أن) that opens the clause whose subject
    stands before the verb at ci, with no clause mark between; كان without
    و opens a clause only after a mark (مهرجان كان السينمائي is Cannes)."""
    for j in range(ci - 1 - qad, max(-1, ci - _SUBJECT_SPAN), -1):
        k = toks[j].key
        if (k in _KANA and (k[:1] == "و" or j == 0 or not toks[j - 1].key.isalpha()
                            or toks[j - 1].key in _SUBJECT_OPENERS)) or (qad and _complementizer(k)):
            return j
        # وكان مصدر مسؤول في شركة المترو، قد أكد: before قد a comma closes
        # the subject, not the clause
        if (toks[j].text in _CLAUSE_MARKS and not (qad and toks[j].text in ("،", ","))) or speech_lemma(k) \
                or not qad and j < ci - 1 - _FRONTED_SPAN:
            return None
    return None


def _fronted(body: str, toks: list[Token], ci: int, where: _Mentions) -> tuple[str, str] | None:
    """An actor named just before the verb (وكان الجيش النيجيري أعلن)."""
    if ci == 0:
        return None
    qad = toks[ci - 1].key == _QAD
    was = _was(toks, ci, qad)
    if was is not None:
        # وكان الشيخ فلان نائب رئيس مجلس الوزراء قد أكد …: the subject of
        # كان, first after it, a person before a body
        found = [a for _, _, a in where.between(toks[was].end, toks[ci - qad].start) if a.type != "place"]
        best = next((a for a in found if a.type == "person"), found[0] if found else None)
        if best:
            return best.name, best.id
        if was + 1 < ci - qad and (_subject_head(toks[was + 1].key) or _name_piece(toks, was + 1, True)
                                   or was + 2 < ci - qad and _definite(toks[was + 2].key)):
            # وكانت رابطة الأندية أعلنت، وكان مسؤول قضائي قال، يذكر أن
            # رئيس الوزراء الكوري قد أعلن: a subject no actor names
            named = _speaker(body, toks, was + 1, ci - qad, where, (None, None))
            if named[0]:
                return named
    actor = None
    # أصدرت قيادة القوات المشتركة، اليوم، بيانا أوضحت فيه أن …: the issuer
    # of the document the verb is in may stand further back
    back = ci if ci + 1 < len(toks) and toks[ci + 1].key in _IN_IT else 5
    lo = max(0, ci - back)
    if back == 5:
        # تتهم تركيا بدعم تنظيم داعش، لكنه رأى أن …: not past the opener
        # of the verb's own clause
        lo = next((j + 1 for j in range(ci - 1, lo - 1, -1) if toks[j].key in _SUBJECT_OPENERS
                   and toks[j].key != _QAD), lo)
        if _conjoined(toks[ci].key):
            # …استراتيجية سابك 2025، وقال: «…»: a verb under و opens
            # its own clause, and a name before a mark ending the last one
            # is not its subject (bench/README, "NER, fourteenth round")
            lo = next((j + 1 for j in range(ci - 1, lo - 1, -1) if toks[j].text in _CLAUSE_MARKS), lo)
    for ms, _, a in where.between(toks[lo].start, toks[ci].start):
        if a.type != "place" and not _governed(body, ms):
            actor = a
    if actor is None and ci >= 2 and _name_piece(toks, ci - 2, True) and _name_piece(toks, ci - 1, False):
        # غير أن كبير المفاوضين الفلسطينيين صائب عريقات أكد …: a name the
        # tagger missed right before the verb, after an office or a nisba
        lead = toks[ci - 3] if ci >= 3 else None
        office = any(lookup(t.key, title_heads()).word in title_heads() for t in toks[max(0, ci - 7) : ci - 2])
        if lead is not None and (lead.key in gz.nisbas() or office):
            return f"{toks[ci - 2].text} {toks[ci - 1].text}", None
    return (actor.name, actor.id) if actor else None


# a preposition's clitic before a name (لكارلو، بالوزير، وللجنة) and the
# prepositions written apart that most often stand before one
_GOVERNING_CLITICS = {"ل", "ب", "ك", "لل", "ول", "وب", "فل", "فب", "ولل"}
# (not مع: «أجرى مراسل التلفزيون مقابلة مع أبي مالك الشامي … قال»)
_GOVERNING = {key(w) for w in ("في", "من", "عن", "إلى", "لدى", "حول", "ضد", "خلفا", "خلفاً")}


def _governed(body: str, start: int) -> bool:
    """Whether the mention at `start` is under a preposition (خلفا لكارلو
    انشيلوتي، أكد: the predecessor, not who spoke): a noun under one is no
    subject of the verb after it."""
    ws = max(body.rfind(" ", 0, start), body.rfind("\n", 0, start)) + 1
    prefix = body[ws:start]
    if prefix:
        return prefix.rstrip("ـ") in _GOVERNING_CLITICS
    prev = body[max(0, ws - 20) : ws].split()
    # إليّ، عليّ (to me, on me): the shadda is a pronoun's, whose noun is no
    # name after it (إذ رجع إليّ عبدالرحمن فقال)
    return bool(prev) and key(prev[-1]) in _GOVERNING and "\u0651" not in prev[-1]


# the words of a style or an office before a name (من صاحب السمو الملكي
# الأمير فلان، إلى الدكتور فلان): a preposition before them governs the name
_STYLE_WORDS = {key(w) for w in ("صاحب", "السمو", "سمو", "الملكي", "الدكتور", "الشيخ", "المهندس", "الأستاذ")}


# a relative pronoun after a name makes it the subject of what follows
# (خلفا لبلاتر، الذي قدم استقالته …، ودعا إلى …: Blatter called)
_RELATIVE_AFTER = re.compile(r"\s*[،,]?\s*(?:الذي|التي|الذين)\b")
# the narrator under عن (عن ابن عباس، قال: …) and the topic after بالنسبة
# (أما بالنسبة إلى فلانة …، وقالت) are who speaks, not an object
_SPEAKING_PREPS = {key("عن")}
_TOPIC = {key(w) for w in ("بالنسبة", "وبالنسبة")}


def _styled_governed(body: str, toks: list[Token], start: int) -> bool:
    """Whether the mention at `start` is under a preposition, before it or
    before the style and office words that precede it (تلقى … اتصالا من
    صاحب السمو الملكي الأمير متعب: the caller is no subject); not under عن
    or after بالنسبة (_SPEAKING_PREPS, _TOPIC)."""
    i = bisect.bisect_left([t.start for t in toks], start)
    j = i
    while j > 0 and i - j < 6 and (toks[j - 1].key in _STYLE_WORDS or toks[j - 1].key in _HONORIFIC_WORDS
                                   or lookup(toks[j - 1].key, title_heads()).word in title_heads()):
        j -= 1
    # the word before the phrase: a preposition written apart, and the one before it
    if j > 0 and (toks[j - 1].key in _SPEAKING_PREPS or j > 1 and toks[j - 2].key in _TOPIC):
        return False
    if j > 0 and peel_known(toks[j - 1].key).word in _TOPIC:
        return False
    return _governed(body, start) or (j < i and _governed(body, toks[j].start))


def _conjoined(k: str) -> bool:
    """A speech verb written with و before it (وقال، وأكد). Not ف: after
    أما the topic before the comma is the subject (أما الناقد فلان،
    فيقول)."""
    return k[:1] == "و" and bool(speech_lemma(k[1:]))


_IN_IT = {key(w) for w in ("فيه", "فيها")}
_QAD = key("قد")
_KANA = {key(w) for w in ("كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا")}
# ذكرت بعض مواقع الأخبار، تشير العديد من التقارير: who spoke is the noun
# after the quantifier
_QUANTIFIERS = {key(w) for w in ("بعض", "معظم", "أغلب", "جميع", "كل", "عدد", "العديد", "الكثير", "كثير", "مختلف")}

# Words that end a subject standing before its verb, looking back from the
# verb: a conjunction or adverb opening the clause (لكن محللين قالوا،
# وكان مسؤولو الجهاز ذكروا)
_SUBJECT_OPENERS = _CLAUSE_OPENERS | _KANA | _COMPLEMENTIZERS | {_QAD} | {
    key(w) for w in ("لكن", "ولكن", "غير", "إلا", "بل", "وقد", "فقد", "لقد")}
# How far back a fronted subject may start: a plural noun, its adjectives
# and a construct (مسؤولو جهاز الإطفاء في كاليفورنيا ذكروا)
_FRONTED_SPAN = 6
_PLURAL_ENDINGS = ("ون", "ين", "و", "ات")
_CLAUSE_MARKS = {"،", ",", ".", ":", "؛", ";", "!", "؟"}


def _plural_subject(toks: list[Token], ci: int) -> int | None:
    """The first token of a plural noun phrase a plural verb without a
    clitic follows in its clause (محللين قالوا، الباحثين أوضحوا), or None:
    a verb under و (وقالوا) goes on from an earlier clause."""
    split = verb_split(toks[ci].key)
    if split.clitic or not split.word.endswith(("وا", "ون")) or is_participle(toks[ci].key):
        return None
    start = None
    for j in range(ci - 1, max(-1, ci - _FRONTED_SPAN - 1), -1):
        k = toks[j].key
        if not k.isalpha() and toks[j].text not in _CLAUSE_MARKS:
            return None  # صحيفة «المصري اليوم» الخاصة قالت: inside a name, not its start
        if not k.isalpha() or k in _SUBJECT_OPENERS or speech_lemma(k) or _complementizer(k):
            start = j + 1
            break
    else:
        start = 0 if ci <= _FRONTED_SPAN else None
    if start is None or start >= ci:
        return None
    head = toks[start].key
    if head in gz.stop() or head in gz.date_words() or bare(head) in gz.date_words() or head.endswith("وا") \
            or (head[:1] in ("ي", "ت") and head.endswith("ون")):
        return None
    # a fronted source before a singular verb (لكن مصادر أكدت) was tried:
    # set 2's held half +1, set 3 -1 (bench/README.md, sixth round)
    return start if head.endswith(_PLURAL_ENDINGS) or _definite(head) or _source_kind(head) == "generic" else None


_ON_BEHALF = key("باسم")


def _spokesman(body: str, toks: list[Token], a: int, b: int, where: _Mentions) -> str | None:
    """A spokesman the article does not name, kept as written (اوضح متحدث
    باسم الجيش أن …): a generic speaker, not the body he speaks for."""
    if a + 2 >= b or toks[a + 1].key != _ON_BEHALF or _names_person(toks, a, b, where):
        return None
    end = a + 2
    while end < b and toks[end].key.isalpha() and not _complementizer(toks[end].key) and not _trail(toks[end]) \
            and (end == a + 2 or toks[end].key.startswith("ال")):
        end += 1
    return body[toks[a].start : toks[end - 1].end]


def _unnamed_person(toks: list[Token], a: int, b: int, where: _Mentions) -> tuple[int, int] | None:
    """(start, end) of a name the tagger did not read after the office a
    subject opens with (وقال المتحدث باسم منظمة الهجرة ايتاري فيري للصحافيين): two
    or three words in a row that are no common word, article, clitic,
    office, place or nisba. ANNOTATION.md names a speaker by his name, and
    a transliterated foreign name is what the tagger knows least."""
    if lookup(toks[a].key, title_heads()).word not in title_heads():
        # نبهت الإمارات مسؤولة … فلانة إلى أن: an office after the subject
        # names its object; a name right after the verb is its subject
        # when the subject ends with it (وقال ايتاري فيري إن، … للصحافيين)
        if a + 1 >= b or not (_name_piece(toks, a, True) and _name_piece(toks, a + 1, False)) \
                or _names_person(toks, a, b, where):
            return None
        end = a + 2
        if end < b and _name_piece(toks, end, False):
            end += 1
        after = toks[end].key if end < b else ""
        if after and after.isalpha() and not peel_known(after).clitic == "ل":
            return None
        return toks[a].start, toks[end - 1].end
    if _names_person(toks, a, b, where):
        return None
    for j in range(a + 1, b - 1):
        if toks[j].key in _SOURCE_STOP and toks[j].key not in _PREPS:
            return None  # عميد … رفض الإفصاح عن اسمه: a clause about the speaker, no name
        if not (_name_piece(toks, j, True) and _name_piece(toks, j + 1, False)):
            continue
        end = j + 2
        if end < b and _name_piece(toks, end, False):
            end += 1
        return toks[j].start, toks[end - 1].end
    return None


_PRONOUN_ENDINGS = ("ها", "هم", "هما", "كم")
_TANWEEN = "\u064b\u064c\u064d"


def _name_piece(toks: list[Token], j: int, first: bool) -> bool:
    k = toks[j].key
    if not first and k.startswith("ال") and _family_name(toks, j):
        return True
    if _written_name(toks[j]):
        return True
    if not k.isalpha() or k.startswith("ال") or k in gz.stop() \
            or (j and toks[j - 1].key in _NAME_LINKS):
        return False
    if len(k) < 3 or k.endswith(_PRONOUN_ENDINGS) or any(c in _TANWEEN for c in toks[j].text) \
            or peel_known(k).word.startswith("ال"):
        # بإيذائها لفظيًّا، بالإنابة م، لـ: a pronoun's ending, an adverb's
        # tanween, the article under a clitic or a letter: no name's
        return False
    clitic, word, _ = gz.reading(k)
    if clitic == "ك" and _ka_word(toks[j]):
        clitic = ""  # كاميل نورمون: a rare word's ك is its letter
    # after a name's first word a ف is its letter (فيري), not "then"
    if (clitic and (first or clitic != "ف")) or word in title_heads() or k in gz.places() or k in gz.org_heads() or k in gz.nisbas():
        return False
    if speech_lemma(k) and not verb_split(k).clitic:
        return False
    # a name's word is one the names lists call a person's or a rare one
    # (ايتاري), as actors reads a name after an office; as written, since
    # فيري is rarer than يري
    return k in person_words() or vocabulary().get(k, 0) < COMMON_AFTER_OFFICE


def _ka_word(t: Token) -> bool:
    """Whether a word read as ك + a word may be a foreign name that opens
    with ك (كولو، كاميل، كرافت): rare as written, no article after the ك,
    no ending of a pronoun, ta marbuta or tanween, and not written كـ. Over
    the 27k articles 114 words read so follow a speech verb, about half of
    them names (كبيش 9، كرافت 8، كولو 6، كروج 4); the others are كذلك,
    كجزء من، كأحد، كنتيجة …, a preposition before a common noun."""
    k = t.key
    return (vocabulary().get(k, 0) < COMMON_AFTER_OFFICE and not k[1:].startswith("ال") and not t.text.startswith("كـ")
            and not k.endswith(_PRONOUN_ENDINGS + ("ه", "نا")) and not any(c in _TANWEEN for c in t.text)
            and k not in gz.stop())


def _ka_name(toks: list[Token], a: int, b: int) -> bool:
    """A one-word subject read as ك + a word that is a name: a _ka_word
    right before the clause, a colon, a quotation or a comma (وأضاف كولو
    أنه …): a preposition's noun goes on (كدليل على، كممثل لدولة)."""
    if gz.reading(toks[a].key)[0] != "ك" or not _ka_word(toks[a]):
        return False
    if a + 1 >= len(toks):
        return True
    nxt = toks[a + 1]
    return _complementizer(nxt.key) or not nxt.key.isalpha()


def _family_name(toks: list[Token], j: int) -> bool:
    """A family name under the article after a given name the names lists
    know (نعيم البكر، سعيد الأحمد): one the lists call a person's or a rare
    word, never a nisba, place or office (محمد السعودي is read no name)."""
    k = toks[j].key
    if not (j and (toks[j - 1].key in person_words() or _written_name(toks[j - 1])) and not toks[j - 1].key.startswith("ال")) \
            or not k.isalpha():
        return False
    if k in gz.nisbas() or k in gz.places() or k in gz.org_heads() or lookup(k, title_heads()).word in title_heads():
        return False
    return k in person_words() or vocabulary().get(k, 0) < COMMON_AFTER_OFFICE


def _names_person(toks: list[Token], a: int, b: int, where: _Mentions) -> bool:
    """Whether a person is named in tokens a..b (an office or a spokesman
    with a name after it is that person, found by _actor_in)."""
    return any(x.type == "person" for _, _, x in where.between(toks[a].start, toks[b - 1].end))


def _trail(t: Token) -> bool:
    """A preposition that ends a subject or stands where one would (وأكد
    على أهمية …): not the name علي, written with ya."""
    return t.key in _GENERIC_TRAIL and not _written_name(t)


# a clause of the speaker's circumstance after the verb (وأضاف وهو يحادث
# الصحافيين: «…»): 11 speakers «وهو» in 1,200 fresh articles
_CIRCUMSTANCE = {key(w) for w in ("وهو", "وهي", "وهم")}
# manner after the verb with a genitive (قال بهدوء القاضي، يقول بصوت
# الموجوعين): over the 27k articles none of these is the subject right after
# a speech verb (بوضوح 28, بصوت 16, بجلاء 8, the rest 1-4 each); «بهدوء
# القاضي» spoke 15 times in 2,000 briefings. Alone they already keep the last
# speaker (a subject is never under ب); skipping them with the word after
# (بصراحة متناهية) as _ADVERB_HEADS do cost the check split 0.800 -> 0.790.
_MANNER = {key(w) for w in ("بهدوء", "ببساطة", "بصراحة", "بوضوح", "بجلاء", "بحزم", "بثقة", "بحسرة", "بمرارة", "بغضب",
                            "بفخر", "بحماس", "بأسف", "بلهفة", "بعصبية", "بصوت")}
# God named by an epithet after the verb (قال تعالى، وقال سبحانه وتعالى، قال
# عز من قائل، يقول عز وجل): over the 27k articles تعالى follows a speech verb
# 115 times, سبحانه 28, عز من 11, عز وجل 2; the epithet spoke, and every
# quotation after it went to «تعالى» or «عز» as the last speaker. عز alone is
# a name (عز الدين، a character عز): only before وجل or من قائل.
_EPITHETS = {key(w) for w in ("تعالى", "سبحانه")}
_EPITHET_PAIRS = {key(w): {key(x) for x in after} for w, after in (
    ("عز", ("وجل", "من")), ("جل", ("وعلا", "شأنه", "جلاله")))}
_ALLAH = "الله"
_BLESSING = {key(w) for w in ("صلى", "صلي")}
_BLESSING_TAIL = {key(w) for w in ("عليه", "وسلم", "وآله", "السلام")}
# a relative, interrogative, conditional or negation right after the verb
# opens what was said or the verb's object (أكد ما ورد في …، أوضح ما دفعه
# إلى …، تساءل إذا كان …، يقول لا …), never its subject: «ما» spoke 26 times
# and «إذا» 8 in 2,000 briefings of a 27k build; over the 27k articles ما
# follows a speech verb 302 times, all but ما يقرب/يقارب من، ما نسبته (12, a
# quantity that is the subject) an object or a clause
_NOT_SUBJECT_WORDS = {key(w) for w in ("ما", "إذا", "لماذا", "كيف", "هل", "متى", "أين", "عما", "مما", "بما",
                                       "عندما", "لا", "لم", "لن", "ليس")}
_QUANTITY_MA = {key(w) for w in ("يقرب", "يقارب", "نسبته", "يزيد", "يربو")}
# time and manner phrases of two words before the clause (وأوضح بعد ذلك أن،
# أعلن قبل أيام أن، أجاب بشكل قاطع أنها): one-word speakers of fresh text
_ADVERB_HEADS = {key(w) for w in ("قبل", "بعد", "بشكل", "بصورة", "بطريقة")}
# د. and م. (doctor, engineer) before a name: the name speaks, not the letter
_ABBREVIATED_TITLES = {key(w) for w in ("د", "م")}


# a time after the verb (وشدد أمس الثلاثاء أمام البرلمان على أن، قال يوم
# السبت إن، أعلنت الشهر الماضي أن): speakers «الثلاثاء», «يوم السبت» and
# «الشهر الماضي» of fresh text
_WEEKDAYS = {key(w) for w in ("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")}
_TIME_NOUNS = {key(w) for w in ("يوم", "مساء", "صباح", "ليلة", "الشهر", "الأسبوع", "العام", "السنة")}


def _skip_time(toks: list[Token], a: int, b: int) -> int:
    while a < b:
        k = toks[a].key
        if k in _WEEKDAYS or k in _NOT_SUBJECT:
            a += 1
        elif k in _TIME_NOUNS and a + 1 < b and (toks[a + 1].key in _WEEKDAYS or toks[a + 1].key in gz.date_words()):
            a += 2
        elif k == _FIRST and a + 1 < b and (toks[a + 1].key == _AMS or toks[a + 1].key == "من"
                                             and a + 2 < b and toks[a + 2].key == _AMS):
            # أعلن أول من أمس هدنة: 21 of the 59 uses of أول right after a
            # speech verb in the 27k articles; «أول» spoke
            a += 2 if toks[a + 1].key == _AMS else 3
        elif _god_willing(toks, a) and a + 2 < b and toks[a + 2].key == _ALLAH:
            # ونأمل إن شاء الله أن …: «God willing» between the verb and its
            # clause is no subject («الله» spoke)
            a += 3
        else:
            break
    return a


def _speaker(body, toks, a: int, b: int, where, last_speaker) -> tuple[str | None, str | None]:
    a = _skip_time(toks, _skip_not_subject(toks, a, b), b)
    if a < b and toks[a].key[:1].isdecimal():
        return None, None  # يرى 29 في المائة أن: a poll's share, not a speaker
    if a + 2 < b and toks[a].key in _ABBREVIATED_TITLES and toks[a + 1].text == ".":
        a += 2
    if a + 1 < b and toks[a].key in _HONORIFIC_WORDS:
        a += 1  # وأوضح معالي وزير الإسكان أن …: the office speaks, not «معالي»
    if a < b and toks[a].key in _HONORIFIC_PRONOUNS and (a + 1 == b or not toks[a + 1].key.isalpha()):
        # وقال سموه: …، وأكد معاليه أن …: the prince or the minister named
        # before, who holds an office of the honorific's rank
        holder = where.by_rank(_HONORIFIC_PRONOUNS[toks[a].key], toks[a].start)
        if holder:
            return holder.name, holder.id
    if a < b and (toks[a].key in _EPITHETS
                  or a + 1 < b and toks[a + 1].key in _EPITHET_PAIRS.get(toks[a].key, ())):
        return _ALLAH, None
    if a + 1 < b and toks[a].key in _BLESSING and toks[a + 1].key == _ALLAH:
        # قال صلى الله عليه وسلم: the Prophet speaks, named by the blessing
        # (81 times after قال/يقول/فقال over the 27k articles); «صلى الله»
        # was read as a two-word name
        e = a + 2
        while e < b and e < a + 4 and toks[e].key.isalpha() and toks[e].key in _BLESSING_TAIL:
            e += 1
        return body[toks[a].start : toks[e - 1].end], None
    if a < b and toks[a].key in _MANNER and (a + 1 == b or _complementizer(toks[a + 1].key)
                                              or not toks[a + 1].key.isalnum()):
        # وقال بهدوء إن …، ويقول بحسرة: «…»: the manner alone, which spoke
        # (the peeler leaves its ب); not with the word after it (بصراحة
        # متناهية), which cost the check split as the note above says
        return last_speaker
    if a + 1 < b and toks[a].key in _MANNER and toks[a + 1].key.startswith("ال"):
        # بهدوء المدرب الواثق: a genitive with its adjectives, not a subject
        a += 1
        while a < b and toks[a].key.startswith("ال"):
            a += 1
        a = _skip_not_subject(toks, a, b)
    elif a < b and toks[a].key in _ADVERB_HEADS:
        a += 2  # وأوضح بعد ذلك أن، أجاب بشكل قاطع أن
        while a < b and _time_adjective(toks[a]):
            a += 1  # أعلن قبل أيام قليلة أن، بعد دراسات متأنية: «قليلة» spoke
        if a < b and toks[a].key == "من":
            # وأكد قبل أيام قليلة من الولايات المتحدة أنه: the place or the
            # event the time is counted from, not who spoke
            return last_speaker
        a = _skip_not_subject(toks, a, b)
    if a + 1 < b and _accusative(toks[a]) and (_trail(toks[a + 1]) or toks[a + 1].key in ("من", "الي", "الى")):
        # وقال ردا على سؤال، مدافعا عن قراره، تعليقا على …: an indefinite
        # accusative (a reason or a state) before its preposition is no
        # subject, which would be nominative; the one who spoke last
        return last_speaker
    if a < b and (toks[a].key in _CIRCUMSTANCE or toks[a].key in _WHERE_SAID):
        # ويقول وهو يقرأ ورقة إن، وأضاف أثناء جلسة استماع أمام لجنة …: the
        # clause is about who spoke before, or where
        return last_speaker
    if a + 1 < b and toks[a].key in _QUANTIFIERS:
        a += 2 if toks[a + 1].key == "من" else 1
    if a >= b or _trail(toks[a]) or toks[a].key in ("الي", "الى") or speech_lemma(toks[a].key):
        # no subject after the verb (وتابع قائلا، وتابع يقول، تعلن ذلك لتبين
        # أن): the one who spoke last
        return last_speaker
    source = _source(body, toks, a, b, where)
    if source:
        return source[0], None
    office = _office(body, toks, a, b, where)
    if office:
        return office.name, office.id
    unnamed = _unnamed_person(toks, a, b, where)
    if unnamed:
        return body[unnamed[0] : unnamed[1]], None
    spokesman = _spokesman(body, toks, a, b, where)
    if spokesman:
        return spokesman, None
    # قال طبيب إسرائيلي للإذاعة العامة إن …: a body after ل past the
    # subject's first word is who heard it, not who spoke
    recipients = [_recipient(toks, j, b) for j in range(a + 1, b) if peel_known(toks[j].key).clitic == "ل"
                  or toks[j].key == "ل"]
    # أكدت الداخلية بحسب وكالة الأنباء أنها …: the agency is where it was read
    cited = next((j for j in range(a + 1, b) if _attribution_word(toks[j].key)), None)
    if cited is not None:
        recipients.append((toks[cited].start, toks[b - 1].end))
    # وقال ظريف أمس أثناء تقديمه الاتفاق أمام مجلس الشورى: إن …: a body
    # after أمام or أثناء is where it was said, not who said it
    where_said = next((j for j in range(a + 1, b) if toks[j].key in _WHERE_SAID), None)
    if where_said is not None:
        recipients.append((toks[where_said].start, toks[b - 1].end))
    actor = _actor_in(toks[a].start, toks[b - 1].end, where, recipients)
    if actor:
        return actor.name, actor.id
    # a generic subject, kept as written: the noun and its adjectives
    words = []
    for j in range(a, b):
        t = toks[j]
        if not any(c.isalnum() for c in t.text) or _trail(t) or _complementizer(t.key) \
                or words and (t.key in _WEEKDAYS or t.key in _NOT_SUBJECT):  # الأناضول السبت، العراق اليوم
            break
        if words and (not t.key.startswith("ال") or t.key in _RELATIVE) \
                and not (not words[-1].key.startswith("ال") and _indefinite_link(toks, j, b)
                         and not _name_head(words[0])):
            # صاحب السيارة الذي وثق الحادث: the relative opens a clause about the speaker
            break
        words.append(t)
    if not words or (len(words) == 1 and not words[0].key.startswith("ال") and lookup(words[0].key, _NOT_A_SPEAKER).word in _NOT_A_SPEAKER):
        return last_speaker
    if peel_known(words[0].key).clitic[-1:] in ("ب", "ك") and not _ka_name(toks, a, b):
        return last_speaker  # أشاد … بمساهمات الجهات: a subject is never under a preposition
    if _possessed(words[0]):
        return last_speaker  # وختم رسالته بالقول: …، وقالت كلمتها: the object, not who spoke
    # a short form of a named actor (الخلية)
    k = key(words[0].text) if len(words) == 1 else key_text(body[words[0].start : words[-1].end])
    actor = where.by_suffix(bare(k) if len(words) == 1 else k)  # الداخلية الكويتية: وزارة الداخلية الكويتية
    if actor is None and len(words) == 1 and k.startswith("ال"):
        actor = where.by_head(body, k, words[0].start)
    nxt = next((j for j in range(a, b) if toks[j].start >= words[-1].end), b)
    if actor is None and k.startswith("ال") and not words[0].key.endswith(("ين", "ون", "ات")) \
            and bare(k.split()[0]) not in gz.org_heads() and bare(k.split()[0]) not in _BODY_HEADS \
            and not (nxt < b and (_name_piece(toks, nxt, True) or toks[nxt].key in person_words())):
        # وأشار المحلل السياسي إلى أن … after «فلان، المحلل السياسي
        # والاقتصادي، …» or «المحلل المالي فلان»: the person the article
        # wrote those words beside
        actor = where.apposed(body, words[0].start, words[-1].end)
    if actor:
        return actor.name, actor.id
    if len(words) == 1 and k.startswith("ال") and last_speaker[1] and where.holds(last_speaker[1], bare(k)):
        # وقال المحافظ إنه … after المحافظ اللواء فلان spoke: the same office
        return last_speaker
    return body[words[0].start : words[-1].end], None


_WHERE_SAID = {key(w) for w in ("أمام", "أثناء", "خلال")}


def _time_adjective(t: Token) -> bool:
    """An indefinite feminine adjective after an adverb's noun (أيام قليلة،
    دراسات متأنية: 9 and 8 times, the two commonest third words of «verb
    قبل/بعد X Y» over the corpus's non-held days): not a name, a title or a
    body."""
    k = t.key
    return (k.isalpha() and k.endswith("ه") and not k.startswith("ال") and len(k) > 3
            and k not in person_words() and k not in title_heads() and bare(k) not in gz.org_heads()
            and bool(vocabulary().get(k, 0)))


def _accusative(t: Token) -> bool:
    """An indefinite accusative (ردا، مدافعا، تعليقا): a word ending in the
    accusative's alef whose stem without it is a common word, and which is
    no name or place (أوباما، روسيا، تركيا end in alef too)."""
    k = t.key
    if not (k.isalpha() and k.endswith("ا") and not k.startswith("ال") and len(k) >= 3) \
            or k.endswith(("ها", "نا", "ما")):
        return False  # رئيسها، زوجها، شروفنا: a pronoun's or a name's alef, not the accusative's
    if k in person_words() or k in gz.places() or k in gz.countries() or k in gz.geonames():
        return False
    return vocabulary().get(k[:-1], 0) >= 50

_TIME_LINKS = {key(w) for w in ("عقب", "إثر", "اثر", "عند", "منذ", "حين", "فور", "بعيد", "قبيل", "طيلة", "طوال")}


def _name_head(t: Token) -> bool:
    """A subject that opens with a name (كيشيانغ رئيس وزراء الصين): the
    office after it is in apposition, not a construct to run on."""
    k = t.key
    return (k in person_words() or not vocabulary().get(k, 0)) \
        and lookup(k, title_heads()).word not in title_heads() and k not in gz.org_heads() and bare(k) not in gz.org_heads() \
        and _source_kind(k) is None and k not in _QUANTIFIERS and bare(k) not in _PERSON_NOUNS and k not in _NAME_LINKS


def _indefinite_link(toks: list[Token], j: int, b: int) -> bool:
    """Whether the indefinite word at j goes on a subject after an
    indefinite word: a nisba (صحف تركية) or the next noun of a construct
    that ends in a definite one within two words (وكالة أنباء الأناضول، نائب
    وزير الدفاع، سفارة خادم الحرمين): «وكالة», «نائب» and «سفارة» alone
    spoke on fresh text."""
    k = toks[j].key
    if not k.isalpha() or len(k) < 3 or k in gz.stop() or k in _NOT_SUBJECT or k in _WEEKDAYS or k in _SOURCE_STOP \
            or k in _QUANTIFIERS or bare(k) in _PERSON_NOUNS or speech_lemma(k) or peel_known(k).clitic \
            or any(c in _TANWEEN for c in toks[j].text):
        return False
    if k in gz.nisbas():
        return True
    prev = toks[j - 1].key
    if k in _TIME_LINKS or prev.endswith(("ون", "ين")) and not prev.endswith("يين"):
        # لاكازيت عقب الفوز: a time; يرى كثيرون تراجع …: a sound plural
        # keeps its ن only outside a construct (معارضو الحكومة)
        return False
    if prev in gz.nisbas() or prev in gz.places() or prev in _HONORIFICS \
            or toks[j - 1].text.endswith(_PRONOUN_ENDINGS + ("ه",)):  # as written: ة keys as ه
        # an adjective ends the construct (منظمة غربية تتابع الحوادث); a
        # place or a pronoun is no construct's head (أعلنت ميانمار حالة
        # الطوارئ، وأكد معاليه علماء الأمة)
        return False
    if k[:1] == "ي" or not _definite("ال" + k):
        # a present tense (محامون يمثلون الزوجة، منظمة تتابع …) or a name:
        # a noun of a construct takes the article elsewhere in the corpus
        return False
    for n in range(j + 1, min(b, j + 3)):
        kn = toks[n].key
        # as written: a dual or a rare genitive is no word of the corpus's
        # list without its article (الحرمين)
        if (_definite(kn) or kn.startswith("ال") and len(kn) > 4 and kn not in gz.stop()) and not _trail(toks[n]) \
                and kn not in _RELATIVE:
            return True
        if not kn.isalpha() or kn in gz.stop() or peel_known(kn).clitic or speech_lemma(kn):
            return False
    return False


# honorifics before an office or a name (وأوضح معالي وزير الإسكان)
_HONORIFIC_WORDS = {key(w) for w in ("معالي", "سعادة", "فضيلة", "سماحة", "فخامة")}
# honorific pronouns → the first words of the offices of that rank
_HONORIFIC_PRONOUNS = {key(w): frozenset(key(h) for h in heads) for w, heads in (
    ("سموه", ("الأمير", "أمير", "سمو", "ولي", "صاحب")), ("سموها", ("الأميرة", "أميرة", "سمو", "صاحبة")),
    ("معاليه", ("وزير", "الوزير", "معالي", "رئيس", "أمين", "محافظ", "مدير", "نائب")),
    ("معاليها", ("وزيرة", "الوزيرة", "معالي", "رئيسة", "أمينة", "مديرة", "نائبة")))}
# honorifics that stand for the one named before (وقال سموه، وأكد معاليه):
# a speaker, as the samples want them
_HONORIFICS = {key(w) for w in ("سموه", "سموها", "معاليه", "معاليها", "فضيلته", "سعادته", "سعادتها", "جلالته",
                                "فخامته", "دولته", "سماحته", "سيادته")}
# nouns of persons under a pronoun, who speak (تقول والدته، وأشار أحدهم)
_PERSON_NOUNS = {key(w) for w in (
    "والد", "والدة", "أب", "أم", "ابن", "ابنة", "بنت", "زوج", "زوجة", "أخ", "أخت", "شقيق", "شقيقة", "جد", "جدة",
    "عم", "عمة", "خال", "خالة", "صديق", "صديقة", "زميل", "زميلة", "أحد", "إحدى", "كلا", "كلتا", "بعض", "معظم",
    "أغلب", "جميع", "كل", "محامي", "محامية", "أقارب", "أسرة", "عائلة", "ذوي", "أهل", "أبناء", "أنصار", "مؤيدي",
    "أتباع", "رفاق", "جيران", "ممثل", "ممثلو", "ممثلي")}
# how common the word under a pronoun must be to be read so (رسالة in رسالته)
_POSSESSED_MIN = 200


def _possessed(t: Token) -> bool:
    """A noun under a possessive pronoun written as such (رسالته، كلمتها،
    تصريحاته), not an honorific nor a name that ends so (طه)."""
    k = t.key
    if k in _HONORIFICS or k in person_words() or k.startswith("ال") or not t.text.endswith(("ه", "ها", "هم", "هما")):
        return False
    for p in ("هما", "هم", "ها", "ه"):
        if k.endswith(p):
            stem = k[: -len(p)]
            if len(stem) < 3:
                return False
            if stem in _PERSON_NOUNS or (stem.endswith("ت") and stem[:-1] + "ه" in _PERSON_NOUNS) \
                    or lookup(stem, title_heads()).word in title_heads():
                return False  # والدته، أحدهم، نائبه: a person, who may speak
            counts = vocabulary()
            return max(counts.get(stem, 0), counts.get(stem[:-1] + "ه", 0) if stem.endswith("ت") else 0) >= _POSSESSED_MIN
    return False


def _closing(mark: str) -> str | None:
    """The marks that close a name after لـ opened by `mark`, or None for
    no opening mark. Some papers open with ” and close with ” or “
    (لـ”عين اليوم”: 3alyoum, alweeam; 95 and 35 times in the 27k)."""
    return _MARKS.get(mark) or ("”“" if mark == "”" else None)


def _recipient(toks: list[Token], j: int, b: int) -> tuple[int, int]:
    """(start, end) of who heard it, from the ل at token j: the word under
    it (للإذاعة), or the name after a separate لـ, through its closing mark
    (في اتصال هاتفي لـ«الشرق الأوسط»: the paper spoken to, not who spoke)."""
    if toks[j].key != "ل" or j + 1 >= b:
        return toks[j].start, toks[j].end
    nxt = toks[j + 1]
    close = _closing(nxt.text)
    if close is None:
        return toks[j].start, nxt.end
    end = next((t.end for t in toks[j + 2 : b] if t.text in close), toks[b - 1].end)
    return toks[j].start, end


def _office(body: str, toks: list[Token], a: int, b: int, where: _Mentions) -> Actor | None:
    """The person a subject names by an office alone, no name after it
    (ومن جانبه أكد رئيس الهيئة أن …): ANNOTATION.md resolves such a
    short form to the actor."""
    if lookup(toks[a].key, title_heads()).word not in title_heads() or _names_person(toks, a, b, where):
        return None
    end = a
    while end < b and any(c.isalnum() for c in toks[end].text) and not _complementizer(toks[end].key):
        end += 1
    if end - a < 2:
        return None  # a bare head (الوزير) may name any of several
    return where.by_title(key_text(body[toks[a].start : toks[end - 1].end]), toks[a].start)


# Words that end the adjectives of a generic source (مصادر مطلعة في الوزارة).
_SOURCE_STOP = {key(w) for w in ("داخل", "قريبة", "مقربة", "رفيعة", "عدة", "عديدة", "كثيرة")} | _PREPS | {
    key(w) for w in _RELATIVE} | {
    # a source asking not to be named (مسؤول طلب عدم ذكر اسمه، مصدر فضل
    # عدم الكشف عن هويته): the verbs the corpus puts there, 80 times
    key(w) for w in ("طلب", "طلبت", "طلبوا", "فضل", "فضلت", "فضلوا", "رفض", "رفضت", "رفضوا", "اشترط", "اشترطت",
                     "اشترطوا")}


@lru_cache(maxsize=20_000)
def _source_kind(k: str) -> str | None:
    """generic (مصادر، المسؤولون) or document (البيان، تقرير) for a subject's
    first word, under a clitic and with or without the article."""
    return sources().get(bare(lookup(k, _SOURCE_HEADS).word)) or sources().get(bare(k))


_SOURCE_HEADS = frozenset(sources()) | frozenset("ال" + w for w in sources())


def _source(body: str, toks: list[Token], a: int, b: int, where: _Mentions) -> tuple[str, int] | None:
    """A subject that names no one, kept as written with its adjectives
    (مصادر مطلعة، المصادر الأمنية), or a document with the issuer the
    subject names (التقرير الذي أصدرته الأمانة العامة، بيان لوزارة الداخلية)."""
    if a >= b:
        return None
    kind = _source_kind(toks[a].key)
    if kind is None:
        return None
    found = [x for x in where.between(toks[a].end, toks[b - 1].end) if x[2].type != "place"]
    named = [(end, actor) for _, end, actor in found]
    if kind == "document" and found:
        start, end, issuer = found[0]
        last = next((j for j in range(a, b) if toks[j].end >= end), b - 1)
        if (a + 1 < b and toks[a + 1].start <= start < toks[a + 1].end and peel_known(toks[a + 1].key).clitic == "ل"
                and issuer.type != "person"):
            # بيان للقيادة المشتركة: the issuer's document, in construct
            # (بيان القيادة المشتركة), as an analyst names it
            name = f"{body[toks[a].start : toks[a].end]} {issuer.name}"
        else:
            name = body[toks[a].start : end]
        if name:
            where.documents.setdefault(_document_head(toks[a].key), name)
        return name, last
    if any(actor.type == "person" for _, actor in named):
        return None  # مسؤول الرقابة … فلان: an office before a name, not a generic source
    definite = toks[a].key.startswith("ال") or lookup(toks[a].key, _SOURCE_HEADS).word.startswith("ال")
    last = a
    for j in range(a + 1, min(b, a + 3)):
        k = toks[j].key
        # علماء أوروبيون أمس، تقرير أول أمس، مصدر مقرب من: a time or the من
        # of من جهته ends the source's adjectives (26 speakers in 3,000 records)
        before_yesterday = k == _FIRST and j + 1 < b and toks[j + 1].key in _NOT_SUBJECT
        if not k.isalpha() or k in _SOURCE_STOP or k in _NOT_SUBJECT or k in _WEEKDAYS or before_yesterday \
                or _trail(toks[j]) or _complementizer(k) or k.startswith("ال") != definite or where.between(toks[j].start, toks[j].end):
            break
        last = j
    if kind == "document" and definite:
        # وبين التقرير أن …: the document the article named with its issuer
        earlier = where.documents.get(_document_head(toks[a].key))
        if earlier:
            return earlier, last
    return body[toks[a].start : toks[last].end], last


_FIRST = key("أول")
_AMS = key("أمس")


def _document_head(k: str) -> str:
    return bare(lookup(k, _SOURCE_HEADS).word).removeprefix("ال")


def _skip_not_subject(toks: list[Token], a: int, b: int) -> int:
    """The first token of the subject: past pronoun phrases, adverbs and a
    recipient (قال لـ«الجزيرة»، أكد للصحيفة) between the verb and it."""
    while a < b:
        t = toks[a]
        if t.key in _NOT_SUBJECT or t.text in ("،", ","):
            a += 1
        elif _attribution_word(t.key) and (close := next((j for j in range(a + 1, b) if toks[j].text in ("،", ",")),
                                                         None)) is not None:
            # وأكد، بحسب وكالة «إيرنا»، أن …: the source that carried it,
            # set off by commas, is no subject; who spoke is the chain's
            a = close + 1
        elif t.key == "ل":  # لـ«الجزيرة»، لـ"الاقتصادية": the outlet spoken to
            a += 1
            closing = _closing(toks[a].text) if a < b else None
            if closing:
                close = next((j for j in range(a + 1, b) if toks[j].text in closing), None)
                a = close + 1 if close is not None else a + 1
            else:
                a += 1
        elif (t.key.startswith("لل") or peel_known(t.key).clitic == "ل" and t.text.endswith(("ه", "ها", "هم")))\
                and (a + 1 == b or not _complementizer(toks[a + 1].key)):
            a += 1  # للصحيفة، للصحفيين، لضيفه، لحلفائها: who heard it
        else:
            break
    return a


# What a demand opens with after its object (طالب الجهات بسرعة …، دعا المواطنين
# إلى …، أوصى بضرورة …): a preposition, alone or as a clitic.
_DEMAND_PREPS = frozenset({"ب", "ل"})


def _object(toks: list[Token], ci: int, where: _Mentions) -> tuple[int, int] | None:
    """(end of subject, start of content) of a verb of demand, whose content
    is its object and what follows it: after the subject when one is named
    (a generic source, or an actor with the offices before its name), else
    right after the verb (وطالب الجهات المعنية بسرعة التحرك)."""
    n = len(toks)
    a = _skip_not_subject(toks, ci + 1, n)
    start = a
    if a < n and not is_participle(toks[ci].key):
        source = _source("", toks, a, min(n, a + 4), where)
        if source:
            start = source[1] + 1
        else:
            for m_start, m_end, actor in where.between(toks[a].start, toks[min(n, a + 8) - 1].end):
                if actor.type == "place":
                    continue
                first = next(j for j in range(a, n) if toks[j].end > m_start)
                if first - a > 3 or any(not t.text[0].isalnum() for t in toks[a:first]):
                    break
                start = next((j for j in range(first, n) if toks[j].end >= m_end), n - 1) + 1
                break
            if start == a and lookup(toks[a].key, title_heads()).word in title_heads():
                start = _after_titled_name(toks, a, where) or a
    while start < n and toks[start].text in ("،", ","):
        start += 1
        start = _skip_time(toks, start, n)
    if start >= n:
        return None
    for t in toks[start : start + 8]:
        k = t.key
        if k in _ILA or (k[:1] in _DEMAND_PREPS and peel(k, lambda sp: sp.clitic in _DEMAND_PREPS).clitic):
            return start, start
    return None


def _after_titled_name(toks: list[Token], a: int, where: _Mentions) -> int | None:
    """The token after the person an office chain ends with (وطالب مساعد
    المدير العام للخدمات العلاجية الدكتور فلان المستشفيات بـ…، دعت وزيرة
    الخارجية السابقة … فلانة، أمس، إلى …): only words, a doctor's point or
    a quoted name between the office and the name."""
    n = len(toks)
    for m_start, m_end, actor in where.between(toks[a].start, toks[min(n, a + _SUBJECT_SPAN) - 1].end):
        first = next(j for j in range(a, n) if toks[j].end > m_start)
        if any(not (t.text[0].isalnum() or t.text in "«»\"" or (t.text == "." and toks[j - 1].key in _ABBREVIATED_TITLES))
               or t.key in _ILA or _complementizer(t.key) or t.key in _WEEKDAYS or t.key in _NOT_SUBJECT
               for j, t in enumerate(toks[a:first], a)):
            return None  # دعا زعيم الحركة السبت مقاتليه إلى … حذو زعيمهم فلان: past the subject
        if actor.type == "person":
            return next((j for j in range(first, n) if toks[j].end >= m_end), n - 1) + 1
    return None


def _reported(body, toks, ci, nxt_cue, s: Sentence, direct, where, last_speaker) -> Quote | None:
    lemma = speech_lemma(toks[ci].key) or ""
    cs = _clause_start(toks, ci, lemma, where)
    if lemma in object_lemmas() and not is_participle(toks[ci].key) and not (cs and (toks[cs[0]].text in (":", "：") or _complementizer(toks[cs[1] - 1].key))):
        cs = _object(toks, ci, where)
    if not cs:
        return None
    subj_end, clause = cs
    if clause >= len(toks):
        return None
    stop = nxt_cue if nxt_cue is not None else len(toks)
    # the clause ends at the next speech cue (موضحة، مشيرا) or the sentence end
    last = stop - 1
    while last >= clause and not any(c.isalnum() for c in toks[last].text) and toks[last].text not in ")»”\"":
        last -= 1
    if last < clause:
        return None
    if lemma in ila_lemmas() and toks[clause - 1].key in _ILA:
        # أشارت الأطراف إلى التحويل …، والتي شملت …: the noun phrase only
        for j in range(clause + 1, last + 1):
            if toks[j].key in ("والتي", "التي", "الذي", "والذي", "والتى"):
                last = j - 1
                break
    start, end = toks[clause].start, toks[last].end
    if _in_any(start, direct) or body[start - 2 : start].strip() in _MARKS:
        return None  # a direct quote after أن is reported as direct
    if len(body[start:end].split()) < 3:
        return None
    if is_participle(toks[ci].key):
        speaker = last_speaker  # مشيرا، مضيفة: the subject of the verb before it
    else:
        speaker = _verb_speaker(body, toks, ci, lemma, subj_end, where, last_speaker)
    if not speaker[0]:
        # no one to speak for, and nothing named the speaker: the noun
        # phrase that opens the sentence after its verb (طالبت الخارجية
        # المصرية أمس إيران بـ…، فرضت الحكومة الأمريكية … وقالت: إنهم …)
        np = _opening_subject(toks, ci, clause)
        if np:
            speaker = body[toks[np[0]].start : toks[np[1] - 1].end], None
    return Quote(text=body[start:end], kind="reported", start=start, end=end, sentence=s.id,
                 speaker=speaker[0], speaker_id=speaker[1], cue=toks[ci].text)


def _opening_subject(toks: list[Token], ci: int, clause: int) -> tuple[int, int] | None:
    """(start, end) of a definite noun and its definite adjectives standing
    second in the sentence, after its opening verb, and before the clause."""
    j = 1 if toks and toks[0].key.isalpha() and not toks[0].key.startswith("ال") else None
    if j is None or j >= min(len(toks), clause) or not _definite(toks[j].key) or toks[j].key in _GENERIC_TRAIL:
        return None
    end = j + 1
    while end < clause and toks[end].key.startswith("ال") and toks[end].key not in _ILA and end - j < 4:
        end += 1
    return j, end


def _attributed(body, toks, s: Sentence, where) -> Quote | None:
    """بحسب البيان، فإن … / وفقاً للوزارة، …: the rest of the sentence is
    reported speech of the named source."""
    opener = _attribution_word(toks[0].key) if toks else None
    if len(toks) < 5:
        return None
    if opener is None:
        return None
    j = 1
    if j < len(toks) and toks[j].key in ("ل", "عن"):  # وفقاً لـ، نقلاً عن
        j += 1
    j = _past_saying(toks, j)
    comma = next((k for k in range(j, min(len(toks), j + 10)) if toks[k].text in ("،", ",")), None)
    if comma is None:
        return None
    clause = comma + 1
    if clause < len(toks) and toks[clause].key in ("فان", "فانه", "فانها", "ان"):
        clause += 1
    last = len(toks) - 1
    while last > clause and not any(c.isalnum() for c in toks[last].text):
        last -= 1
    if last - clause < 2:
        return None
    speaker = _speaker(body, toks, j, comma, where, (None, None))
    if not speaker[0]:
        return None
    start, end = toks[clause].start, toks[last].end
    return Quote(text=body[start:end], kind="reported", start=start, end=end, sentence=s.id,
                 speaker=speaker[0], speaker_id=speaker[1], cue=toks[0].text)


# what a source said, between an attribution and its source (بحسب قول فلان،
# حسب وصف المدعي العام، وفق رواية …، حسب تعبير …): over the 27k articles وصف
# 15, رأي 10, تعبير 9, قول 8, كلام 5, رواية 4 right after حسب/وفق/طبقا; the
# source is the genitive after it («قول سيندي تشاو» spoke 7 times in 2,000
# briefings of a 27k build)
_SAYING_NOUNS = {key(w) for w in ("قول", "وصف", "رواية", "كلام", "تعبير", "رأي")}


def _past_saying(toks: list[Token], j: int) -> int:
    if j + 1 < len(toks) and toks[j].key in _SAYING_NOUNS:
        return j + 1
    if j + 2 < len(toks) and toks[j].key in _WHAT and _reporting_verb(toks[j + 1].key):
        # بحسب ما ذكرته وكالة الأنباء، وفقا لما نقلته وسائل إعلام، حسب ما
        # أفاد به مصدر: the verb's subject is the source, not «ما»
        j += 2
        if j + 1 < len(toks) and toks[j].key in _AFTER_REPORT:
            j += 1
    return j


# ما/لما after an attribution, before the verb of its source (بحسب ما ذكر،
# وفقا لما نقلته): over the 27k articles (the two sample-free days aside)
# حسب/وفق/طبقا + ما/لما is written 1,068 times, the word after it a verb of
# saying or reporting in about half (ذكر 73، نقلته 58، ذكرته 46، نقلت 36،
# أعلن 33 …) and its subject next (وكالة 84، صحيفة 44، المرصد 30، مصادر 24);
# «ما» and «لما» spoke in fresh briefings
_WHAT = {key(w) for w in ("ما", "لما")}
# the verb's pronoun object or preposition before its subject (أفاد به،
# أعلنه، جاء في)
_AFTER_REPORT = {key(w) for w in ("به", "بها", "عنه", "عنها", "له", "في")}
# verbs of reporting that are no cue of the list (نقلته، أوردته، نشرته)
_REPORT_VERBS = {key(w) for w in ("نقل", "ورد", "جاء", "نشر", "أورد", "أظهر", "بث", "روى")}


@lru_cache(maxsize=4_096)
def _reporting_verb(k: str) -> bool:
    """A past verb of saying or reporting, with a pronoun object or none
    (ذكر، ذكرته، نقلته، أفادت، قاله)."""
    for stem in (k, *(k[: -len(p)] for p in ("ته", "تها", "ه", "ها") if k.endswith(p) and len(k) - len(p) >= 3)):
        if stem[:1] in ("ي", "ت"):
            continue  # a present tense: حسب ما يراه، ما تقتضيه
        if speech_lemma(stem) or stem in _REPORT_VERBS or stem.removesuffix("ت") in _REPORT_VERBS:
            return True
    return False


def _attribution(body, toks, where) -> tuple[str | None, str | None] | None:
    for i, t in enumerate(toks):
        if _attribution_word(t.key):
            j = i + 1
            if j < len(toks) and toks[j].key == "ل":
                j += 1
            j = _past_saying(toks, j)
            if j < len(toks) and toks[j].key == "لما":
                j += 1
            end = min(len(toks), j + 5)
            if j < end and toks[j].key.startswith("لل") and len(toks[j].key) > 4 and toks[j].text[:2] == "لل":
                # ووفقا للمصادر فقد …، بحسب للتقرير: the source under لل,
                # which _speaker skips as a hearer (it then read «فقد»):
                # an actor named there, else the word with its article
                # restored (ANNOTATION.md: للجيش → الجيش) and its adjectives
                actor = _actor_in(toks[j].start, toks[end - 1].end, where)
                if actor is not None:
                    return actor.name, actor.id
                k = j + 1
                while k < end and toks[k].key.startswith("ال") and toks[k].text.isalpha() and toks[k].key not in _RELATIVE:
                    k += 1
                return "ال" + body[toks[j].start + 2 : toks[k - 1].end], None
            return _speaker(body, toks, j, end, where, (None, None))
    return None


# Plural heads of groups of persons that speak, beside the generic sources
# (مصادر، خبراء، أهالي) of speech_sources.txt: broken plurals and relations
# (النواب، ذوو الشهيد، أقارب الضحية)
_GROUP_HEADS = _GROUPS_SPEAKING | {key(w) for w in (
    "ذوو", "ذوي", "أقارب", "أبناء", "أنصار", "أتباع", "رفاق", "جيران",
    "ممثلو", "ممثلي", "مؤيدو", "مؤيدي", "معارضو", "معارضي", "طلاب", "لاعبو", "لاعبي", "أولياء")}
# singular generic sources: not the subject of a plural verb
_SINGULAR_SOURCES = {key(w) for w in ("مصدر", "مسؤول")}
# what stands between a group and the start of its clause: a quantifier
# (عدد من المختصين، معظم المؤرخين، الكثير من النواب)
_GROUP_QUANTIFIERS = _QUANTIFIERS | {key(w) for w in ("من", "الكثير", "كثير", "وعدد", "حتى")}
# words after which a group opens its clause: a complementizer or a
# conjunction (إلا أن الخبراء، ورغم أن معارضي القانون، لكن مسؤولين)
_GROUP_OPENERS = _SUBJECT_OPENERS | {key(w) for w in ("أن", "إن", "بأن", "وأن", "ورغم", "رغم", "وحتى", "حتى")}
# what ends a group's words: a preposition (عدد من المختصين إلى …)
_GROUP_ENDS = {key(w) for w in ("على", "إلى", "الى", "عن", "مع", "بين", "لدى", "عند", "أمام", "ضد", "في", "خلال")}


def _group_word(k: str) -> bool:
    """A plural noun of persons that may be the subject of a plural speech
    verb or participle: a generic source in the plural (الخبراء، مسؤولون،
    أهالي), a listed broken plural (النواب، ذوو), or a sound plural of a
    participle's form (مختصون، المختصين، المواطنين); never a verb
    (يقولون), a participle of speech (مشددين) or a dual (الحرمين), which
    has no م after its article."""
    head = bare(k)
    if _source_kind(k) == "generic" and head not in _SINGULAR_SOURCES:
        return True
    if head.endswith("ين") and sources().get(head[:-2] + "ون") == "generic":
        return True  # الباحثين، الناشطين: a listed source (باحثون) after a verb or إن
    if head in _GROUP_HEADS or k in _GROUP_HEADS:
        return True
    if len(head) < 5 or speech_lemma(k) or is_participle(k) or is_participle(k[:-2] + "ا") or k in gz.stop():
        return False  # مشددين، معتبرين: a participle whose singular (مشددا) is listed
    return head.endswith(("ون", "ين")) and head[:1] == "م" and vocabulary().get(k, 0) > 0


def _group_slot(toks: list[Token], j: int) -> bool:
    """Whether the word at j stands where a clause's subject does: first in
    the sentence or a clause (after a comma or an opener such as إلا أن),
    or right after the clause's first word, its verb (يستبعد مختصون، تظاهر
    سكان), a quantifier between (دعا عدد من المختصين)."""
    p = j - 1
    while p >= 0 and toks[p].key in _GROUP_QUANTIFIERS:
        p -= 1
    if p < 0 or toks[p].text in _CLAUSE_MARKS or toks[p].key in _GROUP_OPENERS:
        return True
    return p == 0 or toks[p - 1].text in _CLAUSE_MARKS or toks[p - 1].key in _GROUP_OPENERS


def _group(body: str, toks: list[Token], ci: int, where: _Mentions, prev: list[Token] = ()) -> tuple[str, None] | None:
    """The group a plural cue speaks for, named before it in its sentence
    as a clause's subject (إلا أن الخبراء …، اعتبروا أن، يستبعد مختصون …
    مشيرين إلى أن، ويعارض كثير من النواب …، ويقولون إن): the first plural
    noun of persons there, kept as written with its adjectives (a generic
    speaker); None when the words name a person (مقربون من فلان) or no
    group stands there. A verb that opens its sentence (ويقولون إن) looks
    in the sentence before, `prev`, the one of its paragraph."""
    if prev and not any(t.key.isalpha() for t in toks[:ci]):
        return _group(body, prev, len(prev), where)
    for j in range(ci):
        if not toks[j].key.isalpha() or not _group_word(toks[j].key) or not _group_slot(toks, j):
            continue
        end = next((e for e in range(j + 1, ci) if not toks[e].key.isalpha() or speech_lemma(toks[e].key)
                    or _complementizer(toks[e].key) or toks[e].key in _GROUP_ENDS
                    or peel_known(toks[e].key).clitic[-1:] in ("ب", "ل")), ci)  # النواب بالكونغرس
        if any(t.key[:1].isdecimal() for t in toks[end:ci]):
            return None  # إن الموظفين …، و3 في المائة قالوا: a poll's share speaks
        found = _speaker(body, toks, j, end, where, (None, None))
        return (found[0], None) if found[0] and found[1] is None else None
    return None
