"""Configuration comes from the environment; production refuses to start without a secret."""

import os
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command


def _import_production(env):
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import haderslev_site.settings.production"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_settings_refuse_to_load_without_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    result = _import_production(env)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_settings_load_with_secret_key():
    result = _import_production({**os.environ, "SECRET_KEY": "x" * 50})
    assert result.returncode == 0, result.stderr


def test_dev_admin_is_refused_without_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("ensure_dev_admin")


def test_dev_admin_prints_a_working_password(db, settings, capsys, django_user_model):
    settings.DEBUG = True
    call_command("ensure_dev_admin")
    out = capsys.readouterr().out
    password = out.split("Password:")[1].split()[0]
    user = django_user_model.objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)
