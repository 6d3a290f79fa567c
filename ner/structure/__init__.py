"""The structure of an issue: page layout, the gazette's profile, masthead, contents, the acts' segments,
and their alignment with the contents."""
from . import layout, masthead, profile, segment, toc, toc_match  # noqa: F401  (registers the components)
