"""Extraction runs: input files → briefings, through the cache, the last
good store and the executors (this process, local processes or a Dask
cluster). Nothing here knows of pages."""

from briefings.run.extraction import FileResult, extract_source, warm_up
from briefings.run.from_json import briefings_from_json, items_from_json
from briefings.run.item import Item, LightBriefing
from briefings.run.memory import RunMemory
from briefings.run.options import Options
from briefings.run.report import Report
from briefings.run.stream import briefings, items, results

__all__ = [
    "FileResult", "Item", "briefings_from_json", "LightBriefing", "Options", "Report", "RunMemory", "briefings", "extract_source", "items",
    "items_from_json", "results", "warm_up",
]
