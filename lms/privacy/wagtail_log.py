"""Wagtail's own log (Site history, each object's History, and their CSV exports) keeps a label
for every entry: the object's name when it was logged, which for an account is the person's name
and for some of our objects contains it. Erasure and retention rewrite those labels too."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from wagtail.models import ModelLogEntry


def entries_for(model: type[models.Model], pks) -> models.QuerySet:
    content_type = ContentType.objects.get_for_model(model)
    return ModelLogEntry.objects.filter(content_type=content_type, object_id__in=[str(pk) for pk in pks])


def relabel(model: type[models.Model], pk, label: str) -> int:
    """Every entry for this object now reads `label`: for an account, whose label is its name."""
    return entries_for(model, [pk]).update(label=label)


def replace_names(model: type[models.Model], names_by_pk: dict, replacement: str) -> int:
    """In entries for these objects, put `replacement` for each of the names given for that object,
    leaving the rest of the label (a reference, a course) as it was. One read, one write."""
    names_by_id = {str(pk): names for pk, names in names_by_pk.items()}  # Wagtail keeps ids as text
    changed = []
    for entry in entries_for(model, names_by_pk):
        label = entry.label
        for name in names_by_id[entry.object_id]:
            if name:
                label = label.replace(name, replacement)
        if label != entry.label:
            entry.label = label
            changed.append(entry)
    ModelLogEntry.objects.bulk_update(changed, ["label"])
    return len(changed)
