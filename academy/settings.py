import datetime
from pathlib import Path

import environ
from django.core.management.utils import get_random_secret_key
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

# The portal's own files (templates, static files, translations) travel with
# the package, so an installed copy runs as well as the source folder.
PACKAGE_DIR = Path(__file__).resolve().parent
# What it writes by default (.env, the SQLite database, media, collected
# static files): beside manage.py in a source folder; in the folder it runs
# from when installed.
SOURCE_DIR = PACKAGE_DIR.parent
BASE_DIR = SOURCE_DIR if (SOURCE_DIR / "manage.py").is_file() else Path.cwd()

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")  # optional; the real environment wins

DEBUG = env.bool("DEBUG", default=False)
# Only a local server with DEBUG on gets the fixed development key. Without a
# key and without DEBUG each process makes up its own, so nothing published
# here can sign a session; the "django-insecure-" prefix makes
# `check --deploy` ask for a real one.
SECRET_KEY = env(
    "SECRET_KEY",
    default="django-insecure-development-only"
    if DEBUG
    else f"django-insecure-{get_random_secret_key()}",
)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # First: the academy's admin templates (admin/base_site.html and the
    # like) build on Django's own, which are found after them.
    "academy",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "programs",
    "news",
    "admissions",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Straight after security, so static files skip sessions and auth.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside everything that writes the body: it compresses what the page
    # cache has not already (static files come compressed from whitenoise).
    "academy.compression.CompressionMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions (it reads the language cookie), before common (redirects).
    "django.middleware.locale.LocaleMiddleware",
    # After locale (its key includes the language); a cached page skips the rest.
    "academy.middleware.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # After the policy's middleware: it gives the admin its own policy first.
    "academy.middleware.SecurityHeadersMiddleware",
    # Last: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "academy.urls"
# Moving the admin off its well-known path spares it most scripted guessing.
ADMIN_URL = env("ADMIN_URL", default="admin/")
WSGI_APPLICATION = "academy.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "academy.context_processors.portal",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Keep connections between requests, and test them before reuse so a
    # restarted database costs one failed check, not failed requests.
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
DATABASE_CACHE_TABLE = "portal_cache"  # academy/migrations/0007_portal_cache.py

