"""Use cases: one function each, one transaction each, role-checked and audited (STYLE §2).

The GUI, the command line and the tests all call these functions; none of them opens its own
write session. Import the modules (``from app.services import loans``) rather than names, so a
call site reads as ``loans.record_repayment(db, actor=..., ...)``.
"""
