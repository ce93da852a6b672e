"""Arabic text handling: normalization for matching keys, tokens, sentences."""
