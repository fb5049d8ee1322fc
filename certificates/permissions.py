"""Who may do what with certificates and the register: one place, so views and tests agree."""

from lms.models import Role

# Look people up: can this practitioner lead a GCP2 assessment today?
REGISTER_READERS = (Role.MANAGER, Role.TRAINER, Role.SAFEGUARDING_LEAD, Role.ADMINISTRATOR)
# Change the register: suspend, reinstate, revoke, import historical lists.
REGISTER_KEEPERS = (Role.TRAINER, Role.ADMINISTRATOR)
# Find any certificate, revoke it or reissue it after a name correction.
CERTIFICATE_STAFF = (Role.TRAINER, Role.ADMINISTRATOR)
