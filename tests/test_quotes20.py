"""Quotes, the seventeenth round of helpers (branch quotes20): a page
written in Arabic Presentation Forms-B reads as the letters it draws, and
«ويذكر أن» is the impersonal «it is noted», as «يذكر أن» is. Sentences
written for these tests."""

import unicodedata

from test_speakers import quotes

from briefings.lang.ar import key


def glyphs(text: str) -> str:
    """text with each letter written as its contextual glyph of Forms-B,
    as some scraped pages are: the isolated form of each letter (enough
    for a key, which must not care which of the four forms is used)."""
    forms = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0xFEFC, 0xFE80, -1)
             if unicodedata.name(chr(c), "").endswith("ISOLATED FORM")}
    return "".join(forms.get(ch, ch) for ch in text)


def test_presentation_forms_key_as_their_letters():
    for word in ("وأضافت", "المصادر", "إن", "لا", "القوات"):
        g = glyphs(word)
        assert g != word
        assert key(g) == key(word)
    # the medial and final glyphs of ha and the lam-alef ligature too
    assert key("ﺍﻟﻤﻘﺎﻭﻣﺔ") == key("المقاومة")
    assert key("ﻻ") == key("لا")
    # the text shown is never changed: only the key maps
    assert glyphs("إن") != "إن"


def test_a_medial_marks_glyph_keys_as_nothing():
    # U+FE71, FE77, FE79, FE7B, FE7D, FE7F draw a tatweel with a mark:
    # like the marks themselves (and tatweel), they leave no trace in a key
    for c in ("\ufe71", "\ufe77", "\ufe79", "\ufe7b", "\ufe7d", "\ufe7f"):
        assert key("كتب" + c + "ا") == key("كتبا")


def test_a_statement_written_in_presentation_forms_is_read():
    plain = "وقالت مصادر عسكرية إن القوات الحكومية استعادت السيطرة على ثلاثة مواقع في شمال المدينة."
    body = glyphs(plain)
    [q] = quotes(body)
    assert key(q.speaker) == key("مصادر عسكرية")
    assert q.text.startswith(glyphs("القوات"))
    assert [key(w) for w in q.speaker.split()] == [key(w) for w in "مصادر عسكرية".split()]


def test_wa_yudhkar_anna_is_impersonal():
    first = "وقال مدير المهرجان سالم العتيبي إن عدد الزوار تجاوز مئة ألف زائر هذا العام."
    qs = quotes(first + " ويذكر أن المهرجان يقام سنويا في الأسبوع الأول من شهر مارس بمشاركة واسعة.")
    assert [q.speaker for q in qs] == ["سالم العتيبي"]
    assert all(q.start < len(first) for q in qs)


def test_wa_dhakara_anna_still_speaks():
    # the past tense with و is a statement of the one named (وذكر أن)
    qs = quotes("وأوضح مدير المهرجان سالم العتيبي أن عدد الزوار تجاوز مئة ألف. وذكر أن المهرجان يقام سنويا في شهر مارس بمشاركة واسعة.")
    assert len(qs) == 2 and qs[1].speaker == "سالم العتيبي"


def test_a_participle_too_short_to_keep_names_who_speaks_next():
    first = "وذكرت وكالة أنباء الأناضول أن ستة أشخاص اعتقلوا بعد الهجوم على القافلة."
    body = (first + " ودانت وزارة الخارجية الفرنسية في بيان على موقعها القصف، معتبرة أنه «عدوان»."
            " وقالت إن تركيا أنهت من جانب واحد وقف إطلاق النار.")
    qs = quotes(body)
    assert [q.speaker for q in qs] == ["وكالة أنباء الأناضول", "وزارة الخارجية الفرنسية"]


def test_a_participle_with_its_statement_changes_nothing_after_it():
    # the chain after a participle that made its statement is what it was
    body = ("وقال وزير الخارجية أحمد سالم إن المحادثات مستمرة بين الطرفين. ووصل الوفد إلى المدينة أمس،"
            " مؤكدا أن المفاوضات ستنتهي خلال أيام قليلة. وأضاف أن الاتفاق بات قريبا جدا.")
    qs = quotes(body)
    assert len(qs) == 3
    assert qs[2].speaker == qs[1].speaker
