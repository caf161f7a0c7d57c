"""``rmdesk packet APPLICATION_ID --out FILE.pdf``: the printable application packet.

Prints ``{"written", "pages", "sha256", "bytes", ...}``: ``sha256`` is the digest
of the packet data (what the cover's QR code carries), not of the file. Errors
are JSON with exit 1 (unknown application, file not writable); usage errors exit 2.
"""

from __future__ import annotations

import argparse
import locale
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli_common import EXIT_FAILURE, EXIT_OK, print_json, usage_error

if TYPE_CHECKING:
    from app.packet.labels import Lang
    from app.profile import Profile


def add_packet_parser(sub: Any) -> None:
    """Add ``packet`` to the subcommands ``sub``."""
    parser = sub.add_parser(
        "packet",
        help="print an application's packet (PDF) for the branch",
        description='Writes the packet PDF and prints {"written", "pages", "sha256", "bytes", '
        '"lang", "warnings"}; sha256 is the digest of the packet data, as in the cover\'s QR '
        "code. Exit 1 for an unknown application or an unwritable file, 2 for usage errors.",
    )
    parser.add_argument("application_id", metavar="APPLICATION_ID")
    parser.add_argument("--out", metavar="FILE.pdf", required=True, help="where to write the PDF")
    parser.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        help="language of the packet (default: the UI language setting)",
    )
    parser.add_argument(
        "--with-attachments",
        action="store_true",
        help="append the checklist's attachments (pictures and PDFs) with a list of them",
    )
    parser.add_argument(
        "--full-ids",
        action="store_true",
        help="print ID numbers in full (masked to the last 4 characters otherwise)",
    )
    parser.add_argument(
        "--data",
        metavar="FILE.json",
        help="also write the packet data (canonical JSON whose SHA-256 is printed)",
    )


def packet_language(chosen: str | None, setting: str) -> Lang:
    """``chosen``, else the settings' language, else the system's (Chinese or English)."""
    for value in (chosen, setting):
        if value == "zh_CN":
            return "zh_CN"
        if value == "en":
            return "en"
    system = os.environ.get("LC_ALL") or os.environ.get("LANG") or (locale.getlocale()[0] or "")
    return "zh_CN" if system.lower().startswith("zh") else "en"


def cmd_packet(args: argparse.Namespace, profile: Profile) -> int:
    """Run ``packet``; the exit code (0 written, 1 failure, 2 usage)."""
    from app.attachment_store import AttachmentStore
    from app.packet import PacketOptions, build_application_packet, canonical_json, letterhead_for
    from app.settings import load_settings

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        return usage_error("--out must name a .pdf file", out=str(out))
    if not out.parent.is_dir():
        print_json({"error": f"no such folder: {out.parent}", "out": str(out)})
        return EXIT_FAILURE
    lang = packet_language(args.lang, load_settings(profile.paths.settings).language)
    options = PacketOptions(
        lang=lang,
        with_attachments=args.with_attachments,
        full_ids=args.full_ids,
        letterhead=letterhead_for(profile.paths.root),
    )
    store = AttachmentStore(profile.paths.attachments)
    try:
        result = build_application_packet(
            profile.database, profile.actor, store, args.application_id, options
        )
    except KeyError:
        print_json({"error": f"no application {args.application_id}"})
        return EXIT_FAILURE
    try:
        written = result.write(out)
        if args.data:
            Path(args.data).expanduser().write_bytes(canonical_json(result.data))
    except OSError as exc:
        print_json({"error": f"cannot write: {exc.strerror or exc}", "out": str(out)})
        return EXIT_FAILURE
    customer_id = result.data["customer"]["id"]
    if args.full_ids and customer_id and result.data["customer"]["legal_rep_id_number"]:
        from app.privacy import RevealService  # printing the ID in full is a reveal: audited

        RevealService(profile.database, profile.actor).record(
            customer_id, "legal_rep_id_number", "packet"
        )
    report: dict[str, Any] = {
        "written": str(written),
        "pages": result.pages,
        "sha256": result.sha256,
        "bytes": len(result.pdf),
        "application_id": args.application_id,
        "lang": lang,
        "warnings": list(result.warnings),
    }
    if args.data:
        report["data"] = str(Path(args.data).expanduser())
    print_json(report)
    return EXIT_OK
