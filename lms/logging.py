"""Log filters shared by every app.

A host's workshop status link and a manager's approval link are the only key to what they
open, and they sit in the URL path. Django logs the path of every 4xx and 5xx response
(django.request), so a tampered or expired link would otherwise put the token in the logs,
where anyone who reads them could use it while it is still good."""

import logging
import re

PRIVATE_LINK = re.compile(r"(/(?:workshops/status|bookings/approve)/)[^/\s\"'?#]+")
REDACTED = r"\1[redacted]"


def redact(text: str) -> str:
    return PRIVATE_LINK.sub(REDACTED, text)


class RedactPrivateLinks(logging.Filter):
    """Rewrites the record's message with the token replaced; keeps every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True
