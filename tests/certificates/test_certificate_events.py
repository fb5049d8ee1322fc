"""One audit shape for certificates and accreditations: every event says when, who (account and
email), what, from which state to which, and why; the history pages word them as before."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from certificates import accreditation as register
from certificates import services
from certificates.models import AccreditationScheme, AccreditationStatus, CertificateStatus
from lms.models import Role
from tests.certificates.conftest import accredit, signed_in
from tests.certificates.test_certificates import issue
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SHAPE = ("action", "actor", "actor_email", "from_state", "to_state", "detail")


def trail(obj) -> list[tuple]:
    return list(obj.events.values_list(*SHAPE))


# Certificates --------------------------------------------------------------------------------


def test_issuing_records_an_issued_event_by_the_system():
    certificate = issue()
    assert trail(certificate) == [("issued", None, "", "", "valid", "")]


def test_a_reissue_is_recorded_on_both_certificates_with_who_did_it(client):
    holder = UserFactory(full_name="Jo Smiht")
    old = issue(holder=holder)
    holder.full_name = "Jo Smith"
    holder.save()
    trainer = UserFactory(roles=[Role.TRAINER], full_name="Tam Trainer", email="tam.trainer@example.org")
    new = services.reissue(old, by_user=trainer)
    assert trail(old)[1:] == [
        (
            "reissue",
            trainer.pk,
            "tam.trainer@example.org",
            "valid",
            "superseded",
            f"Reissued as {new.number} in the name Jo Smith.",
        )
    ]
    assert trail(new) == [
        ("issued", trainer.pk, "tam.trainer@example.org", "", "valid", f"Reissued in place of {old.number}.")
    ]


def test_a_revocation_is_recorded_with_its_reason_and_shown_to_staff(client):
    certificate = issue()
    administrator = signed_in(client, Role.ADMINISTRATOR)
    url = reverse("certificates:staff_detail", args=[certificate.pk])
    client.post(url, {"action": "revoke", "reason": "  Issued to the wrong person "})
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED
    assert trail(certificate)[-1] == (
        "revoke",
        administrator.pk,
        administrator.email,
        "valid",
        "revoked",
        "Issued to the wrong person",
    )
    html = client.get(url).content.decode()
    assert f"by {administrator.full_name}" in html
    history = html[html.index('<h2 class="govuk-heading-m">History</h2>') :]
    assert "Issued" in history and "Revoked" in history and "The system" in history
    assert administrator.full_name in history and "Issued to the wrong person" in history


def test_the_staff_page_names_who_made_the_change_even_after_their_account_goes(client):
    certificate = issue()
    leaver = UserFactory(roles=[Role.TRAINER], email="leaver@example.org")
    services.revoke(certificate, by_user=leaver, reason="Duplicate")
    leaver.delete()
    signed_in(client, Role.TRAINER)
    html = client.get(reverse("certificates:staff_detail", args=[certificate.pk])).content.decode()
    assert "by leaver@example.org" in html


# Accreditations ------------------------------------------------------------------------------


def test_staff_changes_record_actor_email_and_both_states():
    accreditation = accredit()
    keeper = UserFactory(roles=[Role.TRAINER], email="keeper@example.org")
    register.change_status(accreditation, "suspend", by_user=keeper, reason=" Long-term absence ")
    register.change_status(accreditation, "revoke", by_user=keeper, reason="Left the partnership")
    assert trail(accreditation) == [
        ("suspend", keeper.pk, "keeper@example.org", "active", "suspended", "Long-term absence"),
        ("revoke", keeper.pk, "keeper@example.org", "suspended", "revoked", "Left the partnership"),
    ]


def test_a_grant_and_the_refresher_that_replaces_it_are_recorded():
    scheme = AccreditationScheme.objects.create(name="Refreshed scheme", refresher_months=24)
    holder = UserFactory()
    trainer = UserFactory(roles=[Role.TRAINER], email="marker@example.org")
    common = {"scheme": scheme, "holder": holder, "source_type": "session_attendance", "by_user": trainer}
    first = register.grant(granted_on=date.today() - timedelta(days=400), source_id=9_000_001, **common)
    second = register.grant(granted_on=date.today(), source_id=9_000_002, **common)
    first.refresh_from_db()
    assert first.status == AccreditationStatus.LAPSED
    assert trail(first) == [
        ("granted", trainer.pk, "marker@example.org", "", "active", ""),
        (
            "renewed",
            trainer.pk,
            "marker@example.org",
            "active",
            "lapsed",
            f"Replaced by the accreditation granted on {date.today():%-d %B %Y}.",
        ),
    ]
    assert trail(second) == [("granted", trainer.pk, "marker@example.org", "", "active", "")]


def test_lapsing_writes_every_event_in_one_insert_with_the_state_it_left(django_assert_num_queries):
    expired = date.today() - timedelta(days=1)
    active = accredit(granted_on=date.today() - timedelta(days=800), expires_on=expired)
    suspended = accredit(
        status=AccreditationStatus.SUSPENDED,
        granted_on=date.today() - timedelta(days=800),
        expires_on=expired,
    )
    with django_assert_num_queries(5):  # savepoint, lock and read, update, insert, release
        assert register.lapse_expired() == 2
    assert trail(active) == [("lapsed", None, "", "active", "lapsed", "Its refresher period ended.")]
    assert trail(suspended) == [("lapsed", None, "", "suspended", "lapsed", "Its refresher period ended.")]


def test_claiming_a_held_record_names_the_person_and_keeps_its_state():
    held = accredit(holder_email="held@example.org", status=AccreditationStatus.LAPSED)
    person = UserFactory(email="held@example.org")
    assert register.claim_held(person, "Held@Example.org") == 1
    assert trail(held) == [("claimed", person.pk, "held@example.org", "lapsed", "lapsed", "")]


def test_a_reminder_is_recorded_by_the_system_without_a_change_of_state(django_capture_on_commit_callbacks):
    accreditation = accredit(
        granted_on=date.today() - timedelta(days=700), expires_on=date.today() + timedelta(days=10)
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert register.send_expiry_reminders() == 1
    assert trail(accreditation) == [("reminded", None, "", "active", "active", "14 days before expiry")]


def test_the_history_keeps_its_wording_and_who(client):
    accreditation = accredit("Wording Check")
    keeper = UserFactory(roles=[Role.ADMINISTRATOR], full_name="Kay Keeper")
    register.change_status(accreditation, "suspend", by_user=keeper, reason="Investigation")
    register.change_status(accreditation, "reinstate", by_user=keeper)
    person = UserFactory(email=accreditation.holder_email)
    register.claim_held(person, accreditation.holder_email)
    client.force_login(keeper)
    html = client.get(reverse("register:detail", args=[accreditation.pk])).content.decode()
    history = html[html.index("Every change to this accreditation") :]
    for words in ("Suspended", "Reinstated", "Joined to their account", "Kay Keeper", "Investigation"):
        assert words in history, words
    assert history.index("Suspended") < history.index("Reinstated") < history.index("Joined to their account")


# The Wagtail admin ---------------------------------------------------------------------------


def test_scheme_edits_in_the_admin_are_already_in_wagtails_own_log(client):
    """The only certificate screens inside the Wagtail admin are the schemes; Wagtail logs those
    edits itself, so nothing has to be mirrored there."""
    administrator = signed_in(client, Role.ADMINISTRATOR)
    scheme = AccreditationScheme.objects.get(name="GCP2 assessment lead")
    response = client.post(
        f"/admin/accreditation_schemes/edit/{scheme.pk}/",
        {"name": scheme.name, "lets_holder_lead": "on", "refresher_months": "36"},
    )
    assert response.status_code == 302
    entry = ModelLogEntry.objects.filter(
        content_type__model="accreditationscheme", object_id=str(scheme.pk), action="wagtail.edit"
    ).get()
    assert entry.user_id == administrator.pk
