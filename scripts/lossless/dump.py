#!/usr/bin/python3
"""Prints, as JSON, what openpyxl (an independent reader) sees in a workbook: every cell with its
value, type and style, validations, conditional formats, names, links, notes, merges, print setup,
protection, sheet state, column and row layout, drawings. Used by test/lossless to compare a
workbook before --fix with the same workbook after --fix and --remove.

    /usr/bin/python3 scripts/lossless/dump.py FILE [--skip-sheet NAME]
"""
import datetime
import json
import sys
import warnings

import openpyxl

warnings.simplefilter('ignore')


def style(c):
    return {
        'font': repr(c.font), 'fill': repr(c.fill), 'border': repr(c.border),
        'alignment': repr(c.alignment), 'protection': repr(c.protection),
        'numFmt': c.number_format,
    }


def value(v):
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
        return {'date': v.isoformat()}
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def dump(path, rich):
    wb = openpyxl.load_workbook(path, keep_vba=True, keep_links=True, rich_text=True) if rich else \
        openpyxl.load_workbook(path, keep_vba=True, keep_links=True)
    out = {
        'sheets': [],
        'names': sorted(
            [(n.name, n.attr_text, n.localSheetId, bool(n.hidden)) for n in wb.defined_names.definedName]
            if hasattr(wb.defined_names, 'definedName') else
            [(n, d.attr_text, None, bool(d.hidden)) for n, d in wb.defined_names.items()]),
        'workbookProtection': repr(wb.security) if wb.security else None,
        'externalLinks': len(wb._external_links),
        'vba': wb.vba_archive is not None,
    }
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None and not c.has_style and c.comment is None and c.hyperlink is None:
                    continue
                cells[c.coordinate] = {
                    'v': value(c.value) if not hasattr(c.value, 'as_list') else repr(c.value),
                    't': c.data_type,
                    'style': style(c),
                    'comment': c.comment.text if c.comment else None,
                    'link': (c.hyperlink.target, c.hyperlink.location) if c.hyperlink else None,
                }
        out['sheets'].append({
            'title': ws.title,
            'state': ws.sheet_state,
            'cells': cells,
            'merges': sorted(str(m) for m in ws.merged_cells.ranges),
            'validations': sorted(
                [(str(dv.sqref), dv.type, dv.operator, dv.formula1, dv.formula2, dv.allow_blank,
                  dv.promptTitle, dv.prompt, dv.errorTitle, dv.error)
                 for dv in ws.data_validations.dataValidation], key=repr),
            'conditionalFormats': sorted(
                [(str(rng.sqref), [(r.type, r.operator, r.formula, r.priority, repr(r.dxf))
                                   for r in rules])
                 for rng, rules in ws.conditional_formatting._cf_rules.items()], key=repr),
            'print': {
                'area': ws.print_area,
                'titles': (ws.print_title_rows, ws.print_title_cols),
                'setup': repr(ws.page_setup),
                'fit': ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
                'options': repr(ws.print_options),
                'margins': repr(ws.page_margins),
            },
            'protection': repr(ws.protection),
            'columns': sorted((k, d.width, d.hidden, d.min, d.max) for k, d in ws.column_dimensions.items()
                              if d.width or d.hidden),
            'rows': sorted((k, d.height, d.hidden) for k, d in ws.row_dimensions.items() if d.height or d.hidden),
            'charts': len(ws._charts),
            'images': len(ws._images),
            'freeze': ws.freeze_panes,
        })
    return out


if __name__ == '__main__':
    rich = True
    try:
        openpyxl.load_workbook  # noqa
        from openpyxl.cell.rich_text import CellRichText  # noqa: F401
    except ImportError:
        rich = False
    print(json.dumps(dump(sys.argv[1], rich), ensure_ascii=False, sort_keys=True, default=repr))
