"""Settings shared by every environment. Everything that differs between machines comes from
the environment, so one codebase runs on a laptop (SQLite, local memory cache) and in production
(PostgreSQL via DATABASE_URL, Redis via REDIS_URL)."""

import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "newsroom"


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-change-me-in-production")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "newsroom.core",
    "newsroom.articles",
    "newsroom.comments",
    "newsroom.moderation",
    "newsroom.scoring",
    "newsroom.api",
    "newsroom.perspective",  # the Perspective-compatible scoring API at /v1alpha1/ (docs/perspective.md)
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Cache-Control and Surrogate-Key for the front cache (newsroom.core.frontcache); first, so its
    # headers are the last word.
    "newsroom.core.frontcache.FrontCacheMiddleware",
    # NUL characters anywhere in a request: 400 before any view or query sees them (issue 12).
    "newsroom.core.middleware.RejectNulMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsroom.core.context_processors.edition",
            ],
        },
    },
]

# SQLite by default (zero set-up); PostgreSQL (or anything dj-database-url knows) via DATABASE_URL.
# A blank DATABASE_URL (set but empty, e.g. by a CI template) means the default, not a crash.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", "").strip() or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(env("DB_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; a busy timeout queues concurrent writers
    # instead of failing them with "database is locked". synchronous=FULL makes every commit wait
    # for the disk, so an accepted comment survives a power cut too (NORMAL survives a crash of
    # the server process only); SQLITE_SYNCHRONOUS=NORMAL trades that for speed.
    synchronous = env("SQLITE_SYNCHRONOUS", "FULL").upper()
    if synchronous not in {"FULL", "NORMAL", "EXTRA"}:
        raise ImproperlyConfigured("SQLITE_SYNCHRONOUS must be FULL, NORMAL or EXTRA")
    # Our subclass of Django's backend lets concurrent writers queue without sleeping (see there).
    DATABASES["default"]["ENGINE"] = "newsroom.core.sqlite"
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        # mmap: after another worker's write, a connection re-reads the pages it needs; mapped,
        # that is a memory access instead of a read() call (12% more submissions/s measured).
        "init_command": f"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous};"
        f" PRAGMA mmap_size={int(env('SQLITE_MMAP_BYTES', str(256 * 1024 * 1024)))};",
    }

elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No parallel query workers for the site's own queries (issue 13): every page reads a page of
    # rows through an index, and when PostgreSQL's estimate makes such a query look large (the queue
    # joined with its scores at 1M comments) it starts a worker, which took 10-30 ms here for a
    # query that runs in 1-2 ms without one (docs/benchmarks.md, the scale section).
    # DB_PARALLEL_WORKERS=2 gives them back (e.g. to a one-off `rollup_stats --all`).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c max_parallel_workers_per_gather={int(env('DB_PARALLEL_WORKERS', '0'))}")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "newsroom"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "/moderation/login/"

# --- Languages --------------------------------------------------------------------------------
# Django knows ckb (Sorani) but not kmr (Kurmanji): register it here, and ship its catalogue in
# newsroom/locale/kmr/.
LANG_INFO.setdefault(
    "kmr", {"bidi": False, "code": "kmr", "name": "Kurmanji Kurdish", "name_local": "Kurmancî"}
)
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ckb", "کوردیی ناوەندی"),
    ("kmr", "Kurmancî"),
    ("ar", "العربية"),
    ("tr", "Türkçe"),
    ("fa", "فارسی"),
]
LANGUAGES_BIDI = ["ar", "ckb", "fa"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static and media -------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Wagtail ----------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = env("SITE_NAME", "Newsroom")
WAGTAILADMIN_BASE_URL = env("BASE_URL", "http://127.0.0.1:8000")
# The editor makes no requests to third parties: no Gravatar (it would send a hash of each editor's
# email) and no update check from the editor's browser (the CSP's connect-src refuses it anyway).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# --- Background work (Django's Tasks framework, via django-tasks) ------------------------------
# Immediate by default: work runs in the request. TASKS_BACKEND=database moves it to a worker
# (`manage.py db_worker`).
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
            "rq": "django_tasks_rq.RQBackend",
        }[env("TASKS_BACKEND", "immediate")]
    }
}
# TASKS_BACKEND=rq keeps the queue in Redis (REDIS_URL) and runs `manage.py rqworker default`.
if TASKS["default"]["BACKEND"] == "django_tasks_rq.RQBackend":
    INSTALLED_APPS.append("django_rq")
    RQ_QUEUES = {"default": {"URL": REDIS_URL or "redis://127.0.0.1:6379/0", "DEFAULT_TIMEOUT": 600}}
    RQ = {"JOB_CLASS": "django_tasks_rq.Job"}  # the worker must run jobs as django-tasks tasks