# Without CACHE_URL, a table in the database (made by migrate): every app
# process and server of one installation shares it, so a change is seen by
# all of them at once. Each process's own memory would not be shared.
CACHES = {"default": env.cache("CACHE_URL", default=f"dbcache://{DATABASE_CACHE_TABLE}")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # The same, keeping its client objects between calls (academy.caching).
    CACHES["default"]["BACKEND"] = "academy.caching.RedisCache"
    # A cache server that stops answering delays a page by this much at most;
    # the page is then made without it (academy.caching.cache_call).
    CACHES["default"].setdefault("OPTIONS", {}).update(
        socket_connect_timeout=0.5, socket_timeout=0.5
    )
# The font share cards are drawn with (academy.share_cards): unset, Noto Sans
# CJK where Debian's fonts-noto-cjk puts it; empty, no cards.
SHARE_CARD_FONT = env("SHARE_CARD_FONT", default=None)
# Whole public pages kept for anonymous readers; 0 turns the page cache off.
# Off by default with DEBUG (a local server): a template being edited is seen
# at once.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0 if DEBUG else 600)
# The parts many pages share (layout, cards, tables: academy.caching), for
# everyone; a change to what one shows makes it stale at once. 0 turns them
# off.
SHARED_CACHE_SECONDS = env.int("SHARED_CACHE_SECONDS", default=0 if DEBUG else 600)
# `make bench` only: adds /bench/ceiling, a fixed 20 kB page to measure against.
BENCH_CEILING = env.bool("BENCH_CEILING", default=False)

# EMAIL_URL (smtp://user:password@host:587/?tls=true, consolemail://, ...)
# read into Django's MAILERS.
_email = env.email_url("EMAIL_URL", default="consolemail://")
_mailer_options = {
    "EMAIL_HOST": "host",
    "EMAIL_PORT": "port",
    "EMAIL_HOST_USER": "username",
    "EMAIL_HOST_PASSWORD": "password",
    "EMAIL_USE_TLS": "use_tls",
    "EMAIL_USE_SSL": "use_ssl",
    "EMAIL_TIMEOUT": "timeout",
    "EMAIL_FILE_PATH": "file_path",
}
MAILERS = {
    "default": {
        "BACKEND": _email["EMAIL_BACKEND"],
        "OPTIONS": {
            option: _email[key]
            for key, option in _mailer_options.items()
            if _email.get(key) not in (None, "")
        },
    }
}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("zh-hans", _("Simplified Chinese")),
    ("ru", _("Russian")),
]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Uploaded media: local files by default; MEDIA_STORAGE=s3 keeps them in
# S3-compatible object storage (pip install "django-storages[s3]"), which
# several app servers can share.
MEDIA_STORAGE = env("MEDIA_STORAGE", default="local")
if MEDIA_STORAGE == "s3":
    AWS_STORAGE_BUCKET_NAME = env("S3_BUCKET")
    AWS_S3_ENDPOINT_URL = env("S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env("S3_REGION", default=None)
    AWS_ACCESS_KEY_ID = env("S3_ACCESS_KEY_ID", default=None)
    AWS_SECRET_ACCESS_KEY = env("S3_SECRET_ACCESS_KEY", default=None)
    AWS_S3_CUSTOM_DOMAIN = env("S3_PUBLIC_DOMAIN", default=None)
    AWS_QUERYSTRING_AUTH = False  # public photos: plain, cacheable addresses
    AWS_S3_FILE_OVERWRITE = False
STORAGES = {
    "default": {
        "BACKEND": "storages.backends.s3.S3Storage"
        if MEDIA_STORAGE == "s3"
        else "django.core.files.storage.FileSystemStorage"
    },
    # Hashed, compressed file names: browsers may keep them for a year.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# HTTPS=on in production, behind TLS: redirects, secure cookies and HSTS.
HTTPS = env.bool("HTTPS", default=False)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env.int("HSTS_SECONDS", default=31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("HSTS_INCLUDE_SUBDOMAINS", default=HTTPS)
SECURE_HSTS_PRELOAD = env.bool("HSTS_PRELOAD", default=HTTPS)
# How many proxies (load balancers) stand in front of the portal and append
# the address they received a request from to X-Forwarded-For; the admissions
# rate limit and the login lockout count per visitor by it (academy.clients).
TRUSTED_PROXIES = env.int("TRUSTED_PROXIES", default=0)
if env.bool("TRUST_X_FORWARDED_PROTO", default=False):
    # Only behind a proxy that sets this header itself.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# No inline script or style on the portal's pages.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# The admin's widgets (Django's and their libraries') may style elements
# inline; only staff see it (academy.middleware.SecurityHeadersMiddleware).
ADMIN_CSP = {**SECURE_CSP, "style-src": [CSP.SELF, CSP.UNSAFE_INLINE]}

LOGIN_URL = "admin:login"

# Password guessing at the admin login: after AXES_FAILURE_LIMIT failures for
# one account, or from one address, further tries are refused for a while.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "academy.clients.client_address"
AXES_USERNAME_CALLABLE = "academy.clients.login_username"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

# Ask admissions: where notifications go, how long questions are kept, and
# how many a sender may send in an hour.
ADMISSIONS_EMAIL = env("ADMISSIONS_EMAIL", default="admissions@localhost")
ADMISSIONS_RETENTION_DAYS = env.int("ADMISSIONS_RETENTION_DAYS", default=365)
ADMISSIONS_QUESTIONS_PER_HOUR = env.int("ADMISSIONS_QUESTIONS_PER_HOUR", default=5)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}
