"""The component registry, in the manner of spaCy's: components are registered by
name and the pipeline is assembled from one config file (``ner/pipeline.cfg``)."""
from __future__ import annotations

import catalogue

components = catalogue.create("munikg", "components", entry_points=False)
