"""The one settings module: every value comes from the environment (django-environ).

Safe by default: DEBUG is off unless set, and a production process refuses to start
without its secrets and a shared cache. `make run` sets DEBUG and generates development
keys into `.dev-keys.env` (git-ignored), so a checkout runs with no configuration.
Every variable is listed, with its default, in docs/operations.md, "Settings".
"""

import base64
import binascii
import ipaddress
import os
from pathlib import Path
from urllib.parse import urlsplit

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

# `*_FILE` variables (Docker secrets) are read in place of the plain ones.
env = environ.FileAwareEnv()
if (BASE_DIR / ".env").is_file():
    environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)

# Development keys (`make keys`) are read only in DEBUG or when asked for by name
# (the test suite sets DEV_KEYS_FILE): a production checkout that once ran `make run`
# must still refuse to start without its own secrets.
DEV_KEYS_FILE = env.str("DEV_KEYS_FILE", default=".dev-keys.env" if DEBUG else "")
if DEV_KEYS_FILE and (BASE_DIR / DEV_KEYS_FILE).is_file():
    environ.Env.read_env(BASE_DIR / DEV_KEYS_FILE, overwrite=False)


def required(name, *, dev_default=None):
    """A secret production cannot run without; DEBUG may fall back to a dev default."""
    # Stripped: a secret file (`*_FILE`) usually ends with a newline, and the hashing
    # secret must give the same hashes whichever way it is passed.
    value = env.str(name, default="").strip()
    if value:
        return value
    if DEBUG and dev_default is not None:
        return dev_default
    raise ImproperlyConfigured(
        f"The environment variable {name} is not set (or {name}_FILE). "
        "Production refuses to start without it; see docs/operations.md, 'Settings'."
    )


SECRET_KEY = required("SECRET_KEY", dev_default="dev-only-insecure-key-never-in-production")
ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
ADMIN_URL = env.str("ADMIN_URL", default="admin/").strip("/") + "/"

INSTALLED_APPS = [
    "modeltranslation",  # must precede django.contrib.admin
    "people_first.admin_apps.CampaignAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "adminsortable2",
    "django_countries",
    "csp",
    "django_tasks",
    "django_tasks_db",
    # The layers, lowest first (docs/architecture.md).
    "people_first",
    "petitions",
    "campaign",
]
if env.str("RECAPTCHA_PUBLIC_KEY", default=""):
    INSTALLED_APPS.append("django_recaptcha")

MIDDLEWARE = [
    "people_first.middleware.SecurityMiddleware",  # Django's, and the onion (ONION_LOCATION)
    "people_first.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "people_first.middleware.SharedResponseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "people_first.middleware.LanguageNeutralMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "people_first.admin_session.AdminSessionMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
]

