"""The order and numbers of a check's questions, as the paper entry and the printed
questionnaire show them.

Questions are numbered "dimension.question" (both counted from 1) in the order of the
catalog, over the dimensions a check asks (core dimensions and the modules switched on).
The paper-entry grid and the blank questionnaire take their rows from here, so that the
row a colleague types in is the question printed with the same number.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class NumberedQuestion:
    dimension_number: int  # 1-based position of the dimension among those asked
    question_number: int  # 1-based position of the question within its dimension
    dimension: Any  # the dimension as the caller passed it (anything with ``items``)
    item: Any  # one of ``dimension.items``

    @property
    def number(self) -> str:
        """ "2.3": the third question of the second dimension."""
        return f"{self.dimension_number}.{self.question_number}"


def numbered_questions(dimensions: Iterable[Any]) -> tuple[NumberedQuestion, ...]:
    """Every question of ``dimensions`` in the order it is asked, with its number."""
    return tuple(
        NumberedQuestion(d_number, q_number, dimension, item)
        for d_number, dimension in enumerate(dimensions, start=1)
        for q_number, item in enumerate(dimension.items, start=1)
    )
