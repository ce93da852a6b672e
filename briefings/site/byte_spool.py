"""Bytes put aside in a temporary file and read back by offset: what a
build would otherwise hold in memory from one of its steps to a later one
(the collection entries, site/generate.py; the pages between MkDocs' two
passes, site/page_spool.py). The file is gone when closed or when the
process ends; while it lives it is the system's page cache's, not the
process's. Reads are by offset (pread), so that two readings never share
a file position."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class ByteSpool:
    def __init__(self, folder: Path, prefix: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.file = tempfile.TemporaryFile(dir=folder, prefix=prefix)
        self.end = 0  # where the next bytes go
        self._flushed = True

    def add(self, data: bytes) -> int:
        """Put bytes aside; returns where they are."""
        at = self.end
        self.file.write(data)
        self.end += len(data)
        self._flushed = False
        return at

    def read(self, offset: int, size: int) -> bytes:
        if not self._flushed:
            self.file.flush()
            self._flushed = True
        return os.pread(self.file.fileno(), size, offset)

    def close(self) -> None:
        self.file.close()
