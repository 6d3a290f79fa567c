"""The people, organisations and places an act names: rule readers and the trained model."""
from . import mentions  # noqa: F401  (registers the component)
