import json

from django.core.management import call_command
from django.test import override_settings


def test_static_files_are_collected_hashed_and_compressed(tmp_path):
    whitenoise = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
    with override_settings(
        STATIC_ROOT=tmp_path, STORAGES={"default": {}, "staticfiles": whitenoise}
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())
    hashed_css = manifest["paths"]["css/portal.css"]
    assert hashed_css != "css/portal.css"
    assert (tmp_path / hashed_css).exists()
    assert (tmp_path / f"{hashed_css}.gz").exists()