ROOT_URLCONF = "people_first.urls"
WSGI_APPLICATION = "people_first.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "people_first.context_processors.site",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------
# SQLite is the embedded default for `make run`; production and tests use PostgreSQL.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Persistent connections: a new PostgreSQL connection costs ~4 ms, which halved
    # the throughput of a page when measured on a 2-core machine. Health checks drop a
    # connection that died;
    # this backend checks without a round trip (people_first/postgresql/base.py).
    DATABASES["default"]["ENGINE"] = "people_first.postgresql"
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=600))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 3
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache --------------------------------------------------------------------------
# Rate limits need one cache shared by every worker: Redis in production.
CACHE_URL = env.str("CACHE_URL", default="")
if CACHE_URL:
    CACHES = {"default": env.cache_url("CACHE_URL")}
    if CACHE_URL.startswith("redis"):
        # Fails open with a logged warning when Redis is unreachable (docs/operations.md,
        # "Failures").
        CACHES["default"]["BACKEND"] = "people_first.cache.ResilientRedisCache"
        CACHES["default"].setdefault("OPTIONS", {}).update(
            {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
        )
elif DEBUG:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    required("CACHE_URL")
SHARED_CACHE = CACHES["default"]["BACKEND"] == "people_first.cache.ResilientRedisCache"
if not DEBUG and not SHARED_CACHE:
    raise ImproperlyConfigured(
        "CACHE_URL must point to Redis (redis://...) in production: rate limits need "
        "a cache shared by every worker."
    )

SESSION_ENGINE = (
    "django.contrib.sessions.backends.cache"
    if SHARED_CACHE
    else ("django.contrib.sessions.backends.db")
)
# Only the admin has sessions: the cookie is scoped to its path, so that no public page,
# cached by a CDN for everyone, receives or sets it. Admin messages live in the session,
# not in a cookie of their own (which would be scoped to "/").
SESSION_COOKIE_PATH = "/" + ADMIN_URL
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
# Admin sessions end after this long without a request, and this long after the login
# (people_first/admin_session.py).
ADMIN_SESSION_IDLE_SECONDS = env.int("ADMIN_SESSION_IDLE_SECONDS", default=30 * 60)
ADMIN_SESSION_MAX_SECONDS = env.int("ADMIN_SESSION_MAX_SECONDS", default=12 * 60 * 60)
SESSION_COOKIE_AGE = ADMIN_SESSION_MAX_SECONDS

# --- Email --------------------------------------------------------------------------
EMAIL_URL = env.str("EMAIL_URL", default="consolemail://" if DEBUG else "smtp://127.0.0.1:25")
vars().update(env.email_url("EMAIL_URL", default=EMAIL_URL))
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=20)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="People First <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who gets server errors by email (comma-separated addresses; none by default). The
# reports are redacted like the logs (LOGGING below).
ADMINS = [("", a.strip()) for a in env.list("ADMINS", default=[]) if a.strip()]

# --- Tasks --------------------------------------------------------------------------
# "database": django-tasks-db, run by `manage.py task_worker` (make serve starts it).
# "immediate": run in the request, after commit (make run; no worker needed).
TASK_BACKEND = env.str("TASK_BACKEND", default="database")
TASKS = {
    "default": {
        "BACKEND": {
            "database": "django_tasks_db.DatabaseBackend",
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
        }[TASK_BACKEND]
    }
}
# A task still "running" after this long belongs to a worker that died: run it again.
TASK_STALE_AFTER = env.int("TASK_STALE_AFTER", default=120)
# Threads per `task_worker` process: sending an email is mostly waiting on the network.
WORKER_THREADS = env.int("WORKER_THREADS", default=4)
TASK_RESULTS_KEEP_DAYS = env.int("TASK_RESULTS_KEEP_DAYS", default=7)

# --- Languages ----------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("uk", "Українська"), ("ru", "Русский")]
LOCALE_PATHS = [BASE_DIR / "locale"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True
COUNTRIES_FIRST_SORT = False

# --- Static files -------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": env.str(
            "STATICFILES_STORAGE",
            default="whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG
            else "django.contrib.staticfiles.storage.StaticFilesStorage",
        )
    },
}

