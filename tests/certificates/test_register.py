"""The register: who may see and change it, searching it, whether someone can lead today, its
history, and its exports."""

from datetime import date, timedelta

import pytest
import time_machine
from django.urls import reverse

from certificates import accreditation as register
from certificates.models import Accreditation, AccreditationScheme, AccreditationStatus
from certificates.permissions import CERTIFICATE_STAFF, REGISTER_KEEPERS, REGISTER_READERS
from lms.models import LocalAuthority, Role
from tests.certificates.conftest import accredit, many_holders, signed_in
from tests.factories import OrganisationFactory, UserFactory
from tests.stored_exports import exported

pytestmark = pytest.mark.django_db
TODAY = date(2026, 11, 22)


@pytest.mark.parametrize("role", list(Role))
def test_only_managers_trainers_safeguarding_leads_and_administrators_see_the_register(client, role):
    accreditation = accredit("Robin Fairley")
    signed_in(client, role)
    for url in (
        reverse("register:register"),
        reverse("register:detail", args=[accreditation.pk]),
    ):
        assert client.get(url).status_code == (200 if role in REGISTER_READERS else 403), url
    export = client.post(reverse("register:export", args=["csv"]))
    assert export.status_code == (302 if role in REGISTER_READERS else 403)
    import_page = client.get(reverse("register:import"))
    assert import_page.status_code == (200 if role in REGISTER_KEEPERS else 403)


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(reverse("register:register"))
    assert response.status_code == 302 and reverse("account_login") in response["Location"]


@pytest.mark.parametrize("role", list(Role))
def test_my_account_links_the_register_for_exactly_the_roles_that_may_use_it(client, role):
    signed_in(client, role)
    html = client.get(reverse("dashboard")).content.decode()
    assert (reverse("register:register") in html) == (role in REGISTER_READERS)
    assert (reverse("certificates:staff_search") in html) == (role in CERTIFICATE_STAFF)


@time_machine.travel(TODAY)
@pytest.mark.parametrize(
    ("status", "lets_lead", "granted_on", "expires_on", "can_lead"),
    [
        (AccreditationStatus.ACTIVE, True, TODAY - timedelta(days=1), None, True),
        (AccreditationStatus.ACTIVE, True, TODAY, TODAY + timedelta(days=1), True),
        (AccreditationStatus.ACTIVE, True, TODAY - timedelta(days=400), TODAY, False),  # expires today
        (AccreditationStatus.ACTIVE, True, TODAY + timedelta(days=1), None, False),  # not yet granted
        (AccreditationStatus.ACTIVE, False, TODAY - timedelta(days=1), None, False),  # scheme does not lead
        (AccreditationStatus.SUSPENDED, True, TODAY - timedelta(days=1), None, False),
        (AccreditationStatus.LAPSED, True, TODAY - timedelta(days=1), None, False),
        (AccreditationStatus.REVOKED, True, TODAY - timedelta(days=1), None, False),
    ],
)
def test_who_can_lead_an_assessment_today(status, lets_lead, granted_on, expires_on, can_lead):
    scheme = AccreditationScheme.objects.create(
        name=f"Scheme {status} {lets_lead}", lets_holder_lead=lets_lead
    )
    accreditation = accredit(scheme=scheme, status=status, granted_on=granted_on, expires_on=expires_on)
    assert accreditation.can_lead_on(TODAY) is can_lead
    assert Accreditation.objects.can_lead_on(TODAY).filter(pk=accreditation.pk).exists() is can_lead


def test_search_by_name_organisation_area_status_and_leading_today(client):
    bedford = LocalAuthority.objects.get(slug="bedford-borough")
    health = OrganisationFactory(name="Kestrel Health Visiting", local_authority=bedford)
    school = OrganisationFactory(name="Kestrel Academy")
    accredit("Wren Ashdown", organisation=health)
    accredit("Wren Baxter", organisation=school, status=AccreditationStatus.SUSPENDED)
    accredit("Ivo Castell", organisation=school)
    signed_in(client, Role.MANAGER)

    def names(**query):
        page = client.get(reverse("register:register"), query).context["page"]
        return sorted(a.holder_name for a in page)

    assert names(name="wren") == ["Wren Ashdown", "Wren Baxter"]
    assert names(organisation="kestrel academy") == ["Ivo Castell", "Wren Baxter"]
    assert names(organisation="kestrel", area=bedford.pk) == ["Wren Ashdown"]
    assert names(organisation="kestrel", status="suspended") == ["Wren Baxter"]
    assert names(name="wren", can_lead="on") == ["Wren Ashdown"]


