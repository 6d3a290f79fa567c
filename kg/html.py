"""The Jinja environment of every HTML page: autoescaped, so that text from the
documents is always shown as text."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from .palette import shape_icon

TEMPLATES = Path(__file__).with_name("templates")


@lru_cache(maxsize=1)
def env() -> Environment:
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    environment.globals["shape_icon"] = shape_icon
    return environment
