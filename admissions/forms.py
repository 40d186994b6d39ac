import unicodedata

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from admissions.models import Question
from programs.models import Program


class WidthNormalizedEmailField(forms.EmailField):
    """Chinese input methods often type full-width letters and ＠; read them
    as the plain characters they stand for."""

    def to_python(self, value):
        return super().to_python(unicodedata.normalize("NFKC", value or ""))


class QuestionForm(forms.ModelForm):
    # A field people never see and bots fill in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Question
        fields = ["name", "email", "phone", "preferred_language", "program", "question", "consent"]
        labels = {
            "name": _("Your name"),
            "email": _("Email"),
            "phone": _("Phone (with country code)"),
            "preferred_language": _("Language for our answer"),
            "program": _("Major you are interested in"),
            "question": _("Your question"),
            "consent": _(
                "I agree that the academy keeps these details to answer me, as described above."
            ),
        }
        widgets = {
            "question": forms.Textarea(attrs={"rows": 6}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
        }
        field_classes = {"email": WidthNormalizedEmailField}
        error_messages = {
            "name": {"required": _("Please tell us your name.")},
            "question": {
                "required": _("Please write your question."),
                "max_length": _("Please keep your question under %(limit_value)d characters "
                                "(it has %(show_value)d)."),
            },
            "consent": {
                "required": _("We can only answer if you agree that we keep your details."),
            },
            "email": {"invalid": _("Please check the email address: it does not look complete.")},
        }  # fmt: skip

    def __init__(self, *args, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].required = True
        self.fields["program"].queryset = Program.objects.active().names_only()
        self.fields["program"].empty_label = _("Not sure yet")
        self.fields["preferred_language"].choices = settings.LANGUAGES
        self.fields["preferred_language"].initial = language

    def clean_phone(self):
        # Full-width digits (１３８…) from Chinese input methods count as digits.
        phone = unicodedata.normalize("NFKC", self.cleaned_data["phone"]).strip()
        digits = [c for c in phone if c.isdigit()]
        if phone and (len(digits) < 6 or any(c not in "+0123456789 ()-." for c in phone)):
            raise forms.ValidationError(
                _("Please write the phone number with digits only, e.g. +86 23 1234 5678.")
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("email") and not cleaned.get("phone") and not self.has_error("email"):
            self.add_error(
                "email", _("Please give an email address or a phone number so we can reply.")
            )
        return cleaned

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("website"))
