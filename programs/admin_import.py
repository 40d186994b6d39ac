"""Enrollment figures from a spreadsheet, in the admin: upload, preview, confirm.

The preview writes nothing. It keeps the file in the officer's session with
a fingerprint of the stored figures it was checked against; the confirm
checks the file again and writes only while those figures are unchanged,
through the same importing.write() as the import command.
"""

import base64
import secrets

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from programs import importing
from programs.forms import SpreadsheetUploadForm

# An import adds intakes and figures and changes them.
IMPORT_PERMISSIONS = (
    "programs.add_intake",
    "programs.change_intake",
    "programs.add_enrollmentfigure",
    "programs.change_enrollmentfigure",
)
PENDING = "enrollment_import"


class SpreadsheetImportMixin:
    """Adds "Import from a spreadsheet" to an admin of the figures."""

    change_list_template = "admin/programs/change_list_with_import.html"

    def has_import_permission(self, request):
        return request.user.has_perms(IMPORT_PERMISSIONS)

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}_import"
        view = self.admin_site.admin_view(self.import_view)
        return [path("import/", view, name=name), *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        can_import = self.has_import_permission(request)
        return super().changelist_view(request, {**(extra_context or {}), "can_import": can_import})

    def import_view(self, request):
        if not self.has_import_permission(request):
            raise PermissionDenied
        if request.method == "POST" and "confirm" in request.POST:
            return self.confirm_import(request)
        if request.method != "POST":
            return self.render_import(request, SpreadsheetUploadForm())
        form = SpreadsheetUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_import(request, form)
        file_name = form.cleaned_data["file"].name
        return self.preview(request, form.content, file_name, importing.check(form.table))

    def preview(self, request, content, file_name, checked):
        """Shows what the file would change; only a file without problems
        is kept for the confirm."""
        request.session.pop(PENDING, None)
        token = None
        if checked.rows and not checked.errors:
            token = secrets.token_urlsafe()
            request.session[PENDING] = {
                "token": token,
                "file_name": file_name,
                "content": base64.b64encode(content).decode("ascii"),
                "fingerprint": checked.fingerprint,
            }
        return self.render_import(
            request, SpreadsheetUploadForm(), checked=checked, file_name=file_name, token=token
        )

    def confirm_import(self, request):
        pending = request.session.get(PENDING)
        if not pending or not constant_time_compare(
            pending["token"], request.POST.get("token", "")
        ):
            messages.error(
                request,
                _(
                    "This preview is no longer waiting to be imported (it was imported, "
                    "or another file was checked since): upload the file again."
                ),
            )
            return redirect(request.path)
        content = base64.b64decode(pending["content"])
        file_name = pending["file_name"]
        checked = importing.check(importing.read(content))
        try:
            if checked.errors or checked.fingerprint != pending["fingerprint"]:
                raise importing.FiguresChanged
            importing.write(checked, author=request.user, file_name=file_name)
        except importing.FiguresChanged:
            messages.error(
                request,
                _(
                    "The stored figures changed after the preview was made, so nothing was "
                    "imported. Below is the file checked against the figures as they are now."
                ),
            )
            return self.preview(request, content, file_name, checked)
        del request.session[PENDING]
        messages.success(
            request,
            ngettext(
                "%(count)s row of “%(file)s” was imported.",
                "%(count)s rows of “%(file)s” were imported.",
                len(checked.rows),
            )
            % {"count": len(checked.rows), "file": file_name},
        )
        return redirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist"))

    def render_import(self, request, form, **preview):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Import from a spreadsheet"),
            "form": form,
            "max_upload_bytes": importing.MAX_UPLOAD_BYTES,
            **preview,
        }
        return TemplateResponse(request, "admin/programs/import.html", context)
