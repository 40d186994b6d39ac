from django.urls import path

from programs import views

app_name = "programs"
urlpatterns = [
    path("programs/", views.ProgramListView.as_view(), name="program_list"),
    path("programs/<slug:slug>/", views.ProgramDetailView.as_view(), name="program_detail"),
    path("enrollment/", views.EnrollmentDashboardView.as_view(), name="enrollment_dashboard"),
    path("enrollment/export.csv", views.EnrollmentExportView.as_view(), name="enrollment_export"),
    path(
        "enrollment/export.xlsx",
        views.EnrollmentExportXLSXView.as_view(),
        name="enrollment_export_xlsx",
    ),
    path("facts/", views.FactsView.as_view(), name="facts"),
    path("facts/open-data/", views.OpenDataView.as_view(), name="open_data"),
    path("facts/enrollment.csv", views.FactsCSVView.as_view(), name="facts_csv"),
    path("facts/enrollment.json", views.FactsJSONView.as_view(), name="facts_json"),
]
