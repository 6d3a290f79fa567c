"""What the pipeline knows of the region a gazette serves: its municipalities and
its regional body (from the gazette's profile, ``ner.core.profiles``), and how to
recognise them in inflected forms."""
from __future__ import annotations

import re
from dataclasses import dataclass
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
        for i, (lw, fw) in enumerate(zip(lemmas, folded)):
            for m in self.municipalities:
                parts = fold(m).split()
                # Compare stems: inflected endings and OCR damage sit at the end.
                if len(parts) == 1:
                    if lw == parts[0] or same_stem(fw, parts[0]):
                        return m
                elif fw[:6] == parts[-1][:6]:
                    return m
        return None
