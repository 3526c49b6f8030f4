"""Keep stored classes true to a section's type and target: when either changes, its samples and months are
classified again (whoever changed it: admin, API or shell)."""

from __future__ import annotations

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from .models import WaterSection


@receiver(pre_save, sender=WaterSection)
def _remember_old(sender, instance: WaterSection, **kwargs) -> None:
    old = WaterSection.objects.filter(pk=instance.pk).values("water_type", "target_class").first()
    instance._classification_inputs = old


@receiver(post_save, sender=WaterSection)
def _reclassify(sender, instance: WaterSection, created: bool, raw: bool = False, **kwargs) -> None:
    old = getattr(instance, "_classification_inputs", None)
    if raw or created or old is None:
        return
    if old != {"water_type": instance.water_type, "target_class": instance.target_class}:
        from .services import reclassify_section

        reclassify_section(instance)
