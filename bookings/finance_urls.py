from django.urls import path

from bookings import finance_views

app_name = "finance"
urlpatterns = [
    path("", finance_views.charges, name="charges"),
    path("export/", finance_views.export, name="export"),
    path("batches/<int:batch_id>.<str:file_format>", finance_views.download_batch, name="batch"),
    path("charges/<int:charge_id>/waive/", finance_views.waive, name="waive"),
    path("import/", finance_views.import_invoices, name="import"),
]
