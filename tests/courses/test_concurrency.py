"""Two submissions of one attempt at the same moment: exactly one is marked (PostgreSQL row locks)."""

import threading

import pytest
from django.db import connection

from courses import services
from courses.models import Answer, Attempt
from courses.services import AlreadySubmitted, Learner
from tests.conftest import ensure_demo_site
from tests.courses.conftest import make_module, wrong_answers
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
]


def test_simultaneous_submissions_mark_an_attempt_once(right_answers):
    ensure_demo_site()
    module = make_module("race")
    attempt = services.start_attempt(services.enrol(module, Learner(user=UserFactory())))
    barrier = threading.Barrier(2)
    outcomes = []

    def submit(responses):
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            services.submit_attempt(attempt, responses)
            outcomes.append("marked")
        except AlreadySubmitted:
            outcomes.append("already submitted")
        finally:
            thread_connection.close()

    threads = [
        threading.Thread(target=submit, args=(right_answers(module),)),
        threading.Thread(target=submit, args=(wrong_answers(module),)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["already submitted", "marked"]
    attempt = Attempt.objects.get(pk=attempt.pk)
    assert Answer.objects.filter(attempt=attempt).count() == len(module.questions())
    assert attempt.score in (0, 100)
