"""OCR repair: the noisy channel (``noise``) and the ``ocr_repair`` component."""
from . import ocr_repair  # noqa: F401  (registers the component)
