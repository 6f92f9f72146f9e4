"""Helpers shared by the parts of the check service: texts in one language, switched-on
modules and the dimensions in scope."""

from __future__ import annotations

from digiwandel.model.assessment import Assessment


def pick(texts: dict, lang: str) -> str:
    return texts.get(lang) or texts.get("de") or texts.get("en") or ""


def enabled_modules(a: Assessment) -> tuple[str, ...]:
    return tuple(m for m in (a.enabled_modules or "").split(",") if m)


def in_scope(dims, modules: tuple[str, ...]):
    return tuple(d for d in dims if not d.is_module or d.key in modules)
