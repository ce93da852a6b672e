"""What a run did: briefings built, files extracted and written, and every
skipped file or record with its reason."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from briefings.readers.base import skip_line

log = logging.getLogger("briefings")


@dataclass
class Report:
    built: list[str] = field(default_factory=list)
    extracted: int = 0
    written: int = 0
    removed: int = 0
    skipped: list[dict] = field(default_factory=list)

    def skip(self, err: dict) -> None:
        """Count a skip and say it at once, one line naming the file."""
        self.skipped.append(err)
        log.error("%s", skip_line(err["path"], err.get("record"), err["reason"]))

    def to_json(self) -> str:
        return json.dumps(
            {"built": len(self.built), "extracted": self.extracted, "written": self.written,
             "removed": self.removed, "skipped": self.skipped},
            ensure_ascii=False, indent=1,
        ) + "\n"

    def summary_line(self) -> str:
        return (
            f"briefings: {len(self.built)} built ({self.extracted} extracted, {self.written} files written, "
            f"{self.removed} removed), {len(self.skipped)} skipped"
        )
