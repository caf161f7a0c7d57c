"""The application's style sheet: calm, readable, the same on every OS."""

STYLE_SHEET = """
QListWidget#navigation { font-size: 11pt; padding: 4px; border: none; background: #f4f6f8; }
QListWidget#navigation::item { padding: 8px 10px; border-radius: 4px; }
QListWidget#navigation::item:selected { background: #c8102e; color: white; }
QLabel#pageHeading { font-size: 14pt; font-weight: bold; padding: 4px 0 8px 0; }
QFrame[objectName^="card_"] { background: white; border: 1px solid #dde2e6; border-radius: 6px; }
QLabel#cardValue { font-size: 20pt; font-weight: bold; color: #1f2d3d; }
QTableView { gridline-color: #e3e7ea; selection-background-color: #fbe3e7;
             selection-color: black; }
QHeaderView::section { padding: 4px 6px; background: #f4f6f8; border: none;
                       border-bottom: 1px solid #dde2e6; font-weight: bold; }
QStatusBar QLabel { padding: 0 8px; }
"""
