"""The community workshop models, moved from bookings with their tables (db_table keeps the
bookings_ names): this migration only tells Django's state that workshops owns them, and points
their content types at the new app so existing pages, permissions and log entries follow. No
table is created and no row of them moves."""

import django.core.validators
import django.db.models.deletion
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


MOVED = [
    "workshopindexpage",
    "workshoppage",
    "workshopreferencecounter",
    "workshoprequest",
    "workshopevent",
    "preferreddate",
]


def _relabel(apps, old: str, new: str) -> None:
    """Existing Wagtail pages, permissions and admin log entries point at these content types
    by id: relabelling the row keeps every one of them working."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label=new, model=model).exists():
            ContentType.objects.filter(app_label=old, model=model).update(app_label=new)


def move_content_types(apps, schema_editor):
    _relabel(apps, "bookings", "workshops")


def move_content_types_back(apps, schema_editor):
    _relabel(apps, "workshops", "bookings")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("bookings", "0009_workshops"),
        ("lms", "0004_safeguarding_leads"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="WorkshopIndexPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "intro",
                            models.TextField(
                                blank=True, help_text="The lead paragraph under the title.", max_length=500
                            ),
                        ),
                        (
                            "body",
                            wagtail.fields.StreamField(
                                [
                                    ("heading", 2),
                                    ("paragraph", 3),
                                    ("inset", 4),
                                    ("warning", 5),
                                    ("table", 6),
                                    ("quote", 9),
                                    ("details", 11),
                                    ("document", 14),
                                    ("image", 17),
                                    ("source", 18),
                                ],
                                blank=True,
                                block_lookup={
                                    0: ("wagtail.blocks.CharBlock", (), {"max_length": 120}),
                                    1: (
                                        "wagtail.blocks.ChoiceBlock",
                                        [],
                                        {
                                            "choices": [
                                                ("h2", "Section heading (h2)"),
                                                ("h3", "Sub-heading (h3)"),
                                            ]
                                        },
                                    ),
                                    2: ("wagtail.blocks.StructBlock", [[("text", 0), ("level", 1)]], {}),
                                    3: (
                                        "wagtail.blocks.RichTextBlock",
                                        (),
                                        {
                                            "features": [
                                                "bold",
                                                "italic",
                                                "ol",
                                                "ul",
                                                "link",
                                                "document-link",
                                            ],
                                            "icon": "pilcrow",
                                            "template": "blocks/paragraph.html",
                                        },
                                    ),
                                    4: (
                                        "lms.blocks.InsetBlock",
                                        (),
                                        {"features": ["bold", "italic", "ol", "ul", "link", "document-link"]},
                                    ),
                                    5: ("lms.blocks.WarningBlock", (), {}),
                                    6: ("lms.blocks.AccessibleTableBlock", (), {}),
                                    7: ("wagtail.blocks.TextBlock", (), {}),
                                    8: (
                                        "wagtail.blocks.CharBlock",
                                        (),
                                        {
                                            "help_text": "Who said it, e.g. 'Young person, aged 14'.",
                                            "max_length": 120,
                                        },
                                    ),
                                    9: (
                                        "wagtail.blocks.StructBlock",
                                        [[("quote", 7), ("attribution", 8)]],
                                        {},
                                    ),
                                    10: (
                                        "wagtail.blocks.RichTextBlock",
                                        (),
                                        {"features": ["bold", "italic", "ol", "ul", "link", "document-link"]},
                                    ),
                                    11: (
                                        "wagtail.blocks.StructBlock",
                                        [[("summary", 0), ("content", 10)]],
                                        {},
                                    ),
                                    12: ("wagtail.documents.blocks.DocumentChooserBlock", (), {}),
                                    13: (
                                        "wagtail.blocks.CharBlock",
                                        (),
                                        {"max_length": 250, "required": False},
                                    ),
                                    14: (
                                        "wagtail.blocks.StructBlock",
                                        [[("document", 12), ("description", 13)]],
                                        {},
                                    ),
                                    15: ("wagtail.images.blocks.ImageChooserBlock", (), {}),
                                    16: (
                                        "wagtail.blocks.CharBlock",
                                        (),
                                        {
                                            "help_text": "Describe the image for people who cannot see it. Leave empty if it is decorative.",
                                            "max_length": 250,
                                            "required": False,
                                        },
                                    ),
                                    17: (
                                        "wagtail.blocks.StructBlock",
                                        [[("image", 15), ("alt_text", 16), ("caption", 13)]],
                                        {},
                                    ),
                                    18: ("lms.blocks.SourceBlock", (), {}),
                                },
                            ),
                        ),
                    ],
                    options={
                        "db_table": "bookings_workshopindexpage",
                    },
                    bases=("wagtailcore.page",),
                ),
                migrations.CreateModel(
                    name="WorkshopPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "intro",
                            models.TextField(
                                blank=True, help_text="The lead paragraph under the title.", max_length=500
                            ),
                        ),
                        (
                            "body",
                            wagtail.fields.StreamField(
                                [
                                    ("heading", 2),
                                    ("paragraph", 3),
                                    ("inset", 4),
                                    ("warning", 5),
                                    ("table", 6),
                                    ("quote", 9),
                                    ("details", 11),
                                    ("document", 14),
                                    ("image", 17),
                                    ("source", 18),
                                ],
                                blank=True,
                                block_lookup={
                                    0: ("wagtail.blocks.CharBlock", (), {"max_length": 120}),
                                    1: (
                                        "wagtail.blocks.ChoiceBlock",
                                        [],
                                        {
                                            "choices": [
                                                ("h2", "Section heading (h2)"),
                                                ("h3", "Sub-heading (h3)"),
                                            ]
                                        },
                                    ),
                                    2: ("wagtail.blocks.StructBlock", [[("text", 0), ("level", 1)]], {}),
                                    3: (
                                        "wagtail.blocks.RichTextBlock",
                                        (),
                                        {
                                            "features": [
                                                "bold",
                                                "italic",
                                                "ol",
                                                "ul",
                                                "link",
                                                "document-link",
                                            ],
                                            "icon": "pilcrow",
                                            "template": "blocks/paragraph.html",
                                        },
                                    ),
                                    4: (
                                        "lms.blocks.InsetBlock",
                                        (),
                                        {"features": ["bold", "italic", "ol", "ul", "link", "document-link"]},
                                    ),
                                    5: ("lms.blocks.WarningBlock", (), {}),
                                    6: ("lms.blocks.AccessibleTableBlock", (), {}),
                                    7: ("wagtail.blocks.TextBlock", (), {}),
                                    8: (
                                        "wagtail.blocks.CharBlock",
                                        (),
                                        {
                                            "help_text": "Who said it, e.g. 'Young person, aged 14'.",
                                            "max_length": 120,
                                        },
                                    ),
                                    9: (
                                        "wagtail.blocks.StructBlock",
                                        [[("quote", 7), ("attribution", 8)]],
                                        {},
                                    ),
                                    10: (
                                        "wagtail.blocks.RichTextBlock",
                                        (),
                                        {"features": ["bold", "italic", "ol", "ul", "link", "document-link"]},
                                    ),
                                    11: (
                                        "wagtail.blocks.StructBlock",
                                        [[("summary", 0), ("content", 10)]],
                                        {},
                                    ),
                                    12: ("wagtail.documents.blocks.DocumentChooserBlock", (), {}),
                                    13: (
                                        "wagtail.blocks.CharBlock",
                                        (),
                                        {"max_length": 250, "required": False},
                                    ),
                                    14: (
                                        "wagtail.blocks.StructBlock",
                                        [[("document", 12), ("description", 13)]],
                                        {},
                                    ),
                                    15: ("wagtail.images.blocks.ImageChooserBlock", (), {}),
                                    16: (
                                        "wagtail.blocks.CharBlock",
                                        (),
                                        {
                                            "help_text": "Describe the image for people who cannot see it. Leave empty if it is decorative.",
                                            "max_length": 250,
                                            "required": False,
                                        },
                                    ),
                                    17: (
                                        "wagtail.blocks.StructBlock",
                                        [[("image", 15), ("alt_text", 16), ("caption", 13)]],
                                        {},
                                    ),
                                    18: ("lms.blocks.SourceBlock", (), {}),
                                },
                            ),
                        ),
                        (
                            "workshop",
                            models.CharField(
                                choices=[
                                    ("listen_up_speak_up", "Listen Up, Speak Up"),
                                    ("neglect_matters", "Neglect Matters"),
                                ],
                                help_text="Which workshop requests from this page ask for.",
                                max_length=32,
                            ),
                        ),
                        (
                            "duration",
                            models.CharField(blank=True, help_text="For example 'One hour'.", max_length=60),
                        ),
                        ("cost", models.CharField(default="Free", max_length=60)),
                        (
                            "formats",
                            models.CharField(
                                blank=True,
                                help_text="For example 'Face-to-face or online'.",
                                max_length=120,
                                verbose_name="how it is run",
                            ),
                        ),
                        (
                            "audience_summary",
                            models.CharField(
                                blank=True,
                                help_text="One sentence, shown beside the facts.",
                                max_length=250,
                                verbose_name="who it is for",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "bookings_workshoppage",
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, "wagtailcore.page"),
                ),
                migrations.CreateModel(
                    name="WorkshopReferenceCounter",
                    fields=[
                        ("year", models.PositiveSmallIntegerField(primary_key=True, serialize=False)),
                        ("last_number", models.PositiveIntegerField(default=0)),
                    ],
                    options={
                        "db_table": "bookings_workshopreferencecounter",
                    },
                ),
                migrations.CreateModel(
                    name="WorkshopRequest",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("reference", models.CharField(editable=False, max_length=20, unique=True)),
                        (
                            "workshop",
                            models.CharField(
                                choices=[
                                    ("listen_up_speak_up", "Listen Up, Speak Up"),
                                    ("neglect_matters", "Neglect Matters"),
                                ],
                                max_length=32,
                            ),
                        ),
                        ("organisation_name", models.CharField(max_length=200)),
                        (
                            "organisation_type",
                            models.CharField(
                                choices=[
                                    ("school", "School or college"),
                                    ("club", "Sports or activity club"),
                                    ("community_group", "Community group"),
                                    ("faith_group", "Faith group"),
                                    ("workplace", "Workplace"),
                                    ("other", "Other"),
                                ],
                                max_length=20,
                            ),
                        ),
                        (
                            "format",
                            models.CharField(
                                choices=[("face_to_face", "Face-to-face"), ("online", "Online")],
                                max_length=20,
                            ),
                        ),
                        ("address", models.TextField(blank=True)),
                        ("postcode", models.CharField(blank=True, max_length=10)),
                        (
                            "audience",
                            models.JSONField(default=list, help_text="Audience values the host ticked."),
                        ),
                        (
                            "audience_size",
                            models.PositiveIntegerField(
                                validators=[
                                    django.core.validators.MinValueValidator(1),
                                    django.core.validators.MaxValueValidator(1000),
                                ]
                            ),
                        ),
                        ("contact_name", models.CharField(max_length=150)),
                        ("contact_email", models.EmailField(max_length=254)),
                        ("contact_phone", models.CharField(max_length=30)),
                        ("accessibility_needs", models.TextField(blank=True)),
                        ("consent_to_contact", models.BooleanField(default=False)),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("requested", "Requested"),
                                    ("proposed", "Date proposed"),
                                    ("confirmed", "Confirmed"),
                                    ("delivered", "Delivered"),
                                    ("declined", "Declined"),
                                    ("cancelled", "Cancelled"),
                                ],
                                default="requested",
                                max_length=16,
                            ),
                        ),
                        ("submitted_at", models.DateTimeField(auto_now_add=True)),
                        ("secret", models.CharField(editable=False, max_length=32)),
                        ("starts_at", models.DateTimeField(blank=True, null=True)),
                        ("ends_at", models.DateTimeField(blank=True, null=True)),
                        (
                            "message_to_host",
                            models.TextField(blank=True, help_text="Sent with the latest proposal."),
                        ),
                        (
                            "closed_reason",
                            models.TextField(blank=True, help_text="Why it was declined or cancelled."),
                        ),
                        ("attendance", models.PositiveIntegerField(blank=True, null=True)),
                        ("delivered_audience", models.JSONField(blank=True, default=list)),
                        ("delivery_note", models.TextField(blank=True)),
                        (
                            "facilitator",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="workshops_facilitated",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "local_authority",
                            models.ForeignKey(
                                blank=True,
                                help_text="Empty when the host is outside the partnership's three areas.",
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="workshop_requests",
                                to="lms.localauthority",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "bookings_workshoprequest",
                        "ordering": ["-submitted_at", "-pk"],
                    },
                ),
                migrations.CreateModel(
                    name="WorkshopEvent",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("at", models.DateTimeField(auto_now_add=True)),
                        ("by_host", models.BooleanField(default=False)),
                        ("action", models.CharField(max_length=40)),
                        ("from_status", models.CharField(blank=True, max_length=16)),
                        ("to_status", models.CharField(blank=True, max_length=16)),
                        ("detail", models.TextField(blank=True)),
                        (
                            "actor",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "request",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="events",
                                to="workshops.workshoprequest",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "bookings_workshopevent",
                        "ordering": ["at", "pk"],
                    },
                ),
                migrations.CreateModel(
                    name="PreferredDate",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("date", models.DateField()),
                        (
                            "time_of_day",
                            models.CharField(
                                choices=[
                                    ("morning", "Morning"),
                                    ("afternoon", "Afternoon"),
                                    ("evening", "Evening"),
                                ],
                                max_length=10,
                            ),
                        ),
                        ("position", models.PositiveSmallIntegerField()),
                        (
                            "request",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="preferred_dates",
                                to="workshops.workshoprequest",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "bookings_preferreddate",
                        "ordering": ["request", "position"],
                    },
                ),
                migrations.AddIndex(
                    model_name="workshoprequest",
                    index=models.Index(
                        fields=["status", "submitted_at"], name="bookings_wo_status_ed8352_idx"
                    ),
                ),
                migrations.AddIndex(
                    model_name="workshoprequest",
                    index=models.Index(
                        fields=["facilitator", "starts_at"], name="bookings_wo_facilit_f7e878_idx"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="workshoprequest",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            ("ends_at__isnull", True), ("ends_at__gt", models.F("starts_at")), _connector="OR"
                        ),
                        name="workshop_ends_after_start",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="workshoprequest",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("status__in", ("proposed", "confirmed")), _negated=True),
                            models.Q(("starts_at__isnull", False), ("facilitator__isnull", False)),
                            _connector="OR",
                        ),
                        name="scheduled_workshop_has_date_and_facilitator",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="workshoprequest",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("status", "delivered"), _negated=True),
                            ("attendance__isnull", False),
                            _connector="OR",
                        ),
                        name="delivered_workshop_has_attendance",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="preferreddate",
                    constraint=models.UniqueConstraint(
                        fields=("request", "position"), name="one_preferred_date_per_position"
                    ),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
