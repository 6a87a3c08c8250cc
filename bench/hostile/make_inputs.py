#!/usr/bin/env python3
"""Writes the hostile inputs of bench/hostile/run.sh into a folder (nothing here is committed but this script)."""
import io
import os
import sys
import zipfile

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
ARTICLE = "A title\n\n" + "\n\n".join(f"Paragraph {i} of the body, with a few words in it, and a comma." for i in range(5)) + "\n"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
STYLES = f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}/>'


def write(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def docx(name, document, styles=STYLES, parts=None, with_document=True):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        if with_document:
            z.writestr("word/_rels/document.xml.rels", DOC_RELS)
            z.writestr("word/document.xml", document)
            z.writestr("word/styles.xml", styles)
        for part, content in (parts or {}).items():
            z.writestr(part, content)
    write(name, buffer.getvalue())


def body(inner):
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{inner}</w:body></w:document>'


# 4: deep XML in a .docx, for validate and for --reference-doc (document.xml and styles.xml)
docx("deep.docx", body("<w:p>" + "<w:r>" * 100_000 + "</w:r>" * 100_000 + "</w:p>"))
docx("deep-styles.docx", body("<w:p/>"), styles=f'<?xml version="1.0"?><w:styles {W}>' + "<w:style>" * 100_000 + "</w:style>" * 100_000 + "</w:styles>")
# 6: document.xml inflating to about 1 GB of empty paragraphs
with zipfile.ZipFile(os.path.join(out, "inflate.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CT)
    z.writestr("_rels/.rels", RELS)
    z.writestr("word/_rels/document.xml.rels", DOC_RELS)
    z.writestr("word/styles.xml", STYLES)
    with z.open("word/document.xml", "w", force_zip64=True) as f:
        f.write(f'<?xml version="1.0"?><w:document {W}><w:body>'.encode())
        chunk = b"<w:p/>" * 100_000
        for _ in range(1_700):
            f.write(chunk)
        f.write(b"</w:body></w:document>")
# 11: DTD (XXE), billion laughs, NUL bytes, no document part
docx("dtd.docx", '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + body("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>").split("?>", 1)[1])
laughs = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">' + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9)) + "]>"
docx("laughs.docx", '<?xml version="1.0"?>' + laughs + body("<w:p><w:r><w:t>&j;</w:t></w:r></w:p>").split("?>", 1)[1])
docx("nul.docx", body("<w:p><w:r><w:t>a\0b</w:t></w:r></w:p>"))
docx("nodoc.docx", "", with_document=False)
# 5: response files
write("rsp.txt", "@in/rsp.txt\n")  # run from the folder above in/
# 7: article JSON of about 200 MB (schema-shaped)
with open(os.path.join(out, "big.json"), "w") as f:
    f.write('{"schemaVersion":1,"title":"t","subtitle":null,"metadata":{"sourcePath":null,"sourceUrl":null,"siteName":null,'
            '"language":null,"published":null,"byline":null,"republishedFrom":null,"republishedNote":null,"tags":[]},"body":[')
    para = '{"type":"paragraph","text":"' + "word " * 40 + '","source":{"startLine":1,"endLine":1,"path":null}}'
    f.write(",".join([para] * 700_000))
    f.write('],"authors":[],"removals":[],"warnings":[]}')
# 8: 15.9 MB of <p>w</p>, and two 8 MB pages
write("many-p.html", "<html><body>" + "<p>w</p>" * 1_990_000 + "</body></html>")
os.makedirs(os.path.join(out, "two"), exist_ok=True)
for n in ("a", "b"):
    write(f"two/{n}.html", "<html><body>" + "<p>w</p>" * 1_000_000 + "</body></html>")
# 9: nesting that fools a tag-count pre-scan
write("stray-end.html", "<html><body><p>text</p>" + "<div></i>" * 100_000 + "</body></html>")
write("quoted-slash.html", "<html><body><p>text</p>" + '<div title="/>">' * 100_000 + "</body></html>")
# 11: JSON-LD lone surrogate, utf-7
page = "<html><head>{head}</head><body><article><h1>Headline</h1>" + "".join(
    f"<p>Paragraph {i} of the body, with a few words in it, and a comma.</p>" for i in range(5)) + "</article></body></html>"
write("surrogate.html", page.format(head='<script type="application/ld+json">{"@type":"NewsArticle","headline":"x\\ud800"}</script>'))
write("utf7.html", page.format(head='<meta charset="utf-7">'))
# 12 and 13: control characters in a file name, in HTML entities, JSON-LD and raw text
write("ctl\x1b[2Jname.txt", ARTICLE)
write("ctl-entities.html", page.format(head='<script type="application/ld+json">{"@type":"NewsArticle","headline":"Head\\u0000line"}</script>').replace(
    "Paragraph 1", "Paragraph &#0;&#1;&#x1b;]0;title&#7; 1"))
write("ctl-raw.txt", ARTICLE.replace("Paragraph 2", "Paragraph \x1b]0;owned\x07 \x1b[2J 2"))
