"""Positions for the views too large to lay themselves out in the browser: the graph's
communities (Louvain, seeded, so that a rebuild draws the same picture) each laid out
by force in a disc of its own, the discs packed in rows, largest first, so that a
view of thousands of nodes shows its clusters apart instead of one ring."""
from __future__ import annotations

import math

import networkx as nx

FORCE_MAX = 499  # networkx lays out larger graphs with scipy, which the project does not need
SPACING = 30  # pixels per node, roughly, in a community's disc


def _disc(g: nx.Graph, nodes: set) -> tuple[dict, float]:
    """One community's positions around (0, 0), and the radius of its disc."""
    radius = SPACING * math.sqrt(len(nodes))
    if len(nodes) == 1:
        return {next(iter(nodes)): (0.0, 0.0)}, SPACING / 2
    sub = g.subgraph(nodes)
    if len(nodes) > FORCE_MAX:
        local = spiral_layout(sub)
        far = max(math.hypot(x, y) for x, y in local.values()) or 1.0
        return {n: (x * radius / far, y * radius / far) for n, (x, y) in local.items()}, radius
    local = nx.spring_layout(nx.Graph(sub), seed=1, iterations=50)
    return {n: (float(x) * radius, float(y) * radius) for n, (x, y) in local.items()}, radius


def community_layout(g: nx.Graph) -> dict:
    und = nx.Graph(g.to_undirected()) if g.is_directed() else g
    groups = sorted(nx.community.louvain_communities(und, seed=1), key=lambda c: (-len(c), min(c)))
    discs = [_disc(und, c) for c in groups]
    row_width = 2.2 * math.sqrt(sum(r * r for _, r in discs))  # rows about as wide as the whole is high
    pos, x, y, row_height = {}, 0.0, 0.0, 0.0
    for local, r in discs:
        if x > 0 and x + 2 * r > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + r, y + r
        for n, (dx, dy) in local.items():
            pos[n] = (cx + dx, cy + dy)
        x += 2 * r + SPACING
        row_height = max(row_height, 2 * r + SPACING)
    return pos


def spiral_layout(g: nx.Graph) -> dict:
    """Positions in linear time, for a community too large to lay out by force: acts on a
    spiral ordered by municipality and date, every other node at the centre of its neighbours."""
    acts = sorted((n for n, d in g.nodes(data=True) if d.get("kind") == "act"),
                  key=lambda n: (g.nodes[n].get("municipality") or "", g.nodes[n].get("date") or "", n))
    pos = {}
    for i, n in enumerate(acts):
        r = 40 * math.sqrt(i + 1)
        a = i * 2.399963  # the golden angle spreads the points evenly
        pos[n] = (r * math.cos(a), r * math.sin(a))
    rest = [n for n in sorted(g.nodes) if n not in pos]
    for k, n in enumerate(rest):
        near = [pos[m] for m in g.neighbors(n) if m in pos]
        if near:
            x = sum(p[0] for p in near) / len(near)
            y = sum(p[1] for p in near) / len(near)
        else:
            x = y = 0.0
        jitter = 25 + (k % 7) * 6
        pos[n] = (x + jitter * math.cos(k), y + jitter * math.sin(k))
    return pos
