"""What the pipeline knows of the region a gazette serves: its municipalities and
its regional body (from the gazette's profile, ``ner.core.profiles``), and how to
recognise them in inflected forms."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Optional

from .wordforms import fold, lemma, same_stem


@dataclass(frozen=True)
class Region:
    municipalities: tuple[str, ...]
    regional_body: str  # the inter-municipal community, e.g. "Obalna skupnost"
    regional_seat: str

    def named_in(self, text: str) -> list[str]:
        """The municipalities a text names in the nominative ("GORNJA RADGONA, LENDAVA")."""
        folded = fold(text)
        return [m for m in self.municipalities if re.search(rf"\b{re.escape(fold(m))}\b", folded)]

    def municipality_in(self, text: str) -> Optional[str]:
        """The municipality a phrase names (in any case), or the regional community."""
        # Obalna skupnost Koper, Obalni svet Koper, Skupnost obalnih občin
        if re.search(r"obaln\w*\s+(?:skupnost|svet)|skupnost\w*\s+obaln", fold(text)):
            return self.regional_body
        words = re.findall(r"[^\W\d_]+", text)
        lemmas = [fold(lemma(w)) for w in words]
        folded = [fold(w) for w in words]
        for lw, fw in zip(lemmas, folded):
            # Compare stems: inflected endings and OCR damage sit at the end. Of names that
            # share their opening ("Dobrne": Dobrna, not Dobje) the closest is the one.
            found = [(m, f) for m, f in self._folded if _names(f.split(), lw, fw)]
            if found:
                return max(found, key=lambda mf: (mf[1] in (lw, fw), len(os.path.commonprefix([fw, mf[1]]))))[0]
        return None

    @cached_property
    def _folded(self) -> tuple[tuple[str, str], ...]:
        """Each municipality with its folded name, folded once: every phrase is compared with all."""
        return tuple((m, fold(m)) for m in self.municipalities)


def _names(parts: list[str], lw: str, fw: str) -> bool:
    """A word (its lemma ``lw``, its folded form ``fw``) names the municipality of these
    folded words: a one-word name in any case, a two-word one by its last word."""
    if len(parts) == 1:
        return lw == parts[0] or same_stem(fw, parts[0])
    return fw[:6] == parts[-1][:6]
