"""A small, safe XML reader that remembers the line of every element.

ElementTree forgets line numbers, and XML from outside must not expand
entities (the "billion laughs" attack) or fetch anything: this reader parses
with expat itself, refuses any DOCTYPE, entity declaration or external
reference, and builds light :class:`Node` objects with their line numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.parsers import expat

#: Larger model files are refused before parsing.
MAX_BYTES = 10 * 1024 * 1024


class XmlError(ValueError):
    """The text is not acceptable XML; ``line`` says where (0 when unknown)."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(f"line {line}: {message}" if line else message)
        self.message = message
        self.line = line


@dataclass
class Node:
    """An element: local tag name, namespace URI, attributes, children, text and line."""

    tag: str
    namespace: str
    attrib: dict[str, str]
    line: int
    children: list[Node] = field(default_factory=list)
    text: str = ""

    @property
    def where(self) -> str:
        """``"Tag at line N"``, for messages."""
        return f"{self.tag} at line {self.line}"

    def find(self, tag: str) -> Node | None:
        """The first child called ``tag``, if any."""
        return next((c for c in self.children if c.tag == tag), None)

    def findall(self, tag: str) -> list[Node]:
        """The children called ``tag``."""
        return [c for c in self.children if c.tag == tag]


def parse_xml(data: bytes) -> Node:
    """The root element of ``data``; :class:`XmlError` for bad or unsafe XML."""
    if len(data) > MAX_BYTES:
        raise XmlError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    parser = expat.ParserCreate(namespace_separator="\x01")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[Node] = []
    texts: list[list[str]] = []
    root: list[Node] = []

    def refuse(what: str) -> None:
        raise XmlError(f"{what} is not allowed in a model file", parser.CurrentLineNumber)

    def doctype(*_args: object) -> None:
        refuse("a DOCTYPE")

    def entity(*_args: object) -> None:
        refuse("an ENTITY declaration")

    def external(*_args: object) -> int:
        refuse("an external entity")
        return 0

    def start(name: str, attrs: dict[str, str]) -> None:
        namespace, _, local = name.rpartition("\x01")
        attributes = {key.rpartition("\x01")[2]: value for key, value in attrs.items()}
        node = Node(local, namespace, attributes, parser.CurrentLineNumber)
        if stack:
            stack[-1].children.append(node)
        else:
            root.append(node)
        stack.append(node)
        texts.append([])

    def end(_name: str) -> None:
        node = stack.pop()
        node.text = "".join(texts.pop())

    def characters(data: str) -> None:
        if texts:
            texts[-1].append(data)

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.ExternalEntityRefHandler = external
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise XmlError(expat.ErrorString(exc.code), exc.lineno) from None
    if not root:
        raise XmlError("the file has no root element")
    return root[0]
