from django.conf import settings
from django.db import models
from django.db.models.functions import Lower

from lms import validators


class LocalAuthority(models.Model):
    """A council area the partnership covers (Luton, Bedford Borough, Central Bedfordshire)."""

    name = models.CharField(max_length=100, validators=validators.PERSON_TEXT, unique=True)
    slug = models.SlugField(max_length=100, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "local authorities"

    def __str__(self) -> str:
        return self.name


class AgencyType(models.TextChoices):
    HEALTH = "health", "Health"
    EDUCATION = "education", "Education"
    EARLY_YEARS = "early_years", "Early years"
    CHILDRENS_SOCIAL_CARE = "childrens_social_care", "Children's social care"
    POLICE = "police", "Police"
    PROBATION = "probation", "Probation"
    HOUSING = "housing", "Housing"
    VOLUNTARY = "voluntary", "Voluntary or community"
    OTHER = "other", "Other"


class OrganisationQuerySet(models.QuerySet):
    def listed(self):
        """Organisations practitioners can pick: reviewed ones, plus any awaiting review."""
        return self.select_related("local_authority").order_by("name")


class Organisation(models.Model):
    """An employer. `is_council` marks the council itself (the seed's "LBC") for finance coding."""

    name = models.CharField(max_length=200, validators=validators.PERSON_TEXT)
    agency_type = models.CharField(max_length=32, choices=AgencyType.choices)
    local_authority = models.ForeignKey(
        LocalAuthority, on_delete=models.PROTECT, related_name="organisations"
    )
    is_council = models.BooleanField(
        "part of the council",
        default=False,
        help_text="Tick if this organisation is part of the local authority itself.",
    )
    needs_review = models.BooleanField(
        default=False, help_text="Added by a practitioner; staff should check it."
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"), "local_authority", name="unique_organisation_name_per_area"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.local_authority})"


class PractitionerProfile(models.Model):
    """What a practitioner tells us once, before booking anything; it pre-fills every request."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="practitioners")
    job_role = models.CharField(max_length=150, validators=validators.PERSON_TEXT)
    local_authority = models.ForeignKey(
        LocalAuthority,
        on_delete=models.PROTECT,
        related_name="practitioners",
        verbose_name="local authority area",
    )
    manager_name = models.CharField("line manager's name", max_length=150, validators=validators.PERSON_TEXT)
    manager_email = models.EmailField("line manager's email address")
    phone = models.CharField("phone number", max_length=30, validators=validators.SINGLE_LINE, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Profile of {self.user}"
