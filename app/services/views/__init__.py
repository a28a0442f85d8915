"""Plain read models for the desktop screens (#4, STYLE §5): frozen values, never live ORM rows.

Widgets call these and the use-case services; they never build a session or write SQL.
"""