# --- Comment scoring (newsroom.scoring; docs/scoring.md) ---------------------------------------
GUIDELINES_SCORER = env("GUIDELINES_SCORER", "newsroom.guidelines.backends.LinearScorer")
SCORING_ENABLED = env_bool("SCORING_ENABLED", True)
# Retrained candidates (git-ignored); the shipped model stays in newsroom/guidelines/artifacts.
SCORING_MODELS_DIR = Path(env("SCORING_MODELS_DIR", str(BASE_DIR / "var" / "models")))
GUIDELINES_DATA_DIR = Path(env("GUIDELINES_DATA_DIR", str(BASE_DIR.parent / "shared" / "data")))

# --- The Perspective-compatible scoring API (newsroom.perspective; docs/perspective.md) ----------
# Its feedback is a retraining source and its usage a dashboard panel, plugged into scoring here.
SCORING_EXTRA_EXAMPLE_SOURCES = ["newsroom.perspective.feedback.training_examples"]
SCORING_DASHBOARD_PANELS = ["newsroom.perspective.dashboard.usage_panel"]
PERSPECTIVE_UNSUPPORTED_LANGUAGE = env("PERSPECTIVE_UNSUPPORTED_LANGUAGE", "error")

# --- Moderator console (newsroom.moderation; docs/moderation.md) -----------------------------
# Queue order, lanes and row badges come from this hook, so moderation never imports scoring.
MODERATION_QUEUE_HOOK = env("MODERATION_QUEUE_HOOK", "newsroom.scoring.queue.ScoringQueueHook")
# How often (seconds) the open queue asks for new and decided comments.
MODERATION_LIVE_SECONDS = int(env("MODERATION_LIVE_SECONDS", "10"))

# --- Email ------------------------------------------------------------------------------------
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "newsroom@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}
WAGTAILIMAGES_IMAGE_MODEL = "articles.NewsImage"

# --- Front cache: Varnish or a CDN in front of readers' pages (newsroom.core.frontcache) --------
# Who receives purges: newsroom.core.frontcache.NoFrontCache (nothing in front), .VarnishPurge
# (deploy/varnish/newsroom.vcl) or .FastlyPurge (token in the FASTLY_API_TOKEN environment variable).
FRONT_CACHE_BACKEND = env("FRONT_CACHE_BACKEND", "newsroom.core.frontcache.NoFrontCache")
FRONT_CACHE_SECONDS = int(env("FRONT_CACHE_SECONDS", "600"))  # s-maxage: the longest a lost purge shows
FRONT_CACHE_PURGE_ATTEMPTS = int(env("FRONT_CACHE_PURGE_ATTEMPTS", "3"))
FRONT_CACHE_PURGE_TIMEOUT = float(env("FRONT_CACHE_PURGE_TIMEOUT", "2"))
VARNISH_PURGE_URLS = env_list("VARNISH_PURGE_URLS", "http://127.0.0.1:6081/")
FASTLY_SERVICE_ID = env("FASTLY_SERVICE_ID", "")
FASTLY_API_URL = env("FASTLY_API_URL", "https://api.fastly.com")
FASTLY_SOFT_PURGE = env_bool("FASTLY_SOFT_PURGE", False)

# --- Login throttling (django-axes; docs/operations.md, issue 12) -------------------------------
# Every login page (/moderation/login/, /cms/, /django-admin/) authenticates through Django, so one
# backend throttles them all: AXES_FAILURE_LIMIT wrong passwords for one account, or from one
# address, lock that account or address out for AXES_COOLOFF_MINUTES. Each lockout is audited.
INSTALLED_APPS.append("axes")
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
AXES_FAILURE_LIMIT = int(env("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(env("AXES_COOLOFF_MINUTES", "15")) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each on its own: per account and per address
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "newsroom.moderation.lockout.lockout_response"  # 429, a plain page
AXES_CLIENT_IP_CALLABLE = "newsroom.comments.addresses.client_ip"  # honours COMMENTS_TRUSTED_PROXIES
AXES_VERBOSE = False

# --- Security headers (django-csp; docs/operations.md, issue 12) --------------------------------
# No inline script or style on the site's own pages, nor in Django's admin. Only the editor (/cms/),
# whose widgets in Wagtail 8.0 still write inline scripts and whose scripts inject <style> elements,
# gets 'unsafe-inline' for scripts and styles; not its sign-in and password-reset pages
# (tests/hardening/test_csp_browser.py shows each of these in a browser).
INSTALLED_APPS.append("csp")
MIDDLEWARE.append("newsroom.core.middleware.SecurityHeadersMiddleware")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "https:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https:"],  # video embeds in article bodies (wagtail.embeds)
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    },
}
CSP_RELAXED_PREFIXES = ("/cms/",)
CSP_STRICT_PREFIXES = ("/cms/login/", "/cms/password_reset/")  # inside CSP_RELAXED_PREFIXES
CSP_RELAXED_UPDATE = {"script-src": ["'unsafe-inline'"], "style-src": ["'unsafe-inline'"],
                      "img-src": ["blob:"]}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
