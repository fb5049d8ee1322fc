"""Create the roles with their permissions, the partnership's three local authorities, and
the "Worried about a child?" contacts (only the number the partnership publishes: Luton MASH)."""

from django.db import migrations

LOCAL_AUTHORITIES = [
    ("Bedford Borough", "bedford-borough"),
    ("Central Bedfordshire", "central-bedfordshire"),
    ("Luton", "luton"),
]


def create_roles(apps, schema_editor):
    from lms.roles import sync_roles

    sync_roles(apps)


def create_local_authorities(apps, schema_editor):
    LocalAuthority = apps.get_model("lms", "LocalAuthority")
    SafeguardingContacts = apps.get_model("lms", "SafeguardingContacts")
    LocalAuthorityContact = apps.get_model("lms", "LocalAuthorityContact")
    contacts, _ = SafeguardingContacts.objects.get_or_create(pk=1)
    for order, (name, slug) in enumerate(LOCAL_AUTHORITIES):
        area, _ = LocalAuthority.objects.get_or_create(slug=slug, defaults={"name": name})
        LocalAuthorityContact.objects.get_or_create(
            setting=contacts,
            local_authority=area,
            defaults={
                "sort_order": order,
                "service_name": "Multi-Agency Safeguarding Hub (MASH)",
                "phone": "01582 547653" if slug == "luton" else "",
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0002_pages_and_contacts"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.RunPython(create_roles, migrations.RunPython.noop),
        migrations.RunPython(create_local_authorities, migrations.RunPython.noop),
    ]
