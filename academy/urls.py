from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path

from academy import sitemaps, views

handler400 = "academy.views.bad_request"

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": sitemaps.SITEMAPS},
        name="sitemap_section",
    ),
    path("language/<str:code>/", views.switch_language, name="switch_language"),
    *i18n_patterns(
        path("", views.HomeView.as_view(), name="home"),
        path("about/", views.AboutView.as_view(), name="about"),
        path("partners/", views.PartnerListView.as_view(), name="partner_list"),
        path("", include("programs.urls")),
        path("news/", include("news.urls")),
        path("admissions/", include("admissions.urls")),
        path("search/", views.SearchView.as_view(), name="search"),
    ),
]

if settings.MEDIA_STORAGE == "local":
    # Object storage serves its own files; local ones are served here, safely.
    urlpatterns.append(
        re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.+)$", views.media, name="media")
    )
if settings.BENCH_CEILING:
    urlpatterns.append(path("bench/ceiling", views.ceiling, name="bench_ceiling"))
