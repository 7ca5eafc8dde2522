"""Misuses the stubs must reject: ctest python_mypy expects mypy to report an
error on exactly the lines marked "expect-error" (so the stubs are really
typed, not Any)."""

import datetime as dt

import pilkada

r = pilkada.region("35.13")
code: int = r.code  # expect-error
pilkada.resolve(3513)  # expect-error
pilkada.schedule(2024).phase(20241125)  # expect-error
when: dt.date = pilkada.schedule(2024).phase("2024-11-25").next  # expect-error
c = pilkada.classify(actor="pns", act="socmed_like")
c.findings[0].rule.citations[0].pasal + 1  # expect-error
pilkada.deadline("report", "2024-11-25").due.no_such_attribute  # expect-error
pilkada.Outcome.NO_SUCH_OUTCOME  # expect-error
