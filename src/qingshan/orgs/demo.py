"""Demo steps of the organisation app: the registry of the five seed cities (first) and the demo users (last)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction
from rich.console import Console

from qingshan.core.demo import DEMO_PASSWORD
from qingshan.core.roles import Role

from .models import Division, Profile, Unit
from .services import load_registry

#: (username, role, unit canonical name or None, division name or None, staff)
DEMO_USERS = [
    ("admin", None, None, None, True),
    ("office", Role.COORDINATOR, "攀枝花市生态环境委员会办公室", "攀枝花市", False),
    ("leader", Role.LEADER, None, "攀枝花市", False),
    ("sthj", Role.UNIT, "攀枝花市生态环境局", None, False),
    ("fgw", Role.UNIT, "攀枝花市发展和改革委员会", None, False),
    ("dongqu", Role.UNIT, "东区人民政府", None, False),
    ("monitor", Role.MONITORING, None, "攀枝花市", False),
    ("enforce", Role.ENFORCEMENT, None, "攀枝花市", False),
    ("office_pds", Role.COORDINATOR, "平顶山市生态环境局", "平顶山市", False),
]


@transaction.atomic
def create_demo_users() -> list[str]:
    User = get_user_model()
    made = []
    for username, role, unit_name, division_name, staff in DEMO_USERS:
        user, created = User.objects.get_or_create(username=username)
        if created:
            user.set_password(DEMO_PASSWORD)
        user.is_staff = staff
        user.is_superuser = role is None
        user.save()
        if role is not None:
            unit = Unit.objects.get(name=unit_name) if unit_name else None
            division = Division.objects.get(name=division_name) if division_name else None
            Profile.objects.update_or_create(
                user=user, defaults={"role": role, "unit": unit, "division": division}
            )
        made.append(username)
    return made


def load_demo_registry(console: Console) -> str:
    counts = load_registry()
    return f"[green]✓[/] 组织机构 organisations: {counts['divisions']} divisions, {counts['units']} units"


def load_demo_users(console: Console) -> str:
    users = create_demo_users()
    return f"[green]✓[/] 演示账号 demo users: {', '.join(users)} (password {DEMO_PASSWORD})"
