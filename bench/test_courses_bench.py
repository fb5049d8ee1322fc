"""Timings for the item analysis page and its CSV as answers grow, printed rather than asserted
(`make bench`). The statistics are summed in the database, so the time should grow with the
answers scanned and nothing else."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from bench.test_certificates_bench import timed
from courses.demo import correct_responses
from courses.models import Answer, Attempt, Enrolment, ModulePage
from lms.models import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def wrong_response(question):
    if question.kind == "classification":
        return {
            item.id: "supervision" if item.category != "supervision" else "medical" for item in question.items
        }
    wrong = next(o.id for o in question.options if not o.correct)
    return [wrong] if question.kind == "multiple_choice" else wrong


def add_answers(module: ModulePage, answers: int) -> None:
    """Submitted attempts answering every question, built in bulk: each question right two
    times in three, offset so attempts' totals differ."""
    questions = module.questions()
    right = correct_responses(module)
    enrolment = Enrolment.objects.create(module=module, user=UserFactory())
    now = timezone.now()
    attempts = Attempt.objects.bulk_create(
        Attempt(enrolment=enrolment, fingerprint="bench", submitted_at=now, score=60, passed=False)
        for _ in range(answers // len(questions))
    )
    Answer.objects.bulk_create(
        (
            Answer(
                attempt=attempt,
                question_id=q.id,
                kind=q.kind,
                prompt=q.prompt,
                vignette_title=q.vignette_title,
                response=right[q.id] if (n + i) % 3 else wrong_response(q),
                marks=1 if (n + i) % 3 else 0,
                correct=bool((n + i) % 3),
            )
            for n, attempt in enumerate(attempts)
            for i, q in enumerate(questions)
        ),
        batch_size=5000,
    )


@pytest.mark.parametrize("answers", [10_000, 100_000])
def test_item_analysis_page(answers):
    module = ModulePage.objects.get(slug="understanding-neglect")
    add_answers(module, answers)
    client = Client()
    client.force_login(UserFactory(roles=[Role.TRAINER]))
    page = reverse("item_analysis", args=[module.pk])
    csv = reverse("item_analysis_csv", args=[module.pk])
    scanned = Answer.objects.count()
    timed(f"Item analysis page, {scanned:,} answers", lambda: client.get(page), repeat=3)
    timed(
        f"Item analysis CSV, {scanned:,} answers",
        lambda: b"".join(client.get(csv).streaming_content),
        repeat=3,
    )