# --- Security -----------------------------------------------------------------------
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
# Behind a TLS-terminating proxy, set SECURE_PROXY_SSL_HEADER=HTTP_X_FORWARDED_PROTO and
# make sure the proxy overwrites that header (docs/operations.md, "Behind a proxy").
if proxy_header := env.str("SECURE_PROXY_SSL_HEADER", default=""):
    SECURE_PROXY_SSL_HEADER = (proxy_header, "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
CSRF_TRUSTED_ORIGINS = [SITE_URL]
# The site's onion service (e.g. http://xxxx.onion), run by staff with Tor: the site
# answers on it over http without redirecting or HSTS, and its public pages name it in
# an Onion-Location header (people_first/middleware.py).
ONION_LOCATION = env.str("ONION_LOCATION", default="").strip().rstrip("/")
ONION_HOST = ""
if ONION_LOCATION:
    _onion = urlsplit(ONION_LOCATION)
    if (
        _onion.scheme not in ("http", "https")
        or not (_onion.hostname or "").endswith(".onion")
        or _onion.path
        or _onion.query
    ):
        raise ImproperlyConfigured(
            "ONION_LOCATION must be the address of the onion service alone, such as "
            f"http://example2xyz.onion, not {ONION_LOCATION!r}."
        )
    ONION_HOST = _onion.hostname
    ALLOWED_HOSTS = [*ALLOWED_HOSTS, ONION_HOST]
    CSRF_TRUSTED_ORIGINS.append(f"{_onion.scheme}://{_onion.netloc}")
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)
# django-ratelimit warns (W001) about every backend it does not list, Django's own Redis
# cache included, whose incr is an atomic INCRBY; E003 (no shared cache) can only arise
# with DEBUG, since production refuses to start without Redis (above).
# security.W001 ("no SecurityMiddleware") looks for Django's dotted path only: the
# site's is a subclass, and people_first/checks.py checks the settings Django would.
SILENCED_SYSTEM_CHECKS = (
    ["django_ratelimit.E003", "django_ratelimit.W001", "security.W001"]
    if not SHARED_CACHE
    else ["django_ratelimit.W001", "security.W001"]
)

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Signer privacy (docs/security.md) ---------------------------------------------------
# The coalition's private key opens every sealed identity: a server holding it would give
# them all to whoever seizes it. `python -m people_first.keys --print` writes it to its
# own file; an operator who put it in the environment anyway is stopped here.
for _name in ("SIGNERS_PRIVATE_KEY", "SIGNERS_PRIVATE_KEY_FILE"):
    if _name in os.environ:
        raise ImproperlyConfigured(
            f"{_name} is in the server's environment. The signers' private key must never "
            "be on the server: remove it, and keep it offline."
        )
# Public key of the coalition (base64, libsodium sealed box): confirmed identities are
# sealed to it; the private key never touches the server. Checked here, or a wrong value
# would fail at the first signature.
SIGNERS_PUBLIC_KEY = required("SIGNERS_PUBLIC_KEY")
try:
    _public_key_length = len(base64.b64decode(SIGNERS_PUBLIC_KEY, validate=True))
except binascii.Error:
    _public_key_length = None
if _public_key_length != 32:
    raise ImproperlyConfigured(
        "SIGNERS_PUBLIC_KEY is not a public key: it must be 32 bytes in base64, as "
        "`python -m people_first.keys --print` makes it."
    )
# HMAC secret for the keyed hashes of normalised addresses and their domains. A short
# one could be guessed, and with it every address hash checked against a list of
# addresses.
EMAIL_HASH_SECRET = required("EMAIL_HASH_SECRET")
if len(EMAIL_HASH_SECRET.encode()) < 32:
    raise ImproperlyConfigured(
        "EMAIL_HASH_SECRET is shorter than 32 bytes: use a long random value, as "
        "`python -m people_first.keys --print` makes it."
    )
# Fernet keys, comma-separated, newest first (rotation): addresses of queued emails,
# endorsement requests.
FIELD_ENCRYPTION_KEYS = required("FIELD_ENCRYPTION_KEYS").split(",")

# --- Signing ------------------------------------------------------------------------
SIGN_RATE_LIMIT = env.str("SIGN_RATE_LIMIT", default="10/m")
SIGN_EMAIL_RATE_LIMIT = env.str("SIGN_EMAIL_RATE_LIMIT", default="5/h")
ENDORSE_RATE_LIMIT = env.str("ENDORSE_RATE_LIMIT", default="5/h")
LOGIN_RATE_LIMIT = env.str("LOGIN_RATE_LIMIT", default="5/15m")
RATELIMIT_VIEW = "people_first.views.rate_limited"
# The client address that rate limits count under: people_first/client_ip.py.
# CLIENT_IP_HEADER is the header the proxy sets to it (`X-Real-IP`, `X-Forwarded-For`, or
# its META key, HTTP_X_REAL_IP); it is believed only on requests from TRUSTED_PROXIES
# (addresses or CIDR ranges), since anyone who reaches gunicorn can send it too.
CLIENT_IP_HEADER = env.str("CLIENT_IP_HEADER", default="").strip()
if CLIENT_IP_HEADER.upper() == "REMOTE_ADDR":  # the old default: no header
    CLIENT_IP_HEADER = ""
