"""The preview dialog's words, in both languages, chosen by the UI's current language.

Kept as ``{key: (zh, en)}`` like the packet's own labels (:mod:`app.packet.labels`)
so the dialog needs no new entries in the translation files.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("申请资料预览：{number}", "Packet preview: {number}"),
    "language": ("语言", "Language"),
    "lang_zh": ("中文", "Chinese"),
    "lang_en": ("英文", "English"),
    "with_attachments": ("附带附件", "With attachments"),
    "full_ids": ("完整显示证件号码", "Show ID numbers in full"),
    "loading": ("正在读取申请资料…", "Reading the application…"),
    "building": ("正在生成 PDF…", "Building the PDF…"),
    "ready": ("共 {pages} 页 · 资料摘要 {digest}…", "{pages} pages · data digest {digest}…"),
    "warnings": ("；{count} 个附件未能附上", "; {count} attachment(s) left out"),
    "failed": ("生成失败：{error}", "Could not build the packet: {error}"),
    "save": ("另存为 PDF…", "Save as PDF…"),
    "print": ("打印…", "Print…"),
    "close": ("关闭", "Close"),
    "save_title": ("保存申请资料", "Save the packet"),
    "pdf_filter": ("PDF 文件 (*.pdf)", "PDF files (*.pdf)"),
    "file_name": ("授信申请资料_{number}.pdf", "credit_application_{number}.pdf"),
    "saved": ("已保存：{path}", "Saved: {path}"),
    "save_failed": ("无法保存：{error}", "Could not save: {error}"),
    "printing": ("正在打印…", "Printing…"),
    "printing_page": ("正在打印第 {page} / {pages} 页…", "Printing page {page} of {pages}…"),
    "printed": ("已送打印：{pages} 页", "Sent to the printer: {pages} pages"),
    "print_failed": ("打印失败：{error}", "Printing failed: {error}"),
    "print_cancelled": ("已取消打印", "Printing cancelled"),
    "cancel": ("取消", "Cancel"),
}


def ui_language() -> str:
    """``"zh_CN"`` when the UI runs in Chinese (see ``ui.i18n``), else ``"en"``."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def text(key: str, **params: object) -> str:
    """The dialog's text ``key`` in the UI's language, placeholders filled."""
    zh, en = TEXTS[key]
    chosen = zh if ui_language() == "zh_CN" else en
    return chosen.format(**params) if params else chosen
