from __future__ import annotations

from django import forms

from .models import Task


class TaskProgressForm(forms.ModelForm):
    """What a lead unit may change on its own task."""

    class Meta:
        model = Task
        fields = ["status", "progress_note"]
        widgets = {"progress_note": forms.Textarea(attrs={"rows": 4})}


class TaskOfficeForm(forms.ModelForm):
    """The coordinating office edits every field of a task."""

    class Meta:
        model = Task
        fields = [
            "number",
            "heading",
            "text",
            "deadline",
            "due_date",
            "recurrence",
            "status",
            "progress_note",
        ]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 6}),
            "progress_note": forms.Textarea(attrs={"rows": 4}),
        }
