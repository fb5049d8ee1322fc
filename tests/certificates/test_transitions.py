"""The accreditation and certificate transition tables: what each allows and refuses, by state,
role and date, and that the staff pages offer exactly the buttons the tables allow."""

import re
from datetime import date, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from certificates import accreditation as register
from certificates import services
from certificates.models import (
    ACCREDITATION_MACHINE,
    AccreditationStatus,
    CertificateStatus,
)
from certificates.permissions import CERTIFICATE_STAFF, REGISTER_KEEPERS, REGISTER_READERS
from lms.models import Role
from lms.states import allowed_actions
from tests.certificates.conftest import accredit
from tests.certificates.test_certificates import issue
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
TODAY = date(2026, 11, 22)
NOW = timezone.make_aware(datetime(2026, 11, 22, 12))
STAFF_ACTIONS = ("suspend", "reinstate", "revoke")


@pytest.fixture
def keeper():
    return UserFactory(roles=[Role.TRAINER])


# Accreditations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        (AccreditationStatus.ACTIVE, ["suspend", "revoke"]),
        (AccreditationStatus.SUSPENDED, ["reinstate", "revoke"]),
        (AccreditationStatus.LAPSED, ["revoke"]),
        (AccreditationStatus.REVOKED, []),
    ],
)
def test_a_keeper_may_take_the_actions_each_status_allows(keeper, status, allowed):
    accreditation = accredit(status=status)
    assert allowed_actions(accreditation, NOW, keeper) == allowed


@pytest.mark.parametrize("role", list(Role))
def test_only_trainers_and_administrators_may_change_an_accreditation(role):
    accreditation = accredit()
    user = UserFactory(roles=[role])
    assert bool(allowed_actions(accreditation, NOW, user)) is (role in REGISTER_KEEPERS)
    if role not in REGISTER_KEEPERS:
        with pytest.raises(register.AccreditationError, match="Only the trainers and administrators"):
            register.change_status(accreditation, "suspend", by_user=user, reason="Absent")
        accreditation.refresh_from_db()
        assert accreditation.status == AccreditationStatus.ACTIVE and not accreditation.events.exists()


def test_nobody_signed_in_may_change_an_accreditation():
    accreditation = accredit()
    assert allowed_actions(accreditation, NOW, None) == []
    assert ACCREDITATION_MACHINE.refusal_for(accreditation, "suspend", NOW, None).startswith("Only the")


@pytest.mark.parametrize(
    ("expires_on", "can_reinstate"),
    [
        (None, True),
        (TODAY + timedelta(days=1), True),
        (TODAY, False),  # expires today: the refresher is due now
        (TODAY - timedelta(days=1), False),
    ],
)
def test_a_suspension_may_be_lifted_only_before_expiry(keeper, expires_on, can_reinstate):
    accreditation = accredit(
        status=AccreditationStatus.SUSPENDED, granted_on=TODAY - timedelta(days=400), expires_on=expires_on
    )
    assert ("reinstate" in allowed_actions(accreditation, NOW, keeper)) is can_reinstate
    with time_machine.travel(NOW):
        if can_reinstate:
            register.change_status(accreditation, "reinstate", by_user=keeper)
            accreditation.refresh_from_db()
            assert accreditation.status == AccreditationStatus.ACTIVE
        else:
            with pytest.raises(register.AccreditationError, match="cannot be reinstated"):
                register.change_status(accreditation, "reinstate", by_user=keeper)


@pytest.mark.parametrize(
    ("status", "action", "message"),
    [
        (AccreditationStatus.ACTIVE, "reinstate", "An accreditation that is active cannot be reinstated."),
        (AccreditationStatus.REVOKED, "revoke", "An accreditation that is revoked cannot be revoked."),
        (AccreditationStatus.LAPSED, "reinstate", "An accreditation that is lapsed cannot be reinstated."),
        (AccreditationStatus.SUSPENDED, "suspend", "An accreditation that is suspended cannot be suspended."),
    ],
)
def test_refusals_name_the_status(keeper, status, action, message):
    accreditation = accredit(status=status)
    with pytest.raises(register.AccreditationError) as refused:
        register.change_status(accreditation, action, by_user=keeper, reason="Because")
    assert str(refused.value) == message


@pytest.mark.parametrize("action", ["lapsed", "renewed"])
def test_lapsing_and_renewal_are_never_offered_to_a_person_nor_taken_through_the_page(keeper, action):
    accreditation = accredit(granted_on=TODAY - timedelta(days=800), expires_on=TODAY - timedelta(days=1))
    administrator = UserFactory(roles=[Role.ADMINISTRATOR])
    assert action not in allowed_actions(accreditation, NOW, administrator)
    with pytest.raises(register.AccreditationError, match="not something that can be done"):
        register.change_status(accreditation, action, by_user=keeper)


