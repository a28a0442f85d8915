"""The PySide6 desktop client. Widgets call ``app.services``; nothing in the core imports this."""
