"""The read road (#12, DESIGN §9): loaders and read models every screen, report, export and CLI
command reads through. Below the services: it never imports ``app.services``, ``app.reports``,
``app.ui`` or ``app.cli``."""
