"""Query counts on learning pages stay flat as modules, enrolments and attempts grow."""

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import Attempt, Enrolment
from courses.services import Learner, enrol
from tests.factories import ModulePageFactory, UserFactory

pytestmark = pytest.mark.django_db


def add_modules(count):
    """Bare modules (no lessons or questions): enough for list pages, fast to create."""
    return ModulePageFactory.create_batch(count)


# 10 and 100 prove the count flat as well as 1,000 did: a query per module would show as 90 more.
@pytest.mark.parametrize("modules", [10, 100])
def test_learning_index(client, django_assert_max_num_queries, modules):
    user = UserFactory()
    for module in add_modules(modules):
        enrol(module, Learner(user=user))
    client.force_login(user)
    with django_assert_max_num_queries(16):
        response = client.get("/learning/")
    assert response.content.decode().count("In progress") == modules


@pytest.mark.parametrize("enrolments", [10, 100])
def test_my_learning(client, django_assert_max_num_queries, enrolments):
    user = UserFactory()
    for n, module in enumerate(add_modules(enrolments)):
        enrolment = enrol(module, Learner(user=user))
        if n % 2:
            enrolment.completed_at = timezone.now()
            enrolment.save()
    client.force_login(user)
    with django_assert_max_num_queries(13):  # learning record, certificates and accreditations
        response = client.get(reverse("my_learning"))
    assert response.content.decode().count("Continue where you left off") == enrolments // 2


@pytest.mark.parametrize("attempts", [10, 1000])
def test_module_page(client, django_assert_max_num_queries, module, user, attempts):
    enrolment = Enrolment.objects.create(module=module, user=user)
    now = timezone.now()
    Attempt.objects.bulk_create(
        Attempt(enrolment=enrolment, submitted_at=now, score=50, passed=False) for _ in range(attempts)
    )
    client.force_login(user)
    with django_assert_max_num_queries(21):
        response = client.get(module.url)
    assert "Your recent attempts" in response.content.decode()