elif CLIENT_IP_HEADER and not CLIENT_IP_HEADER.upper().startswith("HTTP_"):
    CLIENT_IP_HEADER = "HTTP_" + CLIENT_IP_HEADER.replace("-", "_")
CLIENT_IP_HEADER = CLIENT_IP_HEADER.upper()
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=[])
for _cidr in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_cidr, strict=False)
    except ValueError:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES: {_cidr!r} is not an IP address or CIDR range."
        ) from None
if CLIENT_IP_HEADER and not TRUSTED_PROXIES:
    # The header would be ignored, and every client counted as the proxy: one shared
    # limit for the whole site.
    raise ImproperlyConfigured(
        "CLIENT_IP_HEADER is set but TRUSTED_PROXIES is empty: name the proxies "
        "(addresses or CIDR ranges) whose header is believed."
    )
RATELIMIT_IP_META_KEY = "people_first.client_ip.client_ip"
# Other sites allowed to post the sign form (e.g. https://partner.example).
SIGN_PARTNER_ORIGINS = env.list("SIGN_PARTNER_ORIGINS", default=[])
CONFIRMATION_DAYS = env.int("CONFIRMATION_DAYS", default=14)
PURGE_UNCONFIRMED_DAYS = env.int("PURGE_UNCONFIRMED_DAYS", default=30)
# Endorsement requests are deleted this many days after they were rejected or approved
# (`manage.py purge_endorsement_requests`).
ENDORSEMENT_REQUESTS_KEEP_DAYS = env.int("ENDORSEMENT_REQUESTS_KEEP_DAYS", default=30)
SMALL_GROUP_THRESHOLD = env.int("SMALL_GROUP_THRESHOLD", default=5)
# Breakdowns (by country, by day) are published as of the start of each such period;
# 0 publishes them live (development, tests of other features). petitions/public_data.py
PUBLIC_BREAKDOWN_SECONDS = env.int("PUBLIC_BREAKDOWN_SECONDS", default=0 if DEBUG else 3600)
PUBLIC_CACHE_SECONDS = env.int("PUBLIC_CACHE_SECONDS", default=30)
PRESS_EMAIL = env.str("PRESS_EMAIL", default="press@people-first.example")
# Who is responsible for the signers' data, as the privacy notice names it (an
# organisation's legal name and address).
DATA_CONTROLLER = env.str("DATA_CONTROLLER", default="")

RECAPTCHA_PUBLIC_KEY = env.str("RECAPTCHA_PUBLIC_KEY", default="")
RECAPTCHA_PRIVATE_KEY = env.str("RECAPTCHA_PRIVATE_KEY", default="")
if RECAPTCHA_PUBLIC_KEY:
    # Google's widget script and its iframe; nothing from Google while reCAPTCHA is off.
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["script-src"] += [
        "https://www.google.com/recaptcha/",
        "https://www.gstatic.com/recaptcha/",
    ]
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"] = [
        "https://www.google.com/recaptcha/",
        "https://recaptcha.google.com/recaptcha/",
    ]

# --- Admin two-factor ---------------------------------------------------------------------
OTP_TOTP_ISSUER = "People First"
# A device's secret is shown when it is made (`manage.py totp_device`), never again: not
# in the device admin's lists or pages, nor as a QR code there.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "redact": {"()": "people_first.logging.RedactFilter"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["redact"]},
        # Django's own, mailing errors to ADMINS when set, but redacted: the subject
        # and the report name the URL, which may hold a link token.
        "mail_admins": {
            "level": "ERROR",
            "class": "django.utils.log.AdminEmailHandler",
            "filters": ["require_debug_false", "redact"],
            "reporter_class": "people_first.logging.Reporter",
        },
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Replaces Django's default "django" logger, whose mail handler redacts nothing.
        "django": {"handlers": ["mail_admins"], "level": "INFO"},
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "WARNING" if not DEBUG else "INFO"},
    },
}
CSRF_FAILURE_VIEW = "people_first.views.csrf_failure"
# Error reports never show POST values (names, addresses): people_first/logging.py.
DEFAULT_EXCEPTION_REPORTER_FILTER = "people_first.logging.ReporterFilter"
