"""Rebuilding the shipped model and word lists from ../shared (`make train`)."""
