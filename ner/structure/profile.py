"""The gazette a file is an issue of, chosen among the profiles of
``ner/data/profiles/`` by what the file says (``ner.core.profiles``): the later
components read the file with that gazette's region, its municipalities and bodies."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Optional

from ..core.doc import IssueDoc
from ..core.profiles import PROFILES, Profile, choose, profiles, slovenian_municipalities
from ..registry import component
from .masthead import masthead_date, masthead_head, named_beyond, served_beyond


def profile_of(text: str, known: dict[str, Profile], limit: int = 600) -> Optional[Profile]:
    """The profile of the gazette a text is an issue of, by its masthead (dated within
    the gazette's period) and its own words; None when it names no gazette."""
    head = masthead_head(text, limit)
    dated = masthead_date(head)
    return choose(head, text, dated[1] if dated else None, known)


@component("profile", requires=["doc.work", "doc.propers"], assigns=["doc.profile", "doc.region", "doc.propers"])
def make_profile(default: str = "uradne-objave", folder: str = "", limit: int = 600):
    known = profiles(Path(folder) if folder else PROFILES)
    if default not in known:
        raise ValueError(f"the default gazette profile {default!r} is not among {', '.join(known)} "
                         f"in {folder or PROFILES}; set [components.profile] default in pipeline.cfg")

    def profile(doc: IssueDoc) -> IssueDoc:
        doc.profile = profile_of(doc.work, known, limit)
        region = (doc.profile or known[default]).region
        head = masthead_head(doc.work, limit)
        beyond = served_beyond(head, region, slovenian_municipalities()) if doc.profile \
            else named_beyond(doc.work[:limit], region, slovenian_municipalities())
        doc.region = replace(region, municipalities=region.municipalities + beyond) if beyond else region
        # "Zagorje ob Savi", "Sveti Jurij v Slovenskih goricah": only their capitalised words are names
        doc.propers |= {w.lower() for m in doc.region.municipalities for w in m.split() if w[:1].isupper()}
        return doc

    return profile
