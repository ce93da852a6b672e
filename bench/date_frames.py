"""How often the corpus writes the date frames of the nineteenth round's
figure rules (issue 12), over every daily file but the held days:

- numeric dates with dashes (24-10-1436هـ، 4 - 6 - 2015م) beside those with
  slashes, and dashed year-first dates (2015-08-04);
- a weekday right before a numeric date, or before a day of a month
  (يوم السبت 7/11/1436هـ، الأحد 8 فبراير), الموافق allowed between;
- a day of the publication's own Gregorian month with المقبل/القادم or
  الماضي (حتى 6 أغسطس المقبل written in August), split by whether the day
  is still to come.

    .venv/bin/python bench/date_frames.py CORPUS

Counts only; no text is printed.
"""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from collections import Counter
from pathlib import Path

from briefings.training.corpus import HELD

_D = r"[0-9٠-٩]"
_WD = r"(?:الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)"
_MONTHS = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
           "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12}
FRAMES = {
    "numeric, slashes": re.compile(rf"(?<![0-9٠-٩/-]){_D}{{1,2}}\s?/\s?{_D}{{1,2}}\s?/\s?{_D}{{4}}"),
    "numeric, dashes": re.compile(rf"(?<![0-9٠-٩/-]){_D}{{1,2}}\s?-\s?{_D}{{1,2}}\s?-\s?{_D}{{4}}"),
    "numeric, year first, dashes": re.compile(rf"(?<![0-9٠-٩/-]){_D}{{4}}\s?-\s?{_D}{{1,2}}\s?-\s?{_D}{{1,2}}(?![0-9٠-٩])"),
    "weekday before a numeric date": re.compile(
        rf"(?:^|\s)[وب]?(?:يوم\s)?{_WD}[\s،,(]*(?:الموافق\s)?{_D}{{1,2}}\s?[-/]\s?{_D}{{1,2}}\s?[-/]\s?{_D}{{4}}"),
    "weekday before a day of a month": re.compile(
        rf"(?:^|\s)[وب]?(?:يوم\s)?{_WD}[\s،,(]*(?:الموافق\s)?(?:ال)?{_D}{{1,2}}\s(?:من\s)?(?:شهر\s)?[\u0621-\u064a]+"),
}
_OWN_MONTH = re.compile(rf"(?<![0-9٠-٩/]){_D}{{1,2}}\s(?:من\s)?({'|'.join(_MONTHS)})\s(?:\S+\s)?(المقبل|القادم|الماضي)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    for f in sorted(args.corpus.glob("*.zip")):
        if f.stem in HELD:
            continue
        with zipfile.ZipFile(f) as z:
            for name in z.namelist():
                for r in json.loads(z.read(name)):
                    text = r.get("content") or ""
                    for frame, rx in FRAMES.items():
                        counts[frame] += len(rx.findall(text))
                    published = (r.get("date_extracted") or "")[:10]
                    if len(published) < 10:
                        continue
                    pm, pd = int(published[5:7]), int(published[8:10])
                    for m in _OWN_MONTH.finditer(text):
                        if _MONTHS[m.group(1)] != pm:
                            continue
                        day = int(m.group(0).split()[0].translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
                        ahead = "next" if m.group(2) != "الماضي" else "last"
                        counts[f"own month, {ahead}, day {'to come' if day >= pd else 'passed'}"] += 1
    for frame, n in sorted(counts.items()):
        print(f"{n:>6}  {frame}")


if __name__ == "__main__":
    main()
