"""Query counts on learning pages stay flat as modules, enrolments and attempts grow."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.models import Attempt, Enrolment
from courses.services import Learner, complete_lesson, enrol
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


def add_lessons(module, count):
    from tests.factories import LessonPageFactory

    for n in range(count):
        LessonPageFactory(parent=module, title=f"Extra lesson {n}", slug=f"extra-{n}")


# The fixed cost of a page: routing, session and user, the learner's enrolment and progress.
# Contacts, navigation, role names and view restrictions come from the cache, and no lesson
# body or vignette is parsed beyond the one shown; so neither count grows with the lessons.
@pytest.mark.parametrize("lessons", [3, 30])
def test_module_page_with_many_lessons(client, django_assert_max_num_queries, module, user, lessons):
    add_lessons(module, lessons - 1)
    enrol(module, Learner(user=user))
    client.force_login(user)
    client.get(module.url)  # the shared parts cached, as for every request after the first
    with django_assert_max_num_queries(7):
        response = client.get(module.url)
    assert response.content.decode().count("Extra lesson") == lessons - 1
    assert "4 questions" in response.content.decode()


@pytest.mark.parametrize("lessons", [3, 30])
def test_lesson_page_with_many_lessons(client, django_assert_max_num_queries, module, user, lessons):
    add_lessons(module, lessons - 1)
    enrol(module, Learner(user=user))
    client.force_login(user)
    last = module.lessons().last()
    with CaptureQueriesContext(connection) as first:
        client.get(last.url)
    with django_assert_max_num_queries(6) as context:
        response = client.get(last.url)
    html = response.content.decode()
    assert f"Lesson {lessons} of {lessons}" in html
    assert "Previous lesson" in html
    # Only the lesson shown has its body read, once: routing keeps the page it found.
    bodies = ['"courses_lessonpage"."body"' in query["sql"] for query in first.captured_queries]
    assert sum(bodies) == 1
    assert not any('"courses_lessonpage"."body"' in query["sql"] for query in context.captured_queries)


def test_the_question_count_follows_a_new_revision(client, module, user):
    """The module page's counts are cached per live revision: publishing shows the new ones."""
    client.force_login(user)
    assert "4 questions" in client.get(module.url).content.decode()
    raw = module.assessment.raw_data
    questions = raw[0]["value"]["stages"][0]["value"]["questions"]
    del questions[-1]
    module.assessment = raw
    module.save_revision().publish()
    assert "3 questions" in client.get(module.url).content.decode()


def test_a_lesson_says_whether_it_is_done_from_the_enrolment_query(
    client, django_assert_max_num_queries, module, user
):
    """Whether this lesson is done is read with the enrolment, in one query."""
    enrolment = enrol(module, Learner(user=user))
    client.force_login(user)
    lesson = module.lessons().first()
    client.get(lesson.url)
    with django_assert_max_num_queries(3):  # the session, the user, the enrolment with the flag
        html = client.get(lesson.url).content.decode()
    assert "Mark as done and continue" in html
    complete_lesson(enrolment, lesson)
    html = client.get(lesson.url).content.decode()
    assert "Mark as done and continue" not in html
    assert ">Continue</button>" in html
