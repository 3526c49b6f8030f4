"""Forms of the office's registry and user pages (its own city only: the choices are limited by the views)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from qingshan.core.roles import Role

from .models import Unit


class UnitForm(forms.ModelForm):
    aliases = forms.CharField(
        label=_("aliases"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line: other names documents use for the unit."),
    )  # fmt: skip

    def __init__(self, *args, divisions=None, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["division"].queryset = divisions
        self.fields["parent"].queryset = units.exclude(pk=self.instance.pk) if self.instance.pk else units
        if self.instance.pk and not self.is_bound:
            self.initial["aliases"] = "\n".join(self.instance.aliases.values_list("alias", flat=True))

    def alias_list(self) -> list[str]:
        return [a.strip() for a in self.cleaned_data.get("aliases", "").splitlines() if a.strip()]

    class Meta:
        model = Unit
        fields = ["name", "short_name", "kind", "division", "parent", "contact"]


class MergeUnitForm(forms.Form):
    duplicate = forms.ModelChoiceField(queryset=None, label=_("Duplicate to merge into this unit"))

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["duplicate"].queryset = units


ROLE_CHOICES = [(r.value, r.label) for r in Role if r != Role.PUBLIC]


class UserForm(forms.Form):
    username = forms.CharField(label=_("user name"), max_length=150)
    full_name = forms.CharField(label=_("full name"), max_length=150, required=False)
    role = forms.ChoiceField(label=_("role"), choices=ROLE_CHOICES)
    unit = forms.ModelChoiceField(queryset=None, required=False, label=_("unit"))
    division = forms.ModelChoiceField(queryset=None, required=False, label=_("area"))
    password = forms.CharField(label=_("password"), widget=forms.PasswordInput, required=False,
                               help_text=_("For a new user. At least 8 characters, not a common password."))  # fmt: skip
    active = forms.BooleanField(label=_("active"), required=False, initial=True)

    def __init__(self, *args, units=None, divisions=None, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        self.fields["division"].queryset = divisions
        if editing:
            self.fields["username"].disabled = True
            del self.fields["password"]
        else:
            self.fields["password"].required = True
