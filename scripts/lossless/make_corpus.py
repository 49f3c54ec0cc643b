#!/usr/bin/python3
"""Builds the lossless corpus (test/fixtures/lossless/) from the Jinshui seed form.

Run with Debian's python3 and python3-openpyxl; LibreOffice (soffice) re-saves one file so that
its own spelling of protection and print titles is covered. Parts no tool here writes (VBA
project, external link, WPS cell images, x14 validation, sparkline, text box, custom properties,
rich text and control characters in cells, an image and a chart drawing without the xdr: prefix)
are written by hand into the packages.

    /usr/bin/python3 scripts/lossless/make_corpus.py
"""
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = os.path.join(ROOT, 'test', 'fixtures', 'jinshui-department.xlsx')
OUT = os.path.join(ROOT, 'test', 'fixtures', 'lossless')
FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def base():
    wb = openpyxl.load_workbook(SEED)
    wb.properties.created = datetime.datetime(2024, 1, 1)
    wb.properties.modified = datetime.datetime(2024, 1, 1)
    return wb


def features(wb):
    ws = wb.worksheets[0]
    other = wb.worksheets[1]
    # notes, one on an empty cell
    ws['I40'].comment = Comment('空单元格上的批注', '审核人')
    ws['C25'].comment = Comment('预算执行率的说明', '填表人')
    # hyperlinks: external and internal
    ws['K2'] = '财政部网站'
    ws['K2'].hyperlink = 'https://www.mof.gov.cn/'
    ws['K3'] = '跳到指标表'
    ws['K3'].hyperlink = f"#'{other.title}'!A1"
    # defined names of every kind
    wb.defined_names.append(DefinedName('常量名', attr_text='0.85'))
    wb.defined_names.append(DefinedName('公式名', attr_text=f"SUM('{ws.title}'!$G$20:$G$30)"))
    wb.defined_names.append(DefinedName('隐藏名', attr_text=f"'{ws.title}'!$A$1", hidden=True))
    local = DefinedName('本表名', attr_text=f"'{ws.title}'!$B$2", localSheetId=0)
    wb.defined_names.append(local)
    # print setup: titles, area, fit to page
    ws.print_title_rows = '1:3'
    ws.print_area = 'A1:I50'
    ws.page_setup.orientation = 'landscape'
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    # the user's own validation and conditional formats on form cells
    dv = DataValidation(type='decimal', operator='between', formula1='0', formula2='2',
                        promptTitle='用户提示', prompt='用户自己的验证')
    dv.add('H25')
    ws.add_data_validation(dv)
    dv2 = DataValidation(type='list', formula1='"是,否"', allow_blank=True)
    dv2.add('I27')
    ws.add_data_validation(dv2)
    ws.conditional_formatting.add('H20:H30', CellIsRule(operator='lessThan', formula=['0'],
                                  fill=PatternFill(bgColor='FFC7CE', fill_type='solid')))
    ws.conditional_formatting.add('I20:I30', FormulaRule(formula=['LEN(I20)>50'],
                                  font=Font(color='9C0006')))
    # a date in a cell of the form, column widths, a hidden row
    ws['K5'] = datetime.date(2024, 3, 15)
    ws['K5'].number_format = 'yyyy-mm-dd'
    # a date-typed and a rich-text stated score (both replaced by --adopt, given back by --remove)
    ws['H25'].number_format = 'yyyy-mm-dd hh:mm'
    ws['H27'] = 'RICHSCORE'
    ws['K6'] = 'CTRLCHAR'
    ws['K7'] = 'RICHTEXT'
    ws.column_dimensions['K'].width = 30
    ws.row_dimensions[48].hidden = True
    # a chart on the other sheet
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=7, min_row=20, max_row=30))
    other.add_chart(chart, 'K2')


def save(wb, name):
    path = os.path.join(OUT, name)
    wb.save(path)
    return path


