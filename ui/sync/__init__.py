"""The Sync page's parts: sign-in, progress, the report, conflicts, refused changes, auto sync.

Every module here imports Qt and light ``app`` modules only at load time, so the
main window paints before the data core (``app.sync`` loads on :meth:`attach`).
"""
