"""Timings for the assessment pages (`make bench`), printed rather than asserted: a stage of
Understanding Neglect, the same stage read back, the check page of a fully answered attempt,
submitting it, and its result page, for a learner with 100 earlier attempts."""

import pytest
from django.test import Client
from django.utils import timezone

from bench.test_certificates_bench import timed
from courses import services
from courses.assessment import steps
from courses.demo import correct_responses
from courses.models import Attempt, ModulePage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_assessment_pages():
    module = ModulePage.objects.get(slug="understanding-neglect")
    user = UserFactory()
    enrolment = services.enrol(module, services.Learner(user=user), confidence_before=3)
    Attempt.objects.bulk_create(
        Attempt(enrolment=enrolment, submitted_at=timezone.now(), score=50, passed=False, fingerprint="old")
        for _ in range(100)
    )
    client = Client()
    client.force_login(user)
    attempt = services.start_attempt(enrolment)
    url = module.url + f"assessment/{attempt.pk}/"
    stages = steps(module.vignettes())
    assert client.get(f"{url}stage/1/").status_code == 200
    timed("Assessment stage, unanswered (Understanding Neglect part 1)", lambda: client.get(f"{url}stage/1/"))
    answers = correct_responses(module)
    for step in stages:
        services.save_stage(attempt, step, answers)
    timed("Assessment stage, answered and read back", lambda: client.get(f"{url}stage/1/"))
    assert client.get(f"{url}check/").status_code == 200
    timed(f"Check your answers, {len(stages)} stages", lambda: client.get(f"{url}check/"))
    timed("Module page with 100 earlier attempts", lambda: client.get(module.url))
    assert client.post(f"{url}check/").status_code == 302
    timed("Result page with feedback", lambda: client.get(f"{url}result/"))
