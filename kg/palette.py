"""How each kind of node looks in every view: one colour and shape per kind, so that
the graphs, their legends and the marks in an act's text agree."""
from __future__ import annotations

from markupsafe import Markup

KINDS = {  # kind: (colour, vis shape, legend)
    "act": ("#4a78a8", "dot", "act"),
    "person": ("#e08a2c", "diamond", "person"),
    "body": ("#4f9d69", "square", "body / organisation"),
    "municipality": ("#9a9a2e", "triangleDown", "municipality"),
    "issue": ("#8c6bb1", "triangle", "gazette issue"),
    "gazette": ("#6b4f91", "star", "gazette"),
    "law": ("#b55a3c", "hexagon", "law or statute"),
    "referenced act": ("#9fb7cf", "dot", "act known from a reference"),
    "place": ("#7aa37a", "dot", "place"),
}

# The legend's drawing of each vis-network shape, in a 14-pixel square.
ICONS = {
    "dot": '<circle cx="7" cy="7" r="6"/>',
    "diamond": '<polygon points="7,0 14,7 7,14 0,7"/>',
    "square": '<rect x="1" y="1" width="12" height="12"/>',
    "triangle": '<polygon points="7,1 13,13 1,13"/>',
    "triangleDown": '<polygon points="1,1 13,1 7,13"/>',
    "star": '<polygon points="7,0 8.8,5 14,5 9.8,8.2 11.4,14 7,10.6 2.6,14 4.2,8.2 0,5 5.2,5"/>',
    "hexagon": '<polygon points="3.5,1 10.5,1 14,7 10.5,13 3.5,13 0,7"/>',
}


def shape_icon(shape: str, colour: str) -> Markup:
    """An inline SVG of a node's shape in its colour, for legends."""
    return Markup('<svg width="14" height="14" viewBox="0 0 14 14" fill="{}">{}</svg>').format(
        colour, Markup(ICONS[shape]))
