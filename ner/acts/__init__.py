"""What each act says of itself: its fields, signatures, citations and legal basis."""
from . import act_fields, citations, in_force, legal_basis, signatures  # noqa: F401  (registers the components)
