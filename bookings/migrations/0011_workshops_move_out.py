"""Community workshops moved to their own app (workshops). Only Django's record of the models
leaves bookings: the tables stay where they are, now owned by workshops (workshops 0001), so no
row moves."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("bookings", "0010_booking_charge_events"),
        ("workshops", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="preferreddate",
                    name="request",
                ),
                migrations.RemoveField(
                    model_name="workshopevent",
                    name="actor",
                ),
                migrations.RemoveField(
                    model_name="workshopevent",
                    name="request",
                ),
                migrations.RemoveField(
                    model_name="workshopindexpage",
                    name="page_ptr",
                ),
                migrations.RemoveField(
                    model_name="workshoppage",
                    name="page_ptr",
                ),
                migrations.DeleteModel(
                    name="WorkshopReferenceCounter",
                ),
                migrations.RemoveField(
                    model_name="workshoprequest",
                    name="facilitator",
                ),
                migrations.RemoveField(
                    model_name="workshoprequest",
                    name="local_authority",
                ),
                migrations.DeleteModel(
                    name="PreferredDate",
                ),
                migrations.DeleteModel(
                    name="WorkshopEvent",
                ),
                migrations.DeleteModel(
                    name="WorkshopIndexPage",
                ),
                migrations.DeleteModel(
                    name="WorkshopPage",
                ),
                migrations.DeleteModel(
                    name="WorkshopRequest",
                ),
            ],
            database_operations=[],
        ),
    ]
