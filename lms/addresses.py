"""Email addresses as the mailboxes they reach.

One mailbox has many spellings: `Pat@Example.org`, `pat+boss@example.org`,
`pat@example.org` typed in full-width letters (which Django's IDNA encoding folds before sending)
and `"pat"@example.org` all reach pat@example.org. So there are two forms here, for two jobs:

- `normalise` is the one spelling we store and send to (NFKC, the domain in IDNA ASCII, lower
  case, needless quotes dropped), so an address compared later is compared as it is delivered.
- `canonical` also drops the +tag and every quote and escape: the mailbox itself. It is only
  ever used to *refuse* (a manager address that reaches the practitioner); authority is granted
  on the exact normalised address, because a server that does not treat + as a tag gives
  `pat+x@` to a different person.
"""

import re
import unicodedata

from django.utils.encoding import punycode

# RFC 5322 dot-atom: a local part that needs no quotes.
_DOT_ATOM = re.compile(r"[-!#$%&'*+/=?^_`{}|~0-9a-z]+(\.[-!#$%&'*+/=?^_`{}|~0-9a-z]+)*\Z", re.IGNORECASE)
_ESCAPE = re.compile(r"\\(.)")


def _split(address: str) -> tuple[str, str]:
    """(local part, domain) of the NFKC form; the last @ splits them, as a quoted local part
    may hold one."""
    local, _, domain = unicodedata.normalize("NFKC", address).strip().rpartition("@")
    return local, domain


def _domain(domain: str) -> str:
    """The domain as Django puts it on the envelope (`punycode`, the same IDNA encoding that
    maps full-width letters and ideographic full stops), in lower case, without the root's dot."""
    try:
        ascii_domain = punycode(domain)
    except UnicodeError:
        ascii_domain = domain  # not a domain IDNA can encode: compare it as typed
    return ascii_domain.lower().rstrip(".")


def _unquoted(local: str) -> str:
    if len(local) >= 2 and local.startswith('"') and local.endswith('"'):
        return _ESCAPE.sub(r"\1", local[1:-1])
    return local


def normalise(address: str) -> str:
    """The spelling to store and send to: one mailbox, one spelling, +tag kept (it is the
    owner's to use for their own filing)."""
    local, domain = _split(address)
    if not domain:
        return address.strip().lower()
    unquoted = _unquoted(local)
    if unquoted != local and _DOT_ATOM.match(unquoted):
        local = unquoted
    return f"{local.lower()}@{_domain(domain)}"


# Gmail ignores dots in the local part and delivers googlemail.com to the same mailbox.
_DOTS_IGNORED = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}


def canonical(address: str) -> str:
    """The mailbox an address reaches, to compare two addresses for "same person"."""
    local, domain = _split(address)
    local = _unquoted(local).split("+", 1)[0].casefold()
    if not domain:
        return local
    domain = _domain(domain)
    if domain in _DOTS_IGNORED:
        local, domain = local.replace(".", ""), _DOTS_IGNORED[domain]
    return f"{local}@{domain}"


def mailboxes(user) -> set[str]:
    """The canonical form of every address on the account: its sign-in address and each
    address added to it, verified or not (an unverified one is still claimed as theirs)."""
    from allauth.account.models import EmailAddress

    found = {canonical(user.email)} if user.email else set()
    found.update(
        canonical(email) for email in EmailAddress.objects.filter(user=user).values_list("email", flat=True)
    )
    return found


def belongs_to(user, address: str) -> bool:
    """Would mail to `address` reach the holder of this account?"""
    return canonical(address) in mailboxes(user)


def same(first: str, second: str) -> bool:
    """Are these the same address, spelt the way we store them (for who may act on one)?"""
    return normalise(first) == normalise(second)
