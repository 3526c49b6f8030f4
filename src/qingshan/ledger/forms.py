from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Task


class TaskProgressForm(forms.ModelForm):
    """What a lead unit may change on its own task (its status changes through the task's workflow actions)."""

    class Meta:
        model = Task
        fields = ["progress_note"]
        widgets = {"progress_note": forms.Textarea(attrs={"rows": 4})}


class TaskOfficeForm(forms.ModelForm):
    """The coordinating office edits a task's fields (its status changes through the task's workflow actions)."""

    class Meta:
        model = Task
        fields = [
            "number",
            "heading",
            "text",
            "deadline",
            "due_date",
            "recurrence",
            "progress_note",
        ]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 6}),
            "progress_note": forms.Textarea(attrs={"rows": 4}),
        }


class PlanUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Plan document"),
        help_text=_("Text (.txt), Word (.docx), Excel (.xlsx, .xls) or PDF with a text layer."),
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.docx,.xlsx,.xls,.pdf"}),
    )
    division = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label=_("City or county"),
        help_text=_("Guessed from the document when left empty."),
    )

    def __init__(self, *args, divisions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["division"].queryset = divisions
