"""Rebuilding the shipped model and the word lists it reads from data folders given as arguments (`make train NER=DIR CORPUS=DIR`)."""
