"""Gazette profiles: what the reader knows of each gazette it reads, one data file per
gazette in ``ner/data/profiles/`` (its name, its masthead as printed and as the OCR
garbles it, the clause by which its acts say they are published in it, its period and
the municipalities it serves), so that a new gazette is a new file, not new code.

A file's profile is chosen by what the file itself says: its masthead names the
gazette, its acts say where they are published, it cites the gazette's earlier
issues, its masthead names the municipalities the gazette serves; a masthead dated
outside a gazette's period rules that gazette out. A file that says none of this is
read with the default profile and its gazette is left unknown.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .lexicon import DATA, data_rows
from .region import Region

PROFILES = DATA / "profiles"
# What each kind of evidence weighs; a profile needs MIN_SCORE to be chosen.
MASTHEAD, PUBLISHED_IN, CITED, SERVED = 3, 2, 1, 1
MIN_SCORE = 2
MAX_SERVED = 2  # municipalities named in the masthead count up to this


@dataclass(frozen=True)
class Profile:
    key: str  # the file's stem
    name: str  # as ner/data/gazettes.tsv names it
    masthead: tuple[re.Pattern, ...]
    published_in: tuple[re.Pattern, ...] = ()
    cited: tuple[re.Pattern, ...] = ()
    issue: Optional[re.Pattern] = None  # number and date in one, where the masthead prints them so
    period: tuple[int, Optional[int]] = (0, None)
    municipalities: tuple[str, ...] = ()
    serves_all: bool = False  # any municipality of Slovenia publishes in it
    regional_body: str = ""
    regional_seat: str = ""

    @property
    def region(self) -> Region:
        return Region(self.municipalities, self.regional_body, self.regional_seat)

    def in_period(self, year: Optional[int]) -> bool:
        start, end = self.period
        return year is None or start <= year and (end is None or year <= end)

    def masthead_at(self, head: str) -> int:
        """Where the masthead names this gazette; a gazette a masthead cites lower
        down ("... (Uradno glasilo slovenskih občin, št. 36/21)") is not the one it heads."""
        return min((m.start() for p in self.masthead for m in [p.search(head)] if m), default=len(head))

    def score(self, head: str, text: str) -> int:
        """How strongly the file's masthead (``head``) and text point to this gazette."""
        found = (MASTHEAD * any(p.search(head) for p in self.masthead)
                 + PUBLISHED_IN * any(p.search(text) for p in self.published_in)
                 + CITED * any(p.search(text) for p in self.cited))
        if not self.serves_all:
            found += SERVED * min(MAX_SERVED, len(self.region.named_in(head)))
        return found


def _patterns(values, flags=re.IGNORECASE) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(v, flags) for v in values or ())


@lru_cache(maxsize=None)
def slovenian_municipalities() -> tuple[str, ...]:
    """Today's municipalities and the administrative units, which are, roughly, the
    municipalities of before 1995 (ner/data/register/municipalities.tsv)."""
    rows = data_rows("register/municipalities")
    return tuple(dict.fromkeys([r["name"] for r in rows] + [r["upravna_enota"] for r in rows]))


@lru_cache(maxsize=None)
def municipality_words() -> frozenset[str]:
    """The words of every Slovenian municipality's name ("Trbovlje", "Bistrica")."""
    return frozenset(w for m in slovenian_municipalities() for w in m.split())


def load_profile(path: Path) -> Profile:
    try:
        d = tomllib.loads(path.read_text(encoding="utf-8"))
        serves_all = d.get("municipalities") == "all"
        period = d.get("period", [0])
        return Profile(
            key=path.stem, name=d["name"], masthead=_patterns(d["masthead"], re.IGNORECASE),
            published_in=_patterns(d.get("published_in")), cited=_patterns(d.get("cited")),
            issue=re.compile(d["issue"]) if d.get("issue") else None,
            period=(period[0], period[1] if len(period) > 1 else None),
            municipalities=slovenian_municipalities() if serves_all else tuple(d["municipalities"]),
            serves_all=serves_all, regional_body=d.get("regional_body", ""),
            regional_seat=d.get("regional_seat", ""))
    except (tomllib.TOMLDecodeError, KeyError, re.error) as exc:
        raise ValueError(f"gazette profile {path}: {exc}; see the other files in {path.parent}") from exc


@lru_cache(maxsize=None)
def profiles(folder: Path = PROFILES) -> dict[str, Profile]:
    found = {p.stem: load_profile(p) for p in sorted(folder.glob("*.toml"))}
    if not found:
        raise FileNotFoundError(f"no gazette profiles (*.toml) in {folder}; reinstall munikg")
    return found


def profile_named(name: str) -> Optional[Profile]:
    """The profile of the gazette of this name, if the project has one."""
    return next((p for p in profiles().values() if p.name == name), None)


def choose(head: str, text: str, year: Optional[int], known: dict[str, Profile]) -> Optional[Profile]:
    """The profile the file's own words point to most, or None when none is named."""
    scored = [(p.score(head, text), -p.masthead_at(head), -len(p.municipalities), p.key)
              for p in known.values() if p.in_period(year)]
    best = max(scored, default=None)
    return known[best[-1]] if best and best[0] >= MIN_SCORE else None
