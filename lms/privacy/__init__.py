"""Privacy (UK GDPR): what is held about a person and how it leaves.

- `records`: everything held about one person, as a download (the right of access);
- `erasure`: erasing a person, on their request or by their own account deletion, keeping the
  charges and registers finance and audit need under a pseudonym;
- `retention`: the daily job (and `tasks.apply_retention`) that removes what is kept longer than
  settings.RETENTION says;
- `admin_views`: administrators erase a named person from the admin's Users list.

This is the one part of `lms` that reads every app's tables: a person's data lives in all of them,
and one module that knows where is how nothing gets left behind. The apps never import it.
"""

# Where an erased person's email address points: reserved (RFC 2606), so no mail is ever delivered
# there. Kept here, free of imports, so lms.emails can refuse to send to it.
ERASED_DOMAIN = "erased.invalid"


def is_erased_address(email: str) -> bool:
    return email.strip().lower().endswith(f"@{ERASED_DOMAIN}")
