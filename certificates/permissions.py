"""Who may do what with certificates and the register, so views and tests agree:
REGISTER_READERS look people up (can this practitioner lead a GCP2 assessment today?);
REGISTER_KEEPERS suspend, reinstate, revoke and import; CERTIFICATE_STAFF find any certificate,
revoke it or reissue it after a name correction. Defined with the roles in lms.roles."""

from lms.roles import CERTIFICATE_STAFF, REGISTER_KEEPERS, REGISTER_READERS

__all__ = ["CERTIFICATE_STAFF", "REGISTER_KEEPERS", "REGISTER_READERS"]
