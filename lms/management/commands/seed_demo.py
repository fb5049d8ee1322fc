"""Load the demo: the public page tree and guidance, resource documents, organisations and one
account per role. Idempotent: what already exists is left as it is, so editors' changes survive.
People, organisations, courses and sessions are made with the factories the tests use
(`<app>/factories.py`); bookings and accreditations go through the real services.

It comes in two parts. The site content (every page and the resource documents) is what the
tests navigate, so their database starts from it (`--content-only`); the demo people and what
they did (accounts, courses and sessions, bookings, accreditations, workshop requests) is for
people trying the site, and tests build their own instead."""

import os
from importlib import import_module

from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.template.loader import render_to_string
from django.test.utils import override_settings
from django.utils.module_loading import module_has_submodule
from wagtail.documents.models import Document
from wagtail.models import Page, Site

from lms.content import guidance
from lms.factories import OrganisationFactory, ProfileFactory, area, with_role
from lms.models import (
    AgencyType,
    GuidanceIndexPage,
    GuidancePage,
    HomePage,
    Organisation,
    PractitionerProfile,
    Role,
    StandardPage,
    User,
)

DEFAULT_DEMO_PASSWORD = "hub-demo-password"  # noqa: S105 - documented demo credential, dev only


def demo_password() -> str:
    """The demo accounts' password: DEMO_PASSWORD when set (documented in README), else the default."""
    return os.environ.get("DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD)


DEMO_ORGANISATIONS = [
    ("Luton Borough Council Children's Services", AgencyType.CHILDRENS_SOCIAL_CARE, "luton", True),
    ("Riverside Primary School", AgencyType.EDUCATION, "luton", False),
    ("Bedford Borough Health Visiting Team", AgencyType.HEALTH, "bedford-borough", False),
    ("Little Acorns Day Nursery", AgencyType.EARLY_YEARS, "central-bedfordshire", False),
    ("Families Together Community Trust", AgencyType.VOLUNTARY, "central-bedfordshire", False),
]

DEMO_ACCOUNTS = [
    ("practitioner@example.com", "Priya Patel", Role.PRACTITIONER),
    ("manager@example.com", "Marcus Bennett", Role.MANAGER),
    ("trainer@example.com", "Tessa Okafor", Role.TRAINER),
    ("finance@example.com", "Fiona Walsh", Role.FINANCE),
    ("coordinator@example.com", "Callum Reid", Role.WORKSHOP_COORDINATOR),
    ("lead@example.com", "Sadia Rahman", Role.SAFEGUARDING_LEAD),
    ("editor@example.com", "Esther Lam", Role.EDITOR),
    ("admin@example.com", "Adam Hughes", Role.ADMINISTRATOR),
]

# Printable resources rendered from the guidance itself, so they never drift from the site.
RESOURCE_DOCUMENTS = [
    (
        "Signs of neglect by age: quick reference",
        "signs-of-neglect-by-age",
        "A printable summary of the signs of neglect from before birth to adolescence.",
    ),
    (
        "Horwath's classifications of neglect by age group",
        "types-of-neglect",
        "A printable copy of the six classifications and the age-group table.",
    ),
]


class Command(BaseCommand):
    help = "Load demo content and one demo account per role. Safe to run more than once."

    def add_arguments(self, parser):
        parser.add_argument(
            "--content-only",
            action="store_true",
            help="Load only the site content (pages and resource documents), no people or activity.",
        )

    def handle(self, *args, content_only=False, **options):
        if getattr(settings, "IS_PRODUCTION", False):
            raise CommandError("seed_demo loads demo accounts and refuses to run with production settings.")
        # Demo bookings go through the real services, which email people: keep that mail in
        # memory rather than printing it all to the console (or sending it anywhere).
        with (
            override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"),
            transaction.atomic(),
        ):
            home = self.seed_pages()
            self.seed_resource_documents(home)
            # Each app built on lms adds its own pages through `demo.seed_content(home)` and its
            # people and activity through `demo.seed(home)`.
            demos = [
                import_module(f"{app_config.name}.demo")
                for app_config in apps.get_app_configs()
                if app_config.name != "lms" and module_has_submodule(app_config.module, "demo")
            ]
            for demo in demos:
                demo.seed_content(home)
            if not content_only:
                organisations = self.seed_organisations()
                self.seed_accounts(organisations)
                for demo in demos:
                    demo.seed(home)
        if content_only:
            self.stdout.write(self.style.SUCCESS("Site content is ready."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content and accounts are ready."))

    # Pages -------------------------------------------------------------------------------

    def seed_pages(self) -> HomePage:
        root = Page.get_first_root_node()
        home = HomePage.objects.first()
        if home is None:
            home = HomePage(slug="learning-hub", **self.fields(guidance.HOME))
            root.add_child(instance=home)
            home.save_revision().publish()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        )
        # Wagtail's installer leaves a placeholder welcome page; the site no longer uses it.
        for placeholder in root.get_children().exact_type(Page).filter(slug="home"):
            placeholder.delete()
        index = self.child_page(home, GuidanceIndexPage, guidance.GUIDANCE_INDEX, show_in_menus=True)
        for data in guidance.GUIDANCE_PAGES:
            self.child_page(index, GuidancePage, data)
        for data in guidance.STANDARD_PAGES:
            self.child_page(home, StandardPage, data)
        return home

    @staticmethod
    def fields(data: dict) -> dict:
        return {"title": data["title"], "intro": data.get("intro", ""), "body": data.get("body", [])}

    def child_page(self, parent, model, data, show_in_menus=False):
        existing = model.objects.child_of(parent).filter(slug=data["slug"]).first()
        if existing:
            return existing
        page = model(slug=data["slug"], show_in_menus=show_in_menus, **self.fields(data))
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def seed_resource_documents(self, home: HomePage) -> None:
        from weasyprint import HTML

        resources = GuidancePage.objects.filter(slug="resources").first()
        if resources is None:
            return
        new_blocks = []
        for title, slug, description in RESOURCE_DOCUMENTS:
            if Document.objects.filter(title=title).exists():
                continue
            source = GuidancePage.objects.get(slug=slug)
            html = render_to_string("lms/print/page.html", {"page": source, "title": title})
            pdf = HTML(string=html).write_pdf()
            document = Document(title=title)
            document.file.save(f"{slug}.pdf", ContentFile(pdf), save=False)
            document.file_size = len(pdf)
            document.save()
            new_blocks.append(("document", {"document": document, "description": description}))
        if new_blocks:
            for block in new_blocks:
                resources.body.append(block)
            resources.save_revision().publish()

    # People ------------------------------------------------------------------------------

    def seed_organisations(self) -> dict[str, Organisation]:
        organisations = {}
        for name, agency_type, area_slug, is_council in DEMO_ORGANISATIONS:
            organisations[name] = Organisation.objects.filter(
                name=name, local_authority__slug=area_slug
            ).first() or OrganisationFactory(
                name=name, agency_type=agency_type, local_authority=area(area_slug), is_council=is_council
            )
        return organisations

    def seed_accounts(self, organisations: dict[str, Organisation]) -> None:
        password = demo_password()
        for email, full_name, role in DEMO_ACCOUNTS:
            user = User.objects.filter(email=email).first()
            if user is None:
                with_role(role, email=email, full_name=full_name, password=password)
                continue
            # An account already there keeps its password and name, but its role and address again.
            user.groups.add(*Group.objects.filter(name__in=[Role.PRACTITIONER, role]))
            EmailAddress.objects.update_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
        council = organisations["Luton Borough Council Children's Services"]
        for email, job_role, manager_name, manager_email in [
            ("practitioner@example.com", "Family support worker", "Marcus Bennett", "manager@example.com"),
            ("manager@example.com", "Team manager", "Service Manager", "service.manager@example.com"),
        ]:
            user = User.objects.get(email=email)
            if not PractitionerProfile.objects.filter(user=user).exists():
                ProfileFactory(
                    user=user,
                    organisation=council,
                    job_role=job_role,
                    local_authority=council.local_authority,
                    manager_name=manager_name,
                    manager_email=manager_email,
                )
