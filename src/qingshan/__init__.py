"""青山 Qingshan — ecological-environment governance platform.

This top-level package must stay free of Django imports: ``qingshan.standards`` and
``qingshan.planreader`` are pure libraries that are imported without Django configured.
"""

__version__ = "0.1.0"
