"""A person's offices as a timeline: one bar per office held, from the first act that
attests it to the last, on a common axis of years (inline SVG, no script)."""
from __future__ import annotations

from datetime import date
from typing import NamedTuple, Optional

from markupsafe import Markup

WIDTH, ROW, LEFT = 720, 18, 20


class Office(NamedTuple):
    role: str
    body: str
    start: Optional[str]  # ISO dates of the first and last act that attest it
    end: Optional[str]

    def __str__(self) -> str:
        when = "" if self.start is None else f" ({self.start}{'' if self.end == self.start else f' – {self.end}'})"
        return f"{self.role}, {self.body}{when}"


def _year(iso: str) -> float:
    d = date.fromisoformat(iso[:10] if len(iso) >= 10 else iso[:7] + "-01")
    return d.year + (d.timetuple().tm_yday - 1) / 366


def timeline(offices: list[Office]) -> Markup:
    dated = [o for o in offices if o.start]
    if not dated:
        return Markup("")
    first = int(min(_year(o.start) for o in dated))
    last = int(max(_year(o.end or o.start) for o in dated)) + 1
    span = max(1, last - first)
    x = lambda y: LEFT + (y - first) * (WIDTH - 2 * LEFT) / span  # noqa: E731
    parts = []
    for k, o in enumerate(dated):
        x0, x1 = x(_year(o.start)), x(_year(o.end or o.start))
        width = max(6.0, x1 - x0)
        parts.append(Markup('<rect x="{:.1f}" y="{}" width="{:.1f}" height="{}" rx="3" fill="#e08a2c"><title>{}</title></rect>'
                            '<text x="{:.1f}" y="{}" font-size="11">{}</text>').format(
            x0, k * ROW + 2, width, ROW - 6, str(o), min(x0 + width + 4, WIDTH - 300), k * ROW + 13, str(o)))
    axis = len(dated) * ROW + 12
    for year in range(first, last + 1, max(1, span // 8)):
        parts.append(Markup('<text x="{:.1f}" y="{}" font-size="10" fill="#666" text-anchor="middle">{}</text>').format(
            x(year), axis, year))
    return Markup('<svg class="timeline" width="{}" height="{}" role="img" aria-label="offices held">{}</svg>').format(
        WIDTH, axis + 4, Markup("").join(parts))