def rewrite(path, edit, add=None, out=None):
    """Rewrites a package: edit(name, bytes) -> bytes for each part; add: extra parts."""
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = edit(info.filename, zin.read(info.filename))
            zi = zipfile.ZipInfo(info.filename, FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
        for name, data in (add or {}).items():
            zi = zipfile.ZipInfo(name, FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, out or path)
    if out and out != path and os.path.exists(path):
        os.remove(path)


def rich_and_control(name, data):
    if name in ('xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml'):
        s = data.decode('utf-8')
        s = s.replace('<t>RICHSCORE</t>', '<r><rPr><b/></rPr><t>0</t></r>')
        s = s.replace('<t>CTRLCHAR</t>', '<t>前_x0001_后_x001F_</t>')
        s = s.replace('<t>RICHTEXT</t>',
                      '<r><rPr><b/><color rgb="FFFF0000"/></rPr><t>粗体</t></r><r><t xml:space="preserve"> 普通</t></r>')
        return s.encode('utf-8')
    return data


PNG = bytes.fromhex(
    '89504e470d0a1a0a0000000d4948445200000001000000010806000000'
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082')


def handmade(name, data, sheet2='xl/worksheets/sheet2.xml'):
    s = None
    if name == '[Content_Types].xml':
        s = data.decode('utf-8')
        s = s.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
                      'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
        s = s.replace('</Types>',
                      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                      '<Default Extension="png" ContentType="image/png"/>'
                      '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>'
                      '<Override PartName="/xl/cellimages.xml" ContentType="application/vnd.wps-officedocument.cellimage+xml"/>'
                      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
                      '<Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
                      '</Types>')
    elif name == '_rels/.rels':
        s = data.decode('utf-8').replace('</Relationships>',
            '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>')
    elif name == 'xl/_rels/workbook.xml.rels':
        s = data.decode('utf-8').replace('</Relationships>',
            '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
            '<Relationship Id="rIdExt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/>'
            '<Relationship Id="rIdImg" Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"/>'
            '</Relationships>')
    elif name == 'xl/workbook.xml':
        s = data.decode('utf-8')
        s = re.sub(r'(</sheets>)', r'\1<externalReferences><externalReference xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdExt"/></externalReferences>', s, 1)
    elif name == sheet2:
        s = data.decode('utf-8')
        ext = ('<extLst>'
               '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
               '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
               '<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>\'部门整体绩效自评表\'!$D$20:$D$23</xm:f></x14:formula1><xm:sqref>M2:M9</xm:sqref></x14:dataValidation>'
               '</x14:dataValidations></ext>'
               '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
               '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
               '<x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/>'
               '<x14:sparklines><x14:sparkline><xm:f>\'部门整体绩效自评表\'!G20:G30</xm:f><xm:sqref>N2</xm:sqref></x14:sparkline></x14:sparklines>'
               '</x14:sparklineGroup></x14:sparklineGroups></ext></extLst>')
        # a WPS in-cell picture, and the text box drawing
        s = s.replace('</sheetData>', '<row r="60"><c r="M60" t="str"><f>_xlfn.DISPIMG("ID_0123456789ABCDEF",1)</f>'
                      '<v>=DISPIMG("ID_0123456789ABCDEF",1)</v></c></row></sheetData>')
        s = s.replace('</worksheet>', '<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdDr"/>' + ext + '</worksheet>')
    if s is None:
        return data
    return s.encode('utf-8')


HANDMADE_PARTS = {
    'xl/worksheets/_rels/sheet2.xml.rels': (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdDr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="/xl/drawings/drawing9.xml"/>'
        '</Relationships>').encode('utf-8'),
    'xl/vbaProject.bin': b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + bytes(range(256)) * 8,
    'xl/externalLinks/externalLink1.xml': (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<externalBook r:id="rId1"><sheetNames><sheetName val="预算"/></sheetNames>'
        '<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>100</v></cell></row></sheetData></sheetDataSet>'
        '</externalBook></externalLink>').encode('utf-8'),
    'xl/externalLinks/_rels/externalLink1.xml.rels': (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="预算.xlsx" TargetMode="External"/>'
        '</Relationships>').encode('utf-8'),
    'xl/cellimages.xml': (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData">'
        '<etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="ID_0123456789ABCDEF"/><xdr:cNvPicPr/></xdr:nvPicPr>'
        '<xdr:blipFill><a:blip r:embed="rId1"/></xdr:blipFill><xdr:spPr/></xdr:pic></etc:cellImage></etc:cellImages>').encode('utf-8'),
    'xl/_rels/cellimages.xml.rels': (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image9.png"/>'
        '</Relationships>').encode('utf-8'),
    'xl/media/image9.png': PNG,
    'docProps/custom.xml': (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="填报单位"><vt:lpwstr>金水区</vt:lpwstr></property></Properties>').encode('utf-8'),
    # a text box, in a drawing written without the xdr: prefix (as openpyxl and pandas do)
    'xl/drawings/drawing9.xml': (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<twoCellAnchor><from><col>10</col><colOff>0</colOff><row>10</row><rowOff>0</rowOff></from>'
        '<to><col>13</col><colOff>0</colOff><row>14</row><rowOff>0</rowOff></to>'
        '<sp macro="" textlink=""><nvSpPr><cNvPr id="3" name="文本框 1"/><cNvSpPr txBox="1"/></nvSpPr>'
        '<spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></spPr>'
        '<txBody><a:bodyPr/><a:p><a:r><a:t>审核意见：同意</a:t></a:r></a:p></txBody></sp><clientData/></twoCellAnchor></wsDr>').encode('utf-8'),
}


PIVOT_SHEET = (
    '<table:table table:name="透视"><table:table-column table:number-columns-repeated="4"/>'
    + ''.join(
        '<table:table-row><table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>%s</table:table-row>'
        % (k, v)
        for k, v in [
            ('类别', '<table:table-cell office:value-type="string"><text:p>金额</text:p></table:table-cell>'),
            ('甲', '<table:table-cell office:value-type="float" office:value="10"><text:p>10</text:p></table:table-cell>'),
            ('乙', '<table:table-cell office:value-type="float" office:value="20"><text:p>20</text:p></table:table-cell>'),
            ('甲', '<table:table-cell office:value-type="float" office:value="5"><text:p>5</text:p></table:table-cell>'),
        ])
    + '</table:table>')

PIVOT = (
    '<table:data-pilot-tables><table:data-pilot-table table:name="数据透视表1" '
    'table:target-range-address="\'透视\'.D1:\'透视\'.E5" table:buttons="">'
    '<table:source-cell-range table:cell-range-address="\'透视\'.A1:\'透视\'.B4"/>'
    '<table:data-pilot-field table:source-field-name="类别" table:orientation="row"/>'
    '<table:data-pilot-field table:source-field-name="金额" table:orientation="data" table:function="sum"/>'
    '<table:data-pilot-field table:source-field-name="" table:orientation="column" table:is-data-layout-field="true"/>'
    '</table:data-pilot-table></table:data-pilot-tables>')


def soffice(src, fmt, outdir):
    subprocess.run(['soffice', '--headless', '--norestore', f'-env:UserInstallation=file://{outdir}/profile',
                    '--convert-to', fmt, '--outdir', outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def pivot():
    """The seed form with a pivot table (and its cache) on a third sheet, as LibreOffice writes it."""
    work = tempfile.mkdtemp()
    soffice(SEED, 'fods', work)
    fods = os.path.join(work, 'jinshui-department.fods')
    with open(fods, encoding='utf-8') as f:
        s = f.read()
    i = s.rindex('</table:table>') + len('</table:table>')
    s = s[:i] + PIVOT_SHEET + s[i:]
    s = s.replace('</office:spreadsheet>', PIVOT + '</office:spreadsheet>', 1)
    src = os.path.join(work, 'libreoffice-pivot.fods')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(s)
    out = tempfile.mkdtemp()
    soffice(src, 'xlsx:Calc MS Excel 2007 XML', out)
    shutil.copyfile(os.path.join(out, 'libreoffice-pivot.xlsx'), os.path.join(OUT, 'libreoffice-pivot.xlsx'))


RICH_SCORE = ('<r><rPr><b/><color rgb="FFFF0000"/></rPr><t>0</t></r>'
              '<r><rPr><i/><sz val="9"/></rPr><t>分</t></r>')


def rich_dates():
    """Stated scores a reader could lose: text in two formats (a shared string with runs, as
    LibreOffice writes it), a date-typed cell (t="d", as Excel writes ISO dates in strict files) and a
    date-formatted number whose seconds' fraction its date text does not keep. --adopt replaces
    all three; --remove must give back the runs, the type and the number."""
    wb = base()
    ws = wb.worksheets[0]
    ws['H27'] = 'RICHSCORE'
    ws['H28'] = 1.23456
    ws['H28'].number_format = 'yyyy-mm-dd hh:mm:ss'
    ws['H30'] = 'DATESCORE'
    ws['K5'] = datetime.date(2024, 3, 15)
    ws['K5'].number_format = 'yyyy-mm-dd'
    ws['K7'] = 'RICHTEXT'
    work = tempfile.mkdtemp()
    src = os.path.join(work, 'rich-dates.xlsx')
    wb.save(src)

    def runs(name, data):
        if name == 'xl/worksheets/sheet1.xml':
            s = data.decode('utf-8')
            s = s.replace('<t>RICHSCORE</t>', RICH_SCORE)
            s = s.replace('<t>RICHTEXT</t>',
                          '<r><rPr><b/><color rgb="FFFF0000"/></rPr><t>粗体</t></r><r><t xml:space="preserve"> 普通</t></r>')
            return s.encode('utf-8')
        return data
    rewrite(src, runs)
    outdir = tempfile.mkdtemp()
    soffice(src, 'xlsx:Calc MS Excel 2007 XML', outdir)
    saved = os.path.join(outdir, 'rich-dates.xlsx')

    def date_typed(name, data):
        if name != 'xl/worksheets/sheet1.xml':
            return data
        s = data.decode('utf-8')
        k5 = re.search(r'<c r="K5" s="(\d+)"', s).group(1)
        return re.sub(r'<c r="H30" s="\d+" t="s"><v>\d+</v></c>',
                      f'<c r="H30" s="{k5}" t="d"><v>2024-05-08T00:00:00</v></c>', s).encode('utf-8')
    rewrite(saved, date_typed, out=os.path.join(OUT, 'rich-dates.xlsx'))


def main():
    os.makedirs(OUT, exist_ok=True)
    # 1. openpyxl: notes, links, names, print setup, validation, CF, dates, chart, rich text
    wb = base()
    features(wb)
    ws = wb.worksheets[0]
    ws.protection.sheet = False
    wb.security = None
    p = save(wb, 'openpyxl-features.xlsx')
    rewrite(p, rich_and_control)

    # 2. quotes, apostrophes and emoji in sheet names; the form sheet protected (Excel spelling)
    wb = base()
    wb.worksheets[0].title = "部门'自评\"表😀"
    wb.worksheets[1].title = "O'Brien 指标"
    wb.worksheets[1].protection.sheet = True
    wb.worksheets[1].protection.password = 'abc'
    save(wb, 'sheet-names.xlsx')

    # 3. hand-written parts in a macro workbook (.xlsm)
    wb = base()
    p = save(wb, 'handmade.xlsx')
    add = dict(HANDMADE_PARTS)
    rewrite(p, handmade, add, out=os.path.join(OUT, 'handmade.xlsm'))

    # 4. LibreOffice's spelling: protection, print titles and fit to page, re-saved by Calc
    wb = base()
    features(wb)
    wb.worksheets[1].protection.sheet = True
    src = os.path.join(tempfile.mkdtemp(), 'libreoffice.xlsx')
    wb.save(src)
    outdir = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '--norestore', f'-env:UserInstallation=file://{outdir}/profile',
                    '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copyfile(os.path.join(outdir, 'libreoffice.xlsx'), os.path.join(OUT, 'libreoffice.xlsx'))
    # 5. a pivot table and its cache, written by LibreOffice
    pivot()
    # 6. rich text, a date type and a date-formatted fraction in stated scores
    rich_dates()
    print('corpus written to', OUT)


if __name__ == '__main__':
    sys.exit(main())
