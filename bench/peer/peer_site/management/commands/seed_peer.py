"""3 published courses x 10 published lessons and one enrolled learner, for the benchmark.

Comparable to the Hub's modules: each lesson carries a few paragraphs of rich text. Idempotent:
a database that already has courses is left as it is."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from wagtail.models import Page, Site
from wagtail_lms.models import CourseEnrollment, CoursePage, H5PLessonPage

COURSES = 3
LESSONS = 10
LEARNER = "learner"
PASSWORD = "peer-bench-password"  # noqa: S105 - a local benchmark account, never deployed

PARAGRAPH = (
    "<p>Neglect is the persistent failure to meet a child's basic physical and psychological "
    "needs. Practitioners notice it over time: missed appointments, a child arriving hungry, "
    "clothing unsuited to the weather, a home that is unsafe. Lesson {lesson}, part {part}, "
    "sets out what to look for, how to record it and when to talk to your safeguarding lead.</p>"
)


class Command(BaseCommand):
    help = "Create the peer's benchmark courses, lessons and learner (idempotent)."

    def handle(self, *args, **options):
        User = get_user_model()
        learner = User.objects.filter(username=LEARNER).first()
        if learner is None:
            learner = User.objects.create_user(LEARNER, f"{LEARNER}@example.org", PASSWORD)
        if CoursePage.objects.exists():
            self.stdout.write("Courses already there.")
            return
        home = Site.objects.get(is_default_site=True).root_page
        for c in range(1, COURSES + 1):
            course = home.add_child(
                instance=CoursePage(
                    title=f"Course {c}",
                    slug=f"course-{c}",
                    description=f"<p>Course {c}: recognising and responding to neglect.</p>",
                )
            )
            for n in range(1, LESSONS + 1):
                body = [("paragraph", PARAGRAPH.format(lesson=n, part=p)) for p in range(1, 7)]
                course.add_child(
                    instance=H5PLessonPage(
                        title=f"Lesson {n}", slug=f"lesson-{n}", intro=f"<p>Lesson {n}.</p>", body=body
                    )
                )
            CourseEnrollment.objects.get_or_create(user=learner, course=course)
        self.stdout.write(f"{COURSES} courses x {LESSONS} lessons; learner {LEARNER!r} enrolled.")
        assert Page.objects.type(H5PLessonPage).live().count() == COURSES * LESSONS
