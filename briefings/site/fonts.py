"""The Arabic web font, served from the site itself: Noto Sans Arabic from
its PyPI package, pinned to normal width and compressed as WOFF2."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

FONT_NAME = "NotoSansArabic.woff2"


def source_font() -> Path:
    files = resources.files("fontpkg_noto_sans_arabic") / "files"
    for f in files.iterdir():
        if f.name.endswith(".ttf"):
            return Path(str(f))
    raise FileNotFoundError("fontpkg-noto-sans-arabic holds no TTF file")


def ensure_font(target_dir: Path) -> Path:
    """Write the WOFF2 once; later builds reuse it."""
    target = target_dir / FONT_NAME
    if target.is_file() and target.stat().st_size > 0:
        return target
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    from briefings.fsutil import remove_temp_files, write_if_changed

    # the source's timestamp, not the time of the build: the same bytes each time
    font = TTFont(str(source_font()), recalcTimestamp=False)
    if "fvar" in font and any(a.axisTag == "wdth" for a in font["fvar"].axes):
        # keep the weight axis (bold headings), drop the width axis
        font = instancer.instantiateVariableFont(font, {"wdth": 100})
    font.flavor = "woff2"
    import io

    buf = io.BytesIO()
    font.save(buf)
    remove_temp_files(target_dir, [FONT_NAME])  # of a write that was cut short
    write_if_changed(target, buf.getvalue())
    return target
