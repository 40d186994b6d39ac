import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, **environment):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "SECRET_KEY", "HTTPS", "ALLOWED_HOSTS"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**env, **environment},
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_settings_pass_the_deploy_check():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="k7$Vq2-not-a-real-key-but-long-and-random-enough-9xPz!Lw3&Rt8mN#c",
        HTTPS="on",
        ALLOWED_HOSTS="portal.example.edu.cn",
        EMAIL_URL="smtp://mail.example.edu.cn:587",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_asks_for_a_secret_key_and_https():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    for warning in ("security.W009", "security.W008", "security.W012"):
        assert warning in result.stderr


def settings_value(expression, **environment):
    result = manage("shell", "-c", f"from django.conf import settings; print({expression})",
                    **environment)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_media_go_to_local_files_by_default_and_to_object_storage_when_asked():
    backend = 'settings.STORAGES["default"]["BACKEND"]'
    assert settings_value(backend) == "django.core.files.storage.FileSystemStorage"
    assert (
        settings_value(backend, MEDIA_STORAGE="s3", S3_BUCKET="academy-media")
        == "storages.backends.s3.S3Storage"
    )
    assert (
        settings_value("settings.AWS_QUERYSTRING_AUTH", MEDIA_STORAGE="s3", S3_BUCKET="b")
        == "False"
    )
