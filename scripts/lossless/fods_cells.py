#!/usr/bin/python3
"""Prints, as JSON, cells of a flat OpenDocument spreadsheet (.fods) as LibreOffice wrote it: the
value type and value, the cell style's properties (number format included) and the text with
each span's text properties — style names resolved to what they say, so that two files can be
compared whatever LibreOffice named its automatic styles.

    /usr/bin/python3 scripts/lossless/fods_cells.py file.fods 'Sheet name' H27 H28 ...

An independent reader for the lossless tests: openpyxl does not see rich text runs.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

NS = {
    'office': 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
    'style': 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
    'table': 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
    'text': 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
    'number': 'urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0',
}


def q(prefix, name):
    return '{%s}%s' % (NS[prefix], name)


def describe(el, styles, seen=()):
    """An element with its attributes and children, style names resolved (names themselves left out)."""
    attrs = {}
    for k, v in sorted(el.attrib.items()):
        local = k.split('}')[-1]
        if local == 'name':
            continue
        if local in ('data-style-name', 'parent-style-name', 'style-name') and v in styles and v not in seen:
            attrs[local] = describe(styles[v], styles, seen + (v,))
        else:
            attrs[local] = v
    return {'tag': el.tag.split('}')[-1], 'attrs': attrs,
            'children': [describe(c, styles, seen) for c in el]}


def text_runs(p, styles):
    """The paragraph's text as runs: (text, resolved span style or None)."""
    runs = []

    def add(text, style):
        if text:
            if runs and runs[-1][1] == style:
                runs[-1][0] += text
            else:
                runs.append([text, style])

    add(p.text, None)
    for c in p:
        if c.tag == q('text', 'span'):
            name = c.get(q('text', 'style-name'))
            style = describe(styles[name], styles) if name in styles else name
            add(''.join(c.itertext()), style)
        elif c.tag == q('text', 's'):
            add(' ' * int(c.get(q('text', 'c'), '1')), None)
        else:
            add(''.join(c.itertext()), None)
        add(c.tail, None)
    return runs


def col_number(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def main():
    path, sheet, cells = sys.argv[1], sys.argv[2], sys.argv[3:]
    root = ET.parse(path).getroot()
    styles = {}
    for holder in root.iter():
        if holder.tag in (q('office', 'styles'), q('office', 'automatic-styles')):
            for s in holder:
                name = s.get(q('style', 'name'))
                if name:
                    styles[name] = s
    table = next(t for t in root.iter(q('table', 'table')) if t.get(q('table', 'name')) == sheet)
    wanted = {}
    for a in cells:
        m = re.match(r'^([A-Z]+)(\d+)$', a)
        wanted[(int(m.group(2)), col_number(m.group(1)))] = a
    wanted_rows = {r for r, _ in wanted}
    col_styles = []
    for c in table.iter(q('table', 'table-column')):
        col_styles += [c.get(q('table', 'default-cell-style-name'))] * int(
            c.get(q('table', 'number-columns-repeated'), '1'))
    out = {}
    row = 0
    for r in table.iter(q('table', 'table-row')):
        reps = int(r.get(q('table', 'number-rows-repeated'), '1'))
        if not any(row < w <= row + reps for w in wanted_rows):
            row += reps
            continue
        for _ in range(reps):
            row += 1
            col = 0
            for c in r:
                if c.tag not in (q('table', 'table-cell'), q('table', 'covered-table-cell')):
                    continue
                n = int(c.get(q('table', 'number-columns-repeated'), '1'))
                for _ in range(n):
                    col += 1
                    a = wanted.get((row, col))
                    if a is None:
                        continue
                    style = c.get(q('table', 'style-name')) or (
                        col_styles[col - 1] if col - 1 < len(col_styles) else None)
                    out[a] = {
                        'type': c.get(q('office', 'value-type')),
                        'value': c.get(q('office', 'value')),
                        'date': c.get(q('office', 'date-value')),
                        'formula': c.get(q('table', 'formula')),
                        'style': describe(styles[style], styles) if style in styles else style,
                        'paragraphs': [text_runs(p, styles) for p in c.findall(q('text', 'p'))],
                    }
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True, indent=1)


if __name__ == '__main__':
    main()
