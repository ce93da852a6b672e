"""Outlets by name: scrapers name an outlet by a source id (`aawsat`),
pages name it as readers know it (الشرق الأوسط). An outlet not in the
table is shown as the input gave it."""

from __future__ import annotations

# SaudiNewsNet's source ids and other common ones, as the outlets write their names
NAMES = {
    "aawsat": "الشرق الأوسط",
    "alriyadh": "الرياض",
    "alweeam": "الوئام",
    "aleqtisadiya": "الاقتصادية",
    "almadina": "المدينة",
    "alyaum": "اليوم",
    "okaz": "عكاظ",
    "sabq": "سبق",
    "aljazirah": "الجزيرة",
    "alwatan": "الوطن",
    "arreyadi": "الرياضي",
    "alhayat": "الحياة",
    "alsharq": "الشرق",
    "ajel": "عاجل",
    "spa": "واس",
}


def outlet_name(outlet: str | None) -> str | None:
    """The name pages show for an outlet (None stays None)."""
    if not outlet:
        return outlet
    return NAMES.get(outlet.strip().lower(), outlet)