def test_the_list_says_who_can_lead_today(client):
    accredit("Quinn Leading")
    accredit("Quinn Suspended", status=AccreditationStatus.SUSPENDED)
    signed_in(client, Role.SAFEGUARDING_LEAD)
    html = client.get(reverse("register:register"), {"name": "quinn"}).content.decode()
    leading, suspended = html.index("Quinn Leading"), html.index("Quinn Suspended")
    assert "Yes" in html[leading:suspended] and "No" not in html[leading:suspended]
    assert "No</strong>" in html[suspended:]


def test_the_detail_shows_email_only_to_those_who_keep_the_register(client):
    accreditation = accredit("Ash Penrose", holder_email="ash.penrose@example.net")
    url = reverse("register:detail", args=[accreditation.pk])
    signed_in(client, Role.MANAGER)
    manager_view = client.get(url).content.decode()
    assert "Ash Penrose" in manager_view and "ash.penrose@example.net" not in manager_view
    assert "Change the status" not in manager_view
    signed_in(client, Role.TRAINER)
    assert "ash.penrose@example.net" in client.get(url).content.decode()


def test_reasons_and_who_made_changes_are_kept_from_readers(client):
    accreditation = accredit("Vic Reason")
    keeper = UserFactory(roles=[Role.TRAINER], full_name="Kit Keeper")
    register.change_status(accreditation, "suspend", by_user=keeper, reason="Under investigation at work")
    url = reverse("register:detail", args=[accreditation.pk])
    signed_in(client, Role.SAFEGUARDING_LEAD)
    html = client.get(url).content.decode()
    assert "Suspended" in html and "Under investigation" not in html and "Kit Keeper" not in html
    client.force_login(keeper)
    html = client.get(url).content.decode()
    assert "Under investigation at work" in html and "Kit Keeper" in html


def test_a_manager_cannot_change_an_accreditation(client):
    accreditation = accredit()
    signed_in(client, Role.MANAGER)
    response = client.post(
        reverse("register:change", args=[accreditation.pk]), {"action": "revoke", "reason": "No"}
    )
    assert response.status_code == 403
    accreditation.refresh_from_db()
    assert accreditation.status == AccreditationStatus.ACTIVE


def test_suspend_reinstate_and_revoke_are_recorded_with_who_and_why(client):
    accreditation = accredit("Noor Haddad")
    trainer = signed_in(client, Role.TRAINER)
    url = reverse("register:change", args=[accreditation.pk])
    client.post(url, {"action": "suspend", "reason": "Long-term absence"})
    accreditation.refresh_from_db()
    assert accreditation.status == AccreditationStatus.SUSPENDED
    assert not accreditation.can_lead_on(date.today())
    client.post(url, {"action": "reinstate", "reason": ""})
    client.post(url, {"action": "revoke", "reason": "Did not complete the assessed task"})
    accreditation.refresh_from_db()
    assert accreditation.status == AccreditationStatus.REVOKED
    history = list(accreditation.events.values_list("action", "actor", "detail"))
    assert history == [
        ("suspend", trainer.pk, "Long-term absence"),
        ("reinstate", trainer.pk, ""),
        ("revoke", trainer.pk, "Did not complete the assessed task"),
    ]
    page = client.get(reverse("register:detail", args=[accreditation.pk])).content.decode()
    assert "Did not complete the assessed task" in page and trainer.full_name in page


