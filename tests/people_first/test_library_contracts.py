"""Where the code leans on a library's internals (docs/upgrading.md): each test states
what the override needs from the library, so that bumping the library breaks a test,
not the site."""

import inspect

from adminsortable2.admin import SortableAdminMixin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.db.backends.postgresql import base as postgresql
from django_otp.admin import OTPAdminAuthenticationForm
from django_recaptcha.fields import ReCaptchaField
from django_recaptcha.widgets import ReCaptchaV2Checkbox
from django_tasks_db.management.commands import db_worker as worker_module
from psycopg import pq

from people_first.cache import ResilientRedisCache, ReusingRedisCacheClient


def parameters(function):
    return set(inspect.signature(function).parameters)


def test_the_task_worker_can_build_the_librarys_worker_itself():
    """people_first/management/commands/task_worker.py builds Worker with these
    arguments, runs it and stops it through `running`."""
    assert {
        "queue_names",
        "interval",
        "batch",
        "backend_name",
        "startup_delay",
        "max_tasks",
        "worker_id",
        "excluded_queue_names",
    } <= parameters(worker_module.Worker.__init__)
    worker = worker_module.Worker(
        queue_names=["default"],
        interval=1,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="contract",
        excluded_queue_names=[],
    )
    assert worker.running is True
    assert callable(worker.run) and callable(worker.configure_signals)
    assert callable(worker_module.Command.configure_logging)
    # tests/conftest.py (run_tasks) patches this name while the worker runs in a test.
    assert callable(worker_module.close_old_connections)


def test_the_cache_client_can_keep_one_redis_client_per_pool():
    """people_first/cache.py: ReusingRedisCacheClient calls these private methods, and
    ResilientRedisCache sets the private `_class` that RedisCache builds its client from."""
    for name in ("_get_connection_pool_index", "_get_connection_pool"):
        assert hasattr(RedisCacheClient, name), name
    assert parameters(RedisCacheClient.get_client) >= {"key", "write"}
    cache = ResilientRedisCache("redis://127.0.0.1:6379/15", {})
    assert callable(cache._cache._client)  # the redis.Redis class, set by __init__
    assert isinstance(cache._cache, ReusingRedisCacheClient)
    assert cache._cache.get_client("a") is cache._cache.get_client("b")
    assert "_class" in vars(RedisCache("redis://127.0.0.1:6379/15", {}))


def test_reordering_in_the_admin_still_goes_through_the_two_methods_we_wrap():
    """campaign/admin.py (BumpOnReorder) renews the page cache after these two, which
    save with update(), sending no signal."""
    assert parameters(SortableAdminMixin._update_order) == {
        "self",
        "updated_items",
        "extra_model_filters",
    }
    assert parameters(SortableAdminMixin._bulk_move) == {"self", "request", "queryset", "method"}


def test_the_login_form_can_skip_the_libraries_own_second_factor_step():
    """people_first/admin_site.py (LoginForm): `super(OTPAdminAuthenticationForm,
    self).clean()` must be the password check alone, and `_chosen_device` the library's
    choice of device, which we complete."""
    mro = OTPAdminAuthenticationForm.__mro__
    after = mro[mro.index(OTPAdminAuthenticationForm) + 1 :]
    next_clean = next(c for c in after if "clean" in vars(c))
    assert issubclass(next_clean, AdminAuthenticationForm) or next_clean.__name__ in {
        "AuthenticationForm",
        "AdminAuthenticationForm",
    }
    assert parameters(OTPAdminAuthenticationForm._chosen_device) == {"self", "user"}
    assert parameters(OTPAdminAuthenticationForm.clean_otp) == {"self", "user"}


def test_the_database_health_check_can_poll_the_socket():
    """people_first/postgresql/base.py reads these from psycopg and Django's backend."""
    assert callable(postgresql.DatabaseWrapper.is_usable)
    assert isinstance(pq.ConnStatus.OK, pq.ConnStatus)
    assert isinstance(pq.TransactionStatus.IDLE, pq.TransactionStatus)
    assert hasattr(pq.PGconn, "socket")


def test_the_captcha_widget_can_drop_the_librarys_inline_script():
    """petitions/forms.py: CaptchaWidget replaces the template and adds the language to
    the context; CaptchaField turns network errors from validate() into a form error."""
    assert ReCaptchaV2Checkbox.template_name
    assert parameters(ReCaptchaV2Checkbox.get_context) == {"self", "name", "value", "attrs"}
    assert parameters(ReCaptchaField.validate) == {"self", "value"}
