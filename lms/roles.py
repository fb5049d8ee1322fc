"""The roles (auth groups) and what each may do. Applied by a data migration and by seed_demo."""

from django.contrib.auth.management import create_permissions

from lms.models.users import Role

EDITOR_MODEL_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "lms.change_safeguardingcontacts",
]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
EDITOR_COLLECTION_PERMISSIONS = [
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtaildocs.delete_document",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtailimages.delete_image",
]
ADMINISTRATOR_MODEL_PERMISSIONS = [
    *EDITOR_MODEL_PERMISSIONS,
    "lms.add_organisation",
    "lms.change_organisation",
    "lms.delete_organisation",
    "lms.view_organisation",
    "lms.add_localauthority",
    "lms.change_localauthority",
    "lms.view_localauthority",
    "lms.add_user",
    "lms.change_user",
    "lms.delete_user",
    "lms.view_user",
    "auth.add_group",
    "auth.change_group",
    "auth.view_group",
]

# Roles that work in the Wagtail admin get page and collection permissions too.
ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.PRACTITIONER: [],
    Role.MANAGER: [],
    Role.TRAINER: [],
    Role.FINANCE: [],
    Role.WORKSHOP_COORDINATOR: [],
    Role.SAFEGUARDING_LEAD: [],
    Role.EDITOR: EDITOR_MODEL_PERMISSIONS,
    Role.ADMINISTRATOR: ADMINISTRATOR_MODEL_PERMISSIONS,
}
CMS_ROLES = {Role.EDITOR, Role.ADMINISTRATOR}


def ensure_permissions(apps) -> None:
    """Create the permission rows now: Django only adds them after all migrations have run,
    and a data migration that grants them runs before that."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)


def sync_roles(apps) -> None:
    """Create every role's group and give it exactly its permissions. Idempotent."""
    ensure_permissions(apps)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(dotted: str):
        app_label, codename = dotted.split(".")
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for role, permissions in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set([permission(p) for p in permissions])
        if role not in CMS_ROLES:
            continue
        for codename in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
            )
        for dotted in EDITOR_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission(dotted)
            )


# Who uses the certificate and register screens (certificates.permissions); here so that My
# account can offer the same links without lms importing an app built on it.
REGISTER_READERS = (Role.MANAGER, Role.TRAINER, Role.SAFEGUARDING_LEAD, Role.ADMINISTRATOR)
REGISTER_KEEPERS = (Role.TRAINER, Role.ADMINISTRATOR)
CERTIFICATE_STAFF = (Role.TRAINER, Role.ADMINISTRATOR)
