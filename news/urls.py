from django.urls import path

from news import feeds, views

app_name = "news"
urlpatterns = [
    path("", views.ArticleListView.as_view(), name="article_list"),
    path("feed/", feeds.LatestArticlesFeed(), name="article_feed"),
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="article_detail"),
]
