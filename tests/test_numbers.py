import pytest

from briefings.extract.numbers import combine, parse_digits, to_words, word_value
from briefings.lang.ar.normalize import key


def parse_words(text: str) -> float | None:
    words = []
    for w in text.split():
        k = key(w)
        if k.startswith("و") and word_value(k) is None:
            k = k[1:]
        words.append(k)
    return combine(words)


def test_every_integer_below_a_million_round_trips():
    bad = [n for n in range(1_000_000) if parse_words(to_words(n)) != n]
    assert bad == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("ثلاثين", 30),
        ("أحد عشر", 11),
        ("مئة", 100),
        ("مائة", 100),
        ("ألفين", 2000),
        ("ثلاثة آلاف وخمسمائة", 3500),
        ("نصف مليون", 500_000),
        ("سبعة آلاف", 7000),
    ],
)
def test_number_words(text, value):
    assert parse_words(text) == value


@pytest.mark.parametrize(
    "raw,value,decimal_comma",
    [
        ("2100", 2100, False),
        ("٢١٠٠", 2100, False),
        ("۲۱۰۰", 2100, False),
        ("2,100", 2100, False),
        ("٢٬١٠٠", 2100, False),
        ("2.5", 2.5, False),
        ("٢٫٥", 2.5, False),
        ("4ر16", 16.4, False),
        ("1,36", 1.36, True),
    ],
)
def test_digits(raw, value, decimal_comma):
    assert parse_digits(raw, decimal_comma) == pytest.approx(value)
