"""A URL configuration in which the about page has moved, for a test that
addresses follow the configuration in force."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from academy.views import AboutView

urlpatterns = i18n_patterns(path("moved/about/", AboutView.as_view(), name="about"))
