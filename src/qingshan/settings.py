"""Django settings for Qingshan.

One setting switches the database: ``DATABASE_URL`` (e.g. ``postgres://postgres@127.0.0.1:5432/qingshan``).
Without it the platform runs on an embedded SQLite file under ``QINGSHAN_HOME`` (default ``./var``).
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent
HOME = Path(os.environ.get("QINGSHAN_HOME", Path.cwd() / "var")).resolve()
HOME.mkdir(parents=True, exist_ok=True)

DEBUG = os.environ.get("QINGSHAN_DEBUG", "0") == "1"
#: ``QINGSHAN_PRODUCTION=1``: served over TLS (behind a proxy that sets X-Forwarded-Proto): secure cookies, HSTS,
#: HTTPS redirect. README "Settings" lists what it sets; ``qingshan check --deploy`` then reports no warning.
PRODUCTION = os.environ.get("QINGSHAN_PRODUCTION", "0") == "1"

#: The development key works only with DEBUG. Without QINGSHAN_SECRET_KEY a random key is made once per data
#: directory (``QINGSHAN_HOME/secret_key``, readable by its owner only), so no two installations share a key.
DEV_SECRET_KEY = "dev-only-not-secret-change-me-in-production-0123456789"


def _secret_key() -> str:
    key = os.environ.get("QINGSHAN_SECRET_KEY", "")
    if key:
        if not DEBUG and (key == DEV_SECRET_KEY or len(key) < 50 or len(set(key)) < 5):
            raise ImproperlyConfigured(
                "QINGSHAN_SECRET_KEY is the development key or too weak (50 characters or more, not the built-in "
                "one): set a random key, e.g. python3 -c 'import secrets; print(secrets.token_urlsafe(64))'"
            )
        return key
    if DEBUG:
        return DEV_SECRET_KEY
    path = HOME / "secret_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(64))
    return path.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = [
    h for h in os.environ.get("QINGSHAN_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "axes",
    "csp",
    "qingshan.core",
    "qingshan.orgs",
    "qingshan.ledger",
    "qingshan.air",
    "qingshan.water",
    "qingshan.sources",
    "qingshan.targets",
    "qingshan.dispatch",
    "qingshan.supervision",
    "qingshan.assessment",
    "qingshan.portal",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "qingshan.core.limits.RequestSizeMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "qingshan.core.access.ChineseFirstLocaleMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "qingshan.core.access.AccessPolicyMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "qingshan.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "qingshan.core.context.platform",
            ],
        },
    },
]

WSGI_APPLICATION = "qingshan.wsgi.application"

_default_db = f"sqlite:///{HOME / 'qingshan.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(os.environ.get("DATABASE_URL", _default_db), conn_max_age=60)}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # WAL lets the demo server read while an import writes. A request waits at most QINGSHAN_SQLITE_BUSY_SECONDS
    # (default 5) for a write lock, then answers "database busy" (503, core.database_busy) instead of hanging.
    # Every transaction takes the write lock when it begins (IMMEDIATE): a second writer waits for the first
    # to commit instead of failing on a stale snapshot ("database is locked"), e.g. two imports of one plan.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL;",
        "timeout": float(os.environ.get("QINGSHAN_SQLITE_BUSY_SECONDS", "5")),
        "transaction_mode": "IMMEDIATE",
    }
    # Tests on a file, not in memory: threads then share the database as separate connections do in production.
    DATABASES["default"]["TEST"] = {"NAME": str(HOME / "test.sqlite3")}
else:
    # PostgreSQL: a connection attempt gives up after 5 s (a clear "database unreachable", not a hang).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "qingshan.orgs.auth.PlatformWordsValidator"},
]
# Sign-in throttling and lockout (django-axes): after QINGSHAN_LOGIN_FAILURES (default 5) failed sign-ins for one
# user name from one address, that pair is locked out for QINGSHAN_LOCKOUT_MINUTES (default 15), on the login
# page and on /api/token/ alike; a successful sign-in resets the count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("QINGSHAN_LOGIN_FAILURES", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("QINGSHAN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "qingshan.orgs.auth.locked_out"
AXES_VERBOSE = False
#: API tokens expire after QINGSHAN_TOKEN_HOURS (default 24) and are revoked when the password changes.
TOKEN_TTL = timedelta(hours=int(os.environ.get("QINGSHAN_TOKEN_HOURS", "24")))
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "portal:home"
LOGOUT_REDIRECT_URL = "portal:home"

# Chinese first: zh-hans is the default for pages, admin, errors and exports; English second.
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = HOME / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MEDIA_ROOT = HOME / "media"
WHITENOISE_USE_FINDERS = True  # serve straight from the packages when collectstatic has not run

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # The token first: a refused token answers 401 with WWW-Authenticate (DRF asks the first class).
        "qingshan.orgs.tokens.ExpiringTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["qingshan.core.access.ApiAccessPolicy"],
    "DEFAULT_PAGINATION_CLASS": "qingshan.core.limits.MaxLimitOffsetPagination",
    "PAGE_SIZE": 100,
    "EXCEPTION_HANDLER": "qingshan.core.api.exception_handler",
    "DEFAULT_PARSER_CLASSES": [
        "qingshan.core.limits.SafeJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_THROTTLE_CLASSES": ["qingshan.core.limits.UserRateThrottle", "qingshan.core.limits.AnonRateThrottle"],
}
#: API request rates (DRF throttles): per signed-in user, per anonymous address, and for /api/token/ per address.
API_RATES = {
    "user": os.environ.get("QINGSHAN_API_RATE_USER", "1200/min"),
    "anon": os.environ.get("QINGSHAN_API_RATE_ANON", "300/min"),
    "token": os.environ.get("QINGSHAN_API_RATE_TOKEN", "10/min"),
}

# Bounded input (core/limits.py): each refusal is a coded, translated error.
_MB = 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = int(float(os.environ.get("QINGSHAN_MAX_FORM_MB", "2.5")) * _MB)
FILE_UPLOAD_MAX_MEMORY_SIZE = int(float(os.environ.get("QINGSHAN_MAX_FORM_MB", "2.5")) * _MB)
QINGSHAN_MAX_UPLOAD_BYTES = int(float(os.environ.get("QINGSHAN_MAX_UPLOAD_MB", "20")) * _MB)
QINGSHAN_MAX_REQUEST_BYTES = int(float(os.environ.get("QINGSHAN_MAX_REQUEST_MB", "64")) * _MB)
FILE_UPLOAD_HANDLERS = [
    "qingshan.core.limits.LimitedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
QINGSHAN_API_MAX_PAGE_SIZE = int(os.environ.get("QINGSHAN_API_MAX_PAGE_SIZE", "500"))
QINGSHAN_API_MAX_JSON_DEPTH = int(os.environ.get("QINGSHAN_API_MAX_JSON_DEPTH", "32"))

# Security headers. Content-Security-Policy: scripts only from this site or carrying the per-request nonce
# (``{{ request.csp_nonce }}``; no inline handlers — core/static/core/site.js), everything else from this site.
# Styles also allow inline: plotly.js and the API docs (Swagger UI) insert <style> elements at run time and take no
# nonce; a style cannot run code, the script policy is what stops injected code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = os.environ.get("QINGSHAN_SSL_REDIRECT", "1") == "1"
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("QINGSHAN_HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = os.environ.get("QINGSHAN_HSTS_PRELOAD", "1") == "1"
    SESSION_COOKIE_AGE = int(os.environ.get("QINGSHAN_SESSION_HOURS", "12")) * 3600
SPECTACULAR_SETTINGS = {
    "TITLE": "青山 Qingshan API",
    "DESCRIPTION": "生态环境治理平台接口 / Ecological-environment governance platform API",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR"}},
}

PLATFORM_NAME = _("Qingshan")

#: The admin is for superusers; "1" opens it to staff with model permissions (records scoped as on the pages).
ADMIN_FOR_STAFF = os.environ.get("QINGSHAN_ADMIN_FOR_STAFF", "0") == "1"

# Plan documents (ledger.services.reader_limits): a .docx/.xlsx expanding beyond these is refused before it is
# read; so is a plan of more characters.
PLAN_MAX_UNZIPPED_BYTES = int(os.environ.get("QINGSHAN_PLAN_MAX_UNZIPPED_BYTES", 50 * 1024 * 1024))
PLAN_MAX_ZIP_RATIO = float(os.environ.get("QINGSHAN_PLAN_MAX_ZIP_RATIO", 100))
PLAN_MAX_CHARS = int(os.environ.get("QINGSHAN_PLAN_MAX_CHARS", 2_000_000))
