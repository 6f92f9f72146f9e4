"""Measure templates (Maßnahmen-Vorlagen): the file format and the built-in templates.

A template is bilingual JSON. It describes a typical digitalisation measure: description,
target group and drivers, checklist entries that are added to the 12 steps' own sub-points,
tasks per step, success metrics and budget lines. The four built-in templates live in
``resources/templates/<key>.json``; templates users save from their own measures are stored
in the database in the same shape (with their texts under both languages).

Pure: validation and loading only, no database access.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from digiwandel.domain.vocabulary import (
    DRIVER_KEYS,
    KEY_LEN,
    NAME_LEN,
    SHORT_LEN,
    STEP_COUNT,
    TEXT_LEN,
)
from digiwandel.paths import resources_dir

# The built-in templates, in the order they are offered.
BUILTIN_KEYS = ("specialist_software", "online_counselling", "duty_rota", "cloud_office")
USER_KEY_PREFIX = "user-"
MONEY_MAX = 9_999_999_999.99  # = the budget line column
METRIC_DIRECTIONS = ("higher", "lower", "range")  # = the indicator column
LANGS = ("de", "en")

Key = Annotated[str, Field(min_length=1, max_length=KEY_LEN, pattern=r"^[a-z0-9][a-z0-9_-]*$")]
Required = Annotated[str, Field(min_length=1, max_length=TEXT_LEN)]
OptionalText = Annotated[str, Field(max_length=TEXT_LEN)]
Name = Annotated[str, Field(min_length=1, max_length=NAME_LEN)]


def _no_bool(value: object) -> object:
    # In strict mode pydantic still takes `true` as a number; a budget of `true` is a typo.
    if isinstance(value, bool):
        raise PydanticCustomError("float_type", "Input should be a number")
    return value


Money = Annotated[float, BeforeValidator(_no_bool), Field(ge=0, le=MONEY_MAX)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, strict=True)

    def get(self, lang: str) -> str:
        """The text in `lang` (German or English), falling back to the other language."""
        first = getattr(self, lang if lang in LANGS else "de")
        return first or getattr(self, "en" if lang == "de" else "de")


class Texts(_Strict):
    """A text in both languages; both must be filled."""

    de: Required
    en: Required


class OptionalTexts(_Strict):
    """A text in both languages that may be empty (user templates)."""

    de: OptionalText = ""
    en: OptionalText = ""


class Names(_Strict):
    de: Name
    en: Name


class TemplateTask(_Strict):
    title: Names
    milestone: bool = False


class TemplateMetric(_Strict):
    name: Names
    unit: Annotated[str, Field(max_length=SHORT_LEN)] = ""
    direction: Literal[METRIC_DIRECTIONS] = "higher"  # type: ignore[valid-type]


class TemplateBudget(_Strict):
    category: Names
    planned: Money = 0.0


def _check_step_keys(value: dict) -> dict:
    allowed = {str(n) for n in range(1, STEP_COUNT + 1)}
    for key in value:
        if key not in allowed:
            raise ValueError(f"'{key}' is not a step number (1 to {STEP_COUNT})")
    return value


class TemplateContent(_Strict):
    """One template; user templates may leave description and target group empty."""

    key: Key
    title: Names
    description: OptionalTexts = OptionalTexts()
    target_group: OptionalTexts = OptionalTexts()
    drivers: list[Literal[DRIVER_KEYS]] = []  # type: ignore[valid-type]
    steps: dict[str, list[Texts]] = {}
    tasks: dict[str, list[TemplateTask]] = {}
    metrics: list[TemplateMetric] = []
    budget: list[TemplateBudget] = []

    @field_validator("steps", "tasks")
    @classmethod
    def _step_numbers(cls, value: dict) -> dict:
        return _check_step_keys(value)

    @field_validator("drivers")
    @classmethod
    def _unique_drivers(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("a driver is listed twice")
        return value

    # ---- texts in one language ----------------------------------------------------------------
    def checklist(self, lang: str) -> dict[int, list[str]]:
        """Step number → the checklist entries this template adds, in `lang`."""
        return {
            int(number): [entry.get(lang) for entry in entries]
            for number, entries in sorted(self.steps.items(), key=lambda kv: int(kv[0]))
            if entries
        }

    def checklist_count(self) -> int:
        return sum(len(entries) for entries in self.steps.values())

    def task_list(self, lang: str) -> list[tuple[int, str, bool]]:
        """(step number, title in `lang`, milestone) in step order."""
        return [
            (int(number), task.title.get(lang), task.milestone)
            for number, tasks in sorted(self.tasks.items(), key=lambda kv: int(kv[0]))
            for task in tasks
        ]


class BuiltinTemplate(TemplateContent):
    """A template shipped with the program: every text in both languages, nothing empty."""

    description: Texts
    target_group: Texts
    drivers: Annotated[list[Literal[DRIVER_KEYS]], Field(min_length=1)]  # type: ignore[valid-type]
    steps: Annotated[dict[str, list[Texts]], Field(min_length=1)]


def parse_template(data: str | dict) -> TemplateContent:
    """Validate a template (JSON text or the decoded object); raises pydantic's ValidationError."""
    raw = json.loads(data) if isinstance(data, str) else data
    return TemplateContent.model_validate(raw)


def template_path(key: str):
    return resources_dir() / "templates" / f"{key}.json"


@cache
def builtin_templates() -> tuple[BuiltinTemplate, ...]:
    """The built-in templates in BUILTIN_KEYS order, each validated against the schema."""
    templates = []
    for key in BUILTIN_KEYS:
        raw = json.loads(template_path(key).read_text(encoding="utf-8"))
        template = BuiltinTemplate.model_validate(raw)
        if template.key != key:
            raise ValueError(f"{key}.json declares the key '{template.key}'")
        templates.append(template)
    return tuple(templates)


def builtin_template(key: str) -> BuiltinTemplate | None:
    for template in builtin_templates():
        if template.key == key:
            return template
    return None
