"""munikg: a knowledge graph of Slovenian municipal acts (graph side)."""

__version__ = "0.1.0"
