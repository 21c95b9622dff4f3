"""One colour per outlet, the same in every figure of the course."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

__all__ = [
    "PALETTE",
    "UNKNOWN_COLOR",
    "UNKNOWN_OUTLET",
    "outlet_colors",
]


#: Okabe & Ito's colour-blind-safe palette (Color Universal Design, 2002), without black;
#: yellow last, as it is the hardest to see on white.
PALETTE = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442"]
#: The label and colour for articles whose outlet is not known.
UNKNOWN_OUTLET, UNKNOWN_COLOR = "(outlet unknown)", "#999999"


def outlet_colors(outlets: Iterable[str]) -> dict[str, str]:
    """A colour for each outlet: outlets sorted by name take the palette in order.

    The same set of outlets always gets the same colours, so every figure made from one
    corpus agrees. A missing outlet is named ``UNKNOWN_OUTLET`` and drawn in grey. Past
    seven outlets the palette starts again.

    >>> outlet_colors(["RT", "Expatica", "RT"])
    {'Expatica': '#E69F00', 'RT': '#56B4E9'}
    """
    if isinstance(outlets, str):
        raise TypeError("outlets must be a list or column of outlet names, not one str")
    names = sorted({str(o) for o in outlets if not pd.isna(o) and str(o) != UNKNOWN_OUTLET})
    colors = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names)}
    if any(pd.isna(o) or str(o) == UNKNOWN_OUTLET for o in outlets):
        colors[UNKNOWN_OUTLET] = UNKNOWN_COLOR
    return colors
