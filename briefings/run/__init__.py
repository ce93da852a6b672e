"""Extraction runs: input files → briefings, through the cache, the last
good store and the executors (local processes or a Dask cluster)."""
