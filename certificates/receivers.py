def claim_held_accreditations(sender, request, email_address, **kwargs):
    """An accreditation imported for an email waits for its owner: it is theirs once they have
    proved they own that address, never on an unverified sign-up."""
    from certificates import accreditation

    accreditation.claim_held(email_address.user, email_address.email)
