"""Stable, readable IRIs: the same thing gets the same IRI on every rebuild,
whatever the order of the input files."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace

DEFAULT_BASE = "https://w3id.org/munikg/id/"


def slug(text: str) -> str:
    """'Raul Šiškovič' -> 'raul-siskovic'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


class Minter:
    """Makes IRIs under one base.

    Names that slug alike ("Šiškovič", "Siskovic") but differ get a short hash of
    the exact name appended, all of them, so the result does not depend on which
    one was seen first.
    """

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith("/") else base + "/"
        self.ns = Namespace(self.base)
        self._names: dict[tuple[str, str], set[str]] = {}

    def reserve(self, kind: str, name: str) -> None:
        self._names.setdefault((kind, slug(name)), set()).add(name)

    def named(self, kind: str, name: str):
        s = slug(name)
        if len(self._names.get((kind, s), ())) > 1:
            s = f"{s}-{short_hash(name)}"
        return self.ns[f"{kind}/{s}"]

    def path(self, *parts) -> "object":
        return self.ns["/".join(str(p) for p in parts)]
