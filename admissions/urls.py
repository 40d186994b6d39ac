from django.urls import path

from admissions import views

app_name = "admissions"
urlpatterns = [
    path("", views.AskView.as_view(), name="ask"),
    path("thanks/", views.ThanksView.as_view(), name="thanks"),
]
