from django.dispatch import Signal

# Sent after commit when a trainer marks someone as having attended, with `booking`.
# Certificates and the GCP2 accreditation register build on it.
session_attended = Signal()
