"""Local SQLite data core: models, engine, migrations and the unit of work. No Qt."""
