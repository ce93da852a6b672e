"""The site: briefings → pages in docs/ (collection, pages, search index),
written by one writer that knows what it wrote."""
