from functools import cached_property

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone

from lms import shared_cache, validators


class Role(models.TextChoices):
    """Roles are auth groups (created by a data migration); the value is the group's name."""

    PRACTITIONER = "Practitioners"
    MANAGER = "Managers"
    TRAINER = "Trainers"
    FINANCE = "Finance"
    WORKSHOP_COORDINATOR = "Workshop coordinators"
    SAFEGUARDING_LEAD = "Safeguarding leads"
    EDITOR = "Editors"
    ADMINISTRATOR = "Administrators"


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in: everyone is identified by email and has a full name."""

    email = models.EmailField("email address", unique=True)
    full_name = models.CharField(max_length=150, validators=validators.PERSON_TEXT)
    is_staff = models.BooleanField(
        default=False, help_text="Can sign in to the Django admin site (developers only)."
    )
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["full_name", "email"]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @cached_property
    def role_names(self) -> frozenset[str]:
        """Kept in the cache (lms/shared_cache.py drops it when the person's groups change)."""
        key = shared_cache.role_key(self.pk)
        names = shared_cache.cache().get(key) if self.pk else None
        if names is None:
            names = frozenset(self.groups.values_list("name", flat=True)) if self.pk else frozenset()
            if self.pk:
                shared_cache.cache().set(key, names, shared_cache.TIMEOUT)
        return names

    def has_role(self, *roles: Role) -> bool:
        return self.is_superuser or any(role in self.role_names for role in roles)

    @property
    def has_profile(self) -> bool:
        return hasattr(self, "profile")
