"""What every stage shares: records, the issue document, the text map, tokens,
patterns, word knowledge (lexicon, word forms, bodies' names) and file reading."""
