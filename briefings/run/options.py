"""What an extraction run reads and where it keeps its cache."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefings.readers import DEFAULT_MAX_BYTES


@dataclass
class Options:
    inputs: list[Path]
    cache_dir: Path
    max_bytes: int = DEFAULT_MAX_BYTES


def relative(file: Path, root: Path) -> str:
    """An input file's path as briefings name it: from its input folder."""
    return file.relative_to(root).as_posix() if file.is_relative_to(root) else file.name