def test_lapse_is_allowed_to_the_schedule_only_once_the_refresher_period_ends():
    running = accredit(granted_on=TODAY - timedelta(days=10), expires_on=TODAY + timedelta(days=1))
    ended = accredit(granted_on=TODAY - timedelta(days=800), expires_on=TODAY)
    assert "lapsed" not in allowed_actions(running, NOW, None)
    assert "lapsed" in allowed_actions(ended, NOW, None)


def test_renewal_is_allowed_only_once_a_later_grant_exists(keeper):
    holder = UserFactory()
    old = accredit(holder=holder, granted_on=TODAY - timedelta(days=700))
    assert "renewed" not in ACCREDITATION_MACHINE.allowed_actions(old, NOW, keeper)
    accredit(holder=holder, granted_on=TODAY - timedelta(days=1))
    assert "renewed" in ACCREDITATION_MACHINE.allowed_actions(old, NOW, keeper)


@pytest.mark.parametrize("role", REGISTER_READERS)
@pytest.mark.parametrize("status", list(AccreditationStatus))
def test_the_register_page_offers_exactly_the_buttons_the_table_allows(client, role, status):
    """Fails if the template shows a button the machine refuses, or hides one it allows."""
    accreditation = accredit(status=status)
    user = UserFactory(roles=[role])
    client.force_login(user)
    html = client.get(reverse("register:detail", args=[accreditation.pk])).content.decode()
    offered = set(re.findall(r'name="action" value="(\w+)"', html))
    allowed = set(allowed_actions(accreditation, timezone.now(), user)) & set(STAFF_ACTIONS)
    assert offered == allowed
    assert ("Change the status" in html) is bool(allowed)


def test_the_register_page_hides_reinstate_once_expired(client, keeper):
    accreditation = accredit(
        status=AccreditationStatus.SUSPENDED,
        granted_on=date.today() - timedelta(days=800),
        expires_on=date.today() - timedelta(days=1),
    )
    client.force_login(keeper)
    html = client.get(reverse("register:detail", args=[accreditation.pk])).content.decode()
    assert 'value="revoke"' in html and 'value="reinstate"' not in html


# Certificates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        (CertificateStatus.VALID, ["reissue", "revoke"]),
        (CertificateStatus.SUPERSEDED, []),
        (CertificateStatus.REVOKED, []),
    ],
)
def test_certificate_staff_may_reissue_and_revoke_only_a_valid_certificate(status, allowed):
    certificate = issue()
    certificate.status = status
    certificate.save()
    trainer = UserFactory(roles=[Role.TRAINER])
    assert allowed_actions(certificate, NOW, trainer) == allowed


@pytest.mark.parametrize("role", list(Role))
def test_only_certificate_staff_may_reissue_or_revoke(role):
    certificate = issue()
    user = UserFactory(roles=[role])
    assert bool(allowed_actions(certificate, NOW, user)) is (role in CERTIFICATE_STAFF)
    if role not in CERTIFICATE_STAFF:
        with pytest.raises(services.CertificateError, match="Only trainers and administrators"):
            services.reissue(certificate, by_user=user)
        with pytest.raises(services.CertificateError, match="Only trainers and administrators"):
            services.revoke(certificate, by_user=user, reason="Wrong person")
        certificate.refresh_from_db()
        assert certificate.is_valid and list(certificate.events.values_list("action", flat=True)) == [
            "issued"
        ]


@pytest.mark.parametrize(
    ("status", "action", "message"),
    [
        (CertificateStatus.SUPERSEDED, "reissue", "Only a valid certificate can be reissued."),
        (CertificateStatus.SUPERSEDED, "revoke", "Only a valid certificate can be revoked."),
        (CertificateStatus.REVOKED, "reissue", "Only a valid certificate can be reissued."),
        (CertificateStatus.REVOKED, "revoke", "Only a valid certificate can be revoked."),
    ],
)
def test_a_certificate_that_is_no_longer_valid_is_refused_with_a_clear_message(status, action, message):
    certificate = issue()
    certificate.status = status
    certificate.save()
    trainer = UserFactory(roles=[Role.TRAINER])
    with pytest.raises(services.CertificateError) as refused:
        if action == "reissue":
            services.reissue(certificate, by_user=trainer)
        else:
            services.revoke(certificate, by_user=trainer, reason="Wrong person")
    assert str(refused.value) == message


@pytest.mark.parametrize("status", list(CertificateStatus))
def test_the_staff_page_offers_exactly_the_buttons_the_table_allows(client, status):
    """Fails if the template shows Reissue or Revoke when the machine refuses it."""
    certificate = issue()
    certificate.status = status
    certificate.save()
    trainer = UserFactory(roles=[Role.TRAINER])
    client.force_login(trainer)
    html = client.get(reverse("certificates:staff_detail", args=[certificate.pk])).content.decode()
    offered = set(re.findall(r'name="action" value="(\w+)"', html))
    assert offered == set(allowed_actions(certificate, timezone.now(), trainer))
    assert ("Correct the name" in html) is ("reissue" in offered)
