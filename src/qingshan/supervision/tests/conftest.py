from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile


@pytest.fixture(scope="module")
def base_data(django_db_setup, django_db_blocker):
    """The organisation registry and the demo users, loaded once per test module (loading them for each of the
    hundreds of workflow cases took most of the time) and flushed when the module is done, as pytest-django does
    after every transactional test."""
    from django.core.management import call_command
    from django.test import override_settings

    from qingshan.orgs.demo import create_demo_users
    from qingshan.orgs.services import load_registry

    with django_db_blocker.unblock(), override_settings(
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]
    ):
        load_registry()
        create_demo_users()
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def registry(base_data, db):
    """Overrides the project's fixture: the registry is already loaded for the module."""


@pytest.fixture
def users(base_data, db):
    from django.contrib.auth import get_user_model

    return {u.username: u for u in get_user_model().objects.all()}


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def pzh(registry):
    from qingshan.orgs.models import Division

    return Division.objects.get(name="攀枝花市")


@pytest.fixture
def actors(users):
    from qingshan.core.access import ANONYMOUS, actor_for

    out = {name: actor_for(u) for name, u in users.items()}
    out["public"] = ANONYMOUS
    return out


def evidence(*kinds: str) -> list:
    """(kind, file) pairs as a unit attaches them."""
    names = {"report": "整改报告.pdf", "acceptance": "验收材料.docx", "photo": "现场照片.jpg", "other": "附件.txt"}
    heads = {"pdf": b"%PDF-1.4 ", "docx": b"PK\x03\x04 ", "jpg": b"\xff\xd8\xff\xe0 ", "txt": b""}  # their signatures
    return [(k, SimpleUploadedFile(names[k], heads[names[k].rsplit(".", 1)[1]] + b"evidence " + k.encode()))
            for k in kinds]  # fmt: skip


@pytest.fixture
def item(pzh, media):
    """An item led by 市生态环境局 (sthj), with 市发展改革委 (fgw) cooperating and 东区人民政府 (dongqu) accepting."""
    from datetime import date

    from qingshan.orgs.models import Unit
    from qingshan.supervision.models import Rectification, RectificationUnit

    it = Rectification.objects.create(
        division=pzh,
        key="k1",
        number="1",
        source="central",
        round="第二轮",
        problem="金沙江攀枝花段部分排污口未完成整治",
        deadline="2024年12月底前",
        due_date=date(2024, 12, 31),
        accepting_unit=Unit.objects.get(name="东区人民政府"),
    )
    RectificationUnit.objects.create(
        rectification=it, unit=Unit.objects.get(name="攀枝花市生态环境局"), role="lead", raw_name="市生态环境局"
    )
    RectificationUnit.objects.create(
        rectification=it,
        unit=Unit.objects.get(name="攀枝花市发展和改革委员会"),
        role="cooperating",
        raw_name="市发展改革委",
    )
    return it
