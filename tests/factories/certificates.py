"""The certificates app's factories (defined in `certificates/factories.py`, which seed_demo also uses)."""

from certificates.factories import (
    AccreditationFactory,
    CertificateFactory,
    gcp2_scheme,
)

__all__ = [
    "AccreditationFactory",
    "CertificateFactory",
    "gcp2_scheme",
]
