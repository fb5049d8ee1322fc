"""The retention job as a background task, for a scheduler that enqueues tasks rather than runs
commands; `manage.py apply_retention` does the same from cron."""

from django_tasks import task

from lms.privacy import retention


@task()
def apply_retention() -> dict[str, int]:
    return retention.apply_retention().as_dict()