@pytest.mark.parametrize(
    ("status", "action", "reason", "message"),
    [
        (AccreditationStatus.ACTIVE, "suspend", "  ", "Give a reason to suspend the accreditation."),
        (AccreditationStatus.ACTIVE, "revoke", "", "Give a reason to revoke the accreditation."),
        (
            AccreditationStatus.ACTIVE,
            "reinstate",
            "",
            "An accreditation that is active cannot be reinstated.",
        ),
        (
            AccreditationStatus.REVOKED,
            "suspend",
            "x",
            "An accreditation that is revoked cannot be suspended.",
        ),
        (AccreditationStatus.LAPSED, "suspend", "x", "An accreditation that is lapsed cannot be suspended."),
        (AccreditationStatus.ACTIVE, "promote", "x", "That is not something that can be done"),
    ],
)
def test_changes_the_rules_do_not_allow_are_refused_with_a_clear_message(
    client, status, action, reason, message
):
    accreditation = accredit(status=status)
    signed_in(client, Role.ADMINISTRATOR)
    response = client.post(
        reverse("register:change", args=[accreditation.pk]), {"action": action, "reason": reason}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "govuk-error-summary" in response.content.decode()
    accreditation.refresh_from_db()
    assert accreditation.status == status and not accreditation.events.exists()


def test_an_expired_suspension_cannot_be_reinstated():
    accreditation = accredit(
        status=AccreditationStatus.SUSPENDED,
        granted_on=date.today() - timedelta(days=800),
        expires_on=date.today() - timedelta(days=1),
    )
    with pytest.raises(register.AccreditationError, match="needs to attend a refresher"):
        register.change_status(accreditation, "reinstate", by_user=UserFactory())


def test_export_follows_the_search_and_neutralises_formulas(client):
    hostile = OrganisationFactory(name='=HYPERLINK("http://evil")')
    accredit("Tamsin Export", organisation=hostile)
    accredit("-Tamsin Minus", organisation=hostile, trainer_name="@SUM(A1)")
    accredit("Other Person")
    signed_in(client, Role.MANAGER)
    rows = exported(client, reverse("register:export", args=["csv"]), {"query": "name=tamsin&page=2"})
    assert rows[0][:4] == ["Name", "Organisation", "Area", "Accreditation"]
    assert rows[0][-1] == "Can lead an assessment today"
    body = {row[0]: row for row in rows[1:]}
    assert set(body) == {"Tamsin Export", "'-Tamsin Minus"}
    assert body["Tamsin Export"][1] == '\'=HYPERLINK("http://evil")'
    assert body["'-Tamsin Minus"][5] == "'@SUM(A1)"
    assert body["Tamsin Export"][-1] == "Yes"

    values = exported(client, reverse("register:export", args=["xlsx"]), {"query": "name=tamsin"}, "xlsx")
    assert len(values) == 3
    assert all(not str(value).startswith(("=", "-", "@")) for row in values for value in row if value)


def test_an_unknown_export_format_is_not_found(client):
    signed_in(client, Role.MANAGER)
    assert client.post("/accreditation/export.pdf").status_code == 404


@pytest.mark.parametrize("holders", [10, 10_000])
def test_register_queries_stay_flat_as_it_grows(client, django_assert_max_num_queries, holders):
    many_holders(holders)
    signed_in(client, Role.MANAGER)
    with django_assert_max_num_queries(11):
        response = client.get(reverse("register:register"))
    assert response.context["page"].paginator.count >= holders
    with django_assert_max_num_queries(11):
        response = client.get(reverse("register:register"), {"name": "holder 0", "can_lead": "on"})
    assert len(response.context["page"]) == min(holders, 50)
    with django_assert_max_num_queries(11):  # a later page of a filtered search
        response = client.get(
            reverse("register:register"), {"name": "holder", "status": "active", "page": "2"}
        )
    assert response.context["page"].number == (2 if holders > 50 else 1)
    assert len(response.context["page"]) == min(holders, 50)


@pytest.mark.parametrize(("role", "allowed"), [(Role.ADMINISTRATOR, True), (Role.TRAINER, False)])
def test_only_administrators_set_refresher_periods_in_the_admin(client, role, allowed):
    signed_in(client, role)
    response = client.get("/admin/accreditation_schemes/")
    assert (response.status_code == 200) is allowed
    if allowed:
        assert "GCP2 assessment lead" in response.content.decode()


@pytest.mark.parametrize(
    ("status", "buttons"),
    [
        (AccreditationStatus.ACTIVE, {"suspend", "revoke"}),
        (AccreditationStatus.SUSPENDED, {"reinstate", "revoke"}),
        (AccreditationStatus.LAPSED, {"revoke"}),
        (AccreditationStatus.REVOKED, set()),
    ],
)
def test_the_detail_offers_only_the_changes_the_rules_allow(client, status, buttons):
    accreditation = accredit(status=status)
    signed_in(client, Role.TRAINER)
    html = client.get(reverse("register:detail", args=[accreditation.pk])).content.decode()
    offered = {action for action in ("suspend", "reinstate", "revoke") if f'value="{action}"' in html}
    assert offered == buttons
    assert ("Change the status" in html) == bool(buttons)
