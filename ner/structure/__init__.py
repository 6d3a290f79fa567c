"""The structure of an issue: page layout, masthead, contents, the acts' segments,
and their alignment with the contents."""
from . import layout, masthead, segment, toc, toc_match  # noqa: F401  (registers the components)
