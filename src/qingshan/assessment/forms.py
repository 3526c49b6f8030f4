from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from qingshan.dispatch.forms import MultipleFileField


class ComputeForm(forms.Form):
    scheme = forms.IntegerField(widget=forms.HiddenInput)
    as_of = forms.DateField(label=_("Figures as of"), required=False, widget=forms.DateInput(attrs={"type": "date"}))


DEMO_SOURCE = "demo"


class NewSchemeForm(forms.Form):
    """A year's scheme: a copy of another year's (items and points carried over) or a JSON file."""

    year = forms.IntegerField(label=_("Assessment year"), min_value=2000, max_value=2100)
    source = forms.ChoiceField(label=_("Copy the scheme of"), required=False)
    file = forms.FileField(label=_("or load a scheme file (JSON)"), required=False)

    def __init__(self, *args, sources=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].choices = (
            [("", "—")]
            + [(str(s.pk), f"{s.year} · {s.title} v{s.version}") for s in sources]
            + [(DEMO_SOURCE, _("the demo scheme's items (演示): a starting point to adapt"))]
        )

    def clean(self):
        data = super().clean()
        if not data.get("source") and not data.get("file"):
            raise forms.ValidationError(_("Choose a scheme to copy or a file to load."))
        return data


class ManualScoreForm(forms.Form):
    item = forms.IntegerField(widget=forms.HiddenInput)
    unit = forms.TypedChoiceField(label=_("Unit"), coerce=int)
    points = forms.FloatField(label=_("Points"))
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)
    evidence = forms.FileField(label=_("Evidence"), required=False)

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = [(u.pk, u.name) for u in units]


class ObjectionForm(forms.Form):
    item = forms.ChoiceField(label=_("Item"))
    text = forms.CharField(label=_("What you object to, and why"), widget=forms.Textarea(attrs={"rows": 4}), max_length=4000)
    files = MultipleFileField(label=_("Evidence"), required=False)

    def __init__(self, *args, items=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].choices = [(i["code"], i["name"]) for i in items]


class ObjectionActionForm(forms.Form):
    action = forms.CharField(widget=forms.HiddenInput)
    comment = forms.CharField(label=_("Answer"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    adjustment = forms.FloatField(label=_("Points to add to the item (negative to deduct)"), required=False)
